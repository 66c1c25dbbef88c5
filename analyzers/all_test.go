package analyzers_test

import (
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/netlint/netlint/analyzers"
	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate(analyzers.All()); err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.All() {
		if a.Doc == "" || a.URL == "" {
			t.Errorf("%s: Doc and URL must be set", a.Name)
		}
		if title := strings.SplitN(a.Doc, "\n", 2)[0]; len(title) > 80 || strings.HasSuffix(title, ".") {
			t.Errorf("%s: title %q: keep it short, without a trailing period", a.Name, title)
		}
	}
}

// TestAllListsEveryAnalyzer checks that each analyzer directory is in All.
func TestAllListsEveryAnalyzer(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, a := range analyzers.All() {
		names[a.Name] = true
	}
	for _, e := range entries {
		if e.IsDir() && !names[e.Name()] {
			t.Errorf("analyzers/%s is not listed in analyzers.All", e.Name())
		}
	}
}

// TestRuleAnalyzers checks that every rule names an analyzer of the suite.
func TestRuleAnalyzers(t *testing.T) {
	names := map[string]bool{}
	for _, a := range analyzers.All() {
		names[a.Name] = true
	}
	ids := make([]string, len(rules.Rules))
	for i, r := range rules.Rules {
		ids[i] = r.ID
		if !names[r.Analyzer] {
			t.Errorf("%s: analyzer %q is not in the suite", r.ID, r.Analyzer)
		}
	}
	if !sort.StringsAreSorted(ids) {
		t.Error("rules.Rules is not sorted by ID")
	}
}

// TestNoCrashOnNet runs the whole suite over $GOROOT/src/net/..., with the
// standard library modelled like user code, and fails on any analysis
// error or panic.
func TestNoCrashOnNet(t *testing.T) {
	if testing.Short() {
		t.Skip("loads $GOROOT/src/net/... from source")
	}
	f := netcall.Analyzer.Flags.Lookup(netcall.StdlibFlag)
	f.Value.Set("true")
	defer f.Value.Set("false")
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: filepath.Join(build.Default.GOROOT, "src")}
	pkgs, err := packages.Load(cfg, "net/...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 20 {
		t.Fatalf("loaded only %d packages from net/...", len(pkgs))
	}
	graph, err := checker.Analyze(analyzers.All(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	sites, findings := 0, 0
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.Analyzer == netcall.Analyzer && act.IsRoot {
			sites += len(act.Result.(*netcall.Result).Sites())
		}
		if act.IsRoot {
			findings += len(act.Diagnostics)
		}
	}
	if sites == 0 {
		t.Error("netcall found no network call sites in net/..., so the run proves nothing")
	}
	t.Logf("net/...: %d packages, %d call sites, %d findings", len(pkgs), sites, findings)
}
