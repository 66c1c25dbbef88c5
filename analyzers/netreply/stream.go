package netreply

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// iterators are the Next methods of result iterators whose Next returns
// false both at the end and on a failure, leaving the difference to Err.
var iterators = map[string]bool{
	"(*database/sql.Rows).Next":                              true,
	"(github.com/jackc/pgx/v5.Rows).Next":                    true,
	"(github.com/jackc/pgx/v4.Rows).Next":                    true,
	"(*go.mongodb.org/mongo-driver/mongo.Cursor).Next":       true,
	"(*go.mongodb.org/mongo-driver/mongo.Cursor).TryNext":    true,
	"(*go.mongodb.org/mongo-driver/mongo.ChangeStream).Next": true,
	"(*go.mongodb.org/mongo-driver/v2/mongo.Cursor).Next":    true,
	"(*go.mongodb.org/mongo-driver/v2/mongo.Cursor).TryNext": true,
	"(*bufio.Scanner).Scan":                                  true,
}

// streams reports NL-V6: iterator loops with no Err check afterwards, and
// gRPC Recv loops that take any error for the end of the stream, or the
// end of the stream for an error.
func (c *checker) streams(f *fn) {
	f.each(func(n ast.Node) bool {
		loop, ok := n.(*ast.ForStmt)
		if !ok {
			return true
		}
		if call, ok := ast.Unparen(loop.Cond).(*ast.CallExpr); ok {
			c.iterLoop(f, call)
		}
		c.recvLoop(f, loop)
		return true
	})
}

// iterLoop checks for x.Next() { … } with no x.Err() in the function.
func (c *checker) iterLoop(f *fn, call *ast.CallExpr) {
	name := c.calleeName(call)
	if !iterators[name] {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	x := c.varOf(sel.X)
	if x == nil || c.fl.Param(x) >= 0 {
		return
	}
	if name == "(*bufio.Scanner).Scan" && !c.peerScanner(f, x) {
		return
	}
	scope := ast.Node(f.body)
	if f.decl != nil && f.decl.Body != nil {
		scope = f.decl.Body // a deferred or enclosing check counts
	}
	if c.errChecked(scope, x) {
		return
	}
	c.report(call, "NL-V6", "loop over %s stops on a failure as if the results had ended; check %s.Err() after the loop", rules.ReadableName(name), x.Name())
}

// peerScanner reports whether scanner x reads a peer body or a connection.
func (c *checker) peerScanner(f *fn, x *types.Var) bool {
	call, ok := ast.Unparen(c.fl.OnlyDef(x)).(*ast.CallExpr)
	if !ok || c.calleeName(call) != "bufio.NewScanner" || len(call.Args) != 1 {
		return false
	}
	if c.peerReader(f, call.Args[0]) {
		return true
	}
	t := c.info.TypeOf(call.Args[0])
	return t != nil && rules.HasDeadlines(t)
}

// errChecked reports whether scope calls x.Err(), or lets x escape (passes
// it to a function, returns or stores it), so the check may be elsewhere.
func (c *checker) errChecked(scope ast.Node, x *types.Var) bool {
	found := false
	recv := map[*ast.Ident]bool{}
	ast.Inspect(scope, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && c.varOf(id) == x {
					recv[id] = true
					found = sel.Sel.Name == "Err"
				}
			}
		case *ast.Ident:
			if c.varOf(n) == x && !recv[n] && c.info.Defs[n] == nil && !c.assignedTo(scope, n) {
				found = true // x used as a value: it escapes
			}
		}
		return true
	})
	return found
}

// assignedTo reports whether id is on the left of an assignment in scope.
func (c *checker) assignedTo(scope ast.Node, id *ast.Ident) bool {
	found := false
	ast.Inspect(scope, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && !found {
			for _, l := range as.Lhs {
				found = found || l == id
			}
		}
		return !found
	})
	return found
}

// recvLoop checks for { m, err := s.Recv(); if err != nil { … } } and the
// condition form for m, err := s.Recv(); err == nil; ….
func (c *checker) recvLoop(f *fn, loop *ast.ForStmt) {
	if loop.Cond != nil {
		if init, ok := loop.Init.(*ast.AssignStmt); ok {
			if e := c.recvErr(init); e != nil && isNilTest(c, loop.Cond, e, token.EQL) && !c.mentionsEOF(f) {
				c.report(loop.Cond, "NL-V6", "loop over Recv ends on any error as if the stream were done; stop on io.EOF and return other errors")
			}
		}
		return
	}
	for i, s := range loop.Body.List {
		var e *types.Var
		var ifs *ast.IfStmt
		switch s := s.(type) {
		case *ast.AssignStmt:
			if e = c.recvErr(s); e != nil && i+1 < len(loop.Body.List) {
				ifs, _ = loop.Body.List[i+1].(*ast.IfStmt)
			}
		case *ast.IfStmt:
			if init, ok := s.Init.(*ast.AssignStmt); ok {
				e, ifs = c.recvErr(init), s
			}
		}
		if e == nil || ifs == nil || !isNilTest(c, ifs.Cond, e, token.NEQ) || c.mentionsEOF(f) {
			continue
		}
		switch c.branchEnd(f, ifs.Body, e) {
		case endsQuietly:
			c.report(ifs.Cond, "NL-V6", "any Recv error ends the loop as if the stream were done; stop on io.EOF and return other errors")
		case endsWithError:
			c.report(ifs.Cond, "NL-V6", "the normal end of the stream (io.EOF from Recv) is returned as a failure; stop on io.EOF and return other errors")
		}
	}
}

// recvErr returns the error variable of m, err := s.Recv() on a gRPC
// stream (a type with RecvMsg), or nil.
func (c *checker) recvErr(as *ast.AssignStmt) *types.Var {
	if len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Recv" {
		return nil
	}
	t := c.info.TypeOf(sel.X)
	if t == nil {
		return nil
	}
	if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "RecvMsg"); obj == nil {
		return nil
	}
	return c.varOf(as.Lhs[1])
}

// isNilTest reports whether cond is e op nil.
func isNilTest(c *checker, cond ast.Expr, e *types.Var, op token.Token) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return false
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if id, ok := x.(*ast.Ident); ok && id.Name == "nil" {
		x, y = y, x
	}
	id, ok := y.(*ast.Ident)
	return ok && id.Name == "nil" && c.varOf(x) == e
}

// mentionsEOF reports whether the function compares anything with io.EOF.
func (c *checker) mentionsEOF(f *fn) bool {
	scope := ast.Node(f.body)
	if f.decl != nil && f.decl.Body != nil {
		scope = f.decl.Body
	}
	found := false
	ast.Inspect(scope, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "EOF" {
			if obj := c.info.Uses[sel.Sel]; obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "io" {
				found = true
			}
		}
		return !found
	})
	return found
}

// How an error branch ends.
type branchEnd uint8

const (
	endsOther     branchEnd = iota
	endsQuietly             // break, or a return with no error
	endsWithError           // a return with a non-nil error
)

// branchEnd classifies the last statement of the branch taken when e is
// not nil. A branch that looks at e (logs or records it) before leaving
// quietly has not mistaken it for the end.
func (c *checker) branchEnd(f *fn, body *ast.BlockStmt, e *types.Var) branchEnd {
	if len(body.List) == 0 {
		return endsOther
	}
	quietly := endsQuietly
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && c.varOf(id) == e {
			quietly = endsOther
		}
		return quietly == endsQuietly
	})
	switch s := body.List[len(body.List)-1].(type) {
	case *ast.BranchStmt:
		if s.Tok == token.BREAK && s.Label == nil {
			return quietly
		}
	case *ast.ReturnStmt:
		if f.sig == nil {
			return endsOther
		}
		res := f.sig.Results()
		if len(s.Results) != res.Len() {
			if len(s.Results) == 0 && res.Len() == 0 {
				return quietly
			}
			return endsOther // a naked return of named results
		}
		for i, r := range s.Results {
			if !isError(res.At(i).Type()) {
				continue
			}
			if id, ok := ast.Unparen(r).(*ast.Ident); !ok || id.Name != "nil" {
				return endsWithError
			}
		}
		return quietly
	}
	return endsOther
}
