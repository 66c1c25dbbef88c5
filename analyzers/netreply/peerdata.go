package netreply

import (
	"go/ast"
	"go/types"
)

// decoderReader returns the reader a decoder expression was built on.
func (c *checker) decoderReader(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		v := c.varOf(id)
		if v == nil {
			return nil
		}
		if e = c.fl.OnlyDef(v); e == nil {
			return nil
		}
		e = ast.Unparen(e)
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if rc, ok := c.readOf(call); ok && rc.kind == decodeRead && rc.helper == nil {
			return rc.reader
		}
	}
	return nil
}

// peerReader reports whether a reader yields bytes from the network: a
// reply or inbound request body, a connection, or the body of any
// *http.Response.
func (c *checker) peerReader(f *fn, r ast.Expr) bool {
	base, _ := c.reader(r)
	if o, _ := c.peer(f, base); o != notPeer {
		return true
	}
	v := c.baseVar(base)
	return v != nil && isHTTPResponse(v.Type())
}

// peerData reports whether bytes come from the network: a result of a
// network call, a field or method result of one, or what a peer reader
// yielded.
func (c *checker) peerData(f *fn, e ast.Expr, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if c.nc.SiteOf(x) != nil {
			return true
		}
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.peerData(f, x.Args[0], depth+1)
		}
		if rc, ok := c.readOf(x); ok && rc.returns {
			return c.peerReader(f, rc.reader)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && c.info.Selections[sel] != nil {
			return c.peerData(f, sel.X, depth+1)
		}
	case *ast.SelectorExpr:
		if sel := c.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			return c.peerData(f, x.X, depth+1)
		}
	case *ast.SliceExpr:
		return c.peerData(f, x.X, depth+1)
	case *ast.Ident:
		v := c.varOf(x)
		if v == nil || c.fl.Param(v) >= 0 {
			return false
		}
		exprs, _, _ := c.fl.Defs(v)
		for _, d := range exprs {
			if c.peerData(f, d, depth+1) {
				return true
			}
		}
		return c.filledFromPeer(f, v)
	}
	return false
}

// filledFromPeer reports whether buffer v is filled from a peer reader, as
// in io.Copy(&buf, resp.Body).
func (c *checker) filledFromPeer(f *fn, v *types.Var) bool {
	found := false
	f.each(func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if rc, ok := c.readOf(call); ok && rc.kind == copyRead && c.varOf(stripAddr(rc.dst)) == v {
				found = c.peerReader(f, rc.reader)
			}
		}
		return !found
	})
	return found
}

// truncation reports b, err := io.ReadAll(io.LimitReader(body, n)) when b
// is then returned as a success value and its length is never looked at:
// LimitReader cuts silently, so a long reply passes as a short one.
func (c *checker) truncation(f *fn, s *ast.AssignStmt) {
	if len(s.Rhs) != 1 || len(s.Lhs) != 2 || isBlank(s.Lhs[1]) {
		return
	}
	call, ok := ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	if name := c.calleeName(call); (name != "io.ReadAll" && name != "io/ioutil.ReadAll") || len(call.Args) != 1 {
		return
	}
	lim := c.limitReader(call.Args[0])
	b := c.varOf(s.Lhs[0])
	if lim == nil || b == nil || !c.peerReader(f, lim.Args[0]) || c.lenTaken(f, b) || !c.returnedAsData(f, b) {
		return
	}
	c.report(call, "NL-V3", "io.LimitReader cuts the reply at the limit without an error, so a longer reply passes as complete; read one byte more than the limit and reject a reply that reaches it")
}

// limitReader returns the io.LimitReader call e is, or names.
func (c *checker) limitReader(e ast.Expr) *ast.CallExpr {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		v := c.varOf(id)
		if v == nil {
			return nil
		}
		if e = c.fl.OnlyDef(v); e == nil {
			return nil
		}
		e = ast.Unparen(e)
	}
	if call, ok := e.(*ast.CallExpr); ok && c.calleeName(call) == "io.LimitReader" && len(call.Args) == 2 {
		return call
	}
	return nil
}

// lenTaken reports whether f takes len(v) anywhere.
func (c *checker) lenTaken(f *fn, v *types.Var) bool {
	found := false
	f.each(func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 && !found {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" && c.varOf(call.Args[0]) == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// returnedAsData reports whether f returns v (or a conversion of it) as a
// success value.
func (c *checker) returnedAsData(f *fn, v *types.Var) bool {
	found := false
	f.each(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || found || !c.successReturn(ret, f.sig) {
			return !found
		}
		for i, r := range ret.Results {
			if isError(f.sig.Results().At(i).Type()) {
				continue
			}
			r = ast.Unparen(r)
			if conv, ok := r.(*ast.CallExpr); ok && len(conv.Args) == 1 {
				if tv, ok := c.info.Types[conv.Fun]; ok && tv.IsType() {
					r = conv.Args[0]
				}
			}
			found = found || c.varOf(r) == v
		}
		return !found
	})
	return found
}
