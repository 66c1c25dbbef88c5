package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEndToEnd builds the netlint binary once and runs it, standalone
// and as go vet's tool, on the fixture modules of testdata/e2e. It
// relies on one behaviour of the nettimeout analyzer: http.Get reports
// NL-T1 at the call.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "netlint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	e2e, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e"))
	if err != nil {
		t.Fatal(err)
	}
	run := func(t *testing.T, module string, args ...string) result {
		t.Helper()
		cmd := exec.Command(bin, args...)
		if args[0] == "vet" {
			cmd = exec.Command("go", args...)
		}
		cmd.Dir = filepath.Join(e2e, module)
		if filepath.IsAbs(module) {
			cmd.Dir = module
		}
		// GOCACHE and the rest are inherited.
		mod := "-mod=mod"
		if _, err := os.Stat(filepath.Join(cmd.Dir, "vendor")); err == nil {
			mod = "-mod=vendor"
		}
		cmd.Env = append(os.Environ(), "GOFLAGS="+mod, "GOWORK=off", "GOPROXY=off", "NO_COLOR=1")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("%s: %v", cmd, err)
		}
		r := result{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}
		if strings.Contains(r.stderr, "panic:") {
			t.Fatalf("%s panicked:\n%s", cmd, r.stderr)
		}
		return r
	}
	vet := []string{"vet", "-vettool=" + bin}

	finding := regexp.MustCompile(`(?m)^fetch\.go:8:15: http\.Get .* \[NL-T1\]$`)
	t.Run("clean", func(t *testing.T) {
		t.Parallel()
		run(t, "clean", "./...").want(t, 0).stdoutIs(t, "").stderrIs(t, "")
	})
	t.Run("findings", func(t *testing.T) {
		t.Parallel()
		run(t, "findings", "./...").want(t, 3).stdoutMatches(t, finding).stderrIs(t, "netlint: 1 finding in 1 package\n")
	})
	t.Run("awkward inputs", func(t *testing.T) {
		// cgo, a dot import, a generic wrapper, a generated file and a file
		// excluded by a build tag: three findings, no crash.
		t.Parallel()
		r := run(t, "awkward", "./...").want(t, 3)
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			got = append(got, strings.SplitN(l, ": ", 2)[0])
		}
		want := []string{"cgo.go:15:15", "dot.go:14:15", "generic.go:27:12"}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("findings at %v, want %v\n%s", got, want, r.stdout)
		}
	})
	t.Run("deterministic", func(t *testing.T) {
		t.Parallel()
		for _, module := range []string{"awkward", "facts"} {
			a := run(t, module, "-json", "./...")
			b := run(t, module, "-json", "./...")
			if a.stdout != b.stdout || a.code != b.code {
				t.Errorf("%s: two runs differ:\n%s\n---\n%s", module, a.stdout, b.stdout)
			}
			if !strings.Contains(a.stdout, "NL-") && module == "awkward" {
				t.Errorf("%s: no findings in -json output, so the comparison proves nothing", module)
			}
		}
	})
	t.Run("json", func(t *testing.T) {
		t.Parallel()
		r := run(t, "findings", "-json", "./...").want(t, 3)
		var tree map[string]map[string][]struct{ Category, Posn, Message string }
		if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, r.stdout)
		}
		d := tree["example.com/e2e/findings"]["nettimeout"]
		if len(d) != 1 || d[0].Category != "NL-T1" || !strings.HasSuffix(d[0].Posn, "fetch.go:8:15") {
			t.Errorf("JSON diagnostics %+v, want one NL-T1 at fetch.go:8:15", d)
		}
	})
	t.Run("sarif", func(t *testing.T) {
		t.Parallel()
		r := run(t, "findings", "-format", "sarif", "./...").want(t, 3)
		checkSARIF(t, r.stdout, filepath.Join(e2e, "findings", "fetch.go"))
	})
	t.Run("bad config", func(t *testing.T) {
		t.Parallel()
		run(t, "badconfig", "./...").want(t, 1).stdoutIs(t, "").
			stderrIs(t, ".netlint.yml:3:5: unknown key \"idempotnet\" (known: type, idempotent)\n")
	})
	t.Run("unresolved client", func(t *testing.T) {
		t.Parallel()
		run(t, "unresolved", "./...").want(t, 1).stdoutIs(t, "").
			stderrIs(t, ".netlint.yml:3:11: client type \"example.com/e2e/unresolved/pay.Clinet\" does not resolve: package example.com/e2e/unresolved/pay has no type Clinet\n")
	})
	t.Run("config file and flag", func(t *testing.T) {
		t.Parallel()
		run(t, "configured", "./...").want(t, 0).stdoutIs(t, "")
		run(t, "configured", "-netcall.disable=", "./...").want(t, 3).stdoutMatches(t, finding)
	})
	t.Run("type errors", func(t *testing.T) {
		t.Parallel()
		run(t, "broken", "./...").want(t, 1).
			stdoutMatches(t, regexp.MustCompile(`(?m)^ok/ok\.go:8:15: .*\[NL-T1\]$`)).
			stderrContains(t, "netlint: package example.com/e2e/broken: type errors:\n\tbroken.go:8:24: undefined: undefinedURL\n")
	})
	t.Run("vet", func(t *testing.T) {
		t.Parallel()
		r := run(t, "findings", append(vet, "./...")...)
		if r.code == 0 || !regexp.MustCompile(`fetch\.go:8:15: http\.Get `).MatchString(r.stderr) {
			t.Errorf("go vet on findings: exit %d, stderr:\n%s", r.code, r.stderr)
		}
		run(t, "clean", append(vet, "./...")...).want(t, 0)
		run(t, "findings", append(vet, "-netcall.disable=NL-T1", "./...")...).want(t, 0)
		// Under vet, .netlint.yml is never read: not its errors, not its settings.
		run(t, "badconfig", append(vet, "./...")...).want(t, 0)
		if r := run(t, "configured", append(vet, "./...")...); r.code == 0 {
			t.Errorf("go vet applied configured/.netlint.yml (disable: [NL-T1])")
		}
	})
	t.Run("vet protocol", func(t *testing.T) {
		t.Parallel()
		// -flags tells go vet which flags to pass on: the analyzers'
		// flags, never the standalone driver's own.
		r := run(t, "clean", "-flags").want(t, 0)
		var flags []struct{ Name string }
		if err := json.Unmarshal([]byte(r.stdout), &flags); err != nil {
			t.Fatalf("-flags: %v\n%s", err, r.stdout)
		}
		names := make(map[string]bool)
		for _, f := range flags {
			names[f.Name] = true
		}
		if !names["netcall.clients"] || !names["nettimeout"] || names["format"] || names["config"] {
			t.Errorf("-flags lists %v", names)
		}
		run(t, "clean", "-V=full").want(t, 0).stdoutMatches(t, regexp.MustCompile(`buildID=`))
	})
	t.Run("vendored", func(t *testing.T) {
		// A module with a vendor directory: nothing under vendor/ is
		// reported, and the vendored wrapper's fact reaches the caller
		// when dependencies are analysed from source (-deps=all, and
		// always under go vet).
		t.Parallel()
		run(t, "vendored", "./...").want(t, 0).stdoutIs(t, "")
		at := regexp.MustCompile(`(?m)^main\.go:13:15: vlib\.Fetch receives context\.Background\(\)`)
		r := run(t, "vendored", "-deps=all", "./...").want(t, 3).stdoutMatches(t, at)
		if strings.Contains(r.stdout, "vendor/") {
			t.Errorf("finding in vendor/:\n%s", r.stdout)
		}
		run(t, "vendored", append(vet[:len(vet):len(vet)], "./...")...).want(t, 1).stderrContains(t, "main.go:13:15: vlib.Fetch receives context.Background()")
	})
	t.Run("factstats", func(t *testing.T) {
		t.Parallel()
		file := filepath.Join(t.TempDir(), "facts.tsv")
		run(t, "facts", "-factstats", file, "./...")
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// wrap exports a wrapper fact for Fetch, which calls http.Get.
		re := regexp.MustCompile(`(?m)^example\.com/e2e/facts/wrap\tnetcall\t[1-9][0-9]*\t[1-9][0-9]*$`)
		if !re.Match(data) {
			t.Errorf("-factstats has no netcall facts for package wrap:\n%s", data)
		}
	})
	t.Run("fix", func(t *testing.T) {
		t.Parallel()
		run(t, "clean", "-fix", "-diff", "./...").want(t, 0).stdoutIs(t, "")
	})
	// The suggested fixes of NL-T5 and NL-V2 in testdata/e2e/fixable,
	// applied by netlint -fix and by go vet -fix, give fix.go.fixed, and
	// the fixed module has no findings left.
	want, err := os.ReadFile(filepath.Join(e2e, "fixable", "fix.go.fixed"))
	if err != nil {
		t.Fatal(err)
	}
	fixes := map[string][]string{
		"netlint -fix": {"-fix", "./..."},
		"go vet -fix":  append(vet[:len(vet):len(vet)], "-fix", "./..."),
	}
	for name, args := range fixes {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if name == "go vet -fix" && !vetFixes(t) {
				t.Skip("this go vet has no -fix flag (Go 1.26 added it)")
			}
			dir := copyModule(t, filepath.Join(e2e, "fixable"))
			run(t, dir, "./...").want(t, 3)
			run(t, dir, args...).want(t, 0)
			got, err := os.ReadFile(filepath.Join(dir, "fix.go"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("fix.go after %s:\n%s\nwant fix.go.fixed:\n%s", name, got, want)
			}
			run(t, dir, "./...").want(t, 0)
		})
	}
}

// vetFixes reports whether the go command's vet has the -fix flag.
func vetFixes(t *testing.T) bool {
	out, err := exec.Command("go", "help", "vet").CombinedOutput()
	if err != nil {
		t.Fatalf("go help vet: %v\n%s", err, out)
	}
	return strings.Contains(string(out), "\n  -fix\n")
}

// copyModule copies the files of the module in dir to a temporary
// directory and returns it.
func copyModule(t *testing.T, dir string) string {
	t.Helper()
	tmp := t.TempDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(tmp, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return tmp
}

type result struct {
	code           int
	stdout, stderr string
}

func (r result) want(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	return r
}

func (r result) stdoutIs(t *testing.T, s string) result {
	t.Helper()
	if r.stdout != s {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, s)
	}
	return r
}

func (r result) stderrIs(t *testing.T, s string) result {
	t.Helper()
	if r.stderr != s {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, s)
	}
	return r
}

func (r result) stderrContains(t *testing.T, s string) result {
	t.Helper()
	if !strings.Contains(r.stderr, s) {
		t.Errorf("stderr:\n%s\nwant it to contain:\n%s", r.stderr, s)
	}
	return r
}

func (r result) stdoutMatches(t *testing.T, re *regexp.Regexp) result {
	t.Helper()
	if !re.MatchString(r.stdout) {
		t.Errorf("stdout:\n%s\nwant a match for %s", r.stdout, re)
	}
	return r
}

// checkSARIF checks the parts of a SARIF log GitHub relies on, and that
// the result's location resolves to file.
func checkSARIF(t *testing.T, data, file string) {
	t.Helper()
	var log struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct{ ID string }
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(data), &log); err != nil {
		t.Fatalf("invalid SARIF JSON: %v\n%s", err, data)
	}
	if log.Version != "2.1.0" || log.Schema == "" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "netlint" {
		t.Fatalf("bad SARIF header:\n%s", data)
	}
	run := log.Runs[0]
	if len(run.Results) != 1 {
		t.Fatalf("%d results, want 1", len(run.Results))
	}
	res := run.Results[0]
	if res.RuleID != "NL-T1" || run.Tool.Driver.Rules[res.RuleIndex].ID != "NL-T1" || res.Message.Text == "" || res.Level == "" {
		t.Errorf("result %+v does not match its rule %+v", res, run.Tool.Driver.Rules)
	}
	loc := res.Locations[0].PhysicalLocation
	base, err := url.Parse(run.OriginalURIBaseIDs[loc.ArtifactLocation.URIBaseID].URI)
	if err != nil || base.Scheme != "file" || !strings.HasSuffix(base.Path, "/") {
		t.Fatalf("base URI %q of %q", base, loc.ArtifactLocation.URIBaseID)
	}
	rel, err := url.Parse(loc.ArtifactLocation.URI)
	if err != nil || rel.IsAbs() || strings.HasPrefix(rel.Path, "/") {
		t.Fatalf("artifact URI %q is not relative", loc.ArtifactLocation.URI)
	}
	if got := filepath.FromSlash(base.ResolveReference(rel).Path); got != file || loc.Region.StartLine != 8 || loc.Region.StartColumn != 15 {
		t.Errorf("location %s:%d:%d, want %s:8:15", got, loc.Region.StartLine, loc.Region.StartColumn, file)
	}
}
