package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/fatih/color"
	"github.com/mattn/go-isatty"
)

// print writes the findings to w in the format o asks for.
func (d *Driver) print(w io.Writer, o *options, dir string, findings []*finding) error {
	switch o.format {
	case "json":
		return printJSON(w, findings)
	case "sarif":
		return d.printSARIF(w, dir, findings)
	}
	return d.printText(w, useColor(o.color, w), dir, findings)
}

// printText writes one line per finding:
//
//	path/to/file.go:12:5: message [NL-T1]
//
// with the path relative to dir when the file lies below it.
func (d *Driver) printText(w io.Writer, colored bool, dir string, findings []*finding) error {
	posColor := color.New(color.Bold)
	idColor := map[string]*color.Color{
		"error":   color.New(color.FgRed, color.Bold),
		"warning": color.New(color.FgYellow),
		"note":    color.New(color.FgCyan),
	}
	for _, c := range append([]*color.Color{posColor}, idColor["error"], idColor["warning"], idColor["note"]) {
		if colored {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		pos := fmt.Sprintf("%s:%d:%d", relPath(dir, f.posn.Filename), f.posn.Line, f.posn.Column)
		id := f.rule()
		c := idColor[d.level(id)]
		fmt.Fprintf(bw, "%s: %s %s\n", posColor.Sprint(pos), f.text(), c.Sprint("["+id+"]"))
	}
	return bw.Flush()
}

// useColor decides whether text output to w is coloured: "always" and
// "never" decide alone; "auto" colours only when NO_COLOR is unset or
// empty, TERM is not "dumb" and w itself is a terminal. (fatih/color's
// own default looks at os.Stdout, whatever the output stream is.)
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(interface{ Fd() uintptr })
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// level returns the SARIF level of a rule.
func (d *Driver) level(ruleID string) string {
	if d.Level != nil {
		switch l := d.Level(ruleID); l {
		case "error", "warning", "note":
			return l
		}
	}
	return "warning"
}

// The go/analysis JSON format, as printed by multichecker -json:
// {"pkg ID": {"analyzer": [diagnostic, ...]}}.
type (
	jsonDiagnostic struct {
		Category       string            `json:"category,omitempty"`
		Posn           string            `json:"posn"`
		End            string            `json:"end"`
		Message        string            `json:"message"`
		SuggestedFixes []jsonFix         `json:"suggested_fixes,omitempty"`
		Related        []jsonRelatedInfo `json:"related,omitempty"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelatedInfo struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
)

// printJSON writes the findings in the go/analysis JSON format. Each
// finding appears once, under the first package that reported it.
func printJSON(w io.Writer, findings []*finding) error {
	tree := make(map[string]map[string][]jsonDiagnostic)
	for _, f := range findings {
		jd := jsonDiagnostic{
			Category: f.diag.Category,
			Posn:     f.posn.String(),
			End:      f.end.String(),
			Message:  f.diag.Message,
		}
		for _, fix := range f.diag.SuggestedFixes {
			jf := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
			for _, e := range fix.TextEdits {
				start, end := f.fset.Position(e.Pos), f.fset.Position(e.End)
				if !e.End.IsValid() {
					end = start
				}
				jf.Edits = append(jf.Edits, jsonEdit{start.Filename, start.Offset, end.Offset, string(e.NewText)})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, r := range f.diag.Related {
			posn, end := f.fset.Position(r.Pos), f.fset.Position(r.Pos)
			if r.End.IsValid() {
				end = f.fset.Position(r.End)
			}
			jd.Related = append(jd.Related, jsonRelatedInfo{posn.String(), end.String(), r.Message})
		}
		byAnalyzer := tree[f.pkgID]
		if byAnalyzer == nil {
			byAnalyzer = make(map[string][]jsonDiagnostic)
			tree[f.pkgID] = byAnalyzer
		}
		byAnalyzer[f.analyzer.Name] = append(byAnalyzer[f.analyzer.Name], jd)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
