package netretry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// variants collects the variables that may change from one attempt to the
// next: those assigned, incremented or address-taken inside the region
// (and, for loops, in the post statement), but not declared there.
func (c *checker) variants(r *region, extra ...ast.Node) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	mark := func(e ast.Expr) {
		if v := rootVar(c.info, e); v != nil && !declaredIn(v, r.body) {
			out[v] = true
		}
	}
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					mark(l)
				}
			}
		case *ast.IncDecStmt:
			mark(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				mark(n.X)
			}
		case *ast.RangeStmt:
			if n.Tok != token.DEFINE {
				if n.Key != nil {
					mark(n.Key)
				}
				if n.Value != nil {
					mark(n.Value)
				}
			}
		}
		return true
	}
	ast.Inspect(r.body, visit)
	for _, n := range extra {
		if n != nil {
			ast.Inspect(n, visit)
		}
	}
	return out
}

// rootVar returns the variable at the root of x, x.f, x[i], *x.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			if v != nil && v.IsField() {
				return nil
			}
			return v
		case *ast.SelectorExpr:
			if sel := info.Selections[x]; sel == nil {
				return nil // a qualified identifier
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// invariantArgs reports whether a call sends the same request on every
// attempt: its receiver and arguments (contexts aside) are built only from
// values that do not change between attempts.
func (c *checker) invariantArgs(s *netcall.Site, r *region) bool {
	ctx := s.Arg(rules.Ctx)
	if recv := s.Recv(); recv != nil && !c.invariant(recv, r, 0) {
		return false
	}
	for _, a := range s.Call.Args {
		if a == ctx {
			continue
		}
		if !c.invariant(a, r, 0) {
			return false
		}
	}
	return true
}

// invariant reports whether e has the same value on every attempt of r.
func (c *checker) invariant(e ast.Expr, r *region, depth int) bool {
	if e == nil {
		return true
	}
	if depth > 8 {
		return false
	}
	if tv, ok := c.info.Types[e]; ok && (tv.Value != nil || tv.IsType() || tv.IsNil()) {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BasicLit, *ast.FuncLit:
		return true
	case *ast.Ident:
		switch obj := c.info.Uses[x].(type) {
		case *types.Var:
			return c.invariantVar(obj, r, depth)
		case nil:
			return false
		}
		return true // constants, functions, types, nil
	case *ast.SelectorExpr:
		if c.info.Selections[x] == nil {
			if v, ok := c.info.Uses[x.Sel].(*types.Var); ok {
				return !r.variant[v]
			}
			return true // a qualified identifier
		}
		return c.invariant(x.X, r, depth+1)
	case *ast.CallExpr:
		return c.invariantCall(x, r, depth)
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if !c.invariant(el, r, depth+1) {
				return false
			}
		}
		return true
	case *ast.KeyValueExpr:
		if id, ok := x.Key.(*ast.Ident); ok && rules.TokenField(id.Name) {
			// An idempotency token minted per attempt leaves the request
			// the same otherwise; NL-R1 reports the token.
			return true
		}
		return c.invariant(x.Value, r, depth+1)
	case *ast.UnaryExpr:
		if x.Op == token.ARROW {
			return false // a receive takes a new value each time
		}
		return c.invariant(x.X, r, depth+1)
	case *ast.BinaryExpr:
		return c.invariant(x.X, r, depth+1) && c.invariant(x.Y, r, depth+1)
	case *ast.StarExpr:
		return c.invariant(x.X, r, depth+1)
	case *ast.IndexExpr:
		return c.invariant(x.X, r, depth+1) && c.invariant(x.Index, r, depth+1)
	case *ast.SliceExpr:
		return c.invariant(x.X, r, depth+1) && c.invariant(x.Low, r, depth+1) && c.invariant(x.High, r, depth+1) && c.invariant(x.Max, r, depth+1)
	case *ast.TypeAssertExpr:
		return c.invariant(x.X, r, depth+1)
	}
	return false
}

// invariantVar: a variable declared outside the region is invariant
// unless the region changes it; one declared inside is invariant when
// every value assigned to it is.
func (c *checker) invariantVar(v *types.Var, r *region, depth int) bool {
	if r.variant[v] {
		return false
	}
	if !declaredIn(v, r.body) {
		return true
	}
	exprs, idx, known := c.fl.Defs(v)
	if !known || len(exprs) == 0 {
		return false
	}
	for i, e := range exprs {
		if idx[i] >= 0 {
			// v, ok := x.(T); v, ok := m[k]; v, err := f(…)
			if !c.invariant(e, r, depth+1) {
				return false
			}
			continue
		}
		if !c.invariant(e, r, depth+1) {
			return false
		}
	}
	return true
}

// iterators are method names that return the next item of a sequence.
var iterators = []string{"Next", "Pop", "Recv", "Receive", "Read", "Fetch", "Dequeue", "Take", "Scan", "Shift", "Poll", "Claim", "Lease", "Acquire"}

func (c *checker) invariantCall(call *ast.CallExpr, r *region, depth int) bool {
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
		return len(call.Args) == 1 && c.invariant(call.Args[0], r, depth+1)
	}
	for _, a := range call.Args {
		if !c.invariant(a, r, depth+1) {
			return false
		}
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := c.info.Uses[id].(*types.Builtin); builtin {
			return true
		}
	}
	fn := c.fl.Callee(call)
	if fn == nil {
		return false
	}
	if fn.Pkg() != nil && rules.TokenGenerator(fn.Pkg().Path(), fn.Name()) {
		return false // a fresh key or name: a different request
	}
	for _, it := range iterators {
		if strings.HasPrefix(fn.Name(), it) {
			return false
		}
	}
	if sig := fn.Type().(*types.Signature); sig.Recv() != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return c.invariant(sel.X, r, depth+1)
		}
	}
	return true
}

// generated reports whether e (a key or token) is produced inside region
// body by a generator, so that it differs on every attempt. It returns the
// generating call.
func (c *checker) generated(e ast.Expr, body ast.Node, depth int) *ast.CallExpr {
	if e == nil || depth > 6 {
		return nil
	}
	var found *ast.CallExpr
	ast.Inspect(e, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if within(x, body) && c.isGenerator(x, 0) {
				found = x
				return false
			}
		case *ast.Ident:
			v, ok := c.info.Uses[x].(*types.Var)
			if !ok || !declaredIn(v, body) {
				return true
			}
			exprs, _, _ := c.fl.Defs(v)
			for _, d := range exprs {
				if g := c.generated(d, body, depth+1); g != nil {
					found = g
					return false
				}
			}
		}
		return true
	})
	return found
}

// isGenerator reports whether call returns a fresh value each time: a
// UUID, ULID, KSUID or xid generator, math/rand, crypto/rand, time.Now,
// or a local function that returns one.
func (c *checker) isGenerator(call *ast.CallExpr, depth int) bool {
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if rules.TokenGenerator(fn.Pkg().Path(), fn.Name()) {
		return true
	}
	fd := c.decls[fn.Origin()]
	if fd == nil || depth > 1 {
		return false
	}
	gen := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok {
			for _, res := range r.Results {
				ast.Inspect(res, func(m ast.Node) bool {
					if call, ok := m.(*ast.CallExpr); ok && c.isGenerator(call, depth+1) {
						gen = true
					}
					return !gen
				})
			}
		}
		return !gen
	})
	return gen
}

// declaredIn reports whether obj is declared inside n.
func declaredIn(obj types.Object, n ast.Node) bool {
	return n != nil && n.Pos() <= obj.Pos() && obj.Pos() < n.End()
}
