package netoutcome

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// errCall is a call whose result carries a site's error: the site's call
// itself, or a method of its value (rdb.Get(ctx, k).Err(), row.Scan(&x)).
type errCall struct {
	call  *ast.CallExpr
	index int // the error's position among the call's results
}

// use is a variable that receives a site's error.
type use struct {
	site *netcall.Site
	call *ast.CallExpr // the call whose result is the error
	v    *types.Var
	stmt ast.Stmt // the statement that assigns v
	fn   funcCtx  // the innermost enclosing function
}

// funcCtx is a function declaration or literal.
type funcCtx struct {
	typ  *ast.FuncType
	body *ast.BlockStmt
	obj  *types.Func // nil for literals
}

// errCalls returns the calls that yield the site's error.
func (c *checker) errCalls(s *netcall.Site, p *parents) []errCall {
	if s.Source == netcall.FromWrapper {
		if i := s.Fact.ErrResult - 1; i >= 0 && resultIsError(c.info.TypeOf(s.Call), i) {
			if later, ok := c.deferredErr(s, i, p); ok {
				return later
			}
			return []errCall{{s.Call, i}}
		}
		return nil
	}
	if i := errIndex(c.info.TypeOf(s.Call)); i >= 0 {
		if later, ok := c.deferredErr(s, i, p); ok {
			return later
		}
		return []errCall{{s.Call, i}}
	}
	if !s.Has(rules.LaterErr) {
		return nil
	}
	switch par := up(p, s.Call).(type) {
	case *ast.SelectorExpr: // rdb.Get(ctx, k).Err()
		if call, ok := up(p, par).(*ast.CallExpr); ok && ast.Unparen(call.Fun) == par {
			if i := errIndex(c.info.TypeOf(call)); i >= 0 {
				return []errCall{{call, i}}
			}
		}
	case *ast.ExprStmt:
		if !c.pipelined(s) {
			c.discarded(s, s.Call)
		}
	case *ast.AssignStmt:
		if len(par.Lhs) == len(par.Rhs) {
			for i, r := range par.Rhs {
				if ast.Unparen(r) == s.Call {
					return c.laterCalls(s, par.Lhs[i], p)
				}
			}
		}
	case *ast.ValueSpec:
		if len(par.Names) == len(par.Values) {
			for i, r := range par.Values {
				if ast.Unparen(r) == s.Call {
					return c.laterCalls(s, par.Names[i], p)
				}
			}
		}
	}
	return nil
}

// deferredErr handles rows, _ := conn.Query(…) for calls whose errors also
// reach the value they return (pgx's Query: "it is allowed to ignore the
// error returned from Query and handle it in Rows"): when the error result
// i is blank and the value is kept, the error calls are those on the
// value (rows.Err, rows.Scan). ok is false when the shape does not apply.
func (c *checker) deferredErr(s *netcall.Site, i int, p *parents) ([]errCall, bool) {
	later := s.Has(rules.LaterErr) || s.Source == netcall.FromWrapper && s.Fact.Flags.Has(rules.LaterErr)
	if !later || i == 0 {
		return nil, false
	}
	var lhs []ast.Expr
	switch par := up(p, s.Call).(type) {
	case *ast.AssignStmt:
		if len(par.Rhs) != 1 {
			return nil, false
		}
		lhs = par.Lhs
	case *ast.ValueSpec:
		if len(par.Values) != 1 {
			return nil, false
		}
		for _, n := range par.Names {
			lhs = append(lhs, n)
		}
	default:
		return nil, false
	}
	if i >= len(lhs) || !isBlank(lhs[i]) || isBlank(lhs[0]) {
		return nil, false
	}
	return c.laterCalls(s, lhs[0], p), true
}

// laterCalls finds the calls of methods that return an error on the
// variable lhs that holds a site's value (row := db.QueryRow(…); row.Scan(…)).
func (c *checker) laterCalls(s *netcall.Site, lhs ast.Expr, p *parents) []errCall {
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return nil
	}
	if id.Name == "_" {
		if !c.pipelined(s) {
			c.discarded(s, s.Call)
		}
		return nil
	}
	v := c.varOf(id)
	if v == nil {
		return nil
	}
	var out []errCall
	ast.Inspect(p.root, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && c.varOf(sel.X) == v {
			if i := errIndex(c.info.TypeOf(call)); i >= 0 {
				out = append(out, errCall{call, i})
			}
		}
		return true
	})
	return out
}

// receiver returns the variable that receives the error of ec, reporting
// NL-O1 when the error is dropped.
func (c *checker) receiver(s *netcall.Site, ec errCall, p *parents) *use {
	var lhs ast.Expr
	var stmt ast.Stmt
	switch par := up(p, ec.call).(type) {
	case *ast.ExprStmt:
		c.discarded(s, ec.call)
		return nil
	case *ast.AssignStmt:
		lhs, stmt = pick(par.Lhs, par.Rhs, ec), par
	case *ast.ValueSpec:
		var names []ast.Expr
		for _, n := range par.Names {
			names = append(names, n)
		}
		lhs = pick(names, par.Values, ec)
		stmt, _ = up(p, up(p, par)).(*ast.DeclStmt)
	}
	id, ok := lhs.(*ast.Ident)
	if !ok || stmt == nil {
		return nil
	}
	if id.Name == "_" {
		if !c.resultTested(stmt, id, p) && !(s.InGo && len(pickAll(stmt)) == 1) {
			c.discarded(s, ec.call)
		}
		return nil
	}
	v := c.varOf(id)
	if v == nil {
		return nil
	}
	return &use{site: s, call: ec.call, v: v, stmt: stmt, fn: c.enclosingFunc(stmt, p)}
}

// pickAll returns the left-hand sides of an assignment or declaration.
func pickAll(stmt ast.Stmt) []ast.Expr {
	if as, ok := stmt.(*ast.AssignStmt); ok {
		return as.Lhs
	}
	return nil
}

// pick returns the left-hand side that receives result ec.index of ec.call.
func pick(lhs, rhs []ast.Expr, ec errCall) ast.Expr {
	if len(rhs) == 1 && len(lhs) > 1 && ast.Unparen(rhs[0]) == ec.call && ec.index < len(lhs) {
		return lhs[ec.index]
	}
	if len(lhs) == len(rhs) && ec.index == 0 {
		for i, r := range rhs {
			if ast.Unparen(r) == ec.call {
				return lhs[i]
			}
		}
	}
	return nil
}

// enclosingFunc returns the innermost function around n.
func (c *checker) enclosingFunc(n ast.Node, p *parents) funcCtx {
	for ; n != nil; n = p.of(n) {
		switch f := n.(type) {
		case *ast.FuncLit:
			return funcCtx{typ: f.Type, body: f.Body}
		case *ast.FuncDecl:
			fn, _ := c.info.Defs[f.Name].(*types.Func)
			return funcCtx{typ: f.Type, body: f.Body, obj: fn}
		}
	}
	return funcCtx{}
}

// stmtList returns the statement list that holds stmt and its index.
func stmtList(stmt ast.Stmt, p *parents) ([]ast.Stmt, int) {
	var list []ast.Stmt
	switch par := p.of(stmt).(type) {
	case *ast.BlockStmt:
		list = par.List
	case *ast.CaseClause:
		list = par.Body
	case *ast.CommClause:
		list = par.Body
	case *ast.LabeledStmt:
		return stmtList(par, p)
	}
	for i, st := range list {
		if st == stmt {
			return list, i
		}
	}
	return nil, -1
}

// up returns the parent of n, skipping parentheses.
func up(p *parents, n ast.Node) ast.Node {
	par := p.of(n)
	for {
		pe, ok := par.(*ast.ParenExpr)
		if !ok {
			return par
		}
		par = p.of(pe)
	}
}

// errIndex returns the index of the last error among the results of a call
// of type t, or -1.
func errIndex(t types.Type) int {
	if tup, ok := t.(*types.Tuple); ok {
		for i := tup.Len() - 1; i >= 0; i-- {
			if isError(tup.At(i).Type()) {
				return i
			}
		}
		return -1
	}
	if t != nil && isError(t) {
		return 0
	}
	return -1
}

func resultIsError(t types.Type, i int) bool {
	if tup, ok := t.(*types.Tuple); ok {
		return i < tup.Len() && isError(tup.At(i).Type())
	}
	return i == 0 && t != nil && isError(t)
}

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool { return types.Identical(t, errorType) }

// isBlank reports whether e is the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}
