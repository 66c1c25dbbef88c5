package netoutcome

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/netlint/netlint/rules"
)

// switchSubject returns x of switch x.(type), or nil.
func switchSubject(ts *ast.TypeSwitchStmt) ast.Expr {
	var e ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		e = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			e = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

func orOther(cls rules.Class) rules.Class {
	if cls == 0 {
		return rules.ClassOther
	}
	return cls
}

// mentions reports whether n refers to v, function literals included.
func (c *checker) mentions(n ast.Node, v *types.Var) bool {
	return c.mentionsAny(n, varSet{v: true})
}

// mentionsAny reports whether n refers to a tracked variable.
func (c *checker) mentionsAny(n ast.Node, tracked varSet) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.info.Uses[id].(*types.Var); ok && tracked[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// isTrackedErr reports whether e names a tracked variable of interface type
// (the error itself, not a value derived from it).
func (c *checker) isTrackedErr(e ast.Expr, tracked varSet) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v := c.varOf(id)
	return v != nil && tracked[v] && types.IsInterface(v.Type())
}

func (c *checker) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := c.info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := c.info.Uses[id].(*types.Var)
	return v
}

// objOf returns the object an identifier or qualified identifier names.
func (c *checker) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return c.info.Uses[e]
	case *ast.SelectorExpr:
		return c.info.Uses[e.Sel]
	}
	return nil
}

// callee returns the function or method a call invokes, or nil.
func (c *checker) callee(call *ast.CallExpr) *types.Func {
	if fn, ok := typeutil.Callee(c.info, call).(*types.Func); ok {
		return fn.Origin()
	}
	return nil
}

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// isNoReturn reports whether e is a call that does not return: panic,
// os.Exit, log.Fatal and friends.
func isNoReturn(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		name := fn.Name()
		return fn.Name() == "Exit" && fn.Pkg() != nil && fn.Pkg().Path() == "os" || strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic") || name == "Exit"
	}
	return false
}
