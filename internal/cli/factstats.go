package cli

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// writeFactStats writes, for -factstats, one tab-separated line per
// package and analyzer that exports facts: the package path, the
// analyzer, the number of facts it exported for the package's own
// objects, and their gob-encoded size in bytes (each fact encoded on its
// own, as the fact type's first value, which is the larger case: go vet
// writes a package's facts in one stream). The benchmark reports these.
func writeFactStats(file string, graph *checker.Graph) error {
	type row struct {
		pkg, analyzer string
		n, size       int
	}
	var rows []row
	for act := range graph.All() {
		if act.Package == nil || act.Package.Types == nil || len(act.Analyzer.FactTypes) == 0 {
			continue
		}
		r := row{pkg: act.Package.PkgPath, analyzer: act.Analyzer.Name}
		var buf bytes.Buffer
		enc := gob.NewEncoder(&buf)
		encode := func(f analysis.Fact) error {
			r.n++
			if err := enc.Encode(f); err != nil {
				return fmt.Errorf("encoding %T: %v", f, err)
			}
			return nil
		}
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == act.Package.Types { // not inherited
				if err := encode(f.Fact); err != nil {
					return err
				}
			}
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == act.Package.Types {
				if err := encode(f.Fact); err != nil {
					return err
				}
			}
		}
		r.size = buf.Len()
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].pkg != rows[j].pkg {
			return rows[i].pkg < rows[j].pkg
		}
		return rows[i].analyzer < rows[j].analyzer
	})
	var out bytes.Buffer
	for _, r := range rows {
		fmt.Fprintf(&out, "%s\t%s\t%d\t%d\n", r.pkg, r.analyzer, r.n, r.size)
	}
	return os.WriteFile(file, out.Bytes(), 0o644)
}
