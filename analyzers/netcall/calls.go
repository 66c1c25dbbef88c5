package netcall

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/netlint/netlint/rules"
)

// A callRec is a call with a statically known callee.
type callRec struct {
	call *ast.CallExpr
	fn   *types.Func
	decl *ast.FuncDecl
	lit  *ast.FuncLit
	inGo bool
	file *ast.File
}

// collectCalls walks every file once: it records the calls whose callee
// is known, with their enclosing functions, and fills the Flow index on
// the way.
func (r *Result) collectCalls() []*callRec {
	var out []*callRec
	for _, f := range r.pass.Files {
		for _, decl := range f.Decls {
			fd, _ := decl.(*ast.FuncDecl)
			r.walk(decl, &callRec{decl: fd, file: f}, &out)
		}
	}
	// Calls of function values are resolved once the Flow index is
	// complete (the variable may be assigned further down, or in
	// another file); the rest are dropped.
	kept := out[:0]
	for _, c := range out {
		if c.fn == nil {
			if fn := r.Flow.Callee(c.call); fn != nil {
				c.fn = fn.Origin()
			}
		}
		if c.fn != nil {
			kept = append(kept, c)
		}
	}
	return kept
}

// walk records the calls under root and adds every node to the Flow
// index. ctx carries the enclosing declaration, function literal and
// goroutine state.
func (r *Result) walk(root ast.Node, ctx *callRec, out *[]*callRec) {
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			if n != root {
				inner := *ctx
				inner.lit = n
				r.walk(n, &inner, out) // visits n as its root
				return false
			}
		case *ast.GoStmt:
			r.Flow.visit(n)
			r.Flow.visit(n.Call) // the walks below start beneath it
			inGo := *ctx
			inGo.inGo = true
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
				inGo.lit = lit
				r.walk(lit, &inGo, out)
			} else {
				r.record(n.Call, &inGo, out)
				r.walk(n.Call.Fun, ctx, out)
			}
			for _, a := range n.Call.Args {
				r.walk(a, ctx, out)
			}
			return false
		case *ast.CallExpr:
			r.record(n, ctx, out)
		}
		if n != nil {
			r.Flow.visit(n)
		}
		return true
	})
}

// record adds a call to out: with its callee when the type checker knows
// it, and for later resolution when it calls a variable.
func (r *Result) record(call *ast.CallExpr, ctx *callRec, out *[]*callRec) {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil && r.Flow.varOf(call.Fun) == nil {
		return
	}
	c := *ctx
	c.call = call
	if fn != nil {
		c.fn = fn.Origin()
	}
	*out = append(*out, &c)
}

// classify returns the site for a call, or nil if it does not cross the
// network.
func (r *Result) classify(c *callRec) *Site {
	// Most calls are not sites: build the candidate in scratch space and
	// allocate only for a site.
	s := &r.scratch
	*s = Site{Call: c.call, Fn: c.fn, Decl: c.decl, Lit: c.lit, InGo: c.inGo, File: c.file}
	if sel, ok := ast.Unparen(c.call.Fun).(*ast.SelectorExpr); ok {
		if selection := r.pass.TypesInfo.Selections[sel]; selection != nil && selection.Kind() == types.MethodExpr {
			s.exprRecv = true
		}
	}
	switch {
	case r.catalog(s):
	case r.client(s):
	case r.wrapper(s):
	default:
		return nil
	}
	r.resolveIdem(s)
	site := new(Site)
	*site = *s
	return site
}

func (r *Result) catalog(s *Site) bool {
	api, ok := r.matched[s.Fn]
	if !ok {
		api = rules.Match(s.Fn)
		r.matched[s.Fn] = api
	}
	if api == nil || r.queued(s, api) {
		return false
	}
	s.API, s.Source = api, FromCatalog
	return true
}

// queued reports whether a go-redis command is queued on a pipeline or a
// transaction rather than sent: only Exec does the I/O there.
func (r *Result) queued(s *Site, api *rules.API) bool {
	if api.Kind != rules.Redis {
		return false
	}
	recv := s.Recv()
	if recv == nil {
		return false
	}
	t := r.pass.TypesInfo.TypeOf(recv)
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	switch n.Obj().Name() {
	case "Pipeliner", "Pipeline", "TxPipeline":
		return true
	}
	return false
}

// client recognises methods of annotated or configured client types.
func (r *Result) client(s *Site) bool {
	tn := recvTypeName(s.Fn)
	if tn == nil || tn.Pkg() == nil {
		return false
	}
	key := tn.Pkg().Path() + "." + tn.Name()
	var idem bool
	if methods, ok := r.Config.Clients[key]; ok {
		s.Source, idem = FromConfig, methods[s.Fn.Name()]
	} else if cf := r.clientFact(tn); cf != nil {
		s.Source = FromAnnotation
		for _, m := range cf.Idempotent {
			idem = idem || m == s.Fn.Name()
		}
	} else {
		return false
	}
	api := &rules.API{Func: s.Fn.FullName(), Kind: rules.Client, Idem: rules.NonIdem}
	if idem || r.Annotated(s.Fn, AnnotIdempotent) {
		api.Idem = rules.Idempotent
	}
	sig := s.Fn.Type().(*types.Signature)
	if sig.Params().Len() > 0 && IsContext(sig.Params().At(0).Type()) {
		api.Params = []rules.Role{rules.Ctx}
	}
	s.API = api
	return true
}

func (r *Result) clientFact(tn *types.TypeName) *ClientFact {
	if cf, ok := r.clients[tn]; ok {
		return cf
	}
	var cf *ClientFact
	if tn.Pkg() != r.pass.Pkg {
		var fact ClientFact
		if r.pass.ImportObjectFact(tn, &fact) {
			cf = &fact
		}
	}
	r.clients[tn] = cf
	return cf
}

// wrapper recognises calls of functions whose summary says they cross the
// network.
func (r *Result) wrapper(s *Site) bool {
	f := r.Func(s.Fn)
	if f == nil || !f.IsWrapper() {
		return false
	}
	api := &rules.API{Func: s.Fn.FullName(), Kind: f.Kind, Idem: f.Idem, Flags: f.Flags}
	sig := s.Fn.Type().(*types.Signature)
	if i := f.CtxParam - 1; i >= 0 && i < sig.Params().Len() {
		api.Params = setRole(api.Params, i, rules.Ctx)
		if IsHTTPRequest(sig.Params().At(i).Type()) {
			api.Params[i] = rules.Request
		}
	}
	if i := f.MethodParam - 1; i >= 0 && i < sig.Params().Len() {
		api.Params = setRole(api.Params, i, rules.Method)
	}
	s.API, s.Source, s.Fact = api, FromWrapper, f
	s.Method = f.Method
	return true
}

func setRole(roles []rules.Role, i int, r rules.Role) []rules.Role {
	for len(roles) <= i {
		roles = append(roles, rules.Other)
	}
	roles[i] = r
	return roles
}

// resolveIdem fills s.Idem and s.Method from annotations, the HTTP method
// or the SQL text.
func (r *Result) resolveIdem(s *Site) {
	s.Idem = s.API.Idem
	defer func() {
		if r.Annotated(s.Fn, AnnotIdempotent) || r.ds.annotAt(s.Call.Pos(), AnnotIdempotent) {
			s.Idem = rules.Idempotent
		}
	}()
	switch s.API.Name() {
	case "http.Get", "http.Client.Get":
		s.Method = "GET"
	case "http.Head", "http.Client.Head":
		s.Method = "HEAD"
	case "http.Post", "http.PostForm", "http.Client.Post", "http.Client.PostForm":
		s.Method = "POST"
	}
	if s.Idem != rules.Dep {
		return
	}
	s.Idem = rules.Unknown
	if e := s.Arg(rules.Method); e != nil {
		if m, ok := r.Flow.StringValue(e); ok {
			s.Method = strings.ToUpper(m)
		}
	} else if e := s.Arg(rules.Request); e != nil {
		if m, _, ok := r.Flow.ReqMethod(e); ok && m != "" {
			s.Method = strings.ToUpper(m)
		}
	} else if e := s.Arg(rules.Query); e != nil {
		if q, ok := r.Flow.StringValue(e); ok {
			s.Idem = rules.SQLIdem(q)
		}
		return
	}
	if s.Method != "" {
		s.Idem = rules.HTTPMethodIdem(s.Method)
	}
}
