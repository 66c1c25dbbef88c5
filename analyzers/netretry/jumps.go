package netretry

import (
	"go/ast"
	"go/token"
	"go/types"
)

func (w *walker) branch(s *ast.BranchStmt, in []state) flow {
	var target *types.Label
	if s.Label != nil {
		target, _ = w.c.info.Uses[s.Label].(*types.Label)
	}
	inner := flow{brk: in}
	switch s.Tok {
	case token.BREAK:
		switch {
		case target == nil && (w.nested > 0 || w.breakable > 0):
			return inner
		case target == nil, target == w.r.label && w.r.kind == loopRegion:
			return flow{ends: endsOf(toExit, in)}
		case w.labels[target]:
			return inner
		}
		return flow{ends: endsOf(toExit, in)}
	case token.CONTINUE:
		switch {
		case target == nil && w.nested > 0:
			return inner
		case (target == nil || target == w.r.label) && w.r.kind == loopRegion:
			return flow{ends: endsOf(toBack, in)}
		case target != nil && w.labels[target]:
			return inner
		}
		return flow{ends: endsOf(toExit, in)}
	case token.GOTO:
		if w.r.kind == gotoRegion && target == w.r.label {
			return flow{ends: endsOf(toBack, in)}
		}
		return flow{ends: endsOf(toExit, in)}
	}
	return flow{fall: in} // fallthrough
}

// regionEnd is where paths that fall off the region's body go.
func (w *walker) regionEnd(in []state) []end {
	if w.r.kind != loopRegion {
		return endsOf(toExit, in)
	}
	switch l := w.r.node.(type) {
	case *ast.ForStmt:
		if l.Cond == nil {
			return endsOf(toBack, in)
		}
		var out []end
		for _, st := range in {
			t, f := w.cond(l.Cond, st)
			out = append(out, endsOf(toBack, t)...)
			out = append(out, endsOf(toExit, f)...)
		}
		return out
	case *ast.RangeStmt:
		out := endsOf(toBack, in)
		for _, st := range in {
			st.t.flags |= tBound
			out = append(out, end{toExit, st.t})
		}
		return out
	}
	return endsOf(toBack, in)
}

// ret classifies a return statement by the region's protocol.
func (w *walker) ret(r *ast.ReturnStmt, st state) []end {
	switch w.r.kind {
	case recursionRegion:
		if w.selfCallIn(r) {
			return []end{{toBack, st.t}}
		}
		return []end{{toExit, st.t}}
	case closureRegion:
		return w.closureReturn(r, st)
	}
	return []end{{toExit, st.t}}
}

func (w *walker) assignsErr(s ast.Stmt) bool {
	if w.errVar == nil {
		return false
	}
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if w.c.fl.VarOf(l) == w.errVar {
					found = true
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if w.c.info.Defs[name] == w.errVar {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// selfCall reports whether call is the recursion region's function.
func (w *walker) selfCall(call *ast.CallExpr) bool {
	return w.r.kind == recursionRegion && w.c.fl.Callee(call) != nil && w.c.fl.Callee(call).Origin() == w.r.self
}

func (w *walker) selfCallIn(n ast.Node) bool {
	if w.r.kind != recursionRegion {
		return false
	}
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = found || w.selfCall(x)
		}
		return !found
	})
	return found
}
