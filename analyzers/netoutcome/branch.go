package netoutcome

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// varSet is the error variable and the values derived from it.
type varSet map[*types.Var]bool

// handling is the code that handles one site's error: the error branch and
// the classifier evidence that dominates it.
type handling struct {
	cond    ast.Expr    // the condition that selects the error branch, or nil
	body    []ast.Stmt  // the statements that run on error
	classes rules.Class // classifier evidence in the conditions and the branch
	tracked varSet
	region  []ast.Node // what was examined, for NL-O2
}

type chainResult uint8

const (
	stop  chainResult = iota // the error is handled in a way netoutcome does not model
	found                    // the error branch was found
	more                     // a test of one class; keep looking
)

// handlingOf finds the branch that handles u's error: the first statement
// after the assignment that reads the variable must be an if or switch
// statement testing it (possibly after class-specific tests such as
// if errors.Is(err, redis.Nil)). The branch is empty when the error is
// returned or handled in a shape netoutcome does not model; the region
// examined so far is still checked for NL-O2.
func (c *checker) handlingOf(u *use, p *parents) *handling {
	h := &handling{tracked: varSet{u.v: true}}
	var rest []ast.Stmt
	switch par := p.of(u.stmt).(type) {
	case *ast.IfStmt:
		rest = []ast.Stmt{par}
	case *ast.SwitchStmt:
		rest = []ast.Stmt{par}
	default:
		list, i := stmtList(u.stmt, p)
		if list == nil {
			return h
		}
		rest = list[i+1:]
	}
	for i, st := range rest {
		if !c.mentionsAny(st, h.tracked) {
			if leaves(c.info, st) {
				return h
			}
			continue
		}
		switch st := st.(type) {
		case *ast.IfStmt:
			switch c.ifChain(st, h, rest[i+1:]) {
			case found:
				return h
			case stop:
				return h
			}
		case *ast.SwitchStmt:
			if c.switchStmt(st, h) {
				return h
			}
			return h
		case *ast.TypeSwitchStmt:
			c.derive(st, h.tracked)
			h.classes |= c.classesIn(st, h.tracked)
			h.region = append(h.region, st)
			return h
		case *ast.AssignStmt, *ast.DeclStmt:
			if c.assigns(st, u.v) {
				return h
			}
			c.derive(st, h.tracked)
			h.classes |= c.classesIn(st, h.tracked)
			h.region = append(h.region, st)
		default:
			return h
		}
	}
	return h
}

// ifChain examines an if/else-if chain that tests the error.
func (c *checker) ifChain(ifs *ast.IfStmt, h *handling, after []ast.Stmt) chainResult {
	for cur := ifs; ; {
		if cur.Init != nil {
			c.derive(cur.Init, h.tracked)
			h.classes |= c.classesIn(cur.Init, h.tracked)
		}
		h.region = append(h.region, cur.Cond)
		cls := c.classesIn(cur.Cond, h.tracked)
		h.classes |= cls
		switch c.nilForm(cur.Cond, h.tracked) {
		case token.NEQ:
			h.cond, h.body = cur.Cond, cur.Body.List
			h.region = append(h.region, cur.Body)
			return found
		case token.EQL:
			h.cond = cur.Cond
			switch e := cur.Else.(type) {
			case *ast.BlockStmt:
				h.body = e.List
			case *ast.IfStmt:
				h.body = []ast.Stmt{e}
			case nil:
				if !terminates(c.info, cur.Body.List) {
					return stop
				}
				h.body = after
			}
			for _, st := range h.body {
				h.region = append(h.region, st)
			}
			return found
		}
		if cls == 0 {
			return stop // a test netoutcome does not understand
		}
		h.region = append(h.region, cur.Body)
		switch e := cur.Else.(type) {
		case *ast.IfStmt:
			cur = e
		case nil:
			return more
		default:
			return stop
		}
	}
}

// switchStmt examines a switch that tests the error: switch { case err ==
// nil: … default: … }, switch err { case redis.Nil: … } or
// switch status.Code(err) { … }.
func (c *checker) switchStmt(sw *ast.SwitchStmt, h *handling) bool {
	if sw.Init != nil {
		c.derive(sw.Init, h.tracked)
	}
	h.region = append(h.region, sw)
	h.classes |= c.classesIn(sw, h.tracked)
	var def *ast.CaseClause
	for _, cl := range sw.Body.List {
		cc := cl.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
		}
		for _, e := range cc.List {
			if sw.Tag == nil && c.nilForm(e, h.tracked) == token.NEQ {
				h.cond, h.body = e, cc.Body
			}
		}
	}
	if h.body == nil && def != nil && (sw.Tag == nil || c.isTrackedErr(sw.Tag, h.tracked)) {
		h.body = def.Body
	}
	return h.body != nil || h.classes != 0
}

// nilForm returns token.NEQ when cond holds for every non-nil error
// (err != nil, err != nil && …, err != nil || …), token.EQL when it
// holds only for a nil error (err == nil), and token.ILLEGAL otherwise.
func (c *checker) nilForm(cond ast.Expr, tracked varSet) token.Token {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return token.ILLEGAL
	}
	switch be.Op {
	case token.EQL, token.NEQ:
		x, y := be.X, be.Y
		if isNil(c.info, x) {
			x, y = y, x
		}
		if isNil(c.info, y) && c.isTrackedErr(x, tracked) {
			return be.Op
		}
	case token.LAND:
		// err != nil && more: every non-nil error that passes the rest.
		if c.nilForm(be.X, tracked) == token.NEQ || c.nilForm(be.Y, tracked) == token.NEQ {
			return token.NEQ
		}
	case token.LOR:
		if c.nilForm(be.X, tracked) == token.NEQ {
			return token.NEQ
		}
	}
	return token.ILLEGAL
}

// assigns reports whether st assigns v.
func (c *checker) assigns(st ast.Stmt, v *types.Var) bool {
	as, ok := st.(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && c.varOf(id) == v {
			return true
		}
	}
	return false
}

// terminates reports whether a statement list ends in a return, a branch
// statement or a call that does not return.
func terminates(info *types.Info, list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	switch st := list[len(list)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		return isNoReturn(info, st.X)
	case *ast.BlockStmt:
		return terminates(info, st.List)
	case *ast.IfStmt:
		if st.Else == nil {
			return false
		}
		return terminates(info, st.Body.List) && terminates(info, []ast.Stmt{st.Else})
	}
	return false
}

// leaves reports whether st leaves the statement list (return, branch,
// panic).
func leaves(info *types.Info, st ast.Stmt) bool {
	switch st := st.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		return isNoReturn(info, st.X)
	}
	return false
}

// hasGoto reports whether n contains a goto statement.
func hasGoto(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		return !found
	})
	return found
}
