package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/netlint/netlint/internal/sarif"
)

// helpURI is the documentation page of a rule ID.
const helpURI = "https://github.com/netlint/netlint/blob/main/docs/rules/%s.md"

// printSARIF writes the findings as a SARIF 2.1.0 log. Rules are derived
// from the findings' rule IDs; locations are relative to the repository
// root (the nearest directory above dir holding .git), or else to the
// module root.
func (d *Driver) printSARIF(w io.Writer, dir string, findings []*finding) error {
	var rules []sarif.Rule
	seen := make(map[string]bool)
	lines := make(map[string][][]byte)
	var results []sarif.Result
	for _, f := range findings {
		id := f.rule()
		if !seen[id] {
			seen[id] = true
			title, _, _ := strings.Cut(f.analyzer.Doc, "\n")
			if d.Title != nil && d.Title(id) != "" {
				title = d.Title(id)
			}
			help := f.analyzer.URL
			if f.diag.Category != "" {
				help = strings.Replace(helpURI, "%s", id, 1)
			}
			rules = append(rules, sarif.Rule{ID: id, Name: f.analyzer.Name, Description: title, HelpURI: help})
		}
		file := f.posn.Filename
		if _, ok := lines[file]; !ok {
			data, _ := os.ReadFile(file)
			lines[file] = bytes.Split(data, []byte("\n"))
		}
		col := func(line, byteCol int) int {
			if l := lines[file]; line >= 1 && line <= len(l) {
				return sarif.Column(l[line-1], byteCol)
			}
			return byteCol
		}
		results = append(results, sarif.Result{
			RuleID:      id,
			Level:       d.level(id),
			Message:     f.text(),
			File:        file,
			StartLine:   f.posn.Line,
			StartColumn: col(f.posn.Line, f.posn.Column),
			EndLine:     f.end.Line,
			EndColumn:   col(f.end.Line, f.end.Column),
		})
	}
	tool := sarif.Tool{Name: "netlint", Version: version(), InformationURI: "https://github.com/netlint/netlint"}
	return sarif.New(tool, sourceRoot(dir), rules, results).Write(w)
}

// sourceRoot returns the repository root above dir (a directory with a
// .git entry), else the module root (with go.mod), else dir.
func sourceRoot(dir string) string {
	for _, marker := range []string{".git", "go.mod"} {
		for d := dir; ; {
			if _, err := os.Stat(filepath.Join(d, marker)); err == nil {
				return d
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	return dir
}
