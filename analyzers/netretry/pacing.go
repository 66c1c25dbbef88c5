package netretry

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
	"golang.org/x/tools/go/analysis"
)

// checkR2 reports a retry that does not wait between attempts.
func (c *checker) checkR2(k *construct) {
	if k.r.kind == closureRegion {
		if k.helper == nil || k.pol.delay != no || k.pol.attempts > 0 && k.pol.attempts <= 2 {
			return
		}
		c.nc.Reportf(c.pass, k.node(k.pol.noDelay), "NL-R2", "%s does not wait between attempts; use a backoff with a delay and jitter", c.subject(k))
		return
	}
	if n := k.attempts(); n > 0 && n <= 2 {
		return // one immediate retry is acceptable
	}
	if c.waits(k.r.body, 0) || c.loopHeaderWaits(k.r.node) {
		return
	}
	c.nc.Reportf(c.pass, k.at, "NL-R2", "%s does not wait between attempts; wait with a jittered backoff before retrying", c.subject(k))
}

func (c *checker) loopHeaderWaits(n ast.Node) bool {
	switch l := n.(type) {
	case *ast.ForStmt:
		return l.Cond != nil && c.waits(l.Cond, 0) || l.Post != nil && c.waits(l.Post, 0)
	case *ast.RangeStmt:
		_, ch := c.info.TypeOf(l.X).Underlying().(*types.Chan)
		return ch
	}
	return false
}

// checkR3 reports a growing delay without randomness.
func (c *checker) checkR3(k *construct) {
	if k.r.kind == closureRegion {
		if k.helper == nil || k.pol.jitter != no || k.pol.delay == no {
			return
		}
		d := analysis.Diagnostic{
			Pos:            k.node(k.pol.noJitter).Pos(),
			End:            k.node(k.pol.noJitter).End(),
			Category:       "NL-R3",
			Message:        fmt.Sprintf("%s backs off without jitter, so clients that failed together retry together; %s", c.subject(k), jitterRemedy(k)),
			SuggestedFixes: c.jitterFix(k),
		}
		c.nc.Report(c.pass, d)
		return
	}
	ast.Inspect(k.r.body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		d := c.delayArg(call)
		if d == nil {
			return true
		}
		t := c.durationTaint(d, k.r, map[*types.Var]taint{}, 0)
		if t.counter && !t.random && !t.unknown && c.once("NL-R3", call) {
			c.nc.Reportf(c.pass, call, "NL-R3", "%s backs off without jitter: the delay %s grows the same way for every client, so clients that failed together retry together; add a random component to it", c.subject(k), types.ExprString(d))
		}
		return true
	})
}

func jitterRemedy(k *construct) string {
	switch k.helper.Lib {
	case rules.LibAvast:
		return "combine the delay with retry.RandomDelay"
	case rules.LibCenkaltiV4, rules.LibCenkalti:
		return "use an exponential backoff with a non-zero RandomizationFactor"
	case rules.LibSethvargo:
		return "wrap the backoff with retry.WithJitter or retry.WithJitterPercent"
	case rules.LibClientGo, rules.LibWait:
		return "set wait.Backoff.Jitter"
	}
	return "add jitter to the delay"
}

// checkR4 reports a retry with no bound.
func (c *checker) checkR4(k *construct) {
	if c.forever(k) {
		return
	}
	if k.r.kind == closureRegion {
		if k.helper == nil || k.pol.bounded != no {
			return
		}
		c.nc.Reportf(c.pass, k.node(k.pol.unbound), "NL-R4", "%s never gives up: it has no attempt limit, no elapsed-time limit and no deadline; bound it, or mark a deliberate background retry //netlint:forever", c.subject(k))
		return
	}
	if k.attempts() > 0 {
		return
	}
	for _, rs := range k.sites {
		for _, t := range rs.exits {
			if t.has(tBound) || t.has(tCtx) {
				return
			}
		}
	}
	if c.iterationBounded(k) {
		return
	}
	c.nc.Reportf(c.pass, k.at, "NL-R4", "%s never gives up: it has no attempt limit, no elapsed-time limit and no deadline; bound it, or mark a deliberate background loop //netlint:forever", c.subject(k))
}

// forever reports whether the construct or its function is annotated
// //netlint:forever.
func (c *checker) forever(k *construct) bool {
	if c.nc.AnnotatedAt(k.at.Pos(), netcall.AnnotForever) || c.nc.AnnotatedAt(k.r.node.Pos(), netcall.AnnotForever) {
		return true
	}
	fn := c.funcOf(k.decl)
	return fn != nil && c.nc.Annotated(fn, netcall.AnnotForever)
}

// checkR6 reports a retry around a call that retries by itself.
func (c *checker) checkR6(k *construct) {
	for _, rs := range k.sites {
		if !blindRetry(rs) {
			continue // the layers may retry different errors
		}
		inner, by := c.innerRetries(rs.s)
		if by == "" {
			continue
		}
		outer := k.attempts()
		if outer > 0 && inner > 0 {
			c.nc.Reportf(c.pass, k.at, "NL-R6", "%s retries a call that already retries (%s): up to %d × %d = %d attempts; retry in one layer", c.subject(k), by, outer, inner, outer*inner)
		} else {
			c.nc.Reportf(c.pass, k.at, "NL-R6", "%s retries a call that already retries (%s), multiplying the attempts; retry in one layer", c.subject(k), by)
		}
		return
	}
}

// iterationBounded reports whether some path through one whole iteration
// (from the top of the body, not only from the retried call) leaves the
// retry through a bound: a clock or counter check at the top of the loop,
// a select on the caller's context.
func (c *checker) iterationBounded(k *construct) bool {
	w := &walker{c: c, r: k.r, call: k.sites[0].s.Call}
	if f := c.fileOf(k.r.body); f == nil || !w.findErr(c.pathTo(f, w.call)) {
		return false
	}
	fl := w.list(k.r.body.List, []state{{err: unknown, t: trail{codes: allCodes}}})
	if w.overflow {
		return true
	}
	for _, e := range append(fl.ends, w.regionEnd(merge(fl.fall, fl.brk, w))...) {
		if e.kind == toExit && (e.t.has(tBound) || e.t.has(tCtx)) {
			return true
		}
	}
	return false
}

// blindRetry reports whether some error reaches the next attempt without
// any classification, so the outer layer repeats what an inner layer
// already retried.
func blindRetry(rs *retried) bool {
	for _, t := range rs.errBack {
		if !t.has(tClassified) {
			return true
		}
	}
	return false
}

// node returns n, or the helper call when n is unknown.
func (k *construct) node(n ast.Node) ast.Node {
	if n == nil {
		return k.at
	}
	return n
}
