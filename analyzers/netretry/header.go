package netretry

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
)

// headerEvidence looks in scope for idempotency or conditional headers set
// on the request: req.Header.Set(name, v), req.Header[name] = …
func (c *checker) headerEvidence(req ast.Expr, s *netcall.Site, scope, body ast.Node, names []string) evidence {
	v := c.requestVar(req)
	if v == nil {
		return evidence{kind: evUnknown}
	}
	if !c.builtInPlace(v) {
		return evidence{kind: evUnknown}
	}
	var vals []ast.Expr
	var hdr string
	escapes := false
	ast.Inspect(scope, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if ok && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(n.Args) == 2 && c.isHeaderOf(sel.X, v) {
				if h, ok := c.fl.StringValue(n.Args[0]); ok && hasHeader(names, h) {
					vals, hdr = append(vals, n.Args[1]), h
				}
				return true
			}
			if n == s.Call || c.nc.SiteOf(n) != nil {
				return true
			}
			for _, a := range n.Args {
				if rootVar(c.info, a) == v && !c.harmless(n) {
					escapes = true
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if i >= len(n.Rhs) {
					break
				}
				if ix, ok := l.(*ast.IndexExpr); ok && c.isHeaderOf(ix.X, v) {
					if h, ok := c.fl.StringValue(ix.Index); ok && hasHeader(names, h) {
						vals, hdr = append(vals, firstElt(n.Rhs[i])), h
					}
				}
				if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && rootVar(c.info, sel.X) == v {
					escapes = true // a whole header map: netretry does not look inside
				}
			}
		}
		return true
	})
	if len(vals) > 0 {
		for _, val := range vals {
			if body != nil {
				if g := c.generated(val, body, 0); g != nil {
					return evidence{kind: evPerAttempt, at: g, name: hdr}
				}
			}
		}
		return evidence{kind: evOK, name: hdr}
	}
	if escapes {
		return evidence{kind: evUnknown}
	}
	return evidence{kind: evNone}
}

// requestVar returns the variable an *http.Request expression comes from:
// req, req.WithContext(ctx), &req.
func (c *checker) requestVar(e ast.Expr) *types.Var {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := c.info.Uses[x].(*types.Var)
			return v
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok || c.info.Selections[sel] == nil {
				return nil
			}
			e = sel.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			return nil
		}
	}
	return nil
}

// builtInPlace reports whether every value of a request variable comes
// from a request constructor netretry knows, so no helper elsewhere can
// have set its headers.
func (c *checker) builtInPlace(v *types.Var) bool {
	if c.fl.Param(v) >= 0 {
		return false
	}
	exprs, _, known := c.fl.Defs(v)
	if !known || len(exprs) == 0 {
		return false
	}
	for _, e := range exprs {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			if _, lit := ast.Unparen(e).(*ast.UnaryExpr); lit {
				continue
			}
			return false
		}
		switch c.calleeName(call) {
		case "net/http.NewRequest", "net/http.NewRequestWithContext",
			"github.com/hashicorp/go-retryablehttp.NewRequest", "github.com/hashicorp/go-retryablehttp.NewRequestWithContext",
			"(*net/http.Request).WithContext", "(*net/http.Request).Clone":
		default:
			return false
		}
	}
	return true
}

// isHeaderOf reports whether e is v.Header (or v.Request.Header).
func (c *checker) isHeaderOf(e ast.Expr, v *types.Var) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Header" && rootVar(c.info, sel.X) == v
}

// harmless reports whether a call that receives the request cannot set
// its headers: printing and logging.
func (c *checker) harmless(call *ast.CallExpr) bool {
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt", "log", "log/slog", "net/http/httputil":
		return true
	}
	return false
}

func hasHeader(names []string, h string) bool {
	for _, n := range names {
		if strings.EqualFold(n, h) {
			return true
		}
	}
	return false
}

func firstElt(e ast.Expr) ast.Expr {
	if cl, ok := ast.Unparen(e).(*ast.CompositeLit); ok && len(cl.Elts) > 0 {
		return cl.Elts[0]
	}
	return e
}
