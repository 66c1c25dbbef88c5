package netcall

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// maxRounds bounds the wrapper fixpoint; summaries only grow, so real code
// settles in two or three rounds.
const maxRounds = 8

// fixpoint computes the wrapper summaries of the package's functions:
// a function that calls a wrapper is itself a wrapper, so summaries are
// recomputed until they stop changing.
func (r *Result) fixpoint(calls []*callRec) {
	byFunc := map[*types.Func][]*callRec{}
	decls := map[*types.Func]*ast.FuncDecl{}
	var order []*types.Func
	for _, c := range calls {
		if c.decl == nil || c.decl.Body == nil {
			continue
		}
		fn, ok := r.pass.TypesInfo.Defs[c.decl.Name].(*types.Func)
		if !ok {
			continue
		}
		if _, seen := decls[fn]; !seen {
			decls[fn] = c.decl
			order = append(order, fn)
		}
		byFunc[fn] = append(byFunc[fn], c)
	}
	// callers maps a local function to the local functions that call it:
	// only they need a new summary when its summary changes.
	callers := map[*types.Func][]*types.Func{}
	for _, fn := range order {
		for _, c := range byFunc[fn] {
			if c.fn.Pkg() == r.pass.Pkg {
				callers[c.fn] = append(callers[c.fn], fn)
			}
		}
	}
	dirty := map[*types.Func]bool{}
	for _, fn := range order {
		dirty[fn] = true
	}
	for range maxRounds {
		changed := false
		for _, fn := range order {
			if !dirty[fn] {
				continue
			}
			dirty[fn] = false
			var sites []*Site
			local := map[*ast.CallExpr]*Site{}
			for _, c := range byFunc[fn] {
				if s := r.classify(c); s != nil {
					sites = append(sites, s)
					local[s.Call] = s
				}
			}
			f := r.summarize(fn, decls[fn], sites, local)
			f.Annot = r.annots[fn]
			old := r.funcs[fn]
			if *f == (FuncFact{}) {
				f = nil
			}
			if !sameFact(old, f) {
				r.funcs[fn] = f
				changed = true
				for _, caller := range callers[fn] {
					dirty[caller] = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

func sameFact(a, b *FuncFact) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// summarize computes the wrapper summary of one function from its sites.
func (r *Result) summarize(fn *types.Func, fd *ast.FuncDecl, sites []*Site, local map[*ast.CallExpr]*Site) *FuncFact {
	f := &FuncFact{}
	sig := fn.Type().(*types.Signature)
	var lead *Site // the site that makes fn a wrapper
	idem := rules.Safe
	methods := map[string]bool{}
	for _, s := range sites {
		if s.Has(rules.Lifecycle) || s.API.Kind == rules.Serve {
			continue
		}
		idem = worseIdem(idem, s.Idem)
		if s.Method != "" {
			methods[s.Method] = true
		}
		if f.CtxParam == 0 {
			client := r.clientParam(s, fd)
			if client >= 0 || r.NeedsDeadline(s) {
				if i := r.paramOf(s.Arg(rules.Ctx), fd); i >= 0 {
					f.CtxParam, f.ClientParam, lead = i+1, client+1, pick(lead, s)
				} else if i := r.paramOf(s.Arg(rules.Request), fd); i >= 0 {
					f.CtxParam, f.ClientParam, lead = i+1, client+1, pick(lead, s)
				}
			}
		}
		if f.MethodParam == 0 {
			if e := s.Arg(rules.Method); e != nil {
				if _, p, ok := r.Flow.methodValue(e); ok && p != nil {
					f.MethodParam = r.Flow.ParamOf(p, fd.Type) + 1
				}
			} else if e := s.Arg(rules.Request); e != nil {
				if _, p, ok := r.Flow.ReqMethod(e); ok && p != nil {
					f.MethodParam = r.Flow.ParamOf(p, fd.Type) + 1
				}
			}
		}
		if s.Source == FromWrapper && s.Fact.MethodParam > 0 && f.MethodParam == 0 {
			if e := s.Arg(rules.Method); e != nil {
				if v := r.Flow.varOf(e); v != nil {
					f.MethodParam = r.Flow.ParamOf(v, fd.Type) + 1
				}
			}
		}
	}
	if lead == nil && !hasCallerContext(sig) {
		for _, s := range sites {
			if r.delegates(s, fd) {
				r.delegations[s.Call] = true
				f.Flags |= rules.NoCtx
				lead = s
				break
			}
		}
	}
	errRes, respRes := r.propagated(sig, fd, local)
	if errRes != nil {
		f.ErrResult, lead = errRes.index+1, pick(lead, errRes.site)
	}
	if respRes != nil {
		f.Flags |= rules.Response
		lead = pick(lead, respRes.site)
	}
	if lead == nil {
		return &FuncFact{}
	}
	f.Kind = lead.API.Kind
	f.API = lead.Name()
	if lead.Source == FromWrapper && !f.Flags.Has(rules.NoCtx) {
		f.API = lead.Fact.API
	}
	if f.MethodParam > 0 {
		idem = rules.Dep
	}
	f.Idem = idem
	if len(methods) == 1 {
		for m := range methods {
			f.Method = m
		}
	}
	later := len(sites) > 0
	for _, s := range sites {
		f.Flags |= s.API.Flags & (rules.Retries | rules.Stream)
		later = later && s.Has(rules.LaterErr)
	}
	if later {
		// Every call the wrapper makes defers its errors to the value
		// it returns (pgx's Query to Rows.Err): so does the wrapper.
		f.Flags |= rules.LaterErr
	}
	return f
}

// delegates reports whether s is the classic delegation of a function
// without a context to its context-taking variant: Get(k) calling
// GetContext(context.Background(), k). Such a function is, for its
// callers, a call that takes no context; the delegation itself is not a
// finding.
func (r *Result) delegates(s *Site, fd *ast.FuncDecl) bool {
	name := fd.Name.Name
	switch s.Fn.Name() {
	case name + "Context", name + "WithContext", name + "Ctx", name + "Tx": // Begin → BeginTx
	default:
		return false
	}
	ctx := s.Arg(rules.Ctx)
	if ctx == nil || !r.NeedsDeadline(s) {
		return false
	}
	call, ok := ast.Unparen(ctx).(*ast.CallExpr)
	if !ok {
		return false
	}
	ci := r.Flow.Ctx(call)
	return ci.Origin == NoDeadline && ci.Root == RootBackground
}

// Delegates reports whether a call is the delegation of a function without
// a context to its context-taking variant (see FuncFact: the function is
// reported at its callers instead).
func (r *Result) Delegates(call *ast.CallExpr) bool { return r.delegations[call] }

// hasCallerContext reports whether a signature takes a context.Context or
// an *http.Request.
func hasCallerContext(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		if t := sig.Params().At(i).Type(); IsContext(t) || IsHTTPRequest(t) {
			return true
		}
	}
	return false
}

func pick(lead, s *Site) *Site {
	if lead != nil {
		return lead
	}
	return s
}

// idemRank orders idempotency classes from safest to least safe.
var idemRank = map[rules.Idem]int{rules.Safe: 0, rules.Idempotent: 1, rules.Cond: 2, rules.Token: 3, rules.Dep: 4, rules.Unknown: 5, rules.NonIdem: 6}

func worseIdem(a, b rules.Idem) rules.Idem {
	if idemRank[b] > idemRank[a] {
		return b
	}
	return a
}

// clientParam returns the index of fd's parameter that is the *http.Client
// of an HTTP site (directly, or through a wrapper's client parameter), or -1.
func (r *Result) clientParam(s *Site, fd *ast.FuncDecl) int {
	var e ast.Expr
	switch {
	case s.Source == FromCatalog && s.API.Kind == rules.HTTP && !s.Has(rules.DefaultClient):
		e = s.Recv()
	case s.Source == FromWrapper && s.Fact.ClientParam > 0:
		e = s.argAt(s.Fact.ClientParam - 1)
	}
	if v := r.Flow.varOf(e); v != nil {
		return r.Flow.ParamOf(v, fd.Type)
	}
	return -1
}

// paramOf returns the index of fd's parameter that e (a context or a
// request) comes from, or -1.
func (r *Result) paramOf(e ast.Expr, fd *ast.FuncDecl) int {
	if e == nil {
		return -1
	}
	ci := r.Flow.Ctx(e)
	if ci.Origin != FromParam || ci.Param == nil {
		return -1
	}
	return r.Flow.ParamOf(ci.Param, fd.Type)
}

// NeedsDeadline reports whether a site waits on a peer with no bound of its
// own, so that its context must carry a deadline.
func (r *Result) NeedsDeadline(s *Site) bool {
	if s.Has(rules.Stream) || s.Has(rules.Lifecycle) || s.Has(rules.DefaultBound) || s.API.Kind == rules.Serve {
		return false
	}
	if s.Source == FromWrapper {
		if s.Fact.ClientParam > 0 {
			return s.Fact.CtxParam > 0 && r.HTTPClient(s.argAt(s.Fact.ClientParam-1)).Bound == Unbounded
		}
		return s.Fact.CtxParam > 0
	}
	if s.API.Kind == rules.HTTP && !s.Has(rules.DefaultClient) {
		if recv := s.Recv(); recv != nil {
			return r.HTTPClient(recv).Bound == Unbounded
		}
	}
	return true
}

// HTTPClient traces an *http.Client expression to its construction.
func (r *Result) HTTPClient(e ast.Expr) BoundInfo {
	return r.Flow.StructBound(e, r.HTTPClientBounded)
}

// HTTPClientBounded reports whether the fields of an http.Client literal
// (plus later assignments) bound its calls: a non-zero Timeout, or an
// *http.Transport with a ResponseHeaderTimeout. A transport of any other
// type (a custom RoundTripper) is not judged and counts as bounded.
func (r *Result) HTTPClientBounded(fields map[string]ast.Expr) bool {
	if r.Flow.SetNonZero(fields, "Timeout") {
		return true
	}
	t, ok := fields["Transport"]
	if !ok || r.Flow.IsZero(t) {
		return false
	}
	if sel, ok := ast.Unparen(t).(*ast.SelectorExpr); ok && sel.Sel.Name == "DefaultTransport" {
		return false
	}
	if !isHTTPTransport(r.pass.TypesInfo.TypeOf(t)) {
		return true
	}
	return r.Flow.StructBound(t, func(tf map[string]ast.Expr) bool {
		return r.Flow.SetNonZero(tf, "ResponseHeaderTimeout")
	}).Bound != Unbounded
}

func isHTTPTransport(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Transport"
}

// propagation is a result position that carries a site's error or reply.
type propagation struct {
	index int
	site  *Site
}

// propagated finds the error result and the *http.Response result through
// which fd hands a network call's outcome to its callers.
func (r *Result) propagated(sig *types.Signature, fd *ast.FuncDecl, local map[*ast.CallExpr]*Site) (errRes, respRes *propagation) {
	res := sig.Results()
	if res.Len() == 0 || len(local) == 0 {
		return nil, nil
	}
	errIdx, respIdx := -1, -1
	for i := 0; i < res.Len(); i++ {
		switch t := res.At(i).Type(); {
		case isError(t):
			errIdx = i
		case isHTTPResponse(t):
			respIdx = i
		}
	}
	if errIdx < 0 && respIdx < 0 {
		return nil, nil
	}
	vars := r.resultVars(fd, local)
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 && res.Len() > 1 {
				if s := r.siteInChain(n.Results[0], local); s != nil {
					if errIdx >= 0 && errRes == nil {
						errRes = &propagation{errIdx, s}
					}
					if respIdx >= 0 && respRes == nil && s.Has(rules.Response) {
						respRes = &propagation{respIdx, s}
					}
				}
				return false
			}
			for i, e := range n.Results {
				if i == errIdx && errRes == nil {
					if s := r.mentions(e, vars, local); s != nil {
						errRes = &propagation{i, s}
					}
				}
				if i == respIdx && respRes == nil {
					if s := r.mentions(e, vars, local); s != nil && s.Has(rules.Response) {
						respRes = &propagation{i, s}
					}
				}
			}
		}
		return true
	})
	return errRes, respRes
}

// resultVars maps the variables assigned from a site's results (directly or
// through a method of the returned value, as in rdb.Get(ctx, k).Err()) to
// that site.
func (r *Result) resultVars(fd *ast.FuncDecl, local map[*ast.CallExpr]*Site) map[*types.Var]*Site {
	vars := map[*types.Var]*Site{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, rhs := range as.Rhs {
			s := r.siteInChain(rhs, local)
			if s == nil {
				continue
			}
			lhs := as.Lhs
			if len(as.Lhs) == len(as.Rhs) {
				lhs = as.Lhs[i : i+1]
			}
			for _, l := range lhs {
				if v := r.Flow.varOf(l); v != nil {
					vars[v] = s
				}
			}
		}
		return true
	})
	return vars
}

// siteInChain returns the site of e, of a call on e's receiver chain
// (site(...).Err()), or of a variable holding a site's value (row.Scan).
func (r *Result) siteInChain(e ast.Expr, local map[*ast.CallExpr]*Site) *Site {
	for depth := 0; depth < 8 && e != nil; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if s := local[x]; s != nil {
				return s
			}
			e = nil
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				e = sel.X
			}
		case *ast.Ident:
			v := r.Flow.varOf(x)
			if v == nil {
				return nil
			}
			exprs, idx, known := r.Flow.Defs(v)
			if !known || len(exprs) != 1 || idx[0] > 0 {
				return nil
			}
			e = exprs[0]
		default:
			return nil
		}
	}
	return nil
}

// mentions returns the site whose value e uses, if any.
func (r *Result) mentions(e ast.Expr, vars map[*types.Var]*Site, local map[*ast.CallExpr]*Site) *Site {
	var found *Site
	ast.Inspect(e, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if v := r.Flow.varOf(n); v != nil {
				found = vars[v]
			}
		case *ast.CallExpr:
			if s := local[n]; s != nil {
				found = s
			}
		}
		return true
	})
	return found
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isHTTPResponse(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Response"
}
