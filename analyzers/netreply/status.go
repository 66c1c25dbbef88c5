package netreply

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// statuses reports NL-V1 (and the opt-in NL-V4) for each *http.Response
// that f receives from a network call.
func (c *checker) statuses(f *fn) {
	if !f.replies {
		return
	}
	f.each(func(n ast.Node) bool {
		s, ok := n.(ast.Stmt)
		if !ok {
			return true
		}
		v, site := c.replyAssigned(s)
		if v == nil || site.Method == "HEAD" || c.returnsReply(f, v) {
			return true
		}
		if r := c.fact(site.Fn); r != nil && r.Checked {
			return true // the wrapper tested the status before returning the reply
		}
		tr := c.newStatusTrack(f, v, s, site)
		(&walker{t: tr, info: c.info}).run(f.body, off)
		return true
	})
}

// replyAssigned returns the variable that statement s assigns the
// *http.Response of a network call to, and the call.
func (c *checker) replyAssigned(s ast.Stmt) (*types.Var, *netcall.Site) {
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		lhs, rhs = s.Lhs, s.Rhs
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || len(gd.Specs) != 1 {
			return nil, nil
		}
		vs, ok := gd.Specs[0].(*ast.ValueSpec)
		if !ok {
			return nil, nil
		}
		for _, n := range vs.Names {
			lhs = append(lhs, n)
		}
		rhs = vs.Values
	}
	if len(rhs) != 1 {
		return nil, nil
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	site := c.nc.SiteOf(call)
	if site == nil || !site.Has(rules.Response) {
		return nil, nil
	}
	for _, l := range lhs {
		if v := c.varOf(l); v != nil && isHTTPResponse(v.Type()) {
			return v, site
		}
	}
	return nil, nil
}

// returnsReply reports whether f hands v (or its body) to its caller, who
// then owns the status check.
func (c *checker) returnsReply(f *fn, v *types.Var) bool {
	found := false
	f.each(func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			for _, r := range ret.Results {
				found = found || c.holds(r, v)
			}
		}
		return !found
	})
	return found
}

// holds reports whether e is v, v.Body, &v, or a composite literal that
// holds one of them.
func (c *checker) holds(e ast.Expr, v *types.Var) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return c.varOf(x) == v
	case *ast.UnaryExpr:
		return c.holds(x.X, v)
	case *ast.SelectorExpr:
		return x.Sel.Name == "Body" && c.varOf(x.X) == v
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if c.holds(elt, v) {
				return true
			}
		}
	}
	return false
}

// statusTrack follows one reply until its status is tested. In report mode
// (site != nil) the first use of the body before the test is NL-V1; in
// summary mode (a parameter) it becomes the Consumes fact.
type statusTrack struct {
	c     *checker
	f     *fn
	v     *types.Var
	start ast.Stmt
	site  *netcall.Site
	// body holds the variables the body was read into before the test.
	body map[*types.Var]bool
	// flags holds variables that keep a status test: ok := r.StatusCode == 200.
	flags  map[*types.Var]bool
	found  ast.Node
	tested bool
	ctype  int8 // 0 unknown, 1 the function reads the Content-Type, -1 it does not
}

func (c *checker) newStatusTrack(f *fn, v *types.Var, start ast.Stmt, site *netcall.Site) *statusTrack {
	return &statusTrack{c: c, f: f, v: v, start: start, site: site, body: map[*types.Var]bool{}, flags: map[*types.Var]bool{}}
}

func (t *statusTrack) begins(s ast.Stmt) bool { return t.start != nil && s == t.start }

func (t *statusTrack) ends(s ast.Stmt) bool { return assigns(t.c, s, t.v) }

// assigns reports whether simple statement s assigns to v.
func assigns(c *checker, s ast.Stmt, v *types.Var) bool {
	switch s := s.(type) {
	case *ast.AssignStmt:
		for _, l := range s.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.varOf(id) == v {
				return true
			}
		}
	case *ast.RangeStmt:
		return c.varOf(s.Key) == v || c.varOf(s.Value) == v
	}
	return false
}

func (t *statusTrack) tests(e ast.Expr) bool {
	found := false
	t.c.visible(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			found = found || t.isStatus(n)
		case *ast.Ident:
			found = found || t.flags[t.c.varOf(n)]
		case *ast.CallExpr:
			found = found || t.checkerCall(n)
		}
		return !found
	})
	t.tested = t.tested || found
	return found
}

// isStatus reports whether sel is v.StatusCode or v.Status.
func (t *statusTrack) isStatus(sel *ast.SelectorExpr) bool {
	return (sel.Sel.Name == "StatusCode" || sel.Sel.Name == "Status") && t.c.varOf(sel.X) == t.v
}

// checkerCall reports whether call hands v to a function that tests its
// status (fact), or to one netlint cannot see into (a function value or
// an interface method), which gets the benefit of the doubt.
func (t *statusTrack) checkerCall(call *ast.CallExpr) bool {
	for i, a := range call.Args {
		if t.c.varOf(a) != t.v {
			continue
		}
		f := t.c.callee(call)
		if f == nil {
			return true
		}
		if sig := f.Type().(*types.Signature); sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			return true
		}
		if r := t.c.fact(f); r != nil && r.Status == i+1 {
			return true
		}
	}
	return false
}

func (t *statusTrack) settles(s ast.Stmt) bool {
	if as, ok := s.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
		if sel, ok := ast.Unparen(as.Rhs[0]).(*ast.SelectorExpr); ok && t.isStatus(sel) {
			return false // code := resp.StatusCode: the test comes later
		}
	}
	found := false
	t.c.visible(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			found = found || t.isStatus(n)
		case *ast.CallExpr:
			if _, ok := s.(*ast.ExprStmt); !ok {
				found = found || t.checkerCall(n)
			}
		case *ast.CompositeLit:
			found = found || t.c.holds(n, t.v)
		case *ast.AssignStmt:
			for _, r := range n.Rhs {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && t.c.varOf(id) == t.v {
					found = true // the reply is stored or aliased: its check moves too
				}
			}
		}
		return !found
	})
	t.tested = t.tested || found
	return found
}

func (t *statusTrack) consume(n ast.Node) {
	t.found = n
	if t.site == nil {
		return
	}
	t.c.report(n, "NL-V1", "reply of %s is used before %s.StatusCode is checked; return early on a non-2xx status", t.site.Describe(), t.v.Name())
}

// contentType reports NL-V4 (opt-in) at a decoder on the reply body when
// the function never looks at the Content-Type.
func (t *statusTrack) contentType(n ast.Node) {
	if t.site == nil {
		return
	}
	t.c.visible(n, func(m ast.Node) bool {
		call, ok := m.(*ast.CallExpr)
		if !ok {
			return true
		}
		rc, ok := t.c.readOf(call)
		if !ok || rc.kind != decodeRead || rc.helper != nil || !t.ofReply(rc) {
			return true
		}
		if t.ctype == 0 {
			t.ctype = -1
			if t.c.readsContentType(t.f) {
				t.ctype = 1
			}
		}
		if t.ctype < 0 {
			t.c.report(call, "NL-V4", "reply of %s is decoded without checking its Content-Type; a proxy's HTML error page would decode as garbage", t.site.Describe())
		}
		return true
	})
}

// readsContentType reports whether f mentions the Content-Type header or
// parses a media type.
func (c *checker) readsContentType(f *fn) bool {
	found := false
	f.each(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			if tv, ok := c.info.Types[n]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				found = found || constant.StringVal(tv.Value) == "Content-Type"
			}
		case *ast.CallExpr:
			found = found || c.calleeName(n) == "mime.ParseMediaType"
		}
		return !found
	})
	return found
}

// unmarshalers maps functions that decode bytes to the index of the data
// argument.
var unmarshalers = map[string]int{
	"encoding/json.Unmarshal":                                                    0,
	"encoding/xml.Unmarshal":                                                     0,
	"google.golang.org/protobuf/proto.Unmarshal":                                 0,
	"(google.golang.org/protobuf/proto.UnmarshalOptions).Unmarshal":              0,
	"google.golang.org/protobuf/encoding/protojson.Unmarshal":                    0,
	"(google.golang.org/protobuf/encoding/protojson.UnmarshalOptions).Unmarshal": 0,
	"github.com/golang/protobuf/proto.Unmarshal":                                 0,
	"gopkg.in/yaml.v2.Unmarshal":                                                 0,
	"gopkg.in/yaml.v3.Unmarshal":                                                 0,
	"sigs.k8s.io/yaml.Unmarshal":                                                 0,
	"github.com/goccy/go-json.Unmarshal":                                         0,
}

// ofReply reports whether a read reads the tracked reply's body.
func (t *statusTrack) ofReply(rc readCall) bool {
	base, _ := t.c.reader(rc.reader)
	return t.c.baseVar(base) == t.v
}
