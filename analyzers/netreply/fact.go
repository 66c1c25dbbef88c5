package netreply

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// replyFact summarises what a function does with a reply, a request or a
// reader it receives, so that callers in other packages are judged by it.
// Indexes are 1 + the parameter index; 0 means "does not apply".
type replyFact struct {
	// Status: an *http.Response parameter whose status code the function
	// tests (a checkResponse helper).
	Status int
	// Consumes: an *http.Response parameter whose body the function reads
	// or decodes before testing its status.
	Consumes int
	// Reads: a reader parameter, or a reply or request whose Body, that the
	// function reads to the end.
	Reads int
	// Unbounded: that read has no size limit.
	Unbounded bool
	// Returns: the function returns the bytes it read (a read helper)
	// rather than decoding them.
	Returns bool
	// Bounds: a reader parameter the function returns wrapped in a limit.
	Bounds int
	// Validates: a parameter the function validates.
	Validates int
	// Checked: the function tests the status of the *http.Response it
	// returns, so its callers need not.
	Checked bool
}

// AFact marks replyFact as an analysis fact.
func (*replyFact) AFact() {}

func (f *replyFact) String() string {
	var parts []string
	add := func(name string, i int) {
		if i > 0 {
			parts = append(parts, fmt.Sprintf("%s=%d", name, i-1))
		}
	}
	add("status", f.Status)
	add("consumes", f.Consumes)
	add("reads", f.Reads)
	if f.Unbounded {
		parts = append(parts, "unbounded")
	}
	if f.Returns {
		parts = append(parts, "returns")
	}
	add("bounds", f.Bounds)
	add("validates", f.Validates)
	if f.Checked {
		parts = append(parts, "checked")
	}
	return "reply(" + strings.Join(parts, " ") + ")"
}

// fact returns the summary of a function of this or another package.
func (c *checker) fact(f *types.Func) *replyFact {
	if f == nil {
		return nil
	}
	f = f.Origin()
	if f.Pkg() == c.pass.Pkg {
		return c.local[f]
	}
	if r, ok := c.imported[f]; ok {
		return r
	}
	var r *replyFact
	var imp replyFact
	if f.Pkg() != nil && c.pass.ImportObjectFact(f, &imp) {
		r = &imp
	}
	c.imported[f] = r
	return r
}

// maxRounds bounds the fixpoint over the package's helpers.
const maxRounds = 6

// summarize computes the facts of the package's declared functions, to a
// fixpoint so that helpers of helpers are followed, and exports them.
func (c *checker) summarize(funcs []*fn) {
	var decls []*fn
	for _, f := range funcs {
		if f.obj != nil && f.sig != nil && (hasReplyParam(f.sig) || returnsReply(f.sig)) {
			decls = append(decls, f)
		}
	}
	for range maxRounds {
		changed := false
		for _, f := range decls {
			r := c.summary(f)
			old := c.local[f.obj]
			if r == nil && old == nil || r != nil && old != nil && *r == *old {
				continue
			}
			c.local[f.obj], changed = r, true
		}
		if !changed {
			break
		}
	}
	var objs []*types.Func
	for obj := range c.local {
		objs = append(objs, obj)
	}
	sort.Slice(objs, func(i, j int) bool { return netcall.PosLess(c.pass.Fset, objs[i].Pos(), objs[j].Pos()) })
	for _, obj := range objs {
		c.pass.ExportObjectFact(obj, c.local[obj])
	}
}

// hasReplyParam reports whether a signature has a parameter a summary can
// say something about.
func hasReplyParam(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if isHTTPResponse(t) || isHTTPRequest(t) || isReader(t) || hasValidator(t) {
			return true
		}
	}
	return false
}

// returnsReply reports whether a signature returns an *http.Response.
func returnsReply(sig *types.Signature) bool {
	for i := 0; i < sig.Results().Len(); i++ {
		if isHTTPResponse(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// summary computes the fact of one function, or nil when it says nothing.
func (c *checker) summary(f *fn) *replyFact {
	r := &replyFact{}
	if returnsReply(f.sig) {
		r.Checked = c.checksReturned(f)
	}
	handler := c.handlerShape(f.typ) && !c.called[f.obj]
	params := f.sig.Params()
	for i := 0; i < params.Len(); i++ {
		p := params.At(i)
		t := p.Type()
		if isHTTPResponse(t) && (r.Status == 0 || r.Consumes == 0) {
			tr := c.newStatusTrack(f, p, nil, nil)
			(&walker{t: tr, info: c.info}).run(f.body, unchecked)
			if tr.tested && r.Status == 0 {
				r.Status = i + 1
			}
			if tr.found != nil && r.Consumes == 0 {
				r.Consumes = i + 1
			}
		}
		if r.Reads == 0 && (isHTTPResponse(t) || isHTTPRequest(t) && !handler || isReader(t)) {
			c.paramReads(f, p, i, r)
		}
		if r.Bounds == 0 && isReader(t) && c.returnsBounded(f, p) {
			r.Bounds = i + 1
		}
		if r.Validates == 0 && c.validatesVar(f.body, p) {
			r.Validates = i + 1
		}
	}
	if *r == (replyFact{}) {
		return nil
	}
	return r
}

// checksReturned reports whether f tests the status of a reply it gets
// from a network call (and then returns).
func (c *checker) checksReturned(f *fn) bool {
	if !f.replies {
		return false
	}
	tested := false
	f.each(func(n ast.Node) bool {
		s, ok := n.(ast.Stmt)
		if !ok || tested {
			return !tested
		}
		if v, _ := c.replyAssigned(s); v != nil {
			tr := c.newStatusTrack(f, v, s, nil)
			(&walker{t: tr, info: c.info}).run(f.body, off)
			tested = tr.tested
		}
		return !tested
	})
	return tested
}

// paramReads records in r how f reads parameter p (index i), if it does.
func (c *checker) paramReads(f *fn, p *types.Var, i int, r *replyFact) {
	f.each(func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		rc, ok := c.readOf(call)
		if !ok || rc.kind == drainRead {
			return true
		}
		base, bounded := c.reader(rc.reader)
		if c.baseVar(base) != p {
			return true
		}
		r.Reads = i + 1
		r.Unbounded = r.Unbounded || rc.unbounded && !bounded
		r.Returns = r.Returns || rc.returns && returnsData(f.sig)
		return true
	})
}

// returnsData reports whether a signature returns bytes or a string.
func returnsData(sig *types.Signature) bool {
	for i := 0; i < sig.Results().Len(); i++ {
		switch t := sig.Results().At(i).Type().Underlying().(type) {
		case *types.Basic:
			if t.Info()&types.IsString != 0 {
				return true
			}
		case *types.Slice:
			if b, ok := t.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return true
			}
		}
	}
	return false
}

// returnsBounded reports whether f returns reader p wrapped in a limit.
func (c *checker) returnsBounded(f *fn, p *types.Var) bool {
	found := false
	f.each(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || found {
			return !found
		}
		for _, e := range ret.Results {
			if base, bounded := c.reader(e); bounded && c.baseVar(base) == p {
				found = true
			}
		}
		return true
	})
	return found
}

// validatesVar reports whether body calls a validator on v.
func (c *checker) validatesVar(body ast.Node, v *types.Var) bool {
	found := false
	shallow(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found && c.validatorCall(call) == v {
			found = true
		}
		return !found
	})
	return found
}

// validatorCall returns the variable a call validates, or nil: v.Validate(),
// a library validator such as protovalidate.Validate(v), a configured or
// annotated validator, or a helper whose fact says it validates.
func (c *checker) validatorCall(call *ast.CallExpr) *types.Var {
	f := c.callee(call)
	if f == nil {
		return nil
	}
	arg := func(i int) *types.Var {
		if i >= 0 && i < len(call.Args) {
			return c.varOf(stripAddr(call.Args[i]))
		}
		return nil
	}
	sig := f.Type().(*types.Signature)
	if sig.Recv() != nil && (rules.IsValidateMethod(f) || c.configuredValidator(f)) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return c.varOf(sel.X)
		}
		return nil
	}
	if i, ok := rules.LookupValidator(c.nc.FuncName(f)); ok {
		return arg(i)
	}
	if c.configuredValidator(f) && len(call.Args) > 0 {
		return arg(0)
	}
	if r := c.fact(f); r != nil && r.Validates > 0 {
		return arg(r.Validates - 1)
	}
	return nil
}

// configuredValidator reports whether f is named in the validators setting
// or annotated //netlint:validator.
func (c *checker) configuredValidator(f *types.Func) bool {
	full := c.nc.FuncName(f)
	if c.nc.Config.Validators[full] || c.nc.Config.Validators[strings.Replace(full, "(*", "(", 1)] {
		return true
	}
	return c.nc.Annotated(f, netcall.AnnotValidator)
}

func stripAddr(e ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok {
		return u.X
	}
	return e
}
