package netretry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
)

// loop recognises a for or range loop that retries a network call: an
// error (or a failed status) of the call reaches the next iteration, the
// call sends the same request each time, and success leaves the loop.
func (c *checker) loop(f *ast.File, fd *ast.FuncDecl, encl ast.Node, s ast.Stmt, stack []ast.Node) *construct {
	var body *ast.BlockStmt
	var post ast.Node
	switch l := s.(type) {
	case *ast.ForStmt:
		body, post = l.Body, l.Post
	case *ast.RangeStmt:
		if !c.rangeRetry(l) {
			return nil
		}
		body = l.Body
	}
	lit, _ := encl.(*ast.FuncLit)
	var sites []*netcall.Site
	for _, st := range c.sitesIn(body, lit, fd) {
		if innermostLoop(c.pathTo(f, st.Call)) == s {
			sites = append(sites, st)
		}
	}
	if len(sites) == 0 {
		return nil
	}
	r := &region{kind: loopRegion, node: s, body: body, label: c.labelOf(stack)}
	r.variant = c.variants(r, post)
	if l, ok := s.(*ast.RangeStmt); ok {
		// The key and value change on every iteration.
		for _, e := range []ast.Expr{l.Key, l.Value} {
			if v := rootVar(c.info, e); v != nil {
				r.variant[v] = true
			}
		}
	}
	k := c.newConstruct(r, "a retry loop", forPos(s), encl, fd)
	for _, st := range sites {
		if !c.invariantArgs(st, r) {
			continue
		}
		rs := c.follow(f, st.Call, r)
		if rs != nil && rs.isRetried() && rs.okExit && !rs.okRepeats {
			rs.s = st
			k.sites = append(k.sites, rs)
		}
	}
	if len(k.sites) == 0 {
		return nil
	}
	return k
}

// rangeRetry reports whether a range loop can be a retry: it ranges over
// an integer or a channel, or its key and value are unused or feed only
// the delay (for _, d := range delays { …; time.Sleep(d) }). A loop that
// uses each element otherwise processes a new item per iteration.
func (c *checker) rangeRetry(l *ast.RangeStmt) bool {
	switch t := c.info.TypeOf(l.X).Underlying().(type) {
	case *types.Basic:
		if t.Info()&types.IsInteger != 0 {
			return true
		}
	case *types.Chan:
		return true
	}
	for _, e := range []ast.Expr{l.Key, l.Value} {
		id, ok := e.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		v := c.info.ObjectOf(id)
		used := false
		ast.Inspect(l.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && c.delayArg(call) != nil {
				return false // time.Sleep(d): d is the delay schedule
			}
			if x, ok := n.(*ast.Ident); ok && c.info.Uses[x] == v {
				used = true
			}
			return !used
		})
		if used {
			return false
		}
	}
	return true
}

// innermostLoopIn reports whether a loop lies between a call and block.
func innermostLoopIn(path []ast.Node, block ast.Node) bool {
	for _, n := range path {
		if n == block {
			return false
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return true
		}
	}
	return false
}

// loopAttempts returns the constant number of iterations of a counted
// loop (for i := 0; i < 3; i++, for range 3, for _, d := range
// []time.Duration{…}), or 0.
func loopAttempts(n ast.Node, info *types.Info) int {
	switch l := n.(type) {
	case *ast.RangeStmt:
		if tv, ok := info.Types[l.X]; ok && tv.Value != nil {
			if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
				return int(v)
			}
		}
		if cl, ok := ast.Unparen(l.X).(*ast.CompositeLit); ok {
			return len(cl.Elts)
		}
	case *ast.ForStmt:
		init, ok := l.Init.(*ast.AssignStmt)
		cond, ok2 := l.Cond.(*ast.BinaryExpr)
		if !ok || !ok2 || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
			return 0
		}
		from, ok := constInt(info, init.Rhs[0])
		if !ok {
			return 0
		}
		id, _ := init.Lhs[0].(*ast.Ident)
		if id == nil {
			return 0
		}
		v := info.ObjectOf(id)
		if inc, ok := l.Post.(*ast.IncDecStmt); !ok || inc.Tok != token.INC || rootVar(info, inc.X) != v {
			return 0
		}
		x, y, op := cond.X, cond.Y, cond.Op
		if rootVar(info, y) == v {
			x, y = y, x
			switch op {
			case token.GTR:
				op = token.LSS
			case token.GEQ:
				op = token.LEQ
			}
		}
		if rootVar(info, x) != v {
			return 0
		}
		to, ok := constInt(info, y)
		if !ok {
			return 0
		}
		switch op {
		case token.LSS:
			return max(0, int(to-from))
		case token.LEQ:
			return max(0, int(to-from+1))
		}
	}
	return 0
}

func constInt(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(tv.Value))
}
