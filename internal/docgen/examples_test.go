package docgen_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/netlint/netlint/analyzers"
	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/internal/netlinttest"
	"github.com/netlint/netlint/rules"
)

// TestExamples type-checks the Bad and Good examples of rules.Docs and runs
// the whole suite on them, with the opt-in rules switched on. A Bad example
// must be reported for its rule exactly on the lines marked // <ID>; a Good
// example must have no finding at all, except of opt-in rules other than
// its own.
func TestExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every example with go/packages")
	}
	gopath := t.TempDir()
	var patterns, optIn []string
	for _, r := range rules.Rules {
		if r.OptIn {
			optIn = append(optIn, r.ID)
		}
		for kind, src := range map[string]string{"bad": rules.Docs[r.ID].Bad, "good": rules.Docs[r.ID].Good} {
			if src == "" {
				continue
			}
			pkg := examplePkg(r.ID, kind)
			dir := filepath.Join(gopath, "src", pkg)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			text := "package example\n\n" + src + "\n"
			if err := os.WriteFile(filepath.Join(dir, "example.go"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			patterns = append(patterns, pkg)
		}
	}
	setFlag(t, netcall.EnableFlag, strings.Join(optIn, ","))
	found := analyze(t, gopath, patterns)

	for _, r := range rules.Rules {
		doc := rules.Docs[r.ID]
		if doc.Bad != "" {
			want := markedLines(doc.Bad, r.ID)
			got := found[examplePkg(r.ID, "bad")][r.ID]
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: Bad is reported on lines %v, want the marked lines %v (all findings: %v)",
					r.ID, got, want, found[examplePkg(r.ID, "bad")])
			}
		}
		if doc.Good != "" {
			for id, lines := range found[examplePkg(r.ID, "good")] {
				if rule := rules.RuleByID(id); id == r.ID || rule == nil || !rule.OptIn {
					t.Errorf("%s: Good is reported for %s on lines %v", r.ID, id, lines)
				}
			}
		}
	}
}

func examplePkg(id, kind string) string {
	return "docexample/" + strings.ToLower(strings.ReplaceAll(id, "-", "")) + kind
}

// markedLines returns the lines of the example file (with the two lines of
// its package clause) that end with the comment // id.
func markedLines(src, id string) []int {
	var lines []int
	for i, l := range strings.Split(src, "\n") {
		if strings.HasSuffix(l, " // "+id) {
			lines = append(lines, i+3)
		}
	}
	return lines
}

// analyze loads the packages in GOPATH mode, with the repository's stubs
// of third-party packages on the GOPATH, runs the suite and returns the
// lines of the findings by package and rule.
func analyze(t *testing.T, gopath string, patterns []string) map[string]map[string][]int {
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  gopath,
		Env: append(os.Environ(), "GOPATH="+gopath+string(os.PathListSeparator)+netlinttest.TestData(),
			"GO111MODULE=off", "GOFLAGS=", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	}
	graph, err := checker.Analyze(analyzers.All(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]map[string][]int{}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		pkg := act.Package.PkgPath
		for _, d := range act.Diagnostics {
			if found[pkg] == nil {
				found[pkg] = map[string][]int{}
			}
			found[pkg][d.Category] = append(found[pkg][d.Category], act.Package.Fset.Position(d.Pos).Line)
		}
	}
	for _, byRule := range found {
		for _, lines := range byRule {
			sort.Ints(lines)
		}
	}
	return found
}

// setFlag sets a flag of netcall for the test; flags are process-global.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := netcall.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}
