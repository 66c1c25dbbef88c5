package netcall

import (
	"go/ast"
	"strings"
	"testing"
)

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		text    string
		verb    string
		rules   string
		reason  string
		problem string // substring; "" means well formed
		notDir  bool
	}{
		{text: "// plain comment", notDir: true},
		{text: "// netlint:ignore NL-T1 spaced is not a directive", notDir: true},
		{text: "//netlint:ignore NL-T1 a CLI call", verb: "ignore", rules: "NL-T1", reason: "a CLI call"},
		{text: "//netlint:ignore NL-T1,NL-T2 both", verb: "ignore", rules: "NL-T1,NL-T2", reason: "both"},
		{text: "//netlint:ignore nettimeout whole analyzer", verb: "ignore", rules: "nettimeout", reason: "whole analyzer"},
		{text: "//netlint:ignore NL-T1", problem: "needs a reason"},
		{text: "//netlint:ignore NL-T1 // a comment is not a reason", problem: "needs a reason"},
		{text: "//netlint:ignore", problem: "needs a rule ID and a reason"},
		{text: "//netlint:ignore NL-X9 why", problem: `unknown rule "NL-X9"`},
		{text: "//netlint:ignore NL-T why", problem: `unknown rule "NL-T"`},
		{text: "//netlint:idempotent", verb: "idempotent"},
		{text: "//netlint:client", verb: "client"},
		{text: "//netlint:clinet", problem: `unknown netlint directive "clinet"`},
		{text: "//netlint:", problem: `unknown netlint directive ""`},
	} {
		d, problem, ok := parseDirective(&ast.Comment{Text: tc.text})
		if ok == tc.notDir {
			t.Errorf("%q: directive = %v, want %v", tc.text, ok, !tc.notDir)
			continue
		}
		if tc.notDir {
			continue
		}
		if tc.problem != "" {
			if !strings.Contains(problem, tc.problem) {
				t.Errorf("%q: problem %q, want it to contain %q", tc.text, problem, tc.problem)
			}
			continue
		}
		if problem != "" {
			t.Errorf("%q: unexpected problem %q", tc.text, problem)
		}
		if d.Verb != tc.verb || strings.Join(d.Rules, ",") != tc.rules || d.Reason != tc.reason {
			t.Errorf("%q: got verb=%q rules=%q reason=%q", tc.text, d.Verb, d.Rules, d.Reason)
		}
	}
}

// FuzzDirective checks that no comment text makes the directive parser
// panic, and that a well-formed ignore always has a rule and a reason.
func FuzzDirective(f *testing.F) {
	for _, s := range []string{"//netlint:ignore NL-T1 reason", "//netlint:idempotent", "//netlint:ignore ,, x", "//netlint:\x00", "//netlint:ignore NL-T1\tx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, problem, ok := parseDirective(&ast.Comment{Text: text})
		if !ok || problem != "" || d.Verb != "ignore" {
			return
		}
		if len(d.Rules) == 0 || d.Reason == "" {
			t.Fatalf("%q: ignore accepted without rule or reason: %+v", text, d)
		}
		for _, r := range d.Rules {
			if !validTarget(r) {
				t.Fatalf("%q: ignore accepted unknown rule %q", text, r)
			}
		}
	})
}
