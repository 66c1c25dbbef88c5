package docgen_test

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/netlint/netlint/analyzers"
	"github.com/netlint/netlint/internal/docgen"
	"github.com/netlint/netlint/rules"
)

// root is the repository root, relative to this package.
const root = "../.."

// TestFresh fails when the committed documentation differs from what the
// generator produces now.
func TestFresh(t *testing.T) {
	files, err := docgen.Generate(root)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := docgen.Stale(root+"/docs", files)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("docs are stale; run make docs (go run ./internal/docgen/gen.go -out docs):\n\t%s", strings.Join(stale, "\n\t"))
	}
}

// TestWrite checks that Write produces what Generate returns and removes
// pages of rules that no longer exist, and that Stale sees the difference.
func TestWrite(t *testing.T) {
	out := t.TempDir()
	if err := docgen.Write(root, out); err != nil {
		t.Fatal(err)
	}
	files, err := docgen.Generate(root)
	if err != nil {
		t.Fatal(err)
	}
	if stale, err := docgen.Stale(out, files); err != nil || len(stale) > 0 {
		t.Fatalf("after Write: stale %v, err %v", stale, err)
	}
	// A page to be generated that is not in out, and a generated page in
	// out that would no longer be generated.
	files["rules/NL-Z9.md"] = []byte("# NL-Z9\n")
	delete(files, "catalog.md")
	stale, err := docgen.Stale(out, files)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"catalog.md", "rules/NL-Z9.md"}; !slices.Equal(stale, want) {
		t.Errorf("Stale = %v, want %v", stale, want)
	}
	// Write removes the page that is no longer generated.
	if err := os.WriteFile(filepath.Join(out, "rules", "NL-Z8.md"), []byte(files["rules/README.md"]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := docgen.Write(root, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "rules", "NL-Z8.md")); !os.IsNotExist(err) {
		t.Errorf("Write kept a stale page: %v", err)
	}
}

// TestEveryRuleDocumented checks that rules.Docs documents exactly the
// rules of rules.Rules, each with every part.
func TestEveryRuleDocumented(t *testing.T) {
	for _, r := range rules.Rules {
		d, ok := rules.Docs[r.ID]
		switch {
		case !ok:
			t.Errorf("%s: no entry in rules.Docs", r.ID)
		case d.Failure == "" || d.Bad == "" || d.Good == "" || d.NotReported == "":
			t.Errorf("%s: rules.Docs entry lacks Failure, Bad, Good or NotReported", r.ID)
		case r.ID != "NL-D1" && !strings.Contains(d.Bad, "// "+r.ID+"\n") && !strings.HasSuffix(d.Bad, "// "+r.ID):
			t.Errorf("%s: no line of Bad is marked // %s", r.ID, r.ID)
		}
	}
	for id := range rules.Docs {
		if rules.RuleByID(id) == nil {
			t.Errorf("rules.Docs documents %s, which is not in rules.Rules", id)
		}
	}
}

// TestAnalyzerPackages checks the layout that docs/integrations.md promises
// to Bazel nogo, whose generated main imports <package>.Analyzer: each
// analyzer of the suite is the exported Analyzer of analyzers/<Name>, every
// flag works at its default, and the nogo example lists the package.
func TestAnalyzerPackages(t *testing.T) {
	integrations, err := os.ReadFile(filepath.Join(root, "docs", "integrations.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.All() {
		dir := filepath.Join(root, "analyzers", a.Name)
		if !declaresAnalyzer(t, dir) {
			t.Errorf("%s: analyzers/%s declares no exported var Analyzer", a.Name, a.Name)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if err := f.Value.Set(f.DefValue); err != nil {
				t.Errorf("%s: flag -%s does not accept its default %q: %v", a.Name, f.Name, f.DefValue, err)
			}
		})
		if label := "@com_github_netlint_netlint//analyzers/" + a.Name + `"`; !strings.Contains(string(integrations), label) {
			t.Errorf("docs/integrations.md: the nogo example does not list %s", label)
		}
	}
}

func declaresAnalyzer(t *testing.T, dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, s := range gd.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						if n.Name == "Analyzer" {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
