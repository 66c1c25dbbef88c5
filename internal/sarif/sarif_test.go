package sarif

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestGitHubShape checks a log against what GitHub code scanning
// requires of an upload: version 2.1.0 and $schema, a driver name,
// rules with ids, results with a message text, a ruleId whose ruleIndex
// points at that rule, and locations with a relative URI under a
// %SRCROOT% base whose URI is an absolute file:// URI ending in "/".
func TestGitHubShape(t *testing.T) {
	root := filepath.FromSlash("/repo/my module")
	rules := []Rule{
		{ID: "NL-T1", Name: "nettimeout", Description: "outbound call with no bound", HelpURI: "https://h/NL-T1.md"},
		{ID: "NL-R1", Name: "netretry", Description: "retry without idempotency", HelpURI: "https://h/NL-R1.md"},
	}
	results := []Result{
		{RuleID: "NL-T1", Level: "error", Message: "http.Get has no timeout", File: filepath.Join(root, "a", "a b.go"), StartLine: 3, StartColumn: 2, EndLine: 3, EndColumn: 9},
		{RuleID: "NL-R1", Level: "warning", Message: "retried", File: filepath.Join(root, "b.go"), StartLine: 1, StartColumn: 1},
		{RuleID: "nettimeout", Level: "note", Message: "no category", File: filepath.FromSlash("/elsewhere/c.go"), StartLine: 7},
	}
	var buf bytes.Buffer
	if err := New(Tool{Name: "netlint", Version: "v1.2.3", InformationURI: "https://i"}, root, rules, results).Write(&buf); err != nil {
		t.Fatal(err)
	}

	var log map[string]any
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	get := func(v any, path ...any) any {
		for _, p := range path {
			switch p := p.(type) {
			case string:
				m, ok := v.(map[string]any)
				if !ok {
					t.Fatalf("%v: not an object at %q", path, p)
				}
				v = m[p]
			case int:
				a, ok := v.([]any)
				if !ok || p >= len(a) {
					t.Fatalf("%v: no element %d", path, p)
				}
				v = a[p]
			}
		}
		return v
	}
	if get(log, "version") != "2.1.0" || !strings.Contains(get(log, "$schema").(string), "sarif-schema-2.1.0") {
		t.Errorf("version %v, $schema %v", get(log, "version"), get(log, "$schema"))
	}
	run := get(log, "runs", 0)
	if get(run, "tool", "driver", "name") != "netlint" || get(run, "tool", "driver", "version") != "v1.2.3" {
		t.Errorf("driver: %v", get(run, "tool", "driver"))
	}
	base := get(run, "originalUriBaseIds", "%SRCROOT%", "uri").(string)
	if !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") || !strings.Contains(base, "my%20module") {
		t.Errorf("%%SRCROOT%% = %q, want an escaped absolute file URI with a trailing slash", base)
	}

	ruleIDs := get(run, "tool", "driver", "rules").([]any)
	var ids []string
	for i := range ruleIDs {
		ids = append(ids, get(ruleIDs[i], "id").(string))
		if get(ruleIDs[i], "shortDescription", "text") == "" {
			t.Errorf("rule %d has no shortDescription", i)
		}
	}
	if strings.Join(ids, " ") != "NL-R1 NL-T1 nettimeout" {
		t.Errorf("rule ids %v, want sorted, with one added for the uncatalogued result", ids)
	}
	wantURIs := []string{"a/a%20b.go", "b.go", "file:///elsewhere/c.go"}
	for i, r := range get(run, "results").([]any) {
		id, index := get(r, "ruleId").(string), int(get(r, "ruleIndex").(float64))
		if ids[index] != id {
			t.Errorf("result %d: ruleIndex %d is %s, not its ruleId %s", i, index, ids[index], id)
		}
		if get(r, "message", "text") == "" || get(r, "level") != results[i].Level {
			t.Errorf("result %d: message %v, level %v", i, get(r, "message"), get(r, "level"))
		}
		loc := get(r, "locations", 0, "physicalLocation")
		uri := get(loc, "artifactLocation", "uri").(string)
		if uri != wantURIs[i] {
			t.Errorf("result %d: uri %q, want %q", i, uri, wantURIs[i])
		}
		if hasBase := get(loc, "artifactLocation", "uriBaseId") == SrcRoot; hasBase == strings.HasPrefix(uri, "file:") {
			t.Errorf("result %d: uri %q with uriBaseId %v", i, uri, get(loc, "artifactLocation", "uriBaseId"))
		}
		if line := get(loc, "region", "startLine").(float64); int(line) != results[i].StartLine {
			t.Errorf("result %d: startLine %v", i, line)
		}
	}
}

func TestEmptyLog(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Tool{Name: "netlint"}, "/r", nil, nil).Write(&buf); err != nil {
		t.Fatal(err)
	}
	// GitHub rejects a run whose results or rules are null.
	for _, want := range []string{`"results": []`, `"rules": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("empty log lacks %s:\n%s", want, buf.String())
		}
	}
}

func TestColumn(t *testing.T) {
	line := []byte("x := \"héllo😀\" + y")
	for _, tc := range []struct{ byteCol, want int }{
		{0, 0}, {1, 1}, {6, 6}, // before any multi-byte character
		{10, 9},             // after é (2 bytes, 1 unit)
		{17, 14},            // after 😀 (4 bytes, 2 units)
		{len(line) + 1, 19}, // end of line
		{len(line) + 3, 21}, // beyond the line: counted as bytes
	} {
		if got := Column(line, tc.byteCol); got != tc.want {
			t.Errorf("Column(%d) = %d, want %d", tc.byteCol, got, tc.want)
		}
	}
}
