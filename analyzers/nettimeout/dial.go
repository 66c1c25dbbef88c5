package nettimeout

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// dial checks dialer values, whose bound is their Timeout or Deadline
// field (net.Dialer, kafka.Dialer, tls.Dialer through its NetDialer):
// methods of a dialer type, and tls.DialWithDialer(d, …). It reports
// whether s was such a call.
func (c *checker) dial(s *netcall.Site) bool {
	if s.API.Kind != rules.Dial {
		return false
	}
	dialer := s.Recv()
	if s.Fn.FullName() == "crypto/tls.DialWithDialer" && len(s.Call.Args) > 0 {
		dialer = s.Call.Args[0]
	}
	if dialer == nil || !isDialerType(c.pass.TypesInfo.TypeOf(dialer)) {
		return false
	}
	b := c.fl.StructBound(dialer, func(fields map[string]ast.Expr) bool {
		return c.fl.SetNonZero(fields, "Timeout") || c.fl.SetNonZero(fields, "Deadline") || c.fl.SetNonZero(fields, "NetDialer")
	})
	if b.Bound != netcall.Unbounded {
		return true
	}
	if ctx := s.Arg(rules.Ctx); ctx != nil {
		ci := c.fl.Ctx(ctx)
		if ci.Origin != netcall.NoDeadline || c.t5(s, ci) {
			return true
		}
		c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s is called with %s and the dialer has no Timeout; set Dialer.Timeout or derive the context with context.WithTimeout", s.Name(), rootText(ci))
		return true
	}
	c.nc.Reportf(c.pass, s.Call, "NL-T1", "%s has no timeout: the dialer has no Timeout or Deadline; set Dialer.Timeout", s.Name())
	return true
}

// isDialerType reports whether t is a struct (or pointer to one) named
// Dialer with a Timeout or NetDialer field.
func isDialerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Name() != "Dialer" {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if name := st.Field(i).Name(); name == "Timeout" || name == "NetDialer" {
			return true
		}
	}
	return false
}

// grpcWait checks NL-T7: gRPC calls with WaitForReady(true), and dials with
// WithBlock, that have no deadline. It reports whether s was such a dial or
// call.
func (c *checker) grpcWait(s *netcall.Site) bool {
	switch name := s.Fn.FullName(); name {
	case "google.golang.org/grpc.Dial", "google.golang.org/grpc.DialContext":
		if !c.hasOption(s.Call, "google.golang.org/grpc.WithBlock", false) || c.hasOption(s.Call, "google.golang.org/grpc.WithTimeout", false) {
			return true
		}
		ci := netcall.CtxInfo{Origin: netcall.NoDeadline, Root: netcall.RootBackground}
		if name == "google.golang.org/grpc.DialContext" && len(s.Call.Args) > 0 {
			ci = c.fl.Ctx(s.Call.Args[0])
		}
		if ci.Origin == netcall.NoDeadline {
			c.nc.Reportf(c.pass, s.Call, "NL-T7", "%s with grpc.WithBlock waits for a connection with no deadline; pass a context from context.WithTimeout to grpc.DialContext, or drop WithBlock", s.Name())
		}
		return true
	case "go.etcd.io/etcd/client/v3.New":
		return true // checked on the Config literal
	}
	if s.API.Kind != rules.GRPC || !c.hasOption(s.Call, "google.golang.org/grpc.WaitForReady", true) {
		return false
	}
	if e := s.Arg(rules.Ctx); e != nil && c.fl.Ctx(e).Origin == netcall.NoDeadline {
		c.nc.Reportf(c.pass, s.Call, "NL-T7", "%s with grpc.WaitForReady(true) waits for a connection with no deadline; derive the context with context.WithTimeout", s.Name())
		return true
	}
	return false
}

// hasOption reports whether a call's arguments include a call of the named
// option function; with wantTrue, its argument must be the constant true.
func (c *checker) hasOption(call *ast.CallExpr, full string, wantTrue bool) bool {
	for _, a := range call.Args {
		if c.isOption(a, full, wantTrue) {
			return true
		}
	}
	return false
}

func (c *checker) isOption(a ast.Expr, full string, wantTrue bool) bool {
	oc, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := c.fl.Callee(oc)
	if fn == nil || fn.FullName() != full {
		return false
	}
	if !wantTrue {
		return true
	}
	if len(oc.Args) != 1 {
		return false
	}
	tv := c.pass.TypesInfo.Types[oc.Args[0]]
	return tv.Value != nil && tv.Value.String() == "true"
}

// namedType returns "path.Name" for a named type or a pointer to one.
func namedType(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}
