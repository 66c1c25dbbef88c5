package netretry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
)

// gotoLoop recognises "retry: … if err != nil { goto retry }".
func (c *checker) gotoLoop(f *ast.File, fd *ast.FuncDecl, encl ast.Node, ls *ast.LabeledStmt, stack []ast.Node) *construct {
	switch ls.Stmt.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.SelectStmt, *ast.TypeSwitchStmt:
		return nil
	}
	label, _ := c.info.Defs[ls.Label].(*types.Label)
	block, ok := stack[len(stack)-2].(*ast.BlockStmt)
	if label == nil || !ok {
		return nil
	}
	back := false
	ast.Inspect(block, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Pos() > ls.Pos() && c.info.Uses[b.Label] == label {
			back = true
		}
		_, lit := n.(*ast.FuncLit)
		return !back && !lit
	})
	if !back {
		return nil
	}
	lit, _ := encl.(*ast.FuncLit)
	r := &region{kind: gotoRegion, node: ls, body: block, label: label}
	r.variant = c.variants(r)
	k := c.newConstruct(r, "a goto retry", ls.Label, encl, fd)
	return c.collectRetried(f, k, r, block, lit, fd, func(st *netcall.Site) bool {
		return st.Call.Pos() < ls.Pos()
	})
}

// recursion recognises a function that calls itself again when a network
// call fails, passing the same request.
func (c *checker) recursion(f *ast.File, fd *ast.FuncDecl) *construct {
	fn, _ := c.info.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	var selfCalls []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			if callee := c.fl.Callee(n); callee != nil && callee.Origin() == fn {
				selfCalls = append(selfCalls, n)
			}
		}
		return true
	})
	if len(selfCalls) == 0 {
		return nil
	}
	r := &region{kind: recursionRegion, node: fd, body: fd.Body, self: fn}
	r.variant = c.variants(r)
	// A parameter passed on changed is different on the next attempt.
	sig := fn.Type().(*types.Signature)
	for _, call := range selfCalls {
		for i, a := range call.Args {
			if i >= sig.Params().Len() {
				break
			}
			p := sig.Params().At(i)
			if id, ok := ast.Unparen(a).(*ast.Ident); !ok || c.info.Uses[id] != p {
				r.variant[p] = true
			}
		}
	}
	k := c.newConstruct(r, "recursion on error ("+fd.Name.Name+")", fd.Name, fd, fd)
	return c.collectRetried(f, k, r, fd.Body, nil, fd, func(st *netcall.Site) bool {
		return st.Fn.Origin() == fn
	})
}

// collectRetried adds to k the sites in body, outside inner loops and not
// excluded by skip, that region r retries with the same arguments; it
// returns nil when there are none.
func (c *checker) collectRetried(f *ast.File, k *construct, r *region, body *ast.BlockStmt, lit *ast.FuncLit, fd *ast.FuncDecl, skip func(*netcall.Site) bool) *construct {
	for _, st := range c.sitesIn(body, lit, fd) {
		if skip(st) || innermostLoopIn(c.pathTo(f, st.Call), body) || !c.invariantArgs(st, r) {
			continue
		}
		if rs := c.follow(f, st.Call, r); rs != nil && rs.isRetried() && rs.okExit && !rs.okRepeats {
			rs.s = st
			k.sites = append(k.sites, rs)
		}
	}
	if len(k.sites) == 0 {
		return nil
	}
	return k
}
