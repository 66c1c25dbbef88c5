package netretry

import (
	"go/ast"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// check reports the findings of one retry construct.
func (c *checker) check(k *construct) {
	if c.nc.InGeneratedOrTest(k.at.Pos()) {
		return
	}
	for _, rs := range k.sites {
		c.checkR1(k, rs)
	}
	c.checkR5(k)
	c.checkR2(k)
	c.checkR3(k)
	c.checkR4(k)
	c.checkR6(k)
	c.checkT6(k)
}

// subject names a construct and its first retried call for messages.
func (c *checker) subject(k *construct) string {
	return k.name + " around " + c.opDesc(k.sites[0].s)
}

// checkR1 reports a non-idempotent call retried without evidence that
// repeating it is harmless.
func (c *checker) checkR1(k *construct, rs *retried) {
	s := rs.s
	if !needsEvidence(s) || !c.admitsApplied(k, rs) {
		return
	}
	scope := ast.Node(k.decl)
	ev := c.evidence(s, scope, k.r.body)
	op := c.opDesc(s)
	switch ev.kind {
	case evOK, evUnknown:
		return
	case evPerAttempt:
		c.nc.Reportf(c.pass, ev.at, "NL-R1", "%s is retried by %s with a new %s generated on every attempt, so each attempt is a different request; generate the key once, before the retry", op, k.name, ev.name)
	case evUnsetToken:
		c.nc.Reportf(c.pass, s.Call, "NL-R1", "%s is retried by %s with %s unset; the SDK generates a new token on every call, so each attempt is a different request; set %s once, before the retry", op, k.name, ev.name, ev.name)
	default:
		c.reportUnsafe(s, op, k.name)
	}
	c.r1Sites[s.Call] = true
}

func (c *checker) reportUnsafe(s *netcall.Site, op, by string) {
	if s.API.Kind == rules.HTTP {
		c.nc.Reportf(c.pass, s.Call, "NL-R1", "%s is retried by %s without an idempotency key; a timed-out attempt may have succeeded, so the retry can repeat it; send an Idempotency-Key header that stays the same across attempts", op, by)
		return
	}
	c.nc.Reportf(c.pass, s.Call, "NL-R1", "%s is not idempotent and is retried by %s; a timed-out attempt may have been applied, so the retry can repeat it; retry only errors that prove it was not applied, or make it idempotent", op, by)
}

// admitsApplied reports whether the construct can retry the call after an
// outcome that does not prove the request was not applied.
func (c *checker) admitsApplied(k *construct, rs *retried) bool {
	if k.helper != nil && k.helper.ConflictOnly {
		return false // only 409 Conflict: nothing was applied
	}
	if k.pol.retryIf != nil {
		_, notApplied, known := c.predicate(k.pol.retryIf)
		if !known || notApplied {
			return false
		}
	}
	if k.user != nil && k.user.NotApplied {
		return false
	}
	for _, t := range rs.errBack {
		if !t.has(tNotApplied) {
			return true
		}
	}
	for _, t := range rs.statusBack {
		if !t.has(tOpaque) && !t.has(tClassified) && t.codes&unknownCodes != 0 {
			return true
		}
	}
	return false
}

// checkR5 reports a retry decision that admits permanent failures or the
// caller's cancellation.
func (c *checker) checkR5(k *construct) {
	if k.helper != nil && k.helper.ConflictOnly || k.user != nil && k.user.Classified {
		return
	}
	if k.pol.retryIf != nil {
		if classified, _, known := c.predicate(k.pol.retryIf); classified || !known {
			return
		}
	}
	for _, rs := range k.sites {
		for _, t := range rs.statusBack {
			if !t.has(tOpaque) && !t.has(tClassified) && t.codes&fatalCodes != 0 {
				c.nc.Reportf(c.pass, rs.s.Call, "NL-R5", "%s retries %s on 4xx responses, which will fail again; retry only 429, 503 and other transient statuses", k.name, c.opDesc(rs.s))
				return
			}
		}
		fatalBlind, cancelBlind := false, false
		for _, t := range rs.errBack {
			fatalBlind = fatalBlind || !t.has(tClassified)
			cancelBlind = cancelBlind || !t.has(tClassified) && !t.has(tCtx)
		}
		if fatalBlind && canFatal(rs.s) {
			c.nc.Reportf(c.pass, rs.s.Call, "NL-R5", "%s retries every error of %s, including permanent ones (invalid input, missing permission) that will fail again; %s", k.name, c.opDesc(rs.s), stopRemedy(k))
			return
		}
		if cancelBlind && k.r.kind != closureRegion && c.cancellable(rs.s) && !c.mentionsCtxCheck(k.r.node) && !c.sleepsWithCtx(k) {
			c.nc.Reportf(c.pass, rs.s.Call, "NL-R5", "%s retries %s even after the caller's context is done; return when ctx.Err() != nil", k.name, c.opDesc(rs.s))
			return
		}
	}
}

func stopRemedy(k *construct) string {
	if k.helper != nil {
		switch k.helper.Lib {
		case rules.LibCenkaltiV4, rules.LibCenkalti:
			return "return backoff.Permanent(err) for them"
		case rules.LibAvast:
			return "wrap them in retry.Unrecoverable or pass retry.RetryIf"
		case rules.LibSethvargo:
			return "wrap only transient errors in retry.RetryableError"
		case rules.LibClientGo:
			return "make the retriable predicate exclude them"
		case rules.LibWait:
			return "return them as the condition's error"
		}
	}
	return "classify the error (errors.Is, errors.As, status.Code) and stop on them"
}

// canFatal reports whether a call's error can be a deterministic
// rejection. net/http reports 4xx as statuses, not errors, and dials
// fail before anything is sent.
func canFatal(s *netcall.Site) bool {
	if s.Source == netcall.FromWrapper {
		if s.API.Kind == rules.HTTP && s.Has(rules.Response) {
			return false // it hands back the response: statuses are not errors
		}
		return s.API.Kind != rules.Dial && s.API.Kind != rules.DNS
	}
	switch s.API.Kind {
	case rules.GRPC, rules.SQL, rules.AWS, rules.Redis, rules.Mongo, rules.Etcd, rules.NATS, rules.Kafka, rules.Client, rules.RPC, rules.SMTP:
		return true
	}
	return false
}

// cancellable reports whether a call's context comes from the caller.
func (c *checker) cancellable(s *netcall.Site) bool {
	e := s.Arg(rules.Ctx)
	if e == nil {
		e = s.Arg(rules.Request)
	}
	return e != nil && c.fl.Ctx(e).Root == netcall.RootParam
}

// sleepsWithCtx reports whether NL-T6 reports a time.Sleep in the
// construct: fixing that fixes the cancellation too.
func (c *checker) sleepsWithCtx(k *construct) bool {
	if c.callerCtx(k.encl, k.decl) == "" {
		return false
	}
	found := false
	ast.Inspect(k.r.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && c.isPkgFunc(call, "time", "Sleep") {
			found = true
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}
