package netretry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// list walks a statement sequence.
func (w *walker) list(stmts []ast.Stmt, in []state) flow {
	var out flow
	cur := in
	for _, s := range stmts {
		if len(cur) == 0 || w.overflow {
			break
		}
		fl := w.stmt(s, cur)
		out.ends = append(out.ends, fl.ends...)
		out.brk = merge(out.brk, fl.brk, w)
		cur = fl.fall
	}
	out.fall = cur
	return out
}

func (w *walker) stmt(s ast.Stmt, in []state) flow {
	switch s := s.(type) {
	case *ast.BlockStmt:
		return w.list(s.List, in)
	case *ast.LabeledStmt:
		if l, ok := w.c.info.Defs[s.Label].(*types.Label); ok {
			if w.labels == nil {
				w.labels = map[*types.Label]bool{}
			}
			w.labels[l] = true
		}
		return w.stmt(s.Stmt, in)
	case *ast.ReturnStmt:
		var fl flow
		for _, st := range in {
			fl.ends = append(fl.ends, w.ret(s, st)...)
		}
		return fl
	case *ast.BranchStmt:
		return w.branch(s, in)
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if w.c.noReturn(call) {
				return flow{ends: endsOf(toExit, in)}
			}
			if w.selfCall(call) {
				return flow{ends: endsOf(toBack, in)}
			}
		}
		return flow{fall: in}
	case *ast.AssignStmt, *ast.DeclStmt:
		if w.selfCallIn(s) {
			return flow{ends: endsOf(toBack, in)}
		}
		if w.assignsErr(s) {
			var out []state
			for _, st := range in {
				st.err = unknown
				out = addState(out, st, w)
			}
			return flow{fall: out}
		}
		return flow{fall: in}
	case *ast.IfStmt:
		if s.Init != nil {
			init := w.stmt(s.Init, in)
			rest := w.ifRest(s, init.fall)
			rest.ends = append(init.ends, rest.ends...)
			return rest
		}
		return w.ifRest(s, in)
	case *ast.SwitchStmt:
		if s.Init != nil {
			init := w.stmt(s.Init, in)
			rest := w.switchRest(s, init.fall)
			rest.ends = append(init.ends, rest.ends...)
			return rest
		}
		return w.switchRest(s, in)
	case *ast.TypeSwitchStmt:
		return w.typeSwitch(s, in)
	case *ast.SelectStmt:
		return w.selectStmt(s, in)
	case *ast.ForStmt, *ast.RangeStmt:
		var body *ast.BlockStmt
		if f, ok := s.(*ast.ForStmt); ok {
			body = f.Body
		} else {
			body = s.(*ast.RangeStmt).Body
		}
		w.nested++
		fl := w.list(body.List, in)
		w.nested--
		return flow{fall: merge(merge(in, fl.fall, w), fl.brk, w), ends: fl.ends}
	}
	return flow{fall: in}
}

func (w *walker) ifRest(s *ast.IfStmt, in []state) flow {
	var thens, elses []state
	for _, st := range in {
		t, f := w.cond(s.Cond, st)
		thens, elses = merge(thens, t, w), merge(elses, f, w)
	}
	fl := w.list(s.Body.List, thens)
	if s.Else != nil {
		e := w.stmt(s.Else, elses)
		fl.fall = merge(fl.fall, e.fall, w)
		fl.brk = merge(fl.brk, e.brk, w)
		fl.ends = append(fl.ends, e.ends...)
	} else {
		fl.fall = merge(fl.fall, elses, w)
	}
	return fl
}

// switchRest walks the clauses of a switch whose init has run: a case is
// taken when the earlier ones were not and its own condition holds.
func (w *walker) switchRest(s *ast.SwitchStmt, in []state) flow {
	w.breakable++
	defer func() { w.breakable-- }()
	var out flow
	pending := in // states for which no case was taken yet
	var deflt *ast.CaseClause
	for _, cl := range s.Body.List {
		cc := cl.(*ast.CaseClause)
		if cc.List == nil {
			deflt = cc
			continue
		}
		var taken, rest []state
		for _, st := range pending {
			t, f := w.caseCond(s.Tag, cc.List, st)
			taken, rest = merge(taken, t, w), merge(rest, f, w)
		}
		fl := w.list(cc.Body, taken)
		out.fall = merge(merge(out.fall, fl.fall, w), fl.brk, w)
		out.ends = append(out.ends, fl.ends...)
		pending = rest
	}
	if deflt != nil {
		fl := w.list(deflt.Body, pending)
		out.fall = merge(merge(out.fall, fl.fall, w), fl.brk, w)
		out.ends = append(out.ends, fl.ends...)
	} else {
		out.fall = merge(out.fall, pending, w)
	}
	return out
}

// caseCond splits st on "tag == v1 || tag == v2 …", or on the case
// expressions themselves in a tagless switch.
func (w *walker) caseCond(tag ast.Expr, list []ast.Expr, st state) (t, f []state) {
	var e ast.Expr
	for _, v := range list {
		x := v
		if tag != nil {
			x = &ast.BinaryExpr{X: tag, Op: token.EQL, Y: v, OpPos: v.Pos()}
		}
		if e == nil {
			e = x
		} else {
			e = &ast.BinaryExpr{X: e, Op: token.LOR, Y: x, OpPos: v.Pos()}
		}
	}
	return w.cond(e, st)
}

func (w *walker) typeSwitch(s *ast.TypeSwitchStmt, in []state) flow {
	w.breakable++
	defer func() { w.breakable-- }()
	if s.Init != nil {
		in = w.stmt(s.Init, in).fall
	}
	var subject ast.Expr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		subject = a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		subject = a.X.(*ast.TypeAssertExpr).X
	}
	var out flow
	for _, cl := range s.Body.List {
		cc := cl.(*ast.CaseClause)
		var taken []state
		for _, st := range in {
			st.t = w.atomTypes(subject, cc.List, st.t)
			taken = addState(taken, st, w)
		}
		fl := w.list(cc.Body, taken)
		out.fall = merge(merge(out.fall, fl.fall, w), fl.brk, w)
		out.ends = append(out.ends, fl.ends...)
	}
	out.fall = merge(out.fall, in, w)
	return out
}

func (w *walker) selectStmt(s *ast.SelectStmt, in []state) flow {
	w.breakable++
	defer func() { w.breakable-- }()
	var out flow
	for _, cl := range s.Body.List {
		cc := cl.(*ast.CommClause)
		var taken []state
		for _, st := range in {
			st.t.flags |= w.c.commFlags(cc.Comm, w.r)
			taken = addState(taken, st, w)
		}
		fl := w.list(cc.Body, taken)
		out.fall = merge(merge(out.fall, fl.fall, w), fl.brk, w)
		out.ends = append(out.ends, fl.ends...)
	}
	return out
}
