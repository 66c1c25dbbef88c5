package cli

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"slices"
)

// A baseline records the findings that existed when a project adopted
// netlint, so that later runs report only new ones. Entries are keyed by
// rule, file, enclosing function and message, not by line, so the
// baseline survives edits that move code around; a count allows several
// identical findings in one function.
type baseline struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Rule    string `json:"rule"`
	File    string `json:"file"`
	Func    string `json:"func,omitempty"`
	Message string `json:"message"`
	Count   int    `json:"count"`
}

type baselineKey struct{ rule, file, fn, message string }

func keyOf(f *finding, dir string) baselineKey {
	file := f.posn.Filename
	if rel, err := filepath.Rel(dir, file); err == nil {
		file = rel
	}
	return baselineKey{f.rule(), filepath.ToSlash(file), f.fn, f.text()}
}

// writeBaseline writes the findings as a baseline file.
func writeBaseline(path, dir string, findings []*finding) error {
	counts := map[baselineKey]int{}
	for _, f := range findings {
		counts[keyOf(f, dir)]++
	}
	b := baseline{Version: 1, Findings: []baselineEntry{}}
	for k, n := range counts {
		b.Findings = append(b.Findings, baselineEntry{k.rule, k.file, k.fn, k.message, n})
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Func, y.Func), cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Message, y.Message))
	})
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// applyBaseline drops the findings the baseline file records.
func applyBaseline(path, dir string, findings []*finding) ([]*finding, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a netlint baseline: %v", path, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want 1", path, b.Version)
	}
	left := map[baselineKey]int{}
	for _, e := range b.Findings {
		left[baselineKey{e.Rule, e.File, e.Func, e.Message}] += e.Count
	}
	var out []*finding
	for _, f := range findings {
		k := keyOf(f, dir)
		if left[k] > 0 {
			left[k]--
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// enclosingFunc names the function declaration of files that contains
// pos: "Name" or "Type.Name" for methods; "" at package level.
func enclosingFunc(files []*ast.File, pos token.Pos) string {
	for _, f := range files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos >= fd.End() {
				continue
			}
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				t := fd.Recv.List[0].Type
				for {
					switch x := t.(type) {
					case *ast.StarExpr:
						t = x.X
						continue
					case *ast.IndexExpr:
						t = x.X
						continue
					case *ast.IndexListExpr:
						t = x.X
						continue
					}
					break
				}
				if id, ok := t.(*ast.Ident); ok {
					return id.Name + "." + fd.Name.Name
				}
			}
			return fd.Name.Name
		}
	}
	return ""
}
