package netretry

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// Analyzer checks that network calls are retried only when that is safe,
// with delays, jitter and bounds, inside the caller's deadline.
var Analyzer = &analysis.Analyzer{
	Name:      "netretry",
	Doc:       "check that retries of network calls are safe, delayed, jittered and bounded",
	URL:       "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#netretry",
	Requires:  []*analysis.Analyzer{netcall.Analyzer},
	FactTypes: []analysis.Fact{new(retryFact)},
	Run:       run,
}

// retryFact summarises a function for callers in other packages: it
// retries a network call itself (Attempts, By), or it is a retry helper
// that calls its function parameter until it succeeds (Param).
type retryFact struct {
	// Attempts is the constant number of attempts of its own retry, or 0.
	Attempts int
	// By names its retry construct for messages ("a retry loop").
	By string
	// Param is 1 + the index of the function parameter a retry helper
	// retries, or 0.
	Param int
	// Classified: the helper's retry decision inspects the error.
	Classified bool
	// NotApplied: the helper retries only errors proving that the request
	// was not applied.
	NotApplied bool
	// Retries: the function retries a network call (not only a helper).
	Retries bool
}

func (*retryFact) AFact() {}

func (f *retryFact) String() string {
	s := "retries"
	if f.Param > 0 {
		s = "retryhelper"
	}
	return s
}

type checker struct {
	pass *analysis.Pass
	nc   *netcall.Result
	fl   *netcall.Flow
	info *types.Info

	decls    map[*types.Func]*ast.FuncDecl
	files    map[*ast.FuncDecl]*ast.File
	facts    map[*types.Func]*retryFact // local summaries
	reported map[string]bool            // construct-level findings already reported
	r1Sites  map[*ast.CallExpr]bool     // calls already reported for NL-R1
	paths    map[*ast.CallExpr][]ast.Node
}

func run(pass *analysis.Pass) (any, error) {
	nc := pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	if nc.TestOnly() {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		nc:       nc,
		fl:       nc.Flow,
		info:     pass.TypesInfo,
		decls:    map[*types.Func]*ast.FuncDecl{},
		files:    map[*ast.FuncDecl]*ast.File{},
		facts:    map[*types.Func]*retryFact{},
		reported: map[string]bool{},
		r1Sites:  map[*ast.CallExpr]bool{},
		paths:    map[*ast.CallExpr][]ast.Node{},
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
					c.files[fd] = f
				}
			}
		}
	}
	c.findHelpers()
	if nc.Empty() {
		c.exportFacts()
		return nil, nil
	}
	cs := c.constructs()
	c.summarize(cs)
	c.exportFacts()
	for _, k := range cs {
		c.check(k)
	}
	c.clients()
	return nil, nil
}

// exportFacts exports the local summaries in a deterministic order.
func (c *checker) exportFacts() {
	var fns []*types.Func
	for fn, f := range c.facts {
		// Only exported functions can be called from other packages.
		if fn.Exported() && (f.Retries || f.Param > 0) {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return netcall.PosLess(c.pass.Fset, fns[i].Pos(), fns[j].Pos()) })
	for _, fn := range fns {
		c.pass.ExportObjectFact(fn, c.facts[fn])
	}
}

// fact returns the summary of a function, local or imported, or nil.
func (c *checker) fact(fn *types.Func) *retryFact {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if f, ok := c.facts[fn]; ok {
		return f
	}
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		var f retryFact
		if c.pass.ImportObjectFact(fn, &f) {
			return &f
		}
	}
	return nil
}

// summarize records which local functions retry a network call, to a
// fixpoint: a function whose network call is a function that retries
// retries too.
func (c *checker) summarize(cs []*construct) {
	for _, k := range cs {
		if !k.retries() {
			continue
		}
		if fn := c.funcOf(k.encl); fn != nil {
			f := c.ensureFact(fn)
			f.Retries = true
			if f.By == "" {
				f.By, f.Attempts = k.name, k.attempts()
			}
		}
	}
	for range 4 {
		changed := false
		for _, s := range c.nc.Sites() {
			if s.Decl == nil || s.Lit != nil {
				continue
			}
			inner := c.fact(s.Fn)
			if inner == nil || !inner.Retries {
				continue
			}
			fn, ok := c.info.Defs[s.Decl.Name].(*types.Func)
			if !ok || fn == s.Fn.Origin() {
				continue
			}
			if f := c.ensureFact(fn); !f.Retries {
				f.Retries, f.By, f.Attempts = true, inner.By, inner.Attempts
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

func (c *checker) ensureFact(fn *types.Func) *retryFact {
	f := c.facts[fn]
	if f == nil {
		f = &retryFact{}
		c.facts[fn] = f
	}
	return f
}

// funcOf returns the function declared by a FuncDecl node, or nil.
func (c *checker) funcOf(n ast.Node) *types.Func {
	if fd, ok := n.(*ast.FuncDecl); ok {
		fn, _ := c.info.Defs[fd.Name].(*types.Func)
		return fn
	}
	return nil
}

// once reports whether a construct-level finding keyed by rule and node
// is new, and records it.
func (c *checker) once(id string, n ast.Node) bool {
	key := id + "@" + c.pass.Fset.Position(n.Pos()).String()
	if c.reported[key] {
		return false
	}
	c.reported[key] = true
	return true
}

// within reports whether n lies inside outer.
func within(n, outer ast.Node) bool {
	return n != nil && outer != nil && outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

// calleeName returns the FullName of a call's callee, or "".
func (c *checker) calleeName(call *ast.CallExpr) string {
	if fn := c.fl.Callee(call); fn != nil {
		return c.nc.FuncName(fn.Origin())
	}
	return ""
}

// isPkgFunc reports whether call calls the function path.name.
func (c *checker) isPkgFunc(call *ast.CallExpr, path string, names ...string) bool {
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil || rules.UnversionedPath(fn.Pkg().Path()) != path {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// fileOf returns the file that contains n.
func (c *checker) fileOf(n ast.Node) *ast.File {
	for _, f := range c.pass.Files {
		if within(n, f) {
			return f
		}
	}
	return nil
}
