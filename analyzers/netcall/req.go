package netcall

import (
	"go/ast"
	"go/types"
)

// ReqMethod traces an *http.Request expression (or a go-retryablehttp
// request) to the HTTP method it was built with. It returns the constant
// method, or the string parameter it comes from, or neither when the
// method is not traceable. An empty constant method means GET.
func (fl *Flow) ReqMethod(e ast.Expr) (method string, param *types.Var, ok bool) {
	return fl.reqMethod(e, map[*types.Var]bool{})
}

func (fl *Flow) reqMethod(e ast.Expr, seen map[*types.Var]bool) (string, *types.Var, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return fl.reqMethod(x.X, seen)
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Method" {
					return fl.methodValue(kv.Value)
				}
			}
		}
		return "GET", nil, true
	case *ast.CallExpr:
		fn := fl.Callee(x)
		if fn == nil || fn.Pkg() == nil {
			return "", nil, false
		}
		idx := -1
		switch fn.Pkg().Path() + "." + recvName(fn) + fn.Name() {
		case "net/http.NewRequest", "github.com/hashicorp/go-retryablehttp.NewRequest":
			idx = 0
		case "net/http.NewRequestWithContext", "github.com/hashicorp/go-retryablehttp.NewRequestWithContext":
			idx = 1
		case "net/http.Request.WithContext", "net/http.Request.Clone":
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				return fl.reqMethod(sel.X, seen)
			}
		}
		if idx >= 0 && idx < len(x.Args) {
			return fl.methodValue(x.Args[idx])
		}
	case *ast.Ident:
		v := fl.varOf(x)
		if v == nil || seen[v] {
			return "", nil, false
		}
		seen[v] = true
		if set := fl.setOn[v]["Method"]; len(set) > 0 {
			return fl.joinMethods(set, seen)
		}
		exprs, idx, known := fl.Defs(v)
		if !known || len(exprs) == 0 {
			return "", nil, false
		}
		for _, i := range idx {
			if i > 0 {
				return "", nil, false
			}
		}
		return fl.joinMethods(exprs, seen)
	}
	return "", nil, false
}

func (fl *Flow) joinMethods(exprs []ast.Expr, seen map[*types.Var]bool) (string, *types.Var, bool) {
	var method string
	var param *types.Var
	for i, rhs := range exprs {
		m, p, ok := fl.reqMethod(rhs, seen)
		if !ok {
			m, p, ok = fl.methodValue(rhs)
		}
		if !ok || (i > 0 && (m != method || p != param)) {
			return "", nil, false
		}
		method, param = m, p
	}
	return method, param, true
}

// methodValue resolves a method argument: a constant, or a parameter.
func (fl *Flow) methodValue(e ast.Expr) (string, *types.Var, bool) {
	if s, ok := fl.StringValue(e); ok {
		if s == "" {
			s = "GET"
		}
		return s, nil, true
	}
	if v := fl.varOf(e); v != nil && fl.Param(v) >= 0 {
		if _, _, known := fl.Defs(v); known && len(fl.defs[v]) == 0 {
			return "", v, true
		}
	}
	return "", nil, false
}
