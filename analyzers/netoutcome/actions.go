package netoutcome

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"net/http"
	"strings"
	"unicode"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// actionOf recognises a call that decides a failed call did not happen:
// a mark-failed write (MarkFailed, SetFailed, FailOrder,
// UpdateStatus(…, StatusFailed)) or a compensation (Refund*, Compensate*,
// Revert*, Undo*, Cancel*, Void*, Reverse*). Functions of the standard
// library never count.
func (c *checker) actionOf(call *ast.CallExpr, fn *types.Func) *action {
	if fn == nil || fn.Pkg() == nil || isStdPath(fn.Pkg().Path()) {
		return nil
	}
	name := fn.Name()
	who := rules.ReadableName(fn.FullName())
	switch {
	case markFailedName(name):
		return &action{call, "is recorded as failed by " + who}
	case compensationName(name):
		return &action{call, "triggers compensation " + who}
	case statusField(name):
		for _, a := range call.Args {
			if failedValue(c, a) {
				return &action{call, "is recorded as failed by " + who}
			}
		}
	}
	return nil
}

func markFailedName(name string) bool {
	if strings.HasSuffix(name, "Failed") || strings.HasSuffix(name, "AsFailure") {
		return true
	}
	if rest, ok := strings.CutPrefix(name, "Fail"); ok {
		return rest == "" || unicode.IsUpper(rune(rest[0])) && rest != "Now" && !strings.HasPrefix(rest, "Over")
	}
	return false
}

var compensationVerbs = []string{"Refund", "Compensate", "Revert", "Undo", "Cancel", "Void", "Reverse"}

func compensationName(name string) bool {
	return hasVerb(name, compensationVerbs) && name != "CancelRequest"
}

// statusField reports whether a field or method name writes a status.
func statusField(name string) bool {
	for _, w := range []string{"Status", "State", "Mark"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// failedValue reports whether e is a "failed" status: a constant named
// …Failed or …FAILED, or the string "failed".
func failedValue(c *checker, e ast.Expr) bool {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		if s := strings.ToLower(constant.StringVal(tv.Value)); s == "failed" || s == "failure" {
			return true
		}
	}
	obj := c.objOf(e)
	if _, ok := obj.(*types.Const); !ok {
		return false
	}
	n := obj.Name()
	return strings.HasSuffix(n, "Failed") || strings.HasSuffix(n, "FAILED") || strings.HasSuffix(n, "Failure")
}

// fatalGRPC are the gRPC codes of the FATAL class that a handler must not
// invent for a downstream error it did not classify (rules.md NL-O5).
var fatalGRPC = map[int64]string{
	3: "InvalidArgument", 5: "NotFound", 6: "AlreadyExists", 7: "PermissionDenied", 9: "FailedPrecondition", 11: "OutOfRange",
}

// replyMethods are framework methods whose first argument is an HTTP
// status (gin, echo, fiber, chi render …).
var replyMethods = map[string]bool{
	"JSON": true, "String": true, "XML": true, "IndentedJSON": true, "AbortWithStatus": true,
	"AbortWithStatusJSON": true, "AbortWithError": true, "Status": true, "SendStatus": true,
	"NoContent": true, "NewHTTPError": true, "NewError": true, "Data": true, "Blob": true,
}

// replyOf recognises a reply of the FATAL class: http.Error or
// WriteHeader with a 4xx status other than 408, 425 and 429, a framework
// reply with such a status, or a gRPC status with a FATAL code.
func (c *checker) replyOf(call *ast.CallExpr) *reply {
	fn := c.callee(call)
	if fn == nil || fn.Pkg() == nil || len(call.Args) == 0 {
		return nil
	}
	var code ast.Expr
	switch path, name := fn.Pkg().Path(), fn.Name(); {
	case path == "google.golang.org/grpc/status" && (name == "Error" || name == "Errorf" || name == "New" || name == "Newf"):
		v, ok := c.intConst(call.Args[0])
		if n := fatalGRPC[v]; ok && n != "" {
			return &reply{node: call, text: "codes." + n, grpc: true, notFound: v == 5}
		}
		return nil
	case c.nc.FuncName(fn) == "net/http.Error" && len(call.Args) == 3:
		code = call.Args[2]
	case name == "WriteHeader" && len(call.Args) == 1:
		code = call.Args[0]
	case replyMethods[name] && !isStdPath(path):
		code = call.Args[0]
	default:
		return nil
	}
	v, ok := c.intConst(code)
	if !ok || v < 400 || v > 499 || v == 408 || v == 425 || v == 429 || v == 499 {
		return nil
	}
	return &reply{node: call, text: fmt.Sprintf("%d %s", v, http.StatusText(int(v))), notFound: v == 404 || v == 410}
}

func (c *checker) intConst(e ast.Expr) (int64, bool) {
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// fallbackOf reports whether s, called in the error branch of the mutating
// call orig, is the same operation on another target: a second provider
// or queue. The same call on the same receiver is a retry (NL-R1).
func fallbackOf(orig, s *netcall.Site) bool {
	if !mutating(orig) || !mutating(s) || s.Fn.Name() != orig.Fn.Name() {
		return false
	}
	r1, r2 := orig.Recv(), s.Recv()
	if r1 == nil || r2 == nil {
		return r1 == nil && r2 == nil && s.Fn != orig.Fn
	}
	return types.ExprString(r1) != types.ExprString(r2)
}

// mutating reports whether an UNKNOWN outcome of s matters: the call may
// have side effects and is not known to be idempotent.
func mutating(s *netcall.Site) bool {
	if s.Has(rules.Lifecycle) || s.Has(rules.Stream) || s.Has(rules.Commit) || isUnconfirmed(s) {
		return false
	}
	switch s.API.Kind {
	case rules.Dial, rules.DNS, rules.ConnIO, rules.Serve:
		return false
	}
	switch s.Idem {
	case rules.NonIdem:
		return true
	case rules.Unknown:
		return !likelyRead(s.Fn.Name())
	}
	return false
}

var readVerbs = []string{
	"Get", "List", "Describe", "Find", "Fetch", "Read", "Query", "Search", "Lookup", "Load", "Count",
	"Check", "Exists", "Has", "Is", "Stat", "Ping", "Health", "Watch", "Scan", "Select", "Head",
	"Peek", "Verify", "Validate", "BatchGet", "Resolve", "Inspect", "Show", "View",
}

// likelyRead reports whether a method of unknown idempotency reads, by its
// verb (GetUser, listOrders). It only ever removes findings.
func likelyRead(name string) bool { return hasVerb(name, readVerbs) }
