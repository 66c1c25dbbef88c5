package nettimeout

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// Analyzer reports network calls that can wait forever.
var Analyzer = &analysis.Analyzer{
	Name:     "nettimeout",
	Doc:      "check that network calls are bounded by a timeout or deadline",
	URL:      "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#nettimeout",
	Requires: []*analysis.Analyzer{netcall.Analyzer},
	Run:      run,
}

type checker struct {
	pass *analysis.Pass
	nc   *netcall.Result
	fl   *netcall.Flow
}

func run(pass *analysis.Pass) (any, error) {
	nc := pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	c := &checker{pass: pass, nc: nc, fl: nc.Flow}
	for _, p := range nc.Problems() {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, End: p.End, Category: "NL-D1", Message: p.Message, URL: rules.DocURL("NL-D1")})
	}
	if nc.TestOnly() {
		return nil, nil
	}
	for _, s := range nc.Sites() {
		if nc.InGeneratedOrTest(s.Call.Pos()) {
			continue
		}
		c.site(s)
	}
	c.literals()
	c.conns()
	return nil, nil
}

// site checks one call for NL-T1, NL-T4, NL-T5 and NL-T7.
func (c *checker) site(s *netcall.Site) {
	switch {
	case s.API.Kind == rules.Serve:
		if s.Has(rules.NoCtx) {
			c.nc.Reportf(c.pass, s.Call, "NL-T4", "%s cannot set server timeouts, so a slow client can hold a connection forever; use an http.Server with ReadHeaderTimeout", s.Name())
		}
		return
	case s.Has(rules.Stream), s.Has(rules.Lifecycle), s.API.Kind == rules.ConnIO, c.nc.Delegates(s.Call):
		return
	case s.Has(rules.DefaultClient):
		c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s uses http.DefaultClient, which has no timeout; use an http.Client with Timeout or a request context with a deadline", s.Name())
		return
	}
	if c.dial(s) || c.grpcWait(s) {
		return
	}
	if s.API.Kind == rules.HTTP && s.Source == netcall.FromCatalog {
		c.httpClient(s)
		return
	}
	if s.API.Kind == rules.DNS {
		c.lookup(s)
		return
	}
	if s.Has(rules.NoCtx) {
		if local(c, s) {
			return // a Unix socket: local IPC, not a network call
		}
		if recv := s.Recv(); recv != nil && rules.HasDeadlines(c.pass.TypesInfo.TypeOf(recv)) {
			return // bounded by the connection's deadline: NL-T3's business
		}
		if s.Arg(rules.Timeout) == nil {
			c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s has no timeout and takes no context, so nothing bounds its wait; %s", s.Name(), remedyNoCtx(s))
		}
		return
	}
	if s.Has(rules.DefaultBound) || s.Arg(rules.Timeout) != nil {
		return
	}
	if e := s.Arg(rules.Ctx); e != nil {
		c.ctxArg(s, e)
	}
}

// lookup checks a name lookup. The resolver bounds every lookup by its own
// timeouts and attempts (resolv.conf), so a lookup does not wait forever;
// but net.LookupHost and friends take no context, so in a function that
// has its caller's context the lookup outlives the caller's deadline and
// cancellation: NL-T5.
func (c *checker) lookup(s *netcall.Site) {
	if !s.Has(rules.NoCtx) || s.InGo || c.nc.AnnotatedAt(s.Call.Pos(), netcall.AnnotDetached) {
		return
	}
	name := c.callerCtx(s)
	if name == "" {
		return
	}
	c.nc.Reportf(c.pass, s.Call, "NL-T5", "%s ignores the caller's %s, so the lookup outlives the caller's deadline and cancellation; use net.DefaultResolver.%s(%s, …)", s.Name(), name, s.Fn.Name(), name)
}

// local reports whether a dial names a Unix-domain socket by a constant
// network ("unix", "unixgram", "unixpacket").
func local(c *checker, s *netcall.Site) bool {
	e := s.Arg(rules.Network)
	if s.API.Kind != rules.Dial || e == nil {
		return false
	}
	network, ok := c.fl.StringValue(e)
	return ok && strings.HasPrefix(network, "unix")
}

// httpClient checks calls through an *http.Client: the client and the
// request's context must not both be unbounded. Get, Post and friends take
// no context, so only the client can bound them.
func (c *checker) httpClient(s *netcall.Site) {
	recv := s.Recv()
	if recv == nil {
		return
	}
	req := s.Arg(rules.Request)
	if c.nc.HTTPClient(recv).Bound != netcall.Unbounded {
		// The client bounds the wait, but a request built on
		// context.Background still drops the caller's cancellation.
		if req != nil {
			c.t5(s, c.fl.Ctx(req))
		}
		return
	}
	if req == nil {
		c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s can wait forever: the client has no Timeout and %s takes no context; set Client.Timeout", s.Name(), s.Fn.Name())
		return
	}
	ci := c.fl.Ctx(req)
	if ci.Origin != netcall.NoDeadline {
		c.propagation(s, ci)
		return
	}
	if c.t5(s, ci) {
		return
	}
	c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s can wait forever: the client has no Timeout and the request's context has no deadline; set Client.Timeout or build the request with a context from context.WithTimeout", s.Describe())
}

// ctxArg checks a call whose wait is bounded only by its context argument.
func (c *checker) ctxArg(s *netcall.Site, e ast.Expr) {
	if !c.nc.NeedsDeadline(s) {
		return
	}
	ci := c.fl.Ctx(e)
	if ci.Origin != netcall.NoDeadline {
		c.propagation(s, ci)
		return
	}
	if c.t5(s, ci) {
		return
	}
	what := "is called with " + rootText(ci)
	if s.Source == netcall.FromWrapper {
		what = "receives " + rootText(ci) + ", which reaches " + s.Fact.API
	}
	c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s %s with no deadline; derive the context with context.WithTimeout", s.Name(), what)
}

// propagation reports NL-T5 for a context that has a deadline but drops the
// caller's: context.WithTimeout(context.Background(), d) in a handler.
func (c *checker) propagation(s *netcall.Site, ci netcall.CtxInfo) {
	if ci.Origin == netcall.HasDeadline && ci.Root == netcall.RootBackground {
		c.t5(s, ci)
	}
}

// t5 reports NL-T5 when s runs on behalf of a caller whose context is at
// hand but uses a context from context.Background instead. It reports
// whether it did.
func (c *checker) t5(s *netcall.Site, ci netcall.CtxInfo) bool {
	if ci.Root != netcall.RootBackground || s.InGo || c.nc.AnnotatedAt(s.Call.Pos(), netcall.AnnotDetached) {
		return false
	}
	name := c.callerCtx(s)
	if name == "" {
		return false
	}
	if s.Decl != nil {
		if fn, ok := c.pass.TypesInfo.Defs[s.Decl.Name].(*types.Func); ok && c.nc.Annotated(fn, netcall.AnnotDetached) {
			return false
		}
	}
	c.nc.Report(c.pass, analysis.Diagnostic{
		Pos:            s.Call.Pos(),
		End:            s.Call.End(),
		Category:       "NL-T5",
		Message:        fmt.Sprintf("%s uses a context from context.Background although the caller's %s is available; derive it from %s so the caller's deadline and cancellation apply", s.Name(), name, name),
		SuggestedFixes: c.t5Fix(s, ci, name),
	})
	return true
}

// t5Fix replaces the root of a detached context with the caller's:
// http.NewRequest(m, u, b) becomes http.NewRequestWithContext(ctx, m, u, b)
// and context.Background() becomes ctx. It is offered only when the root is
// in the same function as the call, where the caller's context is in scope.
func (c *checker) t5Fix(s *netcall.Site, ci netcall.CtxInfo, name string) []analysis.SuggestedFix {
	call, ok := ci.At.(*ast.CallExpr)
	if !ok {
		return nil
	}
	scope := ast.Node(s.Decl)
	if s.Lit != nil {
		scope = s.Lit
	}
	if scope == nil || call.Pos() < scope.Pos() || call.End() > scope.End() {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	switch sel.Sel.Name {
	case "NewRequest":
		return []analysis.SuggestedFix{{
			Message: "Use http.NewRequestWithContext with " + name,
			TextEdits: []analysis.TextEdit{
				{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("NewRequestWithContext")},
				{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(name + ", ")},
			},
		}}
	case "Background", "TODO":
		return []analysis.SuggestedFix{{
			Message:   "Use " + name,
			TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(name)}},
		}}
	}
	return nil
}

// callerCtx returns the name of the enclosing function's context source (a
// context.Context parameter, or r.Context() of an *http.Request), or "".
func (c *checker) callerCtx(s *netcall.Site) string {
	for _, ft := range []*ast.FuncType{litType(s.Lit), declType(s.Decl)} {
		if ft == nil {
			continue
		}
		for _, field := range ft.Params.List {
			t := c.pass.TypesInfo.TypeOf(field.Type)
			for _, n := range field.Names {
				switch {
				case t == nil || n.Name == "_":
				case netcall.IsContext(t):
					return n.Name
				case netcall.IsHTTPRequest(t):
					return n.Name + ".Context()"
				}
			}
		}
	}
	return ""
}

func litType(l *ast.FuncLit) *ast.FuncType {
	if l == nil {
		return nil
	}
	return l.Type
}

func declType(d *ast.FuncDecl) *ast.FuncType {
	if d == nil {
		return nil
	}
	return d.Type
}

func rootText(ci netcall.CtxInfo) string {
	switch ci.Root {
	case netcall.RootDetached:
		return "a context from context.WithoutCancel"
	case netcall.RootBackground:
		if call, ok := ci.At.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "TODO" {
				return "context.TODO()"
			}
		}
	}
	return "context.Background()"
}

func remedyNoCtx(s *netcall.Site) string {
	switch s.API.Kind {
	case rules.Dial:
		return "use net.Dialer.DialContext with a deadline"
	case rules.SQL:
		return "use the Context variant with a context from context.WithTimeout"
	case rules.DNS:
		return "use net.Resolver with a context from context.WithTimeout"
	case rules.SMTP:
		return "dial with a net.Dialer and a deadline, then use smtp.NewClient"
	case rules.RPC:
		return "dial with a net.Dialer and a deadline, then use rpc.NewClient"
	}
	if s.Source == netcall.FromWrapper && s.Fact.API != "" {
		return "use " + s.Fact.API + " with a context that has a deadline"
	}
	return "use a variant that takes a context with a deadline"
}
