package netretry

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// helperCall recognises a call of a retry helper (rules.RetryHelper, or a
// local or imported function whose retryFact says it retries its function
// parameter) whose retried function makes network calls.
func (c *checker) helperCall(f *ast.File, fd *ast.FuncDecl, encl ast.Node, call *ast.CallExpr) *construct {
	fn := c.fl.Callee(call)
	if fn == nil {
		return nil
	}
	h := rules.RetryHelperByName(c.nc.FuncName(fn.Origin()))
	var user *retryFact
	op := -1
	if h != nil {
		op = h.Op
	} else if user = c.fact(fn); user != nil && user.Param > 0 {
		op = user.Param - 1
	} else {
		return nil
	}
	if op >= len(call.Args) {
		return nil
	}
	body, lit, opDecl := c.opBody(call.Args[op])
	if body == nil {
		return nil
	}
	file := f
	if opDecl != nil {
		file = c.files[opDecl]
	}
	sig, _ := c.info.TypeOf(call.Args[op]).Underlying().(*types.Signature)
	r := &region{kind: closureRegion, body: body, proto: rules.RetryOnError, sig: sig}
	if lit != nil {
		r.node = lit
	} else {
		r.node = opDecl
	}
	if h != nil {
		r.proto = h.Protocol
	}
	r.variant = c.variants(r)
	name := rules.ReadableName(fn.Origin().FullName())
	if user != nil {
		name = "retry helper " + name
	}
	k := c.newConstruct(r, name, call, encl, fd)
	k.call, k.helper, k.user = call, h, user
	if h != nil {
		k.pol = c.helperPolicy(h, call)
	}
	declOf := fd
	if opDecl != nil {
		declOf = opDecl
	}
	for _, st := range c.sitesIn(body, lit, declOf) {
		if innermostLoopIn(c.pathTo(file, st.Call), body) || !c.invariantArgs(st, r) {
			continue
		}
		if rs := c.follow(file, st.Call, r); rs != nil && rs.isRetried() {
			rs.s = st
			k.sites = append(k.sites, rs)
		}
	}
	if len(k.sites) == 0 {
		return nil
	}
	return k
}

// opBody finds the body of a retried function: a function literal, a
// variable holding one, or a function declared in this package.
func (c *checker) opBody(e ast.Expr) (*ast.BlockStmt, *ast.FuncLit, *ast.FuncDecl) {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return x.Body, x, nil
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		switch obj := c.info.Uses[id].(type) {
		case *types.Func:
			if fd := c.decls[obj.Origin()]; fd != nil {
				return fd.Body, nil, fd
			}
		case *types.Var:
			exprs, idx, known := c.fl.Defs(obj)
			if known && len(exprs) == 1 && idx[0] < 0 {
				if lit, ok := ast.Unparen(exprs[0]).(*ast.FuncLit); ok {
					return lit.Body, lit, nil
				}
			}
		}
	}
	return nil, nil, nil
}

// helperPolicy evaluates the bound, delay, jitter and context of a call
// of a library retry helper.
func (c *checker) helperPolicy(h *rules.RetryHelper, call *ast.CallExpr) policy {
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	p := fromDefault(h.Default)
	p.unbound, p.noDelay, p.noJitter = call, call, call
	if h.Policy >= 0 {
		bp := c.evalBackoff(arg(h.Policy), 0)
		if h.Lib == rules.LibCenkalti {
			p.delay, p.jitter, p.growth, p.noDelay, p.noJitter = bp.delay, bp.jitter, bp.growth, bp.noDelay, bp.noJitter
		} else {
			p = bp
		}
	}
	if h.Interval >= 0 {
		c.applyKnob(&p, rules.KnobDelay, arg(h.Interval), call)
		p.jitter = unknown // a poll interval is not a backoff
	}
	if h.Timeout >= 0 && arg(h.Timeout) != nil && !c.fl.IsZero(arg(h.Timeout)) {
		p.bounded = yes
	}
	if h.Ctx >= 0 {
		p.ctx = arg(h.Ctx)
	}
	if h.Options >= 0 {
		c.applyOptions(&p, h, call)
	}
	if h.Pred >= 0 {
		p.retryIf = arg(h.Pred)
	}
	// A context from the caller may carry a deadline: that is the
	// caller's bound.
	if p.bounded == no && p.ctx != nil {
		if ci := c.fl.Ctx(p.ctx); ci.Origin != netcall.NoDeadline {
			p.bounded = unknown
		}
	}
	return p
}

// applyOptions applies the variadic options of a helper call. Options
// netretry does not know make the policy opaque.
func (c *checker) applyOptions(p *policy, h *rules.RetryHelper, call *ast.CallExpr) {
	opts := call.Args[min(h.Options, len(call.Args)):]
	if call.Ellipsis.IsValid() && len(opts) == 1 {
		opts = c.optionSlice(opts[0])
		if opts == nil {
			*p = opaque
			return
		}
	}
	avastJitter, avastDelayZero := true, false
	var dtCall ast.Node
	for _, o := range opts {
		oc, ok := ast.Unparen(o).(*ast.CallExpr)
		if !ok {
			*p = opaque
			return
		}
		opt := rules.RetryOptionByName(c.calleeName(oc))
		if opt == nil {
			*p = opaque
			return
		}
		var val ast.Expr
		if opt.Arg >= 0 && opt.Arg < len(oc.Args) {
			val = oc.Args[opt.Arg]
		}
		switch opt.Knob {
		case rules.KnobDelayType:
			jit, known := c.delayType(val, 0)
			if !known {
				*p = opaque
				return
			}
			avastJitter, dtCall = jit, oc
			if !jit {
				p.delayTypeArg = val
				if _, combined := ast.Unparen(val).(*ast.CallExpr); combined {
					p.delayTypeArg = nil
				}
			}
		case rules.KnobBackOff:
			bp := c.evalBackoff(val, 0)
			p.delay, p.jitter, p.growth, p.noDelay, p.noJitter = bp.delay, bp.jitter, bp.growth, bp.noDelay, bp.noJitter
		case rules.KnobDelay:
			if h.Lib == rules.LibAvast {
				if c.fl.IsZero(val) {
					avastDelayZero, p.noDelay = true, oc
				}
				continue
			}
			c.applyKnob(p, opt.Knob, val, oc)
		case rules.KnobJitter:
			if c.fl.IsZero(val) {
				avastJitter, dtCall = false, oc
			}
		default:
			c.applyKnob(p, opt.Knob, val, oc)
		}
	}
	if h.Lib == rules.LibAvast {
		if !avastJitter {
			p.jitter, p.noJitter = no, dtCall
		}
		if avastDelayZero && !avastJitter {
			p.delay = no
		}
	}
}

// optionSlice returns the elements of an options slice literal, or nil.
func (c *checker) optionSlice(e ast.Expr) []ast.Expr {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return x.Elts
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok {
			return nil
		}
		exprs, idx, known := c.fl.Defs(v)
		if known && len(exprs) == 1 && idx[0] < 0 {
			if cl, ok := ast.Unparen(exprs[0]).(*ast.CompositeLit); ok {
				return cl.Elts
			}
		}
	}
	return nil
}

// delayType reports whether an avast delay function is randomised.
func (c *checker) delayType(e ast.Expr, depth int) (jitter, known bool) {
	if depth > 3 {
		return false, false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		dt := rules.DelayTypeByName(c.calleeName(x))
		if dt == nil || !dt.Combine {
			return false, false
		}
		for _, a := range x.Args {
			j, k := c.delayType(a, depth+1)
			if !k {
				return false, false
			}
			jitter = jitter || j
		}
		return jitter, true
	case *ast.Ident, *ast.SelectorExpr:
		if dt := rules.DelayTypeByName(c.objName(x)); dt != nil && !dt.Combine {
			return dt.Jitter, true
		}
	}
	return false, false
}
