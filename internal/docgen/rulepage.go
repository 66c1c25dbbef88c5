package docgen

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/netlint/netlint/rules"
)

// ruleID matches a rule ID in text.
var ruleID = regexp.MustCompile(`\bNL-[A-Z][0-9]+\b`)

// rulePage renders docs/rules/<ID>.md. ad is the documentation of the
// reporting analyzer, or nil.
func rulePage(r rules.Rule, ad *analyzerDoc) []byte {
	doc := rules.Docs[r.ID]
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s: %s\n\n%s\n", r.ID, r.Title, header)
	state := "on by default"
	if r.OptIn {
		state = fmt.Sprintf("off by default; switch it on with `enable: [%s]`", r.ID)
	}
	fmt.Fprintf(&b, "Reported by [%s](README.md#%s) · severity %s · %s\n\n", r.Analyzer, r.Analyzer, r.Severity, state)
	if ad != nil && ad.Rules[r.ID] != "" {
		fmt.Fprintf(&b, "From the %s documentation: %s.\n\n", r.Analyzer, ad.Rules[r.ID])
	}
	section(&b, "What goes wrong", doc.Failure)
	if doc.Bad != "" {
		section(&b, "Bad", "```go\n"+strings.TrimSpace(doc.Bad)+"\n```")
	}
	if doc.Good != "" {
		section(&b, "Good", "```go\n"+strings.TrimSpace(doc.Good)+"\n```")
	}
	notReported := doc.NotReported
	if ad != nil && ad.NotReported != "" && r.ID != "NL-D1" { // D1 is about directives, not calls
		if notReported != "" {
			notReported += "\n\n"
		}
		notReported += fmt.Sprintf("For every rule of %s: %s", r.Analyzer, lowerFirst(ad.NotReported))
	}
	section(&b, "Not reported", notReported)
	section(&b, "Suppressing a finding", suppression(r, doc))
	return b.Bytes()
}

// section writes a level-2 section, or nothing when text is empty.
func section(b *bytes.Buffer, title, text string) {
	if strings.TrimSpace(text) == "" {
		text = "_Not documented yet._"
	}
	fmt.Fprintf(b, "## %s\n\n%s\n\n", title, strings.TrimSpace(text))
}

// suppression explains how to silence a finding of r, with the first
// reported line of the bad example as the example.
func suppression(r rules.Rule, doc rules.RuleDoc) string {
	if r.ID == "NL-D1" {
		return "A malformed directive cannot be suppressed; fix it. `//netlint:ignore` takes one or more rule IDs or analyzer names, separated by commas, and a reason: `//netlint:ignore NL-T1,NL-T2 <reason>`."
	}
	line := "call() //netlint:ignore " + r.ID + " <reason>"
	for _, l := range strings.Split(doc.Bad, "\n") {
		if code, ok := strings.CutSuffix(l, " // "+r.ID); ok {
			line = strings.TrimSpace(code) + " //netlint:ignore " + r.ID + " <reason>"
			break
		}
	}
	return "Fix the code when you can. When the finding is deliberate, say why on the reported line or on the line above it; the reason is required:\n\n" +
		"```go\n" + line + "\n```\n\n" +
		"The directive in a function's doc comment covers the whole function, and `//netlint:ignore " + r.Analyzer + " <reason>` covers every rule of " + r.Analyzer + ". " +
		"Every entry point honours it: netlint, go vet, golangci-lint and nogo. " +
		"To switch the rule off for a whole module, list it in `disable`: in `.netlint.yml`, as `-netcall.disable=" + r.ID + "`, or in the golangci-lint plugin settings."
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || (len(s) > n && unicode.IsUpper(rune(s[n]))) {
		return s // empty, or an acronym
	}
	return string(unicode.ToLower(r)) + s[n:]
}
