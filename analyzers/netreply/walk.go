package netreply

import (
	"go/ast"
	"go/token"
	"go/types"
)

// state is what is known about a tracked value at a program point. States
// are ordered so that the join of two paths is their maximum: a value that
// is unchecked on one path is unchecked after the paths meet.
type state uint8

const (
	off       state = iota // not tracked here: not yet assigned, or replaced
	checked                // its status (or validity) has been tested on this path
	unchecked              // fresh from the network and not tested yet
)

func join(a, b state) state { return max(a, b) }

// A track follows one value through a function body in statement order.
type track interface {
	// begins reports whether simple statement s assigns a fresh value.
	begins(s ast.Stmt) bool
	// ends reports whether s replaces the value with an untracked one.
	ends(s ast.Stmt) bool
	// tests reports whether a condition (an if condition, a switch tag or
	// case) inspects the value, so that the branches it selects are checked.
	tests(e ast.Expr) bool
	// settles reports whether simple statement s checks the value outright
	// or hands the check on (the status is returned with the body).
	settles(s ast.Stmt) bool
	// use inspects a simple statement or a condition in state st.
	use(n ast.Node, st state)
}

// A walker runs a track over structured statements. It is a forward
// analysis without a CFG: branches join at their end, a branch that
// returns contributes nothing, and a test only clears what follows it when
// one of its branches leaves (returns, breaks) or records an error.
type walker struct {
	t       track
	info    *types.Info
	targets []*target
	label   string // label of the statement being entered
}

// A target is an enclosing statement that break or continue can leave.
type target struct {
	label     string
	loop      bool
	brk, cont state
	broken    bool
}

// run walks a function body from state in.
func (w *walker) run(body *ast.BlockStmt, in state) {
	w.block(body.List, in)
}

func (w *walker) block(list []ast.Stmt, st state) (state, bool) {
	for _, s := range list {
		var term bool
		if st, term = w.stmt(s, st); term {
			return off, true
		}
	}
	return st, false
}

func (w *walker) stmt(s ast.Stmt, st state) (state, bool) {
	label := w.label
	w.label = ""
	switch s := s.(type) {
	case *ast.BlockStmt:
		return w.block(s.List, st)
	case *ast.LabeledStmt:
		w.label = s.Label.Name
		return w.stmt(s.Stmt, st)
	case *ast.IfStmt:
		return w.ifStmt(s, st)
	case *ast.SwitchStmt:
		if s.Init != nil {
			st = w.simple(s.Init, st)
		}
		tested := false
		if s.Tag != nil {
			w.t.use(s.Tag, st)
			tested = w.t.tests(s.Tag)
		}
		return w.clauses(label, s.Body, st, tested)
	case *ast.TypeSwitchStmt:
		if s.Init != nil {
			st = w.simple(s.Init, st)
		}
		st = w.simple(s.Assign, st)
		return w.clauses(label, s.Body, st, false)
	case *ast.SelectStmt:
		return w.clauses(label, s.Body, st, false)
	case *ast.ForStmt:
		if s.Init != nil {
			st = w.simple(s.Init, st)
		}
		return w.loop(label, s.Cond, s.Post, s.Body, st, s.Cond != nil)
	case *ast.RangeStmt:
		w.t.use(s.X, st)
		return w.loop(label, nil, nil, s.Body, st, true)
	case *ast.ReturnStmt:
		w.simple(s, st)
		return off, true
	case *ast.BranchStmt:
		return w.branch(s, st)
	case *ast.ExprStmt:
		st = w.simple(s, st)
		if call, ok := s.X.(*ast.CallExpr); ok && isTerminal(w.info, call) {
			return off, true
		}
		return st, false
	case *ast.EmptyStmt:
		return st, false
	}
	return w.simple(s, st), false
}

// simple handles a statement without control flow of its own.
func (w *walker) simple(s ast.Stmt, st state) state {
	if st == unchecked && w.t.settles(s) {
		st = checked
	}
	w.t.use(s, st)
	switch {
	case w.t.begins(s):
		return unchecked
	case w.t.ends(s):
		return off
	}
	return st
}

func (w *walker) ifStmt(s *ast.IfStmt, st state) (state, bool) {
	if s.Init != nil {
		st = w.simple(s.Init, st)
	}
	w.t.use(s.Cond, st)
	tested := w.t.tests(s.Cond)
	in := st
	if tested && in == unchecked {
		in = checked
	}
	tOut, tTerm := w.block(s.Body.List, in)
	eOut, eTerm := in, false
	if s.Else != nil {
		eOut, eTerm = w.stmt(s.Else, in)
	}
	decisive := tTerm || eTerm || recordsError(w.info, s.Body) || recordsError(w.info, s.Else)
	switch {
	case tTerm && eTerm:
		return off, true
	case tested && !decisive && st == unchecked:
		// if resp.StatusCode == 200 { log }: both paths go on alike.
		return unchecked, false
	case tTerm:
		return eOut, false
	case eTerm:
		return tOut, false
	}
	return join(tOut, eOut), false
}

// clauses handles the bodies of switch, type switch and select statements.
func (w *walker) clauses(label string, body *ast.BlockStmt, st state, tested bool) (state, bool) {
	hasDefault, select_ := false, false
	for _, cc := range body.List {
		if cc, ok := cc.(*ast.CaseClause); ok {
			if cc.List == nil {
				hasDefault = true
			}
			for _, e := range cc.List {
				w.t.use(e, st)
				tested = tested || w.t.tests(e)
			}
		} else {
			select_ = true
		}
	}
	in := st
	if tested && in == unchecked {
		in = checked
	}
	tgt := w.push(label, false)
	defer w.pop()
	out, live, decisive := off, false, false
	for _, cc := range body.List {
		cin, stmts := in, []ast.Stmt(nil)
		switch cc := cc.(type) {
		case *ast.CaseClause:
			stmts = cc.Body
		case *ast.CommClause:
			if cc.Comm != nil {
				cin = w.simple(cc.Comm, cin)
			}
			stmts = cc.Body
		}
		cOut, cTerm := w.block(stmts, cin)
		if cTerm {
			decisive = true
			continue
		}
		decisive = decisive || recordsError(w.info, &ast.BlockStmt{List: stmts})
		out, live = join(out, cOut), true
	}
	if tgt.broken {
		out, live = join(out, tgt.brk), true
	}
	if !hasDefault && !select_ {
		implicit := in
		if tested && !decisive {
			implicit = st
		}
		out, live = join(out, implicit), true
	}
	if tested && !decisive && st == unchecked {
		return unchecked, false
	}
	return out, !live
}

// loop walks a loop body twice, so that a state reaching the end of one
// iteration is seen at the start of the next.
func (w *walker) loop(label string, cond ast.Expr, post ast.Stmt, body *ast.BlockStmt, st state, mayExit bool) (state, bool) {
	tgt := w.push(label, true)
	defer w.pop()
	head := st
	for range 2 {
		if cond != nil {
			w.t.use(cond, head)
		}
		out, term := w.block(body.List, head)
		next := head
		if !term {
			if post != nil {
				out = w.simple(post, out)
			}
			next = join(next, out)
		}
		next = join(next, tgt.cont)
		if next == head {
			break
		}
		head = next
	}
	out, live := off, false
	if mayExit {
		out, live = head, true
	}
	if tgt.broken {
		out, live = join(out, tgt.brk), true
	}
	return out, !live
}

func (w *walker) branch(s *ast.BranchStmt, st state) (state, bool) {
	var tgt *target
	for i := len(w.targets) - 1; i >= 0; i-- {
		t := w.targets[i]
		if s.Label != nil && t.label != s.Label.Name {
			continue
		}
		if s.Tok == token.CONTINUE && !t.loop {
			continue
		}
		tgt = t
		break
	}
	if tgt != nil {
		switch s.Tok {
		case token.BREAK:
			tgt.brk, tgt.broken = join(tgt.brk, st), true
		case token.CONTINUE:
			tgt.cont = join(tgt.cont, st)
		}
	}
	return off, true
}

func (w *walker) push(label string, loop bool) *target {
	t := &target{label: label, loop: loop}
	w.targets = append(w.targets, t)
	return t
}

func (w *walker) pop() { w.targets = w.targets[:len(w.targets)-1] }

// recordsError reports whether a branch assigns an error variable, as in
// if resp.StatusCode != 200 { err = errStatus }, which a later if err !=
// nil then acts on.
func recordsError(info *types.Info, s ast.Stmt) bool {
	if s == nil {
		return false
	}
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name == "_" {
					continue
				}
				if t := info.TypeOf(l); t != nil && isError(t) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
