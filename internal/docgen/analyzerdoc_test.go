package docgen

import (
	"strings"
	"testing"
)

func TestParseAnalyzerDoc(t *testing.T) {
	const full = `Package x defines an Analyzer that checks x.

# Analyzer x

x: check that x holds

It reports:

  - NL-X1: a first finding;
  - NL-X2 (opt-in): a second one, over
    two lines.

For example:

	f() // want ` + "`f\\(\\) is bad`" + `

Not reported: test files.
`
	for _, tc := range []struct {
		name, text          string
		title, notReported  string
		rules               map[string]string
		bodyHas, bodyHasNot string
	}{
		{name: "full", text: full, title: "check that x holds", notReported: "test files.",
			rules:   map[string]string{"NL-X1": "a first finding", "NL-X2": "a second one, over two lines"},
			bodyHas: "```go\nf() // f() is bad\n```", bodyHasNot: "Package x"},
		{name: "no heading", text: "Package x checks x.\n\nx: check that x holds\n\nNot reported: y.\n",
			title: "check that x holds", notReported: "y.", bodyHasNot: "Package x"},
		{name: "no title line", text: "Package x checks x.\n\nSome text.\n", title: "the Doc field",
			bodyHas: "Some text."},
		{name: "no doc comment", text: "", title: "the Doc field", bodyHas: "More of the Doc field."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseAnalyzerDoc("x", "the Doc field\n\nMore of the Doc field.", tc.text)
			if d.Title != tc.title {
				t.Errorf("Title = %q, want %q", d.Title, tc.title)
			}
			if d.NotReported != tc.notReported {
				t.Errorf("NotReported = %q, want %q", d.NotReported, tc.notReported)
			}
			if len(d.Rules) != len(tc.rules) {
				t.Errorf("Rules = %q, want %q", d.Rules, tc.rules)
			}
			for id, text := range tc.rules {
				if d.Rules[id] != text {
					t.Errorf("Rules[%s] = %q, want %q", id, d.Rules[id], text)
				}
			}
			body := markdown(d.Body)
			if !strings.Contains(body, tc.bodyHas) {
				t.Errorf("body does not contain %q:\n%s", tc.bodyHas, body)
			}
			if tc.bodyHasNot != "" && strings.Contains(body, tc.bodyHasNot) {
				t.Errorf("body contains %q:\n%s", tc.bodyHasNot, body)
			}
		})
	}
}

func TestCatalogFlags(t *testing.T) {
	if strings.Contains(string(catalog()), "flag(0x") {
		t.Error("docs/catalog.md shows an unnamed rules.Flag bit; add it to flagNames")
	}
	if got := flagsText(1 << 31); got != "flag(0x80000000)" {
		t.Errorf("flagsText(1<<31) = %q", got)
	}
}

func TestPackagePath(t *testing.T) {
	for full, want := range map[string]string{
		"(*net/http.Client).Do":                      "net/http",
		"net/http.Get":                               "net/http",
		"(*github.com/nats-io/nats.go.Conn).Request": "github.com/nats-io/nats.go",
		"github.com/nats-io/nats.go.Connect":         "github.com/nats-io/nats.go",
		"(*example.com/g.Cache[K, V]).Get":           "example.com/g",
	} {
		if got := packagePath(full); got != want {
			t.Errorf("packagePath(%q) = %q, want %q", full, got, want)
		}
	}
}
