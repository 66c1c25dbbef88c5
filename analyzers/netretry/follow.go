package netretry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// follow walks the paths from a call's error and from its success through
// a region. It returns nil when the call's outcome cannot be followed.
func (c *checker) follow(f *ast.File, call *ast.CallExpr, r *region) *retried {
	w := &walker{c: c, r: r, call: call}
	if !w.findErr(c.pathTo(f, call)) {
		return nil
	}
	errEnds, ok := w.paths(f, no)
	if !ok {
		return nil
	}
	okEnds, ok := w.paths(f, yes)
	if !ok {
		return nil
	}
	rs := &retried{}
	for _, e := range errEnds {
		if e.kind == toBack {
			rs.errBack = append(rs.errBack, e.t)
		} else {
			rs.exits = append(rs.exits, e.t)
		}
	}
	for _, e := range okEnds {
		if e.kind == toExit {
			// Success leaves the retry, not only a bound or a
			// cancellation (a heartbeat stops on those alone).
			onlyBound := (e.t.has(tBound) || e.t.has(tCtx)) && !e.t.has(tClassified) && !e.t.has(tResult) && !e.t.has(tStatus)
			rs.okExit = rs.okExit || !onlyBound
			rs.exits = append(rs.exits, e.t)
		} else if e.t.has(tStatus) {
			rs.statusBack = append(rs.statusBack, e.t)
		} else if !e.t.has(tClassified) {
			// Success goes round again: a periodic loop. (A path that
			// classified the nil error is not one success takes.)
			rs.okRepeats = true
		}
	}
	return rs
}

// findErr finds the variable or expression that holds a call's error.
func (w *walker) findErr(path []ast.Node) bool {
	if len(path) < 2 {
		return false
	}
	top := ast.Expr(w.call)
	i := 1
	// rdb.Incr(ctx, k).Err(), .Result()
	for i+1 < len(path) {
		sel, ok := path[i].(*ast.SelectorExpr)
		if !ok || sel.X != top {
			break
		}
		outer, ok := path[i+1].(*ast.CallExpr)
		if !ok || outer.Fun != sel {
			break
		}
		top, i = outer, i+2
	}
	t := w.c.info.TypeOf(top)
	errIndex := -1
	if tup, ok := t.(*types.Tuple); ok {
		for j := 0; j < tup.Len(); j++ {
			if isErrorType(tup.At(j).Type()) {
				errIndex = j
			}
		}
	} else if isErrorType(t) {
		errIndex = 0
	}
	if errIndex < 0 || i >= len(path) {
		return false
	}
	switch p := path[i].(type) {
	case *ast.AssignStmt:
		return w.setErrVar(p.Lhs, p.Rhs, top, errIndex)
	case *ast.ValueSpec:
		lhs := make([]ast.Expr, len(p.Names))
		for j, n := range p.Names {
			lhs[j] = n
		}
		return w.setErrVar(lhs, p.Values, top, errIndex)
	case *ast.BinaryExpr, *ast.ReturnStmt:
		w.errExpr = top
		return true
	}
	return false
}

func (w *walker) setErrVar(lhs, rhs []ast.Expr, top ast.Expr, errIndex int) bool {
	var target ast.Expr
	switch {
	case len(rhs) == 1 && rhs[0] == top && len(lhs) > errIndex:
		target = lhs[errIndex]
	case len(lhs) == len(rhs):
		for j := range rhs {
			if rhs[j] == top && errIndex == 0 {
				target = lhs[j]
			}
		}
	}
	if target == nil {
		return false
	}
	id, ok := target.(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	for _, l := range lhs {
		if lid, ok := l.(*ast.Ident); ok && l != target {
			if v, ok := w.c.info.ObjectOf(lid).(*types.Var); ok {
				w.results = append(w.results, v)
			}
		}
	}
	w.errVar, _ = w.c.info.ObjectOf(id).(*types.Var)
	return w.errVar != nil
}

// pathTo returns the path from a call to the file root, cached.
func (c *checker) pathTo(f *ast.File, call *ast.CallExpr) []ast.Node {
	if p, ok := c.paths[call]; ok {
		return p
	}
	p, _ := astutil.PathEnclosingInterval(f, call.Pos(), call.End())
	c.paths[call] = p
	return p
}
