package netoutcome

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// wrapping describes an API whose every error is of one wrapper type, so
// comparing the error with == or asserting another type is dead code.
type wrapping struct {
	desc    string          // "always a *url.Error"
	typ     string          // "net/url.Error": the wrapper's own type
	methods map[string]bool // methods the wrapper has, for interface assertions
	remedy  string
}

var (
	urlError = &wrapping{"always a *url.Error", "net/url.Error",
		map[string]bool{"Error": true, "Unwrap": true, "Timeout": true, "Temporary": true}, "use errors.Is or errors.As"}
	grpcError = &wrapping{"a gRPC status error", "",
		map[string]bool{"Error": true, "GRPCStatus": true, "Is": true}, "use status.Code(err)"}
	awsError = &wrapping{"always a *smithy.OperationError", "github.com/aws/smithy-go.OperationError",
		map[string]bool{"Error": true, "Unwrap": true, "Service": true, "Operation": true}, "use errors.Is or errors.As"}
)

// wrappingOf returns how the site's library wraps its errors, or nil.
func wrappingOf(s *netcall.Site) *wrapping {
	if s.Source != netcall.FromCatalog {
		return nil
	}
	switch s.API.Kind {
	case rules.HTTP:
		if strings.HasPrefix(s.Fn.FullName(), "(*net/http.Client).") || s.Has(rules.DefaultClient) {
			return urlError
		}
	case rules.GRPC:
		if !s.Has(rules.Stream) && !s.Has(rules.Lifecycle) && s.Arg(rules.Request) != nil {
			return grpcError
		}
	case rules.AWS:
		return awsError
	}
	return nil
}

// evidence reports NL-O2 in the code that handles u's error: dead
// comparisons and assertions, classification by the error's text, and
// wrapping that cuts the chain on the way to the caller.
func (c *checker) evidence(u *use, h *handling) {
	w := wrappingOf(u.site)
	reassigned := false
	for _, n := range h.region {
		ast.Inspect(n, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && c.assigns(as, u.v) {
				reassigned = true
			}
			return !reassigned
		})
	}
	self := varSet{u.v: true}
	decor := c.decorations(h)
	for _, n := range h.region {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BinaryExpr:
				if (n.Op == token.EQL || n.Op == token.NEQ) && !within(n, decor) {
					c.textCompare(u, h, n)
					if w != nil && !reassigned {
						c.deadCompare(u, w, n, self)
					}
				}
			case *ast.CallExpr:
				if fn := c.callee(n); fn != nil && textMatchers[c.nc.FuncName(fn)] && c.textArg(n, h.tracked) != nil && !within(n, decor) {
					c.nc.Reportf(c.pass, n, "NL-O2", "error from %s is classified by matching its text with %s; use errors.Is, errors.As or the library's classifier, which survive wrapping and rewording", c.describe(u.site), rules.ReadableName(fn.FullName()))
				}
			case *ast.TypeAssertExpr:
				if w != nil && !reassigned && n.Type != nil && c.isTrackedErr(n.X, self) {
					c.deadAssert(u, w, n.Type, n)
				}
			case *ast.TypeSwitchStmt:
				if x := switchSubject(n); w != nil && !reassigned && x != nil && c.isTrackedErr(x, self) {
					for _, cl := range n.Body.List {
						for _, e := range cl.(*ast.CaseClause).List {
							c.deadAssert(u, w, e, e)
						}
					}
				}
			case *ast.SwitchStmt:
				if w != nil && !reassigned && n.Tag != nil && c.isTrackedErr(n.Tag, self) {
					for _, cl := range n.Body.List {
						for _, e := range cl.(*ast.CaseClause).List {
							if !isNil(c.info, e) {
								c.nc.Reportf(c.pass, e, "NL-O2", "error from %s is %s, so case %s never matches; %s", c.describe(u.site), w.desc, types.ExprString(e), w.remedy)
							}
						}
					}
				}
			case *ast.ReturnStmt:
				c.flattened(u, h, n)
			}
			return true
		})
	}
}

// decorations returns the conditions of if statements whose body only
// rewrites the error (err = fmt.Errorf("…: %w; hint", err)): a text match
// there adds a hint to the message and decides nothing.
func (c *checker) decorations(h *handling) []ast.Node {
	var out []ast.Node
	for _, n := range h.region {
		ast.Inspect(n, func(n ast.Node) bool {
			ifs, ok := n.(*ast.IfStmt)
			if !ok || ifs.Else != nil || len(ifs.Body.List) == 0 {
				return true
			}
			for _, st := range ifs.Body.List {
				as, ok := st.(*ast.AssignStmt)
				if !ok || len(as.Lhs) != 1 || !c.isTrackedErr(as.Lhs[0], h.tracked) {
					return true
				}
			}
			out = append(out, ifs.Cond)
			return true
		})
	}
	return out
}

func within(n ast.Node, spans []ast.Node) bool {
	for _, s := range spans {
		if s.Pos() <= n.Pos() && n.End() <= s.End() {
			return true
		}
	}
	return false
}

func (c *checker) deadCompare(u *use, w *wrapping, be *ast.BinaryExpr, self varSet) {
	x, y := be.X, be.Y
	if c.isTrackedErr(y, self) {
		x, y = y, x
	}
	if !c.isTrackedErr(x, self) || isNil(c.info, y) {
		return
	}
	c.nc.Reportf(c.pass, be, "NL-O2", "error from %s is %s, so %s is never true; %s", c.describe(u.site), w.desc, types.ExprString(be), w.remedy)
}

// deadAssert reports a type assertion or type-switch case that the
// wrapper type can never satisfy.
func (c *checker) deadAssert(u *use, w *wrapping, texpr ast.Expr, at ast.Node) {
	t := c.info.TypeOf(texpr)
	if t == nil || isNil(c.info, texpr) || canHold(w, t) {
		return
	}
	c.nc.Reportf(c.pass, at, "NL-O2", "error from %s is %s, so the assertion to %s never succeeds; %s", c.describe(u.site), w.desc, types.TypeString(t, types.RelativeTo(c.pass.Pkg)), w.remedy)
}

// canHold reports whether a value of the wrapper type can be of type t.
func canHold(w *wrapping, t types.Type) bool {
	if it, ok := t.Underlying().(*types.Interface); ok {
		for i := 0; i < it.NumMethods(); i++ {
			if !w.methods[it.Method(i).Name()] {
				return false
			}
		}
		return true
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path()+"."+n.Obj().Name() == w.typ
}

// textCompare reports err.Error() == "…".
func (c *checker) textCompare(u *use, h *handling, be *ast.BinaryExpr) {
	if c.isErrorText(be.X, h.tracked) || c.isErrorText(be.Y, h.tracked) {
		c.nc.Reportf(c.pass, be, "NL-O2", "error from %s is classified by comparing its text; use errors.Is, errors.As or the library's classifier, which survive wrapping and rewording", c.describe(u.site))
	}
}

// flattened reports a return that hands the caller the error's text
// instead of the error: fmt.Errorf with %v or %s, errors.New(err.Error()).
func (c *checker) flattened(u *use, h *handling, ret *ast.ReturnStmt) {
	if !c.inBranch(h, ret) {
		return
	}
	for _, r := range ret.Results {
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok {
			continue
		}
		fn := c.callee(call)
		if fn == nil {
			continue
		}
		switch c.nc.FuncName(fn) {
		case "fmt.Errorf":
			if verb := c.flatVerb(call, h.tracked); verb != "" {
				c.nc.Reportf(c.pass, call, "NL-O2", "error from %s is wrapped with %s, which cuts the error chain so callers cannot classify it; use %%w", c.describe(u.site), verb)
			}
		case "errors.New":
			if len(call.Args) == 1 && c.mentionsAny(call.Args[0], h.tracked) {
				c.nc.Reportf(c.pass, call, "NL-O2", "error from %s is turned into text by errors.New, which cuts the error chain so callers cannot classify it; use fmt.Errorf with %%w", c.describe(u.site))
			}
		}
	}
}

// flatVerb returns the verb ("%v", "%s") that formats a tracked error in
// a fmt.Errorf call without %w, or "".
func (c *checker) flatVerb(call *ast.CallExpr, tracked varSet) string {
	if len(call.Args) < 2 {
		return ""
	}
	tv := c.info.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	format := constant.StringVal(tv.Value)
	if strings.Contains(format, "%w") {
		return "" // it wraps something: a deliberate translation
	}
	verbs := formatVerbs(format)
	for i, a := range call.Args[1:] {
		if i < len(verbs) && c.mentionsAny(a, tracked) && (c.isTrackedErr(a, tracked) || c.isErrorText(a, tracked)) {
			return "%" + string(verbs[i])
		}
	}
	return ""
}

// formatVerbs returns the verbs of a format string in argument order
// (without explicit argument indexes, which it gives up on).
func formatVerbs(format string) []byte {
	var verbs []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.*", format[i]) >= 0 {
			i++
		}
		if i >= len(format) || format[i] == '[' {
			return nil
		}
		if format[i] != '%' {
			verbs = append(verbs, format[i])
		}
	}
	return verbs
}

func (c *checker) inBranch(h *handling, n ast.Node) bool {
	for _, st := range h.body {
		if st.Pos() <= n.Pos() && n.End() <= st.End() {
			return true
		}
	}
	return false
}
