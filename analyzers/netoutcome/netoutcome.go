package netoutcome

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// Analyzer checks the handling of network call errors (family O).
var Analyzer = &analysis.Analyzer{
	Name:      "netoutcome",
	Doc:       "check that network errors are classified before the code decides what they mean",
	URL:       "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#netoutcome",
	Requires:  []*analysis.Analyzer{netcall.Analyzer},
	FactTypes: []analysis.Fact{new(classifierFact)},
	Run:       run,
}

// classifierFact marks a function that takes an error and inspects it with
// classifier shapes (rules.md §8); Classes are the outcome classes it can
// tell apart. Callers that pass a network error to it have classified it.
type classifierFact struct{ Classes rules.Class }

// AFact marks classifierFact as an analysis fact.
func (*classifierFact) AFact() {}

func (f *classifierFact) String() string { return "classifier(" + f.Classes.String() + ")" }

type checker struct {
	pass    *analysis.Pass
	nc      *netcall.Result
	info    *types.Info
	local   map[*types.Func]rules.Class // inferred classifiers of this package
	facts   map[*types.Func]rules.Class // imported classifier facts, cached
	parents map[ast.Node]*parents
}

func run(pass *analysis.Pass) (any, error) {
	nc := pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	if nc.TestOnly() {
		return nil, nil
	}
	c := &checker{
		pass:    pass,
		nc:      nc,
		info:    pass.TypesInfo,
		local:   map[*types.Func]rules.Class{},
		facts:   map[*types.Func]rules.Class{},
		parents: map[ast.Node]*parents{},
	}
	if isStdlib(pass) {
		// The registry covers the standard library's classifiers, and
		// netcall models no sites there.
		return nil, nil
	}
	c.inferClassifiers()
	for _, s := range nc.Sites() {
		if nc.InGeneratedOrTest(s.Call.Pos()) || s.API.Kind == rules.Serve {
			continue
		}
		c.site(s)
	}
	return nil, nil
}

// site checks the handling of one network call's error.
func (c *checker) site(s *netcall.Site) {
	var root ast.Node
	switch {
	case s.Decl != nil:
		root = s.Decl
	case s.Lit != nil:
		root = s.Lit // a function literal at package level
	default:
		return
	}
	p := c.parentsOf(root)
	for _, ec := range c.errCalls(s, p) {
		u := c.receiver(s, ec, p)
		if u == nil {
			continue
		}
		c.overwritten(u, p)
		h := c.handlingOf(u, p)
		c.evidence(u, h)
		c.decide(u, h, p)
	}
}

// parentsOf returns the parent index of the nodes under root, shared by
// the sites of one function.
func (c *checker) parentsOf(root ast.Node) *parents {
	if p, ok := c.parents[root]; ok {
		return p
	}
	p := &parents{root: root, file: c.fileOf(root.Pos()), m: map[ast.Node]ast.Node{}}
	c.parents[root] = p
	return p
}

// fileOf returns the file that contains pos, or nil.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// isStdlib reports whether the package is part of the standard library.
func isStdlib(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || goroot == "" || strings.Contains(pass.Pkg.Path(), ".") {
		return false
	}
	return strings.HasPrefix(pass.Fset.File(pass.Files[0].Pos()).Name(), goroot)
}

// isStdPath reports whether an import path belongs to the standard
// library: its first element is a directory of $GOROOT/src.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") && stdDirs()[first]
}

var stdDirs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	entries, _ := os.ReadDir(goroot)
	for _, e := range entries {
		if e.IsDir() && e.Name() != "cmd" {
			m[e.Name()] = true
		}
	}
	return m
})

var goroot = func() string {
	if r := build.Default.GOROOT; r != "" {
		return filepath.Join(r, "src") + string(filepath.Separator)
	}
	return ""
}()

// describe names a site's callee as the code spells it: through the
// receiver's type when the method is promoted from another type of the
// same package (redis.Client.Set, not redis.cmdable.Set), with what a
// wrapper wraps.
func (c *checker) describe(s *netcall.Site) string {
	sig, _ := s.Fn.Type().(*types.Signature)
	recv := s.Recv()
	if s.Source == netcall.FromWrapper || sig == nil || sig.Recv() == nil || recv == nil {
		return s.Describe()
	}
	tn, rn := namedOf(sig.Recv().Type()), namedOf(c.info.TypeOf(recv))
	if tn == nil || rn == nil || rn == tn || !rn.Exported() || rn.Pkg() != tn.Pkg() {
		return s.Describe()
	}
	return rn.Pkg().Name() + "." + rn.Name() + "." + s.Fn.Name()
}

// namedOf returns the type name of t or of what t points to, or nil.
func namedOf(t types.Type) *types.TypeName {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj()
	}
	return nil
}
