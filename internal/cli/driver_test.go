package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// These tests run the driver in-process with the toy analyzers of
// toy_test.go on the fixture modules of testdata/e2e. Analyzer flags are
// process-global, so they do not run in parallel.

func fixture(t *testing.T, name string) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e", name))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

type result struct {
	code           int
	stdout, stderr string
}

func runDriver(t *testing.T, dir string, args ...string) result {
	t.Helper()
	analyzed.Clear()
	var stdout, stderr bytes.Buffer
	d := &Driver{
		Analyzers: []*analysis.Analyzer{toycall, toyget},
		Dir:       dir,
		Env:       append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off"),
		Level:     func(id string) string { return map[string]string{"NL-T1": "error"}[id] },
	}
	code := d.Run(args, &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

func (r result) check(t *testing.T, code int, stdout []string, stderr ...string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	if stdout != nil {
		if got := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n"); !slices.Equal(got, stdout) && !(len(stdout) == 0 && r.stdout == "") {
			t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, strings.Join(stdout, "\n"))
		}
	}
	for _, s := range stderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr does not contain %q:\n%s", s, r.stderr)
		}
	}
}

func analyzedPaths() []string {
	var paths []string
	analyzed.Range(func(k, _ any) bool { paths = append(paths, k.(string)); return true })
	slices.Sort(paths)
	return paths
}

const (
	viaWrap = "use/use.go:11:18: Fetch wraps http.Get [toyget]"
	viaLib  = "use/use.go:14:17: Fetch wraps http.Get [toyget]"
	inTest  = "use/use_test.go:10:3: http.Get has no timeout [NL-T1]"
)

func TestFactsFromMainModule(t *testing.T) {
	dir := fixture(t, "facts")
	// Only ./use is requested; wrap belongs to the main module, so it is
	// loaded from source and its fact reaches use. lib is another module.
	runDriver(t, dir, "./use").check(t, 3, []string{viaWrap}, "netlint: 1 finding in 1 package")
	if got, want := analyzedPaths(), []string{"example.com/e2e/facts/use", "example.com/e2e/facts/wrap"}; !slices.Equal(got, want) {
		t.Errorf("toycall ran on %v, want %v", got, want)
	}

	runDriver(t, dir, "-deps=all", "./use").check(t, 3, []string{viaWrap, viaLib})
	if got := analyzedPaths(); !slices.Contains(got, "example.com/e2e/lib") || slices.Contains(got, "net/http") {
		t.Errorf("with -deps=all, toycall ran on %v, want lib and no standard package", got)
	}
}

func TestTestVariants(t *testing.T) {
	// use.go belongs to use and to use [use.test]: its finding is shown once.
	runDriver(t, fixture(t, "facts"), "-test", "./use").check(t, 3, []string{viaWrap, inTest}, "netlint: 2 findings in 1 package")
}

func TestConfigPrecedence(t *testing.T) {
	dir := fixture(t, "facts")
	cfg := filepath.Join(t.TempDir(), "netlint.yml")
	if err := os.WriteFile(cfg, []byte("disable: [NL-T1]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runDriver(t, dir, "-test", "-config", cfg, "./use").check(t, 3, []string{viaWrap})
	runDriver(t, dir, "-test", "-config", cfg, "-netcall.disable=", "./use").check(t, 3, []string{viaWrap, inTest})
	// Flags are reset between runs: the file's value does not linger.
	runDriver(t, dir, "-test", "./use").check(t, 3, []string{viaWrap, inTest})
	runDriver(t, dir, "-test", "-netcall.disable=NL-T1", "./use").check(t, 3, []string{viaWrap})
	runDriver(t, dir, "-config", "missing.yml", "./use").check(t, 1, []string{}, "configuration file missing.yml does not exist")
}

func TestClientErrors(t *testing.T) {
	dir := fixture(t, "facts")
	for _, tc := range []struct {
		clients string
		code    int
		stderr  string
	}{
		{"nodot", 1, `-netcall.clients: client type "nodot" is not of the form import/path.Type`},
		{"example.com/e2e/facts/wrap.Nope", 1, `-netcall.clients: client type "example.com/e2e/facts/wrap.Nope" does not resolve: package example.com/e2e/facts/wrap has no type Nope`},
		{"example.com/e2e/facts/wrap.Fetch", 1, `example.com/e2e/facts/wrap.Fetch is a function, not a type`},
		{"example.com/nowhere.T", 1, `-netcall.clients: client type "example.com/nowhere.T" does not resolve: `},
		{"github.com/fatih/color.Color", 1, `client type "github.com/fatih/color.Color" does not resolve: `},
		{"net/smtp.Client=Hello", 3, ""}, // not in the graph, loads on its own
		{"example.com/e2e/lib.Missing", 1, `package example.com/e2e/lib has no type Missing`},
	} {
		r := runDriver(t, dir, "-netcall.clients="+tc.clients, "./use")
		r.check(t, tc.code, nil, tc.stderr)
		if tc.code == 1 && r.stdout != "" {
			t.Errorf("-netcall.clients=%s: configuration error, but analysis ran:\n%s", tc.clients, r.stdout)
		}
		if strings.Count(r.stderr, "\n") > 1 {
			t.Errorf("-netcall.clients=%s: want one line of error, got:\n%s", tc.clients, r.stderr)
		}
	}
}

func TestEnableFlags(t *testing.T) {
	dir := fixture(t, "facts")
	runDriver(t, dir, "-toyget=false", "./use").check(t, 0, []string{})
	runDriver(t, dir, "-netcall", "./use").check(t, 0, []string{})
	runDriver(t, dir, "-toyget", "-toyget.strict", "./use").check(t, 3, []string{viaWrap})
}

func TestUsageErrors(t *testing.T) {
	dir := fixture(t, "facts")
	runDriver(t, dir, "-format=xml").check(t, 2, []string{}, `invalid -format "xml"`)
	runDriver(t, dir, "-color=sometimes").check(t, 2, []string{}, `invalid -color`)
	runDriver(t, dir, "-deps=some").check(t, 2, []string{}, `invalid -deps`)
	runDriver(t, dir, "-nosuchflag").check(t, 2, []string{}, "flag provided but not defined: -nosuchflag")
	runDriver(t, dir, "-h").check(t, 0, []string{}, "-netcall.clients", "-toyget", "Exit status")
	r := runDriver(t, dir, "-version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "netlint version ") {
		t.Errorf("-version: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestLoadErrors(t *testing.T) {
	// A package that does not type-check is reported, and exit is 1; its
	// well-typed neighbour is still analyzed.
	runDriver(t, fixture(t, "broken"), "./...").check(t, 1,
		[]string{"ok/ok.go:8:15: http.Get has no timeout [NL-T1]"},
		"netlint: package example.com/e2e/broken: type errors:\n\tbroken.go:8:24: undefined: undefinedURL\n")
	runDriver(t, fixture(t, "facts"), "./nosuchdir").check(t, 1, []string{}, "nosuchdir")
}

func TestJSON(t *testing.T) {
	r := runDriver(t, fixture(t, "facts"), "-json", "-test", "./use")
	r.check(t, 3, nil)
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, r.stdout)
	}
	var cats, msgs []string
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["toyget"] {
			cats, msgs = append(cats, d.Category), append(msgs, d.Message)
			if !filepath.IsAbs(strings.Split(d.Posn, ":")[0]) {
				t.Errorf("posn %q is not absolute, unlike go vet -json", d.Posn)
			}
		}
	}
	slices.Sort(msgs)
	if !slices.Contains(cats, "NL-T1") || !slices.Equal(msgs, []string{"Fetch wraps http.Get", "NL-T1: http.Get has no timeout"}) {
		t.Errorf("JSON findings: categories %q, messages %q", cats, msgs)
	}
}

func TestColor(t *testing.T) {
	dir := fixture(t, "facts")
	r := runDriver(t, dir, "-color=always", "-test", "./use")
	if want := "\x1b[1muse/use_test.go:10:3\x1b[22m: http.Get has no timeout \x1b[31;1m[NL-T1]\x1b[0;22m"; !strings.Contains(r.stdout, want) {
		t.Errorf("-color=always output:\n%q\nwant a line %q", r.stdout, want)
	}
	if r := runDriver(t, dir, "-color=never", "./use"); strings.Contains(r.stdout, "\x1b") {
		t.Errorf("-color=never output has escapes: %q", r.stdout)
	}
}
