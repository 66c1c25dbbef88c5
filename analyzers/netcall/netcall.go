package netcall

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/rules"
)

// Analyzer finds the package's network call sites and exports facts about
// wrappers and annotated clients. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "netcall",
	Doc:        "find network call sites for the netlint analyzers (reports nothing)",
	URL:        "https://github.com/netlint/netlint/blob/main/docs/rules/README.md",
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(FuncFact), new(ClientFact)},
	Run:        run,
}

func init() { registerFlags(&Analyzer.Flags) }

// Result is the network call-site model of one package.
type Result struct {
	Config *Config
	// Flow indexes the package's assignments for value tracing.
	Flow *Flow

	pass     *analysis.Pass
	mu       sync.Mutex // guards funcs: family analyzers query it in parallel
	sites    []*Site
	byCall   map[*ast.CallExpr]*Site
	ds       *directives
	funcs    map[*types.Func]*FuncFact // summaries of local functions and imported facts seen
	annots   map[types.Object]Annot    // annotations on local declarations
	clients  map[*types.TypeName]*ClientFact
	generate map[*ast.File]bool // generated files
	tests    map[*ast.File]bool // _test.go files
	// delegations are calls like GetContext(context.Background(), k) in
	// Get(k); see delegates.
	delegations map[*ast.CallExpr]bool
	// skipped is set for standard-library packages, which are not modelled.
	skipped bool
	// matched caches catalog look-ups by callee (FullName is costly).
	matched map[*types.Func]*rules.API
	// scratch holds the candidate site classify examines.
	scratch Site
	// names caches FuncName; guarded by namesMu.
	namesMu sync.Mutex
	names   map[*types.Func]string
}

// FuncName returns fn.FullName(), computed once per function and package:
// the family analyzers look up most callees by name, and FullName builds
// a new string on each call.
func (r *Result) FuncName(fn *types.Func) string {
	r.namesMu.Lock()
	defer r.namesMu.Unlock()
	name, ok := r.names[fn]
	if !ok {
		if r.names == nil {
			r.names = make(map[*types.Func]string)
		}
		name = fn.FullName()
		r.names[fn] = name
	}
	return name
}

// Sites returns the package's network call sites in source order.
func (r *Result) Sites() []*Site { return r.sites }

// Skipped reports whether netcall did not model the package (a standard
// library package; the catalog covers it): family analyzers skip it too.
func (r *Result) Skipped() bool { return r.skipped }

// TestOnly reports whether every file of the package is test or example
// code (see InGeneratedOrTest): nothing in it is reported, and only test
// code imports it, so the family analyzers skip it.
func (r *Result) TestOnly() bool {
	if len(r.tests) == 0 {
		return false
	}
	for _, t := range r.tests {
		if !t {
			return false
		}
	}
	return true
}

// Empty reports whether the package makes no network calls at all.
func (r *Result) Empty() bool { return len(r.sites) == 0 }

// SiteOf returns the site of a call, or nil if the call does not cross
// the network.
func (r *Result) SiteOf(call *ast.CallExpr) *Site { return r.byCall[call] }

// Func returns the summary of a function: its wrapper fact and
// annotations, or nil when it has neither.
func (r *Result) Func(fn *types.Func) *FuncFact {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	r.mu.Lock()
	defer r.mu.Unlock()
	if f, ok := r.funcs[fn]; ok {
		return f
	}
	var f *FuncFact
	if fn.Pkg() != nil && fn.Pkg() != r.pass.Pkg {
		var fact FuncFact
		if r.pass.ImportObjectFact(fn, &fact) {
			f = &fact
		}
	}
	r.funcs[fn] = f
	return f
}

// Annotated reports whether a function carries annotation a, in this
// package or (through facts) in another.
func (r *Result) Annotated(fn *types.Func, a Annot) bool {
	if fn == nil {
		return false
	}
	if r.annots[fn.Origin()]&a != 0 {
		return true
	}
	f := r.Func(fn)
	return f != nil && f.Annot&a != 0
}

// AnnotatedAt reports whether annotation a is on pos's line or the comment
// directly above it.
func (r *Result) AnnotatedAt(pos token.Pos, a Annot) bool { return r.ds.annotAt(pos, a) }

// Problems returns the package's malformed netlint directives.
func (r *Result) Problems() []Problem { return r.ds.problems }

func run(pass *analysis.Pass) (any, error) {
	cfg, err := parseConfig()
	if err != nil {
		return nil, err
	}
	r := &Result{
		Config:   cfg,
		Flow:     newFlow(pass.TypesInfo),
		pass:     pass,
		byCall:   map[*ast.CallExpr]*Site{},
		ds:       collectDirectives(pass.Fset, pass.Files),
		funcs:    map[*types.Func]*FuncFact{},
		annots:   map[types.Object]Annot{},
		clients:  map[*types.TypeName]*ClientFact{},
		generate: map[*ast.File]bool{},
		tests:    map[*ast.File]bool{},

		delegations: map[*ast.CallExpr]bool{},
		matched:     map[*types.Func]*rules.API{},
	}
	if !cfg.Stdlib && isStdlib(pass) {
		// The catalog covers the standard library; computing wrappers of
		// its internals would only cost time.
		r.skipped = true
		return r, nil
	}
	doubles := isDoublePath(pass.Pkg.Path()) || testSupport(pass) || exampleCode(pass.Pkg.Path())
	for _, f := range pass.Files {
		r.generate[f] = ast.IsGenerated(f) && !cgoOutput(f)
		name := pass.Fset.File(f.Pos()).Name()
		r.tests[f] = strings.HasSuffix(name, "_test.go") || doubles || isDoubleFile(name)
	}
	r.collectAnnotations()
	calls := r.collectCalls()
	r.fixpoint(calls)
	for _, c := range calls {
		if s := r.classify(c); s != nil {
			r.sites = append(r.sites, s)
			r.byCall[s.Call] = s
		}
	}
	r.exportFacts()
	return r, nil
}

// exportFacts exports the summaries of local functions and the client
// annotations of local types, in a deterministic order.
func (r *Result) exportFacts() {
	var fns []*types.Func
	for fn, f := range r.funcs {
		if f != nil && fn.Pkg() == r.pass.Pkg {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return PosLess(r.pass.Fset, fns[i].Pos(), fns[j].Pos()) })
	for _, fn := range fns {
		r.pass.ExportObjectFact(fn, r.funcs[fn])
	}
	var tns []*types.TypeName
	for tn, cf := range r.clients {
		if cf != nil && tn.Pkg() == r.pass.Pkg {
			tns = append(tns, tn)
		}
	}
	sort.Slice(tns, func(i, j int) bool { return PosLess(r.pass.Fset, tns[i].Pos(), tns[j].Pos()) })
	for _, tn := range tns {
		r.pass.ExportObjectFact(tn, r.clients[tn])
	}
}

// collectAnnotations records //netlint: annotations on the package's
// functions, methods and types.
func (r *Result) collectAnnotations() {
	info := r.pass.TypesInfo
	for _, f := range r.pass.Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if a := annotOf(d.Doc); a != 0 {
					if fn, ok := info.Defs[d.Name].(*types.Func); ok {
						r.annots[fn] = a
						r.funcs[fn] = &FuncFact{Annot: a}
					}
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok {
						continue
					}
					doc := ts.Doc
					if doc == nil && len(d.Specs) == 1 {
						doc = d.Doc
					}
					tn, ok := info.Defs[ts.Name].(*types.TypeName)
					if !ok || annotOf(doc)&AnnotClient == 0 {
						continue
					}
					r.clients[tn] = &ClientFact{Idempotent: interfaceIdempotent(ts)}
				}
			}
		}
	}
	// Methods of annotated concrete types marked //netlint:idempotent.
	for fn, a := range r.annots {
		fn, ok := fn.(*types.Func)
		if !ok || a&AnnotIdempotent == 0 {
			continue
		}
		if tn := recvTypeName(fn); tn != nil && r.clients[tn] != nil {
			r.clients[tn].Idempotent = appendSorted(r.clients[tn].Idempotent, fn.Name())
		}
	}
}

func interfaceIdempotent(ts *ast.TypeSpec) []string {
	it, ok := ts.Type.(*ast.InterfaceType)
	if !ok {
		return nil
	}
	var names []string
	for _, m := range it.Methods.List {
		if annotOf(m.Doc)&AnnotIdempotent != 0 || annotOf(m.Comment)&AnnotIdempotent != 0 {
			for _, n := range m.Names {
				names = appendSorted(names, n.Name)
			}
		}
	}
	return names
}

func appendSorted(s []string, x string) []string {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	s = append(s, x)
	sort.Strings(s)
	return s
}

// recvTypeName returns the named type a method is declared on, or nil.
func recvTypeName(fn *types.Func) *types.TypeName {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}

// cgoOutput reports whether f is cmd/cgo's rewrite of a user's file: it
// says "Code generated by cmd/cgo", but its positions map back to the
// user's source, which is not generated.
func cgoOutput(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		if strings.Contains(cg.Text(), "Code generated by cmd/cgo") {
			return true
		}
	}
	return false
}

// isStdlib reports whether the package is part of the standard library,
// judged by where its files are.
func isStdlib(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || goroot == "" {
		return false
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return strings.HasPrefix(name, goroot) && !strings.Contains(pass.Pkg.Path(), ".")
}

var goroot = func() string {
	if r := build.Default.GOROOT; r != "" {
		return filepath.Join(r, "src") + string(filepath.Separator)
	}
	return ""
}()
