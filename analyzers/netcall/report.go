package netcall

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/rules"
)

// Reportf reports a finding of rule id (for example "NL-T1") at node,
// unless it is suppressed: in a generated or _test.go file, switched off
// by configuration (or an opt-in rule not switched on), or silenced by a
// //netlint:ignore directive on the line, on the comment above it, or in
// the doc comment of the enclosing function, that names the rule or the
// reporting analyzer. Every family analyzer reports through it.
func (r *Result) Reportf(pass *analysis.Pass, node ast.Node, id, format string, args ...any) {
	r.Report(pass, analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Category: id, Message: fmt.Sprintf(format, args...)})
}

// Report is like Reportf for a prepared diagnostic; d.Category must be the
// rule ID.
func (r *Result) Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if r.Suppressed(pass.Analyzer.Name, d.Category, d.Pos) {
		return
	}
	if d.URL == "" {
		d.URL = rules.DocURL(d.Category)
	}
	pass.Report(d)
}

// Suppressed reports whether a finding of rule id by analyzer at pos is
// not to be reported.
func (r *Result) Suppressed(analyzer, id string, pos token.Pos) bool {
	if rule := rules.RuleByID(id); rule != nil && rule.OptIn && !r.Config.Enabled[id] {
		return true
	}
	if r.Config.Disabled[id] {
		return true
	}
	if r.InGeneratedOrTest(pos) {
		return true
	}
	f := r.fileOf(pos)
	match := func(ds []Directive) bool {
		for _, d := range ds {
			if d.Verb != "ignore" {
				continue
			}
			for _, target := range d.Rules {
				if target == id || target == analyzer || target == "netlint" {
					return true
				}
			}
		}
		return false
	}
	if match(r.ds.near(pos)) {
		return true
	}
	if fd := enclosingDecl(f, pos); fd != nil && fd.Doc != nil {
		var ds []Directive
		for _, c := range fd.Doc.List {
			if d, problem, ok := parseDirective(c); ok && problem == "" {
				ds = append(ds, d)
			}
		}
		return match(ds)
	}
	return false
}

// InGeneratedOrTest reports whether pos is in generated code or test code
// (rules.md §2): a generated or _test.go file, a test double (mock*.go,
// fake*.go, *_mock.go; packages named mock, mocks, fake, fakes, testutil,
// testing), or a function that takes a *testing.T, *testing.B, *testing.F
// or testing.TB, or is an Example.
func (r *Result) InGeneratedOrTest(pos token.Pos) bool {
	f := r.fileOf(pos)
	if f == nil || r.generate[f] || r.tests[f] {
		return true
	}
	fd := enclosingDecl(f, pos)
	return fd != nil && r.testHelper(fd)
}

// testHelper reports whether fd is test code outside a _test.go file.
func (r *Result) testHelper(fd *ast.FuncDecl) bool {
	if strings.HasPrefix(fd.Name.Name, "Example") {
		return true
	}
	for _, field := range fd.Type.Params.List {
		t := r.pass.TypesInfo.TypeOf(field.Type)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "testing" {
			return true
		}
	}
	return false
}

// isDoublePath reports whether a package path names test doubles.
func isDoublePath(path string) bool {
	for _, suffix := range []string{"/mock", "/mocks", "/fake", "/fakes", "/testutil", "/testing"} {
		if strings.HasSuffix(path, suffix) {
			return true
		}
	}
	return false
}

// testSupport reports whether a package is test support code by Go's
// conventions: an end-to-end suite (a path ending in /e2e), or a package
// whose non-test files import testing or net/http/httptest and that is
// named like one (httptest, slacktest, mtest: a name ending in "test") or
// lives under an integration directory. Importing testing alone does not
// make a package test support: production code calls testing.Testing and
// exports helpers that take a testing.TB (those functions are test code
// on their own).
func testSupport(pass *analysis.Pass) bool {
	path := pass.Pkg.Path()
	if strings.HasSuffix(path, "/e2e") {
		return true
	}
	name := pass.Pkg.Name()
	if !(len(name) > len("test") && strings.HasSuffix(name, "test") || strings.Contains(path+"/", "/integration/")) {
		return false
	}
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		if Imports(f, "testing", "net/http/httptest") {
			return true
		}
	}
	return false
}

// exampleCode reports whether a package is example or test-data code (a
// path element example, testdata, or one ending in examples, such as
// _examples or docexamples): programs that document an API and leave out
// timeouts and error handling for brevity.
func exampleCode(path string) bool {
	for _, e := range strings.Split(path, "/") {
		if e == "example" || e == "testdata" || strings.HasSuffix(e, "examples") {
			return true
		}
	}
	return false
}

// isDoubleFile reports whether a file holds test doubles by its name:
// mock_server.go, fake.go, client_mock.go.
func isDoubleFile(name string) bool {
	base := strings.TrimSuffix(filepath.Base(name), ".go")
	return strings.HasPrefix(base, "mock") || strings.HasPrefix(base, "fake") ||
		strings.HasSuffix(base, "_mock") || strings.HasSuffix(base, "_fake")
}

func (r *Result) fileOf(pos token.Pos) *ast.File {
	files := r.pass.Files
	i := sort.Search(len(files), func(i int) bool { return files[i].FileEnd >= pos })
	if i < len(files) && files[i].FileStart <= pos {
		return files[i]
	}
	for _, f := range files { // files are not always sorted by position
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// enclosingDecl returns the function declaration that contains pos.
// Declarations are in source order, so a binary search finds it.
func enclosingDecl(f *ast.File, pos token.Pos) *ast.FuncDecl {
	i := sort.Search(len(f.Decls), func(i int) bool { return f.Decls[i].End() > pos })
	if i < len(f.Decls) {
		if fd, ok := f.Decls[i].(*ast.FuncDecl); ok && fd.Pos() <= pos {
			return fd
		}
	}
	return nil
}
