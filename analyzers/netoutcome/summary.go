package netoutcome

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
)

// summary says what an error branch does with the error.
type summary struct {
	propagates bool // returns the error (wrapped or not) or stops the program
	handedOff  bool // passes the error to code netoutcome cannot see, or stores it
	converted  bool // returns a different, non-nil error
	unclear    bool // a bare return of named results
	delegates  bool // returns another call's results: return loadFromDB(ctx, k)

	nilReturn  ast.Node // a return with a nil error
	notFound   ast.Node // a return of a not-found sentinel
	noErrRes   ast.Node // a return from a function without an error result
	next       ast.Node // continue in a loop over a collection
	rerun      ast.Node // continue in another loop around the call, or a recursive call
	fallsOff   bool     // the branch goes on after the if statement
	action     *action
	fallback   *netcall.Site
	fallbackAt ast.Node
	reply      *reply
}

// action is a call or assignment that decides the call did not happen.
type action struct {
	node ast.Node
	verb string // "is recorded as failed by X", "triggers compensation X"
}

// reply is a reply of the FATAL class written in an error branch.
type reply struct {
	node     ast.Node
	text     string // "400 Bad Request", "codes.InvalidArgument"
	grpc     bool
	notFound bool
}

// summarize describes what the error branch h.body does.
func (c *checker) summarize(u *use, h *handling, p *parents) *summary {
	sum := &summary{fallsOff: !terminates(c.info, h.body)}
	var lo, hi token.Pos
	if len(h.body) > 0 {
		lo, hi = h.body[0].Pos(), h.body[len(h.body)-1].End()
	}
	for _, st := range h.body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				sum.handedOff = sum.handedOff || c.mentionsAny(n, h.tracked)
				return false
			case *ast.ReturnStmt:
				c.summarizeReturn(u, h, n, sum)
			case *ast.BranchStmt:
				if n.Tok == token.CONTINUE {
					c.summarizeContinue(u, n, p, sum)
				}
			case *ast.SendStmt:
				sum.handedOff = sum.handedOff || c.mentionsAny(n.Value, h.tracked)
			case *ast.AssignStmt:
				c.summarizeAssign(h, n, lo, hi, sum)
			case *ast.CallExpr:
				c.summarizeCall(u, h, n, sum)
			}
			return true
		})
	}
	return sum
}

func (c *checker) summarizeReturn(u *use, h *handling, ret *ast.ReturnStmt, sum *summary) {
	if c.mentionsAny(ret, h.tracked) {
		sum.propagates = true
		return
	}
	ei := errResult(c.info, u.fn.typ)
	switch {
	case ei < 0:
		if sum.noErrRes == nil {
			sum.noErrRes = ret
		}
	case len(ret.Results) == 1 && ei > 0:
		sum.delegates = true // return f(): another call decides
	case len(ret.Results) <= ei:
		sum.unclear = true // bare return of named results
	case isNil(c.info, ret.Results[ei]):
		if sum.nilReturn == nil {
			sum.nilReturn = ret
		}
	case notFoundName(c.objOf(ret.Results[ei])):
		if sum.notFound == nil {
			sum.notFound = ret
		}
	default:
		sum.converted = true
	}
}

// summarizeContinue records a continue in a loop around the call: a loop
// over a collection moves to the next item, any other loop repeats the
// call (for a commit, re-runs the transaction).
func (c *checker) summarizeContinue(u *use, br *ast.BranchStmt, p *parents, sum *summary) {
	loop := targetLoop(br, p)
	if loop == nil || loop.Pos() > u.call.Pos() || u.call.End() > loop.End() {
		return
	}
	if rs, ok := loop.(*ast.RangeStmt); ok && !isIntRange(c.info, rs) {
		if sum.next == nil {
			sum.next = br
		}
	} else if sum.rerun == nil {
		sum.rerun = br
	}
}

func (c *checker) summarizeAssign(h *handling, as *ast.AssignStmt, lo, hi token.Pos, sum *summary) {
	for i, l := range as.Lhs {
		var r ast.Expr
		if len(as.Rhs) == len(as.Lhs) {
			r = as.Rhs[i]
		} else if len(as.Rhs) == 1 {
			r = as.Rhs[0]
		}
		if r == nil {
			continue
		}
		if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && statusField(sel.Sel.Name) && failedValue(c, r) && sum.action == nil {
			sum.action = &action{as, "is recorded as failed by setting " + types.ExprString(sel)}
		}
		if !c.mentionsAny(r, h.tracked) {
			continue
		}
		if v := c.varOf(l); v != nil && lo <= v.Pos() && v.Pos() < hi {
			continue // a local of the branch: derived, judged where it is used
		}
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		sum.handedOff = true // stored where code after the branch can see it
	}
}

func (c *checker) summarizeCall(u *use, h *handling, call *ast.CallExpr, sum *summary) {
	if isNoReturn(c.info, call) {
		sum.propagates = true
		return
	}
	fn := c.callee(call)
	if fn != nil && fn == u.fn.obj && sum.rerun == nil {
		sum.rerun = call
	}
	if r := c.replyOf(call); r != nil && sum.reply == nil {
		sum.reply = r
	}
	if a := c.actionOf(call, fn); a != nil && sum.action == nil {
		sum.action = a
	}
	if s := c.nc.SiteOf(call); s != nil && s != u.site && sum.fallback == nil && fallbackOf(u.site, s) {
		sum.fallback, sum.fallbackAt = s, call
	}
	argHit := false
	for _, a := range call.Args {
		argHit = argHit || c.mentionsAny(a, h.tracked)
	}
	if !argHit || fn == nil && isBuiltin(c.info, call) && !isAppend(c.info, call) {
		return
	}
	if fn == nil || !c.transparent(fn) && c.callClasses(call, h.tracked) == 0 {
		sum.handedOff = true
	}
}

// transparent reports whether passing an error to fn leaves its handling
// to the surrounding code: logging, formatting, wrapping, error and status
// constructors, telemetry.
func (c *checker) transparent(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return true // error.Error
	}
	path := fn.Pkg().Path()
	switch path {
	case "fmt", "errors", "strings", "strconv", "log", "log/slog", "net/http",
		"github.com/pkg/errors", "golang.org/x/xerrors", "github.com/cockroachdb/errors",
		"google.golang.org/grpc/status":
		return true
	}
	if isTelemetry(path) || isLogging(fn) {
		return true
	}
	return false
}

var logPaths = []string{
	"github.com/sirupsen/logrus", "go.uber.org/zap", "github.com/rs/zerolog", "k8s.io/klog",
	"github.com/go-kit/log", "github.com/go-kit/kit/log", "github.com/hashicorp/go-hclog",
	"github.com/golang/glog", "github.com/go-logr/logr", "github.com/apex/log", "github.com/labstack/gommon/log",
	"github.com/charmbracelet/log", "github.com/inconshreveable/log15",
}

// isLogging reports whether fn logs: a logging package, a method of a
// logger type, or a function named log….
func isLogging(fn *types.Func) bool {
	path := fn.Pkg().Path()
	for _, p := range logPaths {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	if strings.HasPrefix(strings.ToLower(fn.Name()), "log") {
		return true
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return false
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	return ok && strings.Contains(strings.ToLower(n.Obj().Name()), "log")
}

// errResult returns the index of the last error result of ft, or -1.
func errResult(info *types.Info, ft *ast.FuncType) int {
	if ft == nil || ft.Results == nil {
		return -1
	}
	idx, i := -1, 0
	for _, f := range ft.Results.List {
		n := max(len(f.Names), 1)
		if isError(info.TypeOf(f.Type)) {
			idx = i + n - 1
		}
		i += n
	}
	return idx
}

// targetLoop returns the loop a continue statement continues.
func targetLoop(br *ast.BranchStmt, p *parents) ast.Node {
	for n := p.of(br); n != nil; n = p.of(n) {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		case *ast.ForStmt, *ast.RangeStmt:
			if br.Label == nil {
				return n
			}
			if l, ok := p.of(n).(*ast.LabeledStmt); ok && l.Label.Name == br.Label.Name {
				return n
			}
		}
	}
	return nil
}

func isIntRange(info *types.Info, rs *ast.RangeStmt) bool {
	b, ok := info.TypeOf(rs.X).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// notFoundName reports whether obj is a not-found sentinel (ErrNotFound,
// ErrNoRows, ErrMissing …).
func notFoundName(obj types.Object) bool {
	if obj == nil {
		return false
	}
	n := strings.ToLower(obj.Name())
	for _, w := range []string{"notfound", "norows", "missing", "notexist", "nodocuments", "absent", "cachemiss", "nosuch"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

func isBuiltin(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = info.Uses[id].(*types.Builtin)
	return ok
}

func isAppend(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && id.Name == "append" && isBuiltin(info, call)
}
