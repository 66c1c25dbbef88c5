package netretry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// notApplied reports whether a condition, when it has the given truth,
// proves that the request never reached the server: a dial or DNS error,
// pgconn.SafeToRetry, driver.ErrBadConn, nats.ErrNoResponders …
func (c *checker) notApplied(e ast.Expr, positive bool, depth int) bool {
	if depth > 3 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			return c.notApplied(x.X, !positive, depth)
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			if positive {
				return c.notApplied(x.X, true, depth) || c.notApplied(x.Y, true, depth)
			}
			return c.notApplied(x.X, false, depth) && c.notApplied(x.Y, false, depth)
		case token.LOR:
			if positive {
				return c.notApplied(x.X, true, depth) && c.notApplied(x.Y, true, depth)
			}
			return c.notApplied(x.X, false, depth) || c.notApplied(x.Y, false, depth)
		case token.NEQ:
			if !positive {
				return c.equalsNotApplied(x)
			}
		case token.EQL:
			if positive {
				return c.equalsNotApplied(x)
			}
		}
	case *ast.CallExpr:
		if positive {
			return c.callNotApplied(x, depth)
		}
	}
	return false
}

// equalsNotApplied recognises opErr.Op == "dial" and err == sentinel.
func (c *checker) equalsNotApplied(x *ast.BinaryExpr) bool {
	for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
		if sel, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "Op" {
			if n := namedType(c.info.TypeOf(sel.X)); n != nil && typeName(n) == "net.OpError" {
				if s, ok := c.fl.StringValue(pair[1]); ok {
					for _, op := range rules.PreSendOps {
						if s == op {
							return true
						}
					}
				}
			}
		}
		if name := c.objName(pair[1]); name != "" && rules.NotApplied(name) {
			return true
		}
	}
	return false
}

func (c *checker) callNotApplied(call *ast.CallExpr, depth int) bool {
	fn := c.fl.Callee(call)
	if fn == nil {
		return false
	}
	full := c.nc.FuncName(fn.Origin())
	if rules.NotApplied(full) {
		return true
	}
	if cl, ok := rules.IsClassifierFunc(full); ok && cl == rules.ClassPF {
		return true
	}
	if cl, ok := rules.IsClassifierMethod(fn.Name()); ok && cl == rules.ClassPF && len(call.Args) == 0 {
		return true
	}
	if rules.IsErrorInspector(full) && len(call.Args) == 2 {
		if fn.Name() == "Is" {
			name := c.objName(call.Args[1])
			if name == "" {
				return false
			}
			if rules.NotApplied(name) {
				return true
			}
			cl, ok := rules.IsClassifierSentinel(name)
			return ok && cl == rules.ClassPF
		}
		if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if c.notAppliedType(c.info.TypeOf(u.X)) {
				return true
			}
		}
		return false
	}
	if fd := c.decls[fn.Origin()]; fd != nil {
		return c.funcNotApplied(fd.Body, depth+1)
	}
	return false
}

// funcNotApplied reports whether every return of a bool-valued function
// body is false or a condition proving the request was not applied.
func (c *checker) funcNotApplied(body *ast.BlockStmt, depth int) bool {
	some, all := false, true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				all = false
				return false
			}
			if tv, ok := c.info.Types[n.Results[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value) {
				return false
			}
			some = true
			all = all && c.notApplied(n.Results[0], true, depth)
		}
		return true
	})
	return some && all
}

// notAppliedType reports whether an error type proves the request was not
// applied (*net.DNSError, TLS verification errors).
func (c *checker) notAppliedType(t types.Type) bool {
	n := namedType(t)
	if n == nil {
		return false
	}
	name := typeName(n)
	if rules.NotApplied(name) {
		return true
	}
	cl, ok := rules.IsClassifierType(name)
	return ok && cl == rules.ClassPF
}

// typeName returns "path.Name" of a named type.
func typeName(n *types.Named) string {
	if n.Obj().Pkg() == nil {
		return n.Obj().Name()
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// objName returns "path.Name" of a package-level object e refers to.
func (c *checker) objName(e ast.Expr) string {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return ""
	}
	obj := c.info.Uses[id]
	if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return ""
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// predicate summarises a func(error) bool that chooses the errors to
// retry (avast RetryIf, client-go OnError): whether it inspects the error
// at all, and whether it admits only errors proving the request was not
// applied. known is false when netretry cannot see its body.
func (c *checker) predicate(e ast.Expr) (classified, notApplied, known bool) {
	var body *ast.BlockStmt
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		body = x.Body
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = c.info.Uses[id]
		} else {
			obj = c.info.Uses[x.(*ast.SelectorExpr).Sel]
		}
		switch o := obj.(type) {
		case *types.Func:
			full := c.nc.FuncName(o.Origin())
			if rules.NotApplied(full) {
				return true, true, true
			}
			if _, ok := rules.IsClassifierFunc(full); ok {
				return true, false, true
			}
			if fd := c.decls[o.Origin()]; fd != nil {
				body = fd.Body
			}
		case *types.Var:
			exprs, _, ok := c.fl.Defs(o)
			if ok && len(exprs) == 1 {
				if lit, ok := exprs[0].(*ast.FuncLit); ok {
					body = lit.Body
				}
			}
		}
	}
	if body == nil {
		return false, false, false
	}
	admitsAll := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				if tv, ok := c.info.Types[n.Results[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
					admitsAll = admitsAll || constant.BoolVal(tv.Value) && !c.mentionsErrorBefore(body, n)
				}
			}
		}
		return true
	})
	classified = c.mentionsError(body) && !admitsAll
	return classified, c.funcNotApplied(body, 1), true
}

// mentionsErrorBefore reports whether an if statement in body that
// inspects an error encloses ret: "if isTimeout(err) { return true }".
func (c *checker) mentionsErrorBefore(body *ast.BlockStmt, ret *ast.ReturnStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt:
			if within(ret, n.Body) && c.mentionsError(n.Cond) {
				found = true
			}
		case *ast.CaseClause:
			if within(ret, n) && len(n.List) > 0 {
				found = true
			}
		}
		return !found
	})
	return found
}
