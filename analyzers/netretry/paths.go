package netretry

import (
	"go/ast"
	"go/types"
)

// tri is a three-valued truth.
type tri uint8

const (
	unknown tri = iota
	yes
	no
)

// A trail summarises the conditions one path passed.
type trail struct {
	flags uint8
	// codes is the set of candidate HTTP statuses (see statusCodes) that
	// every status condition on the path admits.
	codes uint16
}

// The trail flags.
const (
	tClassified uint8 = 1 << iota // a condition inspected the error
	tNotApplied                   // a condition proved the request was not applied
	tCtx                          // a condition checked the caller's context
	tBound                        // a condition unrelated to the error: a counter, a clock, a flag
	tStatus                       // a condition on the response status
	tOpaque                       // a status condition netretry cannot evaluate
	tResult                       // a condition on another result of the call
)

func (t trail) has(f uint8) bool { return t.flags&f != 0 }

// state is what a path knows at a point.
type state struct {
	err tri // yes: the call's error is nil; no: it is not
	t   trail
}

type endKind uint8

const (
	toBack endKind = iota + 1 // another attempt
	toExit                    // leaves the retry
)

type end struct {
	kind endKind
	t    trail
}

// flow is what a statement does with the incoming states.
type flow struct {
	fall []state // continue after the statement
	brk  []state // an unlabeled break or continue caught by an enclosing statement of the region
	ends []end
}

// maxStates bounds the distinct states kept at one point; beyond it the
// walk gives up, and the call is not treated as retried.
const maxStates = 64

// walker follows the paths from one call's outcome through a region.
type walker struct {
	c         *checker
	r         *region
	call      *ast.CallExpr // the retried call
	errVar    *types.Var    // the variable holding its error, if any
	errExpr   ast.Expr      // the expression that is its error, if not a variable
	results   []*types.Var  // the variables assigned from its other results
	nested    int           // loops nested inside the region, around the current point
	breakable int           // switch and select statements around the current point
	labels    map[*types.Label]bool
	overflow  bool
}

func addState(list []state, s state, w *walker) []state {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	if len(list) >= maxStates {
		w.overflow = true
		return list
	}
	return append(list, s)
}

func merge(a, b []state, w *walker) []state {
	for _, s := range b {
		a = addState(a, s, w)
	}
	return a
}

func endsOf(kind endKind, in []state) []end {
	out := make([]end, 0, len(in))
	for _, s := range in {
		out = append(out, end{kind, s.t})
	}
	return out
}

// paths runs the walk from the call with the error known to be nil or
// not, and returns where the paths end, or nil when the call's outcome
// cannot be followed.
func (w *walker) paths(file *ast.File, errNil tri) ([]end, bool) {
	path := w.c.pathTo(file, w.call)
	init := state{err: errNil, t: trail{codes: allCodes}}
	// The innermost statement containing the call.
	i := 0
	for i < len(path) {
		if _, ok := path[i].(ast.Stmt); ok {
			break
		}
		if _, ok := path[i].(*ast.FuncLit); ok {
			return nil, false
		}
		i++
	}
	if i == len(path) {
		return nil, false
	}
	// Count the breakable statements between the call and the region.
	w.nested, w.breakable = 0, 0
	for _, n := range path[i+1:] {
		if n == w.r.body {
			break
		}
		switch n.(type) {
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			w.breakable++
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return nil, false
		}
	}
	var fl flow
	switch s := path[i].(type) {
	case *ast.AssignStmt, *ast.DeclStmt:
		fl.fall = []state{init}
	case *ast.IfStmt:
		fl = w.ifRest(s, []state{init})
	case *ast.SwitchStmt:
		fl = w.switchRest(s, []state{init})
	case *ast.ReturnStmt:
		fl.ends = w.ret(s, init)
	default:
		return nil, false // the error is discarded, or the call sits in a header
	}
	child := path[i]
	for j := i + 1; j < len(path); j++ {
		switch p := path[j].(type) {
		case *ast.BlockStmt:
			rest := restAfter(p.List, child)
			next := w.list(rest, fl.fall)
			fl.fall, fl.ends = next.fall, append(fl.ends, next.ends...)
			fl.brk = merge(fl.brk, next.brk, w)
			if p == w.r.body {
				fl.ends = append(fl.ends, w.regionEnd(merge(fl.fall, fl.brk, w))...)
				return fl.ends, !w.overflow
			}
			child = p
		case *ast.CaseClause, *ast.CommClause:
			var body []ast.Stmt
			if cc, ok := p.(*ast.CaseClause); ok {
				body = cc.Body
			} else {
				body = p.(*ast.CommClause).Body
			}
			next := w.list(restAfter(body, child), fl.fall)
			fl.ends = append(fl.ends, next.ends...)
			fl.fall = merge(merge(next.fall, next.brk, w), fl.brk, w)
			fl.brk = nil
			w.breakable--
			// Skip the clause list's block: continue after the switch.
			j += 2
			if j >= len(path) {
				return nil, false
			}
			child = path[j]
		case *ast.IfStmt:
			if child == p.Init {
				next := w.ifRest(p, fl.fall)
				fl.fall, fl.ends = next.fall, append(fl.ends, next.ends...)
				fl.brk = merge(fl.brk, next.brk, w)
			}
			child = p
		case *ast.SwitchStmt:
			if child != p.Init {
				return nil, false
			}
			next := w.switchRest(p, fl.fall)
			fl.fall, fl.ends = next.fall, append(fl.ends, next.ends...)
			fl.brk = merge(fl.brk, next.brk, w)
			child = p
		case *ast.LabeledStmt:
			child = p
		default:
			return nil, false
		}
	}
	return nil, false
}

func restAfter(list []ast.Stmt, child ast.Node) []ast.Stmt {
	for i, s := range list {
		if s == child {
			return list[i+1:]
		}
	}
	return nil
}
