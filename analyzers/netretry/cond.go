package netretry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// cond splits a state on a condition: the states in which it holds and
// those in which it does not. Tests of the call's error against nil refine
// the state; any other condition is recorded in the trail.
func (w *walker) cond(e ast.Expr, st state) (t, f []state) {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			f, t = w.cond(x.X, st)
			return t, f
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			at, af := w.cond(x.X, st)
			f = af
			for _, s := range at {
				bt, bf := w.cond(x.Y, s)
				t, f = merge(t, bt, w), merge(f, bf, w)
			}
			return t, f
		case token.LOR:
			at, af := w.cond(x.X, st)
			t = at
			for _, s := range af {
				bt, bf := w.cond(x.Y, s)
				t, f = merge(t, bt, w), merge(f, bf, w)
			}
			return t, f
		case token.EQL, token.NEQ:
			if v, ok := w.nilTest(x); ok {
				isNil := x.Op == token.EQL // "err == nil"
				holdsIfNil := isNil
				switch st.err {
				case yes:
					if holdsIfNil {
						return []state{st}, nil
					}
					return nil, []state{st}
				case no:
					if holdsIfNil {
						return nil, []state{st}
					}
					return []state{st}, nil
				}
				nilSt, errSt := st, st
				nilSt.err, errSt.err = yes, no
				_ = v
				if holdsIfNil {
					return []state{nilSt}, []state{errSt}
				}
				return []state{errSt}, []state{nilSt}
			}
		}
	}
	ts, fs := st, st
	ts.t = w.atom(e, true, st.t)
	fs.t = w.atom(e, false, st.t)
	return []state{ts}, []state{fs}
}

// nilTest recognises "err == nil" and "err != nil" on the call's error.
func (w *walker) nilTest(x *ast.BinaryExpr) (ast.Expr, bool) {
	for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
		if isNilIdent(pair[1], w.c.info) && w.isErr(pair[0]) {
			return pair[0], true
		}
	}
	return nil, false
}

func isNilIdent(e ast.Expr, info *types.Info) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// isErr reports whether e is the retried call's error.
func (w *walker) isErr(e ast.Expr) bool {
	e = ast.Unparen(e)
	if w.errVar != nil && w.c.fl.VarOf(e) == w.errVar {
		if _, ok := e.(*ast.Ident); ok {
			return true
		}
	}
	return w.errExpr != nil && e == w.errExpr
}

// atom records a condition other than a nil test in a trail.
func (w *walker) atom(e ast.Expr, positive bool, t trail) trail {
	c := w.c
	var flags uint8
	if c.mentionsVariant(e, w.r, w.outcome(), 0) {
		flags |= tBound // an attempt counter, a clock, a flag that changes
	}
	if c.mentionsCtxCheck(e) {
		flags |= tCtx | tBound
	}
	switch {
	case c.inspectsResponse(e):
		flags |= tStatus | tOpaque // isOK(resp): a status check netretry cannot evaluate
	case c.mentionsStatus(e):
		flags |= tStatus
		if mask, ok := c.statusMask(e, positive); ok {
			t.codes &= mask
		} else {
			flags |= tOpaque
		}
	case c.cancelOnly(e):
		flags |= tCtx // excludes only the caller's cancellation
	case c.mentionsError(e) && !w.mentionsSiteErr(e):
		flags |= tBound // another call failed (a limiter, the retrier): not this outcome
	case c.mentionsError(e):
		flags |= tClassified
		if c.notApplied(e, positive, 0) {
			flags |= tNotApplied
		}
		if c.mentionsCancel(e) {
			flags |= tCtx
		}
	case w.mentionsResult(e):
		flags |= tResult
	case flags == 0:
		flags |= tBound
	}
	t.flags |= flags
	return t
}

// atomTypes records a type switch case on subject.
func (w *walker) atomTypes(subject ast.Expr, types_ []ast.Expr, t trail) trail {
	if !w.c.mentionsError(subject) {
		t.flags |= tBound
		return t
	}
	t.flags |= tClassified
	if len(types_) == 0 {
		return t
	}
	for _, te := range types_ {
		if !w.c.notAppliedType(w.c.info.TypeOf(te)) {
			return t
		}
	}
	t.flags |= tNotApplied
	return t
}

// commFlags classifies a select case: waiting on the caller's context (or
// any channel that is not a timer) can end the retry, and so can a timer
// started before the retry region and not reset in it (an overall time
// limit, as opposed to the delay between attempts).
func (c *checker) commFlags(comm ast.Stmt, r *region) uint8 {
	if comm == nil {
		return 0
	}
	var recv ast.Expr
	ast.Inspect(comm, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.ARROW && recv == nil {
			recv = u.X
		}
		return recv == nil
	})
	if recv == nil {
		return 0
	}
	if c.isTimerChan(recv) {
		if c.timeLimit(recv, r) {
			return tBound
		}
		return 0
	}
	if c.mentionsCtxCheck(recv) {
		return tCtx | tBound
	}
	return tBound
}

// isTimerChan reports whether e is time.After(d), t.C of a timer or
// ticker, or time.Tick(d).
// timeLimit reports whether a timer channel t.C belongs to a timer declared
// outside the retry region and not reset inside it: a limit on the whole
// retry rather than the wait before the next attempt.
func (c *checker) timeLimit(recv ast.Expr, r *region) bool {
	sel, ok := ast.Unparen(recv).(*ast.SelectorExpr)
	if !ok || r == nil || r.body == nil {
		return false
	}
	v := c.fl.VarOf(sel.X)
	if v == nil || r.body.Pos() <= v.Pos() && v.Pos() < r.body.End() {
		return false
	}
	reset := false
	ast.Inspect(r.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !reset {
			if fs, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fs.Sel.Name == "Reset" && c.fl.VarOf(fs.X) == v {
				reset = true
			}
		}
		return !reset
	})
	return !reset
}

func (c *checker) isTimerChan(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return c.isPkgFunc(x, "time", "After", "Tick")
	case *ast.SelectorExpr:
		if x.Sel.Name == "C" {
			if n := namedType(c.info.TypeOf(x.X)); n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" {
				return true
			}
		}
	}
	return false
}
