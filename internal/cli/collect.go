package cli

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// A finding is one diagnostic of a requested package.
type finding struct {
	pkgID, pkgPath string
	analyzer       *analysis.Analyzer
	fset           *token.FileSet
	diag           analysis.Diagnostic
	posn, end      token.Position
	fn             string // the enclosing function, for baselines
}

// rule returns the finding's rule ID: the diagnostic's category, or the
// analyzer's name when it has none.
func (f *finding) rule() string { return cmp.Or(f.diag.Category, f.analyzer.Name) }

// text returns the message without a leading "<rule ID>: ", which the
// output formats show separately.
func (f *finding) text() string {
	if f.diag.Category != "" {
		if rest, ok := strings.CutPrefix(f.diag.Message, f.diag.Category+": "); ok {
			return rest
		}
	}
	return f.diag.Message
}

// collect returns the diagnostics of the root actions, without
// duplicates (a file of a package and of its test variant is analyzed
// twice), sorted by file, line, column and message. It prints analysis
// errors, once each, and reports whether there were any. Analyses
// skipped because a package is ill-typed are not errors: the package's
// type errors have been printed already.
func collect(graph *checker.Graph, stderr io.Writer) (findings []*finding, failed bool) {
	type key struct {
		posn              token.Position
		message, category string
	}
	seen := make(map[key]bool)
	errSeen := make(map[string]bool)
	for act := range graph.All() {
		if act.Err != nil {
			if act.Package.IllTyped && !act.Analyzer.RunDespiteErrors || strings.HasPrefix(act.Err.Error(), "failed prerequisites") {
				continue
			}
			msg := fmt.Sprintf("netlint: %s: %v", act.Analyzer.Name, act.Err)
			if !errSeen[msg] {
				errSeen[msg] = true
				fmt.Fprintf(stderr, "%s (package %s)\n", msg, act.Package.PkgPath)
			}
			failed = true
			continue
		}
		if !act.IsRoot {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			k := key{posn, d.Message, d.Category}
			if seen[k] {
				continue
			}
			seen[k] = true
			end := posn
			if d.End.IsValid() {
				end = fset.Position(d.End)
			}
			findings = append(findings, &finding{
				pkgID:    act.Package.ID,
				pkgPath:  act.Package.PkgPath,
				analyzer: act.Analyzer,
				fset:     fset,
				diag:     d,
				posn:     posn,
				end:      end,
				fn:       enclosingFunc(act.Package.Syntax, d.Pos),
			})
		}
	}
	slices.SortFunc(findings, func(a, b *finding) int {
		return cmp.Or(
			cmp.Compare(a.posn.Filename, b.posn.Filename),
			cmp.Compare(a.posn.Line, b.posn.Line),
			cmp.Compare(a.posn.Column, b.posn.Column),
			cmp.Compare(a.diag.Message, b.diag.Message),
			cmp.Compare(a.diag.Category, b.diag.Category),
			cmp.Compare(a.analyzer.Name, b.analyzer.Name),
		)
	})
	return findings, failed
}

// countPackages returns the number of packages with findings; a package
// and its test variants count once.
func countPackages(findings []*finding) int {
	pkgs := make(map[string]bool)
	for _, f := range findings {
		pkgs[f.pkgPath] = true
	}
	return len(pkgs)
}
