package netretry

import (
	"go/ast"
	"go/types"
)

// findHelpers records the local functions that retry a function
// parameter: their body has a retry loop around a call of the parameter.
func (c *checker) findHelpers() {
	for fn, fd := range c.decls {
		sig := fn.Type().(*types.Signature)
		for i := 0; i < sig.Params().Len(); i++ {
			ps, ok := sig.Params().At(i).Type().Underlying().(*types.Signature)
			if !ok || !retriedShape(ps) {
				continue
			}
			if f := c.retriesParam(fd, sig.Params().At(i)); f != nil {
				f.Param = i + 1
				c.facts[fn] = f
				break
			}
		}
	}
}

// retriesParam reports how fd retries calls of its parameter p, or nil.
func (c *checker) retriesParam(fd *ast.FuncDecl, p *types.Var) *retryFact {
	var out *retryFact
	file := c.files[fd]
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		var body *ast.BlockStmt
		switch l := n.(type) {
		case *ast.ForStmt:
			body = l.Body
		case *ast.RangeStmt:
			if !c.rangeRetry(l) {
				return true
			}
			body = l.Body
		default:
			return true
		}
		r := &region{kind: loopRegion, node: n, body: body}
		r.variant = c.variants(r)
		ast.Inspect(body, func(m ast.Node) bool {
			call, ok := m.(*ast.CallExpr)
			if !ok || out != nil {
				return out == nil
			}
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || c.info.Uses[id] != p {
				return true
			}
			if innermostLoop(c.pathTo(file, call)) != n {
				return true
			}
			rs := c.follow(file, call, r)
			if rs == nil || len(rs.errBack) == 0 || !rs.okExit {
				return true
			}
			f := &retryFact{Attempts: loopAttempts(n, c.info), By: "a retry loop", Classified: true, NotApplied: true}
			for _, t := range rs.errBack {
				f.Classified = f.Classified && t.has(tClassified)
				f.NotApplied = f.NotApplied && t.has(tNotApplied)
			}
			out = f
			return false
		})
		return out == nil
	})
	return out
}

// retriedShape reports whether a function parameter has the shape of a
// retried operation: it returns an error, alone or after a value that is
// not a bool (a bool result may decide the retry itself).
func retriedShape(sig *types.Signature) bool {
	res := sig.Results()
	switch res.Len() {
	case 1:
		return isErrorType(res.At(0).Type())
	case 2:
		b, isBool := res.At(0).Type().Underlying().(*types.Basic)
		return isErrorType(res.At(1).Type()) && !(isBool && b.Kind() == types.Bool)
	}
	return false
}
