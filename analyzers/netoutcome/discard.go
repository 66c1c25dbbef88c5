package netoutcome

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// resultTested reports whether the statement after a tuple assignment
// that drops the error tests another result instead (if v != nil,
// if len(v) == 0, for range v): failure is handled through the result,
// as in `if si, _ = js.StreamInfo(name); si != nil`.
func (c *checker) resultTested(stmt ast.Stmt, blank *ast.Ident, p *parents) bool {
	others := varSet{}
	for _, l := range pickAll(stmt) {
		if l != blank {
			if v := c.varOf(l); v != nil {
				others[v] = true
			}
		}
	}
	if len(others) == 0 {
		return false
	}
	var next ast.Stmt
	if ifs, ok := p.of(stmt).(*ast.IfStmt); ok && ifs.Init == stmt {
		next = ifs
	} else if list, i := stmtList(stmt, p); list != nil && i+1 < len(list) {
		next = list[i+1]
	} else if ifs, ok := p.of(p.of(stmt)).(*ast.IfStmt); ok && list != nil && ifs.Else == nil {
		// if nodeClient != nil { conn, _, _ = try() }; if conn == nil { … }
		if outer, j := stmtList(ifs, p); outer != nil && j+1 < len(outer) {
			next = outer[j+1]
		}
	}
	var test ast.Node
	switch n := next.(type) {
	case *ast.IfStmt:
		test = n.Cond
	case *ast.RangeStmt:
		return c.mentionsAny(n.X, others)
	default:
		return false
	}
	tested := false
	ast.Inspect(test, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (isNil(c.info, n.X) || isNil(c.info, n.Y)) && c.mentionsAny(n, others) {
				tested = true
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "len" && c.mentionsAny(n, others) {
				tested = true
			}
		}
		return !tested
	})
	return tested
}

// discarded reports NL-O1 for a dropped error, unless the call is exempt.
func (c *checker) discarded(s *netcall.Site, at ast.Node) {
	if c.discardExempt(s, at) {
		return
	}
	c.nc.Reportf(c.pass, at, "NL-O1", "error from %s is discarded; check it or propagate it, or mark a deliberate fire-and-forget call //netlint:fireandforget", c.describe(s))
}

// discardExempt reports whether dropping the site's error is accepted:
// lifecycle calls, reads whose errors family V checks, fire-and-forget
// calls and telemetry exporters.
func (c *checker) discardExempt(s *netcall.Site, at ast.Node) bool {
	switch {
	case s.Has(rules.Lifecycle), cleanupName(s.Fn.Name()):
		return true
	case s.API.Kind == rules.ConnIO && s.Has(rules.Read):
		return true // NL-V3 owns ignored read errors
	case c.nc.AnnotatedAt(at.Pos(), netcall.AnnotFireAndForget), c.nc.Annotated(s.Fn, netcall.AnnotFireAndForget):
		return true
	case isUnconfirmed(s):
		return true
	}
	return s.Fn.Pkg() != nil && isTelemetry(s.Fn.Pkg().Path())
}

// cleanupVerbs start the names of calls that release or undo something
// after the exchange (Close, Rollback, abortMultipartUpload) or ask the
// server, best effort, to stop (CancelRequest, Resign, Unwatch): their
// errors are commonly dropped on purpose.
var cleanupVerbs = []string{
	"Close", "Flush", "Shutdown", "Stop", "GracefulStop", "Drain", "Release", "Unsubscribe",
	"Disconnect", "Rollback", "Abort", "EndSession", "Destroy", "Deregister", "Unregister",
	"Unlock", "Cleanup", "Cancel", "Resign", "Unwatch",
}

func cleanupName(name string) bool { return hasVerb(name, cleanupVerbs) }

// hasVerb reports whether name is one of verbs, or starts with one
// followed by a capital (CloseSend, abortUpload).
func hasVerb(name string, verbs []string) bool {
	for _, v := range verbs {
		rest, ok := strings.CutPrefix(name, v)
		if !ok {
			rest, ok = strings.CutPrefix(name, strings.ToLower(v[:1])+v[1:])
		}
		if ok && (rest == "" || unicode.IsUpper(rune(rest[0]))) {
			return true
		}
	}
	return false
}

// unconfirmed are APIs that are fire-and-forget by protocol: core NATS
// publishes get no acknowledgement, and their error reports only local
// conditions, so dropping it is the library's own model.
var unconfirmed = map[string]bool{
	"nats.Conn.Publish": true, "nats.Conn.PublishMsg": true, "nats.Msg.Respond": true,
	"nats.Msg.RespondMsg": true, "nats.Msg.Ack": true, "nats.Msg.Nak": true,
}

func isUnconfirmed(s *netcall.Site) bool {
	return unconfirmed[s.API.Name()] || s.Source == netcall.FromWrapper && unconfirmed[s.Fact.API]
}

var telemetryPrefixes = []string{
	"go.opentelemetry.io/", "go.opencensus.io/", "github.com/prometheus/", "github.com/DataDog/",
	"gopkg.in/DataDog/", "github.com/getsentry/", "github.com/newrelic/", "github.com/cactus/go-statsd",
	"github.com/smira/go-statsd", "github.com/alexcesaro/statsd", "github.com/honeycombio/",
}

func isTelemetry(path string) bool {
	for _, p := range telemetryPrefixes {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// pipelined reports whether a go-redis command is queued on a pipeline,
// where its error arrives from Exec.
func (c *checker) pipelined(s *netcall.Site) bool {
	recv := s.Recv()
	if recv == nil {
		return false
	}
	t := c.info.TypeOf(recv)
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && strings.Contains(n.Obj().Name(), "Pipe")
}

// overwritten reports NL-O1 when the error variable is assigned again, or
// the function returns, before anything reads it.
func (c *checker) overwritten(u *use, p *parents) {
	list, i := stmtList(u.stmt, p)
	if list == nil || c.capturedOrResult(u) {
		return
	}
	top := u.fn.body != nil && len(list) > 0 && p.of(list[0]) == u.fn.body
	for _, st := range list[i+1:] {
		if as, ok := st.(*ast.AssignStmt); ok && c.assignsOnly(as, u.v) {
			c.unread(u, "overwritten before it is read")
			return
		}
		if c.mentions(st, u.v) {
			return
		}
		switch st := st.(type) {
		case *ast.ReturnStmt:
			c.unread(u, "never read")
			return
		case *ast.BranchStmt, *ast.LabeledStmt:
			return
		case *ast.ExprStmt:
			if isNoReturn(c.info, st.X) {
				return
			}
		}
		if hasGoto(st) {
			return
		}
	}
	if top {
		c.unread(u, "never read")
	}
}

func (c *checker) unread(u *use, what string) {
	if c.discardExempt(u.site, u.call) {
		return
	}
	c.nc.Reportf(c.pass, u.call, "NL-O1", "error from %s is %s; check it or propagate it", c.describe(u.site), what)
}

// assignsOnly reports whether as assigns v without reading it.
func (c *checker) assignsOnly(as *ast.AssignStmt, v *types.Var) bool {
	if as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return false
	}
	found := false
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && c.varOf(id) == v {
			found = true
		}
	}
	if !found {
		return false
	}
	for _, r := range as.Rhs {
		if c.mentions(r, v) {
			return false
		}
	}
	return true
}

// capturedOrResult reports whether the error variable is a named result or
// is used by a function literal, so a deferred function may read it.
func (c *checker) capturedOrResult(u *use) bool {
	if u.fn.typ != nil && u.fn.typ.Results != nil {
		for _, f := range u.fn.typ.Results.List {
			for _, n := range f.Names {
				if c.info.Defs[n] == u.v {
					return true
				}
			}
		}
	}
	captured := false
	ast.Inspect(u.fn.body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			captured = captured || c.mentions(lit, u.v)
			return false
		}
		return !captured
	})
	return captured
}
