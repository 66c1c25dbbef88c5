package cli

import (
	"go/token"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	a := &analysis.Analyzer{Name: "nettimeout"}
	mk := func(line int, fn, msg string) *finding {
		return &finding{analyzer: a, fn: fn, diag: analysis.Diagnostic{Category: "NL-T1", Message: msg},
			posn: token.Position{Filename: filepath.Join(dir, "x.go"), Line: line}}
	}
	old := []*finding{mk(10, "Fetch", "http.Get uses http.DefaultClient"), mk(12, "Fetch", "http.Get uses http.DefaultClient")}
	path := filepath.Join(dir, "baseline.json")
	if err := writeBaseline(path, dir, old); err != nil {
		t.Fatal(err)
	}
	// The same findings after an edit moved them down: still known. A third
	// one in the same function, and one in another function, are new.
	now := []*finding{
		mk(20, "Fetch", "http.Get uses http.DefaultClient"),
		mk(22, "Fetch", "http.Get uses http.DefaultClient"),
		mk(24, "Fetch", "http.Get uses http.DefaultClient"),
		mk(30, "Other", "http.Get uses http.DefaultClient"),
	}
	left, err := applyBaseline(path, dir, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 2 || left[0].posn.Line != 24 || left[1].fn != "Other" {
		t.Errorf("after the baseline: %d findings, want the one at line 24 and the one in Other", len(left))
	}
	if _, err := applyBaseline(filepath.Join(dir, "missing.json"), dir, now); err == nil {
		t.Error("a missing baseline file must be an error")
	}
}
