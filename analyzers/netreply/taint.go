package netreply

import (
	"go/ast"
	"go/types"
)

// use follows what the reply's body flows into while its status is not yet
// tested. Reading the body, or decoding it into locals, is not yet a use:
// many clients read first and test the status before they act. The body is
// used when something made from it reaches a sink: it is returned as a
// success value, stored outside the function, decoded into memory the
// caller owns, written somewhere, sent on a channel or to another network
// call, or passed to a call made only for its side effects.
func (t *statusTrack) use(n ast.Node, st state) {
	if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
		if v := t.c.varOf(as.Lhs[0]); v != nil {
			t.flags[v] = t.tests(as.Rhs[0])
		}
	}
	t.contentType(n)
	if st != unchecked || t.found != nil {
		return
	}
	t.calls(n)
	if t.found != nil {
		return
	}
	switch s := n.(type) {
	case *ast.AssignStmt:
		t.assign(s.Lhs, s.Rhs)
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok {
			for _, spec := range gd.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok {
					var lhs []ast.Expr
					for _, name := range vs.Names {
						lhs = append(lhs, name)
					}
					t.assign(lhs, vs.Values)
				}
			}
		}
	case *ast.ReturnStmt:
		if len(s.Results) == 1 && t.f.sig != nil && t.f.sig.Results().Len() > 1 && t.mentions(s.Results[0]) {
			t.consume(s.Results[0]) // return decode(resp): values and error at once
			return
		}
		if t.c.successReturn(s, t.f.sig) {
			for i, r := range s.Results {
				if !isError(t.f.sig.Results().At(i).Type()) && t.mentions(r) {
					t.consume(r)
					return
				}
			}
		}
	case *ast.SendStmt:
		if t.mentions(s.Value) {
			t.consume(s.Value)
		}
	case *ast.ExprStmt:
		t.effect(s.X)
	case *ast.DeferStmt:
		t.effect(s.Call)
	case *ast.GoStmt:
		t.effect(s.Call)
	}
}

// assign marks locals assigned from the body, and reports stores of it
// outside the function.
func (t *statusTrack) assign(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		var r ast.Expr
		switch {
		case len(lhs) == len(rhs):
			r = rhs[i]
		case len(rhs) == 1:
			r = rhs[0]
		default:
			return
		}
		if isBlank(l) || !t.mentions(r) {
			continue
		}
		if v := t.c.varOf(l); v != nil && !t.nonLocal(l) {
			t.body[v] = true
			continue
		}
		t.consume(r)
		return
	}
}

// effect reports a call made for its side effects with the body.
func (t *statusTrack) effect(e ast.Expr) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || t.ignored(call) || !t.mentions(call) || t.propagates(call) {
		return
	}
	t.consume(call)
}

// calls reports calls that take the body and write into memory the caller
// owns (json.NewDecoder(resp.Body).Decode(out), io.Copy(w, resp.Body)), or
// send it across the network; targets that are locals become body
// variables.
func (t *statusTrack) calls(n ast.Node) {
	t.c.visible(n, func(m ast.Node) bool {
		call, ok := m.(*ast.CallExpr)
		if !ok || t.found != nil {
			return t.found == nil
		}
		if t.ignored(call) {
			return false
		}
		if !t.mentions(call) {
			return true
		}
		if t.c.nc.SiteOf(call) != nil {
			t.consume(call)
			return false
		}
		for _, a := range call.Args {
			if t.mentions(a) {
				continue
			}
			target := stripAddr(a)
			if t.nonLocal(target) {
				t.consume(call)
				return false
			}
			if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok {
				if v := t.c.varOf(u.X); v != nil {
					t.body[v] = true
				}
			}
		}
		return true
	})
}

// mentions reports whether e holds something made from the body: v.Body,
// a body variable, or a call that hands v to a helper that reads it.
func (t *statusTrack) mentions(e ast.Node) bool {
	found := false
	t.c.visible(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if t.ignored(n) {
				return false
			}
			if f := t.c.fact(t.c.callee(n)); f != nil {
				for i, a := range n.Args {
					if t.c.varOf(a) == t.v && (f.Consumes == i+1 || f.Reads == i+1) {
						found = true
					}
				}
			}
		case *ast.SelectorExpr:
			found = found || n.Sel.Name == "Body" && t.c.varOf(n.X) == t.v
		case *ast.Ident:
			found = found || t.body[t.c.varOf(n)]
		}
		return !found
	})
	return found
}

// ignored reports calls that only close or drain the body.
func (t *statusTrack) ignored(call *ast.CallExpr) bool {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Close" {
		return true
	}
	rc, ok := t.c.readOf(call)
	return ok && rc.kind == drainRead
}

// propagates reports calls whose result carries the body on (readers,
// decoders, methods of body variables) rather than acting on it.
func (t *statusTrack) propagates(call *ast.CallExpr) bool {
	if _, ok := t.c.readOf(call); ok {
		return true
	}
	name := t.c.calleeName(call)
	if _, ok := unmarshalers[name]; ok {
		return true
	}
	if _, ok := decodeFuncs[name]; ok {
		return true
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && t.mentions(sel.X) {
		for _, a := range call.Args {
			if t.mentions(a) {
				return false
			}
		}
		return true // a method of a body variable: dec.Decode(&x), sc.Scan()
	}
	return false
}

// nonLocal reports whether e denotes memory that outlives the function or
// belongs to its caller: a field, an element, a package variable, or a
// parameter of reference type.
func (t *statusTrack) nonLocal(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := t.c.varOf(x)
		if v == nil {
			return false
		}
		if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return true
		}
		// Named results are locals until a return, which is judged there.
		return t.c.fl.ParamOf(v, t.f.typ) >= 0 && isReference(v.Type())
	case *ast.SelectorExpr:
		if sel := t.c.info.Selections[x]; sel != nil {
			return sel.Kind() == types.FieldVal
		}
		_, isVar := t.c.info.Uses[x.Sel].(*types.Var)
		return isVar
	case *ast.IndexExpr, *ast.StarExpr:
		return true
	}
	return false
}

func isReference(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Interface, *types.Chan:
		return true
	}
	return false
}
