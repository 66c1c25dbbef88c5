package netretry

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// policy is what a retry helper does across attempts, as far as netretry
// can tell from its arguments, options and backoff.
type policy struct {
	attempts int // constant number of attempts, or 0
	bounded  tri
	delay    tri
	jitter   tri
	growth   bool
	ctx      ast.Expr // the context that stops the retries
	retryIf  ast.Expr // a predicate choosing the errors to retry
	// The expressions responsible for a missing bound, delay or jitter,
	// where findings go and fixes apply.
	unbound, noDelay, noJitter ast.Node
	// Fixable causes of a missing jitter: a zero cenkalti
	// RandomizationFactor, an avast FixedDelay or BackOffDelay.
	zeroRandomization, delayTypeArg ast.Expr
}

func fromDefault(d rules.RetryPolicy) policy {
	p := policy{attempts: d.Attempts, bounded: truth(d.Bounded), delay: truth(d.Delay), jitter: truth(d.Jitter), growth: d.Growth}
	return p
}

// opaque is a policy netretry could not follow: nothing is reported on it.
var opaque = policy{}

// evalBackoff follows a backoff expression to its construction and the
// changes made to it.
func (c *checker) evalBackoff(e ast.Expr, depth int) policy {
	if e == nil || depth > 6 {
		return opaque
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return c.evalBackoff(x.X, depth+1)
	case *ast.CompositeLit:
		return c.backoffLiteral(x)
	case *ast.CallExpr:
		return c.backoffCall(x, depth)
	case *ast.SelectorExpr:
		if c.info.Selections[x] == nil {
			if b := rules.BackoffByName(c.objName(x)); b != nil && !b.Literal {
				p := fromDefault(b.Policy)
				p.noJitter, p.noDelay, p.unbound = x, x, x
				return p
			}
		}
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok || c.fl.Param(v) >= 0 {
			return opaque
		}
		if b := rules.BackoffByName(c.objName(x)); b != nil && !b.Literal {
			return fromDefault(b.Policy)
		}
		def := c.fl.OnlyDef(v)
		if def == nil {
			return opaque
		}
		p := c.evalBackoff(def, depth+1)
		if p == opaque {
			return p
		}
		if tn := namedType(v.Type()); tn != nil {
			for _, f := range fieldsOf(tn) {
				for _, val := range c.fl.SetOn(v, f) {
					c.applyField(&p, typeName(tn), f, val, val)
				}
			}
		}
		return p
	}
	return opaque
}

func fieldsOf(n *types.Named) []string {
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	out := make([]string, st.NumFields())
	for i := range out {
		out[i] = st.Field(i).Name()
	}
	return out
}

func (c *checker) backoffCall(call *ast.CallExpr, depth int) policy {
	b := rules.BackoffByName(c.calleeName(call))
	if b == nil || b.Literal {
		return opaque
	}
	if b.Inner >= 0 {
		if b.Inner >= len(call.Args) {
			return opaque
		}
		p := c.evalBackoff(call.Args[b.Inner], depth+1)
		if p == opaque {
			return p
		}
		var val ast.Expr
		if b.Arg >= 0 && b.Arg < len(call.Args) {
			val = call.Args[b.Arg]
		}
		c.applyKnob(&p, b.Knob, val, call)
		return p
	}
	p := fromDefault(b.Policy)
	p.noJitter, p.noDelay, p.unbound = call, call, call
	if b.Knob == rules.KnobDelay && b.Arg >= 0 && b.Arg < len(call.Args) {
		c.applyKnob(&p, b.Knob, call.Args[b.Arg], call)
	}
	// cenkalti v4 NewExponentialBackOff(opts...).
	for _, a := range call.Args {
		if oc, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			if o := rules.RetryOptionByName(c.calleeName(oc)); o != nil && o.Arg < len(oc.Args) {
				var val ast.Expr
				if o.Arg >= 0 {
					val = oc.Args[o.Arg]
				}
				c.applyKnob(&p, o.Knob, val, oc)
			}
		}
	}
	return p
}

// backoffLiteral evaluates &backoff.ExponentialBackOff{…} or
// wait.Backoff{…}: unset fields are zero, so no delay, jitter or bound
// unless set.
func (c *checker) backoffLiteral(cl *ast.CompositeLit) policy {
	n := namedType(c.info.TypeOf(cl))
	if n == nil {
		return opaque
	}
	b := rules.BackoffByName(typeName(n))
	if b == nil || !b.Literal {
		return opaque
	}
	p := fromDefault(b.Policy)
	p.noJitter, p.noDelay, p.unbound = cl, cl, cl
	if b.Policy.Attempts == 1 {
		return p
	}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return opaque
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			c.applyField(&p, typeName(n), id.Name, kv.Value, kv)
		}
	}
	return p
}

// applyField applies "field: val" (or x.field = val) of a backoff or
// client struct.
func (c *checker) applyField(p *policy, typ, field string, val ast.Expr, at ast.Node) {
	knob := rules.RetryFieldOf(typ, field)
	if knob == rules.KnobNone {
		if field == "Factor" || field == "Multiplier" {
			if v, ok := constFloat(c.info, val); !ok || v > 1 {
				p.growth = true
			}
		}
		return
	}
	c.applyKnob(p, knob, val, at)
}

// applyKnob applies one option, wrapper or field to a policy.
func (c *checker) applyKnob(p *policy, k rules.RetryKnob, val ast.Expr, at ast.Node) {
	zero := val != nil && c.fl.IsZero(val)
	n, isConst := int64(0), false
	if val != nil {
		n, isConst = constInt(c.info, val)
	}
	switch k {
	case rules.KnobAttempts:
		if zero {
			p.bounded, p.attempts, p.unbound = no, 0, at
		} else {
			p.bounded = yes
			if isConst {
				p.attempts = int(n)
			}
		}
	case rules.KnobRetries:
		if isConst && n < 0 {
			p.attempts, p.bounded = 1, yes
			return
		}
		p.bounded = yes
		if isConst {
			p.attempts = int(n) + 1
		}
	case rules.KnobForever:
		p.bounded, p.attempts, p.unbound = no, 0, at
	case rules.KnobElapsed:
		if zero {
			if p.attempts == 0 {
				p.bounded, p.unbound = no, at
			}
		} else if p.bounded != yes {
			p.bounded = yes
		}
	case rules.KnobContext:
		p.ctx = val
	case rules.KnobDelay:
		if zero {
			p.delay, p.noDelay = no, at
		} else {
			p.delay = yes
		}
	case rules.KnobJitter:
		if zero {
			p.jitter, p.noJitter = no, at
		} else {
			p.jitter = yes
		}
	case rules.KnobRandomization:
		if zero {
			p.jitter, p.noJitter, p.zeroRandomization = no, at, val
		} else {
			p.jitter = yes
		}
	case rules.KnobRetryIf:
		p.retryIf = val
	}
}

func constFloat(info *types.Info, e ast.Expr) (float64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return constant.Float64Val(constant.ToFloat(tv.Value))
}
