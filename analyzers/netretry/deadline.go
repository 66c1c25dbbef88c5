package netretry

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// checkT6 reports retries that escape the caller's deadline, in functions
// that have the caller's context at hand.
func (c *checker) checkT6(k *construct) {
	name := c.callerCtx(k.encl, k.decl)
	if name == "" || c.detached(k) {
		return
	}
	// Attempts made with a context from context.Background are reported
	// by nettimeout as NL-T5 at the call, with the same fix; reporting them
	// here too would say one thing twice.
	if k.r.kind != closureRegion {
		ast.Inspect(k.r.body, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			if call, ok := n.(*ast.CallExpr); ok && c.isPkgFunc(call, "time", "Sleep") && c.once("NL-T6", call) {
				c.nc.Reportf(c.pass, call, "NL-T6", "time.Sleep between the attempts of %s cannot be interrupted when %s is cancelled; consider waiting in a select on %s.Done() and a timer", c.subject(k), name, name)
			}
			return true
		})
		return
	}
	if k.helper == nil {
		return
	}
	switch {
	case k.helper.Lib == rules.LibCenkaltiV4 && k.pol.ctx == nil:
		c.nc.Reportf(c.pass, k.call, "NL-T6", "%s keeps retrying after %s is cancelled or past its deadline; wrap the backoff with backoff.WithContext(b, %s)", k.name, name, name)
	case k.helper.Lib == rules.LibAvast && k.pol.ctx == nil:
		c.nc.Reportf(c.pass, k.call, "NL-T6", "%s keeps retrying after %s is cancelled or past its deadline; pass retry.Context(%s)", k.name, name, name)
	case k.helper.Lib == rules.LibWait && k.helper.Ctx < 0 && k.helper.Func == "k8s.io/apimachinery/pkg/util/wait.ExponentialBackoff":
		c.nc.Reportf(c.pass, k.call, "NL-T6", "%s keeps retrying after %s is cancelled or past its deadline; use wait.ExponentialBackoffWithContext with %s", k.name, name, name)
	case k.pol.ctx != nil:
		ci := c.fl.Ctx(k.pol.ctx)
		if call, ok := ci.At.(*ast.CallExpr); ok && ci.Root == netcall.RootBackground && c.isPkgFunc(call, "context", "Background", "TODO") {
			c.nc.Reportf(c.pass, call, "NL-T6", "%s is given a context from context.Background(), so its attempts escape the caller's deadline; pass %s", k.name, name)
		}
	}
}

// detached reports whether the construct's function is annotated
// //netlint:detached, or the construct runs in a new goroutine.
func (c *checker) detached(k *construct) bool {
	if c.nc.AnnotatedAt(k.at.Pos(), netcall.AnnotDetached) {
		return true
	}
	for _, rs := range k.sites {
		if rs.s.InGo {
			return true
		}
	}
	fn := c.funcOf(k.decl)
	return fn != nil && c.nc.Annotated(fn, netcall.AnnotDetached)
}

// callerCtx returns the name of the caller's context in the enclosing
// function (a context.Context parameter, or r.Context() of an
// *http.Request parameter), or "".
func (c *checker) callerCtx(encl ast.Node, decl *ast.FuncDecl) string {
	var fts []*ast.FuncType
	if lit, ok := encl.(*ast.FuncLit); ok {
		fts = append(fts, lit.Type)
	}
	if decl != nil {
		fts = append(fts, decl.Type)
	}
	for _, ft := range fts {
		for _, field := range ft.Params.List {
			t := c.info.TypeOf(field.Type)
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

// isRetryableRequest reports whether t is a go-retryablehttp request.
func isRetryableRequest(t types.Type) bool {
	n := namedType(t)
	return n != nil && typeName(n) == "github.com/hashicorp/go-retryablehttp.Request"
}
