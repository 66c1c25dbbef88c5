package netretry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// delayWords appear in the names of functions that wait.
var delayWords = []string{"sleep", "backoff", "wait", "delay", "pause", "throttle", "jitter"}

// delayCall reports whether a call can wait: time.Sleep, timers and
// tickers, a function whose name says it waits (backoff, Wait, sleep…), a
// function value or a retrier interface, or a local function that does
// one of these.
func (c *checker) delayCall(call *ast.CallExpr, depth int) bool {
	fn := c.fl.Callee(call)
	if fn == nil {
		// A function value may be a backoff; conversions and builtins
		// do not wait.
		if tv, ok := c.info.Types[call.Fun]; ok && !tv.IsType() && !tv.IsBuiltin() {
			if _, isLit := ast.Unparen(call.Fun).(*ast.FuncLit); !isLit {
				return true
			}
		}
		return false
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if _, iface := recv.Type().Underlying().(*types.Interface); iface && retrierName(recv.Type()) {
			return true // retry.Before(ctx, r) on a retrier interface
		}
	}
	if fn.Pkg() != nil && fn.Pkg().Path() == "time" {
		switch fn.Name() {
		case "Sleep", "After", "NewTimer", "Tick", "NewTicker", "AfterFunc", "Reset":
			return true
		}
	}
	lower := strings.ToLower(fn.Name())
	for _, w := range delayWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	if fd := c.decls[fn.Origin()]; fd != nil && depth < 2 {
		return c.waits(fd.Body, depth+1)
	}
	return false
}

// waits reports whether n contains a wait: a delay call, a channel
// receive or a select statement.
func (c *checker) waits(n ast.Node, depth int) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectStmt:
			found = true
		case *ast.UnaryExpr:
			found = found || x.Op == token.ARROW
		case *ast.CallExpr:
			found = found || c.delayCall(x, depth)
		}
		return !found
	})
	return found
}

// delayArg returns the duration of a wait call (time.Sleep(d),
// time.After(d), time.NewTimer(d), t.Reset(d)), or nil.
func (c *checker) delayArg(call *ast.CallExpr) ast.Expr {
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "time" || len(call.Args) != 1 {
		return nil
	}
	switch fn.Name() {
	case "Sleep", "After", "NewTimer", "Reset":
		return call.Args[0]
	}
	return nil
}

// taint says what a delay depends on: the attempt (a counter or a value
// updated on every attempt), randomness, or something netretry cannot see.
type taint struct{ counter, random, unknown bool }

func (t taint) or(u taint) taint {
	return taint{t.counter || u.counter, t.random || u.random, t.unknown || u.unknown}
}

// durationTaint analyses a delay expression inside region r.
func (c *checker) durationTaint(e ast.Expr, r *region, env map[*types.Var]taint, depth int) taint {
	if e == nil {
		return taint{}
	}
	if depth > 8 {
		return taint{unknown: true}
	}
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		return taint{}
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok {
			return taint{}
		}
		if t, ok := env[v]; ok {
			return t
		}
		if r.variant[v] {
			env[v] = taint{counter: true}
			t := taint{counter: true}
			for _, rhs := range c.updates(v, r) {
				u := c.durationTaint(rhs, r, env, depth+1)
				t.random, t.unknown = t.random || u.random, t.unknown || u.unknown
			}
			env[v] = t
			return t
		}
		if !declaredIn(v, r.body) {
			return taint{}
		}
		exprs, idx, known := c.fl.Defs(v)
		if !known {
			return taint{unknown: true}
		}
		env[v] = taint{}
		var t taint
		for i, d := range exprs {
			if idx[i] >= 0 {
				t.unknown = true
				continue
			}
			t = t.or(c.durationTaint(d, r, env, depth+1))
		}
		env[v] = t
		return t
	case *ast.BinaryExpr:
		return c.durationTaint(x.X, r, env, depth+1).or(c.durationTaint(x.Y, r, env, depth+1))
	case *ast.UnaryExpr:
		return c.durationTaint(x.X, r, env, depth+1)
	case *ast.SelectorExpr:
		if c.info.Selections[x] == nil {
			return taint{}
		}
		v := rootVar(c.info, x)
		switch {
		case v == nil:
			return taint{unknown: true}
		case env[v] != (taint{}):
			return env[v]
		case r.variant[v] || declaredIn(v, r.body):
			return taint{unknown: true}
		}
		return taint{} // a field of a value that does not change
	case *ast.CallExpr:
		return c.callTaint(x, r, env, depth)
	}
	return taint{unknown: true}
}

func (c *checker) callTaint(call *ast.CallExpr, r *region, env map[*types.Var]taint, depth int) taint {
	var args taint
	for _, a := range call.Args {
		args = args.or(c.durationTaint(a, r, env, depth+1))
	}
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
		return args // a conversion
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
			return args
		}
	}
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil {
		return taint{unknown: true}
	}
	switch fn.Pkg().Path() {
	case "math/rand", "math/rand/v2", "crypto/rand":
		return taint{random: true}
	case "math":
		return args
	case "time":
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.info.Selections[sel] != nil {
			return args.or(c.durationTaint(sel.X, r, env, depth+1)) // d.Seconds()
		}
	}
	fd := c.decls[fn.Origin()]
	if fd == nil || depth > 4 {
		return taint{unknown: true}
	}
	// A local helper: map its parameters to the arguments' taints.
	inner := map[*types.Var]taint{}
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len() && i < len(call.Args); i++ {
		inner[sig.Params().At(i)] = c.durationTaint(call.Args[i], r, env, depth+1)
	}
	var out taint
	returns := 0
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			for _, res := range n.Results {
				out = out.or(c.helperTaint(res, fd, inner, depth+1))
			}
		}
		return true
	})
	if returns == 0 {
		return taint{unknown: true}
	}
	return out
}

// helperTaint analyses an expression of a local delay helper, whose
// parameters carry the caller's taints and whose locals are traced.
func (c *checker) helperTaint(e ast.Expr, fd *ast.FuncDecl, env map[*types.Var]taint, depth int) taint {
	r := &region{body: fd.Body, variant: map[*types.Var]bool{}}
	for v, t := range env {
		if t.counter {
			r.variant[v] = true
		}
	}
	return c.durationTaint(e, r, env, depth)
}

// updates returns the values assigned to v inside the region (and the
// loop's post statement): d = d * 2, d *= 2, d += jitter().
func (c *checker) updates(v *types.Var, r *region) []ast.Expr {
	var out []ast.Expr
	nodes := []ast.Node{r.body}
	if f, ok := r.node.(*ast.ForStmt); ok && f.Post != nil {
		nodes = append(nodes, f.Post)
	}
	for _, n := range nodes {
		ast.Inspect(n, func(x ast.Node) bool {
			as, ok := x.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				if rootVar(c.info, l) == v && i < len(as.Rhs) {
					out = append(out, as.Rhs[i])
				}
			}
			return true
		})
	}
	return out
}

// retrierName reports whether a type's name says it paces retries.
func retrierName(t types.Type) bool {
	n := namedType(t)
	if n == nil {
		return false
	}
	lower := strings.ToLower(n.Obj().Name())
	for _, w := range append([]string{"retr", "limit"}, delayWords...) {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
