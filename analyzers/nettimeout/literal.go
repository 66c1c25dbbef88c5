package nettimeout

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// literals checks the construction of clients, transports and servers:
// NL-T2 for http.Client and http.Transport, NL-T4 for http.Server, NL-T2
// for go-redis options that disable socket timeouts, and NL-T7 for an etcd
// client that blocks on dial with no timeout.
func (c *checker) literals() {
	var uses *clientUses
	for _, file := range c.pass.Files {
		if !netcall.Imports(file, literalPkgs...) {
			continue
		}
		if uses == nil {
			u := c.clientUses()
			uses = &u
		}
		withStack(file, func(n ast.Node, stack []ast.Node) {
			switch n := n.(type) {
			case *ast.CompositeLit:
				c.literal(n, stack, uses)
			case *ast.CallExpr:
				if isNew(c, n) {
					c.literal(n, stack, uses)
				}
			}
		})
	}
}

// literalPkgs are the packages whose types literals checks. A file that
// imports none of them cannot name those types, so it is not walked.
var literalPkgs = []string{"net/http", "github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8", "go.etcd.io/etcd/client/v3"}

// literalTypes are the types literal checks.
var literalTypes = map[string]bool{
	"net/http.Client":                      true,
	"net/http.Transport":                   true,
	"net/http.Server":                      true,
	"github.com/redis/go-redis/v9.Options": true,
	"github.com/go-redis/redis/v8.Options": true,
	"go.etcd.io/etcd/client/v3.Config":     true,
}

// withStack calls f for every node of root in preorder, with the path of
// nodes from root down to it (the node itself last).
func withStack(root ast.Node, f func(n ast.Node, stack []ast.Node)) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		stack = append(stack, n)
		f(n, stack)
		return true
	})
}

// literal checks one composite literal or new(T) call.
func (c *checker) literal(lit ast.Expr, stack []ast.Node, uses *clientUses) {
	typ := namedType(c.pass.TypesInfo.TypeOf(lit))
	if !literalTypes[typ] || c.nc.InGeneratedOrTest(lit.Pos()) {
		return
	}
	fields := c.fieldsOf(lit)
	holder := c.holder(stack)
	if holder != nil && !holder.IsField() && c.fl.Escapes(holder) {
		return // configured elsewhere, perhaps
	}
	if holder != nil {
		for name, exprs := range c.setOnAll(holder) {
			fields[name] = exprs
		}
	}
	switch typ {
	case "net/http.Client":
		c.client(lit, fields, uses.of(lit, holder))
	case "net/http.Transport":
		if !c.inBoundedClient(stack) {
			c.transport(lit, fields)
		}
	case "net/http.Server":
		if !c.fl.SetNonZero(fields, "ReadHeaderTimeout") && !c.fl.SetNonZero(fields, "ReadTimeout") {
			c.nc.Reportf(c.pass, lit, "NL-T4", "http.Server has no ReadHeaderTimeout or ReadTimeout, so a slow client can hold a connection forever; set ReadHeaderTimeout")
		}
	case "github.com/redis/go-redis/v9.Options", "github.com/go-redis/redis/v8.Options":
		for _, f := range []string{"ReadTimeout", "WriteTimeout"} {
			if e, ok := fields[f]; ok && c.fl.IsNegative(e) {
				c.nc.Reportf(c.pass, e, "NL-T2", "redis.Options.%s is negative, so commands on this client wait forever; use a positive timeout, or leave it unset for the library's default", f)
			}
		}
	case "go.etcd.io/etcd/client/v3.Config":
		if opts, ok := fields["DialOptions"]; ok && c.containsCall(opts, "google.golang.org/grpc.WithBlock") && !c.fl.SetNonZero(fields, "DialTimeout") {
			c.nc.Reportf(c.pass, lit, "NL-T7", "clientv3.Config blocks on dial (grpc.WithBlock) with no DialTimeout, so clientv3.New can wait forever; set DialTimeout")
		}
	}
}

func isNew(c *checker, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && id.Name == "new" && len(call.Args) == 1 && c.pass.TypesInfo.Uses[id] != nil && c.pass.TypesInfo.Uses[id].Pkg() == nil
}

// client reports NL-T2 for an http.Client without timeouts, unless every
// call that uses it has a deadline of its own (or leaves it to a caller).
func (c *checker) client(lit ast.Expr, fields map[string]ast.Expr, uses []*netcall.Site) {
	if c.nc.HTTPClientBounded(fields) {
		return
	}
	if len(uses) > 0 {
		covered := true
		for _, s := range uses {
			covered = covered && c.useHasDeadline(s)
		}
		if covered {
			return
		}
	}
	c.nc.Reportf(c.pass, lit, "NL-T2", "http.Client has no Timeout and its transport no ResponseHeaderTimeout, so its calls can wait forever; set Timeout")
}

// useHasDeadline reports whether a call through a client is bounded by its
// request's context, or leaves the deadline to its caller.
func (c *checker) useHasDeadline(s *netcall.Site) bool {
	req := s.Arg(rules.Request)
	if req == nil {
		return false // Get, Post …: no context at all
	}
	return c.fl.Ctx(req).Origin != netcall.NoDeadline
}

// clientUses maps each http.Client literal, and each variable or field
// that holds a client, to the calls made through it.
type clientUses struct {
	byLit    map[ast.Expr][]*netcall.Site
	byHolder map[*types.Var][]*netcall.Site
}

func (c *checker) clientUses() clientUses {
	u := clientUses{byLit: map[ast.Expr][]*netcall.Site{}, byHolder: map[*types.Var][]*netcall.Site{}}
	for _, s := range c.nc.Sites() {
		if s.API.Kind != rules.HTTP || s.Source != netcall.FromCatalog || s.Has(rules.DefaultClient) {
			continue
		}
		recv := s.Recv()
		if recv == nil {
			continue
		}
		if b := c.nc.HTTPClient(recv); b.Lit != nil {
			u.byLit[b.Lit] = append(u.byLit[b.Lit], s)
		}
		if base := c.fl.BaseOf(recv); base != nil {
			u.byHolder[base] = append(u.byHolder[base], s)
		}
	}
	return u
}

// of returns the calls made through a literal or its holder.
func (u clientUses) of(lit ast.Expr, holder *types.Var) []*netcall.Site {
	out := u.byLit[lit]
	if holder != nil {
		out = append(out[:len(out):len(out)], u.byHolder[holder]...)
	}
	return out
}

func (c *checker) transport(lit ast.Expr, fields map[string]ast.Expr) {
	if c.fl.SetNonZero(fields, "ResponseHeaderTimeout") && c.fl.SetNonZero(fields, "TLSHandshakeTimeout") {
		return
	}
	if !c.fl.SetNonZero(fields, "TLSHandshakeTimeout") {
		c.nc.Reportf(c.pass, lit, "NL-T2", "http.Transport has no TLSHandshakeTimeout, so a stalled handshake waits forever; set TLSHandshakeTimeout, or start from http.DefaultTransport.(*http.Transport).Clone()")
	}
}

// inBoundedClient reports whether the literal on top of stack is the
// Transport of an http.Client literal that has a Timeout.
func (c *checker) inBoundedClient(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.UnaryExpr, *ast.KeyValueExpr:
			continue
		case *ast.CompositeLit:
			return namedType(c.pass.TypesInfo.TypeOf(n)) == "net/http.Client" && c.nc.HTTPClientBounded(c.fieldsOf(n))
		}
		return false
	}
	return false
}

// fieldsOf returns the keyed fields of a composite literal (none for new()).
func (c *checker) fieldsOf(e ast.Expr) map[string]ast.Expr {
	fields := map[string]ast.Expr{}
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					fields[id.Name] = kv.Value
				}
			}
		}
	}
	return fields
}

// holder returns the variable that the literal on top of stack is stored
// in (x := &T{…}, var x = T{…}), or nil.
func (c *checker) holder(stack []ast.Node) *types.Var {
	lit := stack[len(stack)-1]
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.UnaryExpr:
			if n.Op != token.AND {
				return nil
			}
			lit = n
			continue
		case *ast.ParenExpr:
			lit = n
			continue
		case *ast.AssignStmt:
			for j, r := range n.Rhs {
				if r == lit && len(n.Lhs) == len(n.Rhs) {
					return c.fl.BaseOf(n.Lhs[j])
				}
			}
		case *ast.ValueSpec:
			for j, v := range n.Values {
				if v == lit && len(n.Names) == len(n.Values) {
					return c.fl.VarOf(n.Names[j])
				}
			}
		case *ast.KeyValueExpr:
			if n.Value == lit {
				if id, ok := n.Key.(*ast.Ident); ok {
					if f, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && f.IsField() {
						return f
					}
				}
			}
		}
		return nil
	}
	return nil
}

// setOnAll returns the non-zero fields assigned to v after construction.
func (c *checker) setOnAll(v *types.Var) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	for _, name := range []string{"Timeout", "Transport", "ReadHeaderTimeout", "ReadTimeout", "TLSHandshakeTimeout", "ResponseHeaderTimeout", "DialContext", "DialTimeout", "DialOptions"} {
		for _, e := range c.fl.SetOn(v, name) {
			if !c.fl.IsZero(e) {
				out[name] = e
			}
		}
	}
	return out
}

// containsCall reports whether e contains a call of the named function.
func (c *checker) containsCall(e ast.Expr, full string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if fn := c.fl.Callee(call); fn != nil && fn.FullName() == full {
				found = true
			}
		}
		return !found
	})
	return found
}
