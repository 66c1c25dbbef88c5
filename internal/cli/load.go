package cli

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Load modes of the two phases.
const (
	graphMode  = packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedModule
	sourceMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
		packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
		packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule
)

// loaded is the outcome of loading.
type loaded struct {
	// roots are the requested packages, ready for checker.Analyze:
	// shallow copies whose Imports lead only to packages loaded from
	// source (see prune).
	roots []*packages.Package
	// requested are the requested packages as go/packages returned them,
	// with their complete import graph.
	requested []*packages.Package
}

// load loads the packages named by o.patterns in two phases.
//
// Phase 1 loads only the import graph (names, imports, modules), which is
// cheap. Phase 2 loads, as roots and therefore from source, the requested
// packages plus every dependency that belongs to a main module (with
// -deps=all: every dependency outside the standard library). The other
// dependencies come from export data, so their syntax is never parsed.
// Facts of fact-using analyzers thus flow through the packages loaded
// from source, and only through them.
func load(base packages.Config, o *options) (*loaded, error) {
	cfg := &base
	cfg.Mode, cfg.Tests = graphMode, o.test
	graph, err := packages.Load(cfg, o.patterns...)
	if err != nil {
		return nil, err
	}
	if len(graph) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(o.patterns, " "))
	}
	requested := make(map[string]bool) // by ID
	requestedPath := make(map[string]bool)
	for _, p := range graph {
		requested[p.ID] = true
		requestedPath[p.PkgPath] = true
	}

	patterns := o.patterns
	if !hasFileArgs(o.patterns) {
		extra := make(map[string]bool)
		packages.Visit(graph, nil, func(p *packages.Package) {
			m := p.Module
			if m == nil || requestedPath[p.PkgPath] || p.ForTest != "" || strings.HasSuffix(p.ID, ".test") {
				return // standard library, requested, or a test variant
			}
			if m.Main || o.deps == "all" {
				extra[p.PkgPath] = true
			}
		})
		patterns = append(patterns[:len(patterns):len(patterns)], sortedKeys(extra)...)
	}

	cfg.Mode = sourceMode
	source, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	res := new(loaded)
	copies := prune(source)
	for _, p := range source {
		if requested[p.ID] {
			res.requested = append(res.requested, p)
			res.roots = append(res.roots, copies[p])
		}
	}
	slices.SortFunc(res.roots, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	return res, nil
}

// prune returns shallow copies of the source-loaded packages whose Imports
// hold only (copies of) source-loaded packages: each import loaded from
// export data is replaced by the nearest source-loaded packages below it.
//
// checker.Analyze runs fact-using analyzers on every package reachable
// through Imports and needs syntax and type information there; packages
// from export data have neither. The packages go/packages returned are
// not modified: their Types, Syntax and TypesInfo are shared, read-only,
// by the copies.
func prune(source []*packages.Package) map[*packages.Package]*packages.Package {
	copies := make(map[*packages.Package]*packages.Package, len(source))
	for _, p := range source {
		c := *p
		copies[p] = &c
	}
	below := make(map[*packages.Package][]*packages.Package) // for export-data packages
	var nearest func(p *packages.Package) []*packages.Package
	nearest = func(p *packages.Package) []*packages.Package {
		if r, ok := below[p]; ok {
			return r
		}
		below[p] = nil // the graph is acyclic; this only guards against surprises
		seen := make(map[*packages.Package]bool)
		var r []*packages.Package
		for _, path := range sortedKeys(p.Imports) {
			imp := p.Imports[path]
			found := []*packages.Package{imp}
			if copies[imp] == nil {
				found = nearest(imp)
			}
			for _, f := range found {
				if !seen[f] {
					seen[f] = true
					r = append(r, f)
				}
			}
		}
		below[p] = r
		return r
	}
	for _, p := range source {
		imports := make(map[string]*packages.Package)
		included := make(map[*packages.Package]bool)
		add := func(key string, imp *packages.Package) {
			if c := copies[imp]; c != nil && !included[imp] {
				included[imp] = true
				for imports[key] != nil {
					key += "'" // an indirect import whose ID equals a direct import path
				}
				imports[key] = c
			}
		}
		paths := sortedKeys(p.Imports)
		for _, path := range paths {
			add(path, p.Imports[path])
		}
		for _, path := range paths {
			if imp := p.Imports[path]; copies[imp] == nil {
				for _, f := range nearest(imp) {
					add(f.ID, f)
				}
			}
		}
		copies[p].Imports = imports
	}
	return copies
}

// printErrors prints the load, parse and type errors of the requested
// packages and their dependencies, once each, and reports whether there
// were any. Each package's errors are introduced by its import path.
func (res *loaded) printErrors(w io.Writer, dir string) bool {
	seen := make(map[string]bool)
	any := false
	packages.Visit(res.requested, nil, func(p *packages.Package) {
		var lines []string
		kind := packages.TypeError
		fromSource := false
		for _, e := range p.Errors {
			fromSource = fromSource || e.Kind == packages.TypeError || e.Kind == packages.ParseError
		}
		for _, e := range p.Errors {
			if fromSource && e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				continue // compiler output for export data, repeating the errors found from source
			}
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = relPos(dir, e.Pos) + ": " + msg
			}
			if seen[msg] {
				continue
			}
			seen[msg] = true
			if e.Kind != packages.TypeError {
				kind = packages.UnknownError
			}
			lines = append(lines, msg)
		}
		if len(lines) == 0 {
			return
		}
		any = true
		what := "errors"
		if kind == packages.TypeError {
			what = "type errors"
		}
		fmt.Fprintf(w, "netlint: package %s: %s:\n", p.PkgPath, what)
		for _, l := range lines {
			fmt.Fprintf(w, "\t%s\n", l)
		}
	})
	return any
}

// relPos rewrites a "file:line:col" position so that the file is
// relative to dir when it lies below it.
func relPos(dir, pos string) string {
	file, rest, _ := strings.Cut(pos, ":")
	if i := strings.Index(pos, ".go:"); i >= 0 {
		file, rest = pos[:i+3], pos[i+4:]
	}
	if rest == "" {
		return relPath(dir, file)
	}
	return relPath(dir, file) + ":" + rest
}

// hasFileArgs reports whether patterns name .go files, which go list
// does not accept together with package paths.
func hasFileArgs(patterns []string) bool {
	for _, p := range patterns {
		if strings.HasSuffix(p, ".go") {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
