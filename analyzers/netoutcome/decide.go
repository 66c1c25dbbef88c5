package netoutcome

import (
	"go/ast"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// separates are the classes whose test separates UNKNOWN from a definite
// failure; a test for absence or for the caller's cancellation alone
// does not.
const separates = rules.ClassPF | rules.ClassRT | rules.ClassFA | rules.ClassUN | rules.ClassOther

const classifyRemedy = "classify it (errors.Is(err, context.DeadlineExceeded)) or propagate it"

// decide reports at most one of NL-O7, NL-O4, NL-O5 and NL-O3 for the
// error branch of u, in that order of precedence.
func (c *checker) decide(u *use, h *handling, p *parents) {
	if len(h.body) == 0 {
		return
	}
	for _, st := range h.body {
		c.derive(st, h.tracked)
	}
	cls := h.classes
	for _, st := range h.body {
		cls |= c.classesIn(st, h.tracked)
	}
	if cls.Has(separates) {
		return
	}
	s := u.site
	sum := c.summarize(u, h, p)
	switch {
	case s.Has(rules.Commit):
		c.commit(u, sum)
		return
	case s.Has(rules.Absence) && s.Idem != rules.NonIdem && cls == 0:
		if c.absence(u, h, sum) {
			return
		}
	}
	if sum.reply != nil {
		c.launder(u, sum.reply)
		return
	}
	if mutating(s) {
		c.unknown(u, sum)
	}
}

// commit reports NL-O7: the error of a commit re-runs the transaction or
// marks it failed.
func (c *checker) commit(u *use, sum *summary) {
	s := u.site
	switch {
	case sum.rerun != nil:
		c.nc.Reportf(c.pass, sum.rerun, "NL-O7", "error from %s re-runs the transaction although a failed commit may have committed (UNKNOWN outcome); re-run only after an error that proves a rollback, or reconcile first", c.describe(s))
	case sum.action != nil:
		c.nc.Reportf(c.pass, sum.action.node, "NL-O7", "error from %s %s although a failed commit may have committed (UNKNOWN outcome); act only on an error that proves a rollback, or reconcile first", c.describe(s), sum.action.verb)
	}
}

// absence reports NL-O4: the error branch of a read that reports absence
// as an error takes the miss path without testing for absence.
func (c *checker) absence(u *use, h *handling, sum *summary) bool {
	if sum.propagates || sum.handedOff || sum.unclear || sum.converted && sum.notFound == nil {
		return false
	}
	miss := sum.nilReturn != nil || sum.notFound != nil || sum.next != nil || sum.fallsOff || sum.delegates ||
		sum.noErrRes != nil && sum.reply == nil || sum.reply != nil && sum.reply.notFound
	if !miss || c.annotated(u, netcall.AnnotDegraded) {
		return false
	}
	at := ast.Node(u.call)
	if h.cond != nil {
		at = h.cond
	}
	sentinel := absenceSentinel(u.site)
	c.nc.Reportf(c.pass, at, "NL-O4", "error from %s is treated as a miss without testing for %s, so an outage looks like a missing value; test errors.Is(err, %s) first and propagate other errors", c.describe(u.site), sentinel, sentinel)
	return true
}

// launder reports NL-O5: an unclassified downstream error becomes a reply
// that tells the client its request is at fault.
func (c *checker) launder(u *use, r *reply) {
	remedy := "answer 502, 503 or 504"
	if r.grpc {
		remedy = "answer codes.Unavailable, codes.Internal or codes.DeadlineExceeded"
	}
	c.nc.Reportf(c.pass, r.node, "NL-O5", "error from %s is answered with %s without classifying it, so a downstream timeout or outage tells the client its request is at fault; classify it or %s", c.describe(u.site), r.text, remedy)
}

// unknown reports NL-O3: the error of a mutating call leads to a decision
// that assumes the call did not happen.
func (c *checker) unknown(u *use, sum *summary) {
	s := u.site
	what := c.describe(s) + " (" + idemText(s) + ")"
	switch {
	case sum.action != nil:
		remedy := classifyRemedy
		if strings.HasPrefix(sum.action.verb, "triggers") {
			remedy = "the call may have succeeded: classify it (errors.Is(err, context.DeadlineExceeded)) or reconcile first"
		}
		c.nc.Reportf(c.pass, sum.action.node, "NL-O3", "error from %s %s without separating a timeout (UNKNOWN outcome); %s", what, sum.action.verb, remedy)
	case sum.fallback != nil:
		c.nc.Reportf(c.pass, sum.fallbackAt, "NL-O3", "error from %s falls back to %s without separating a timeout (UNKNOWN outcome), so both may take effect; %s", what, c.describe(sum.fallback), classifyRemedy)
	case sum.propagates || sum.handedOff || sum.converted || sum.unclear || sum.delegates || sum.reply != nil:
	case c.annotated(u, netcall.AnnotFireAndForget):
	case sum.nilReturn != nil:
		c.nc.Reportf(c.pass, sum.nilReturn, "NL-O3", "error from %s is swallowed (return nil) as if the call did not happen, without separating a timeout (UNKNOWN outcome); %s", what, classifyRemedy)
	case sum.next != nil:
		c.nc.Reportf(c.pass, sum.next, "NL-O3", "error from %s is swallowed (continue) as if the call did not happen, without separating a timeout (UNKNOWN outcome); %s", what, classifyRemedy)
	}
}

// annotated reports whether the call, its callee or the enclosing
// function carries annotation a.
func (c *checker) annotated(u *use, a netcall.Annot) bool {
	return c.nc.AnnotatedAt(u.site.Call.Pos(), a) || c.nc.AnnotatedAt(u.stmt.Pos(), a) ||
		c.nc.Annotated(u.site.Fn, a) || c.nc.Annotated(u.fn.obj, a)
}

func idemText(s *netcall.Site) string {
	text := "idempotency unknown"
	if s.Idem == rules.NonIdem {
		text = "not idempotent"
	}
	if s.Method != "" {
		text = s.Method + ", " + text
	}
	return text
}

// absenceSentinel names the absence error of a site's library.
func absenceSentinel(s *netcall.Site) string {
	path := ""
	if s.Fn.Pkg() != nil {
		path = s.Fn.Pkg().Path()
	}
	switch {
	case s.API.Kind == rules.Redis:
		return "redis.Nil"
	case strings.Contains(path, "jackc/pgx"):
		return "pgx.ErrNoRows"
	case s.API.Kind == rules.Mongo:
		return "mongo.ErrNoDocuments"
	case s.API.Kind == rules.SQL:
		return "sql.ErrNoRows"
	}
	return "the library's not-found error"
}
