package netretry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// mentionsResult reports whether e uses a result of the call.
func (w *walker) mentionsResult(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, v := range w.results {
				found = found || w.c.info.Uses[id] == v
			}
		}
		return !found
	})
	return found
}

// mentionsCtxCheck reports whether e calls Err or Done on a context.
func (c *checker) mentionsCtxCheck(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && (sel.Sel.Name == "Err" || sel.Sel.Name == "Done") {
				if t := c.info.TypeOf(sel.X); t != nil && netcall.IsContext(t) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// mentionsCancel reports whether e names context.Canceled or
// context.DeadlineExceeded.
func (c *checker) mentionsCancel(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if obj, ok := c.info.Uses[sel.Sel].(*types.Var); ok && obj.Pkg() != nil && obj.Pkg().Path() == "context" {
				found = obj.Name() == "Canceled" || obj.Name() == "DeadlineExceeded"
			}
		}
		return !found
	})
	return found
}

// mentionsError reports whether e uses a value of an error type (the
// call's error, a value unwrapped from it, another error) or a value
// computed from one (code := status.Code(err)).
func (c *checker) mentionsError(e ast.Node) bool { return c.mentionsErrorDepth(e, 0) }

func (c *checker) mentionsErrorDepth(e ast.Node, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.info.Uses[id].(*types.Var); ok {
				if isErrorType(v.Type()) {
					found = true
				} else if depth < 2 && !v.IsField() && c.fl.Param(v) < 0 {
					exprs, _, _ := c.fl.Defs(v)
					for _, d := range exprs {
						found = found || c.mentionsErrorDepth(d, depth+1)
					}
				}
			}
		}
		return !found
	})
	return found
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isErrorType(t types.Type) bool { return t != nil && types.Implements(t, errorType) }

// mentionsStatus reports whether e reads the StatusCode of an *http.Response.
func (c *checker) mentionsStatus(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "StatusCode" {
			found = isHTTPResponse(c.info.TypeOf(sel.X))
		}
		return !found
	})
	return found
}

func isHTTPResponse(t types.Type) bool {
	n := namedType(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Response"
}

// namedType returns the named type of t or of what t points to.
func namedType(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// mentionsVariant reports whether e uses a value that changes from one
// attempt to the next (an attempt counter), directly or through a local
// computed from one: ok := shouldRetry(err, attempt).
func (c *checker) mentionsVariant(e ast.Node, r *region, outcome map[*types.Var]bool, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.info.Uses[id].(*types.Var); ok && !outcome[v] {
				if r.variant[v] {
					found = true
				} else if depth < 2 && declaredIn(v, r.body) {
					exprs, _, _ := c.fl.Defs(v)
					for _, d := range exprs {
						found = found || c.mentionsVariant(d, r, outcome, depth+1)
					}
				}
			}
		}
		return !found
	})
	return found
}

// outcome returns the variables that hold the call's results: they change
// on every attempt but say nothing about a bound.
func (w *walker) outcome() map[*types.Var]bool {
	m := map[*types.Var]bool{}
	if w.errVar != nil {
		m[w.errVar] = true
	}
	for _, v := range w.results {
		m[v] = true
	}
	return m
}

// inspectsResponse reports whether e passes an *http.Response to a
// function, or reads its Status text, without reading StatusCode.
func (c *checker) inspectsResponse(e ast.Node) bool {
	if c.mentionsStatus(e) {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			for _, a := range x.Args {
				found = found || isHTTPResponse(c.info.TypeOf(a)) && isPointer(c.info.TypeOf(a))
			}
		case *ast.SelectorExpr:
			found = found || x.Sel.Name == "Status" && isHTTPResponse(c.info.TypeOf(x.X))
		}
		return !found
	})
	return found
}

func isPointer(t types.Type) bool {
	_, ok := t.(*types.Pointer)
	return ok
}

// cancelOnly reports whether e tests only for context.Canceled or
// context.DeadlineExceeded (errors.Is(err, context.Canceled), err ==
// context.DeadlineExceeded, and combinations of these).
func (c *checker) cancelOnly(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.NOT && c.cancelOnly(x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			return c.cancelOnly(x.X) && c.cancelOnly(x.Y)
		case token.EQL, token.NEQ:
			return c.mentionsCancel(x.X) || c.mentionsCancel(x.Y)
		}
	case *ast.CallExpr:
		fn := c.fl.Callee(x)
		return fn != nil && rules.IsErrorInspector(c.nc.FuncName(fn)) && len(x.Args) == 2 && c.mentionsCancel(x.Args[1])
	}
	return false
}

// mentionsSiteErr reports whether e uses the retried call's error, or a
// local computed from it.
func (w *walker) mentionsSiteErr(e ast.Node) bool {
	if w.errVar == nil {
		return true // the error is an expression: assume e inspects it
	}
	return w.usesVar(e, w.errVar, 0)
}

func (w *walker) usesVar(e ast.Node, target *types.Var, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && x == w.errExpr {
			found = true
		}
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := w.c.info.Uses[id].(*types.Var); ok {
				if v == target {
					found = true
				} else if depth < 2 && !v.IsField() && w.c.fl.Param(v) < 0 && declaredIn(v, w.r.body) {
					exprs, _, _ := w.c.fl.Defs(v)
					for _, d := range exprs {
						found = found || w.usesVar(d, target, depth+1)
					}
					if !found {
						found = w.unwrappedFrom(v, target)
					}
				}
			}
		}
		return !found
	})
	return found
}

// unwrappedFrom reports whether v receives target's value through
// errors.As(target, &v) somewhere in the region.
func (w *walker) unwrappedFrom(v, target *types.Var) bool {
	found := false
	ast.Inspect(w.r.body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || found {
			return !found
		}
		if fn := w.c.fl.Callee(call); fn != nil && fn.Name() == "As" && rules.IsErrorInspector(w.c.nc.FuncName(fn)) {
			if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && rootVar(w.c.info, u.X) == v && rootVar(w.c.info, call.Args[0]) == target {
				found = true
			}
		}
		return !found
	})
	return found
}
