package netretry

import (
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// jitterFix offers to add jitter where that cannot change anything else:
// avast DelayType(FixedDelay) becomes DelayType(CombineDelay(FixedDelay,
// RandomDelay)), and a zero cenkalti RandomizationFactor becomes
// DefaultRandomizationFactor.
func (c *checker) jitterFix(k *construct) []analysis.SuggestedFix {
	if dt := k.pol.delayTypeArg; dt != nil {
		sel, ok := ast.Unparen(dt).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		q, ok := sel.X.(*ast.Ident)
		if !ok {
			return nil
		}
		text := q.Name + ".CombineDelay(" + q.Name + "." + sel.Sel.Name + ", " + q.Name + ".RandomDelay)"
		return []analysis.SuggestedFix{{
			Message:   "Combine the delay with " + q.Name + ".RandomDelay",
			TextEdits: []analysis.TextEdit{{Pos: dt.Pos(), End: dt.End(), NewText: []byte(text)}},
		}}
	}
	if z := k.pol.zeroRandomization; z != nil {
		q := c.importName(z, "github.com/cenkalti/backoff/")
		if q == "" {
			return nil
		}
		return []analysis.SuggestedFix{{
			Message:   "Use " + q + ".DefaultRandomizationFactor",
			TextEdits: []analysis.TextEdit{{Pos: z.Pos(), End: z.End(), NewText: []byte(q + ".DefaultRandomizationFactor")}},
		}}
	}
	return nil
}

// importName returns the name under which the file containing n imports
// a package whose path starts with prefix, or "".
func (c *checker) importName(n ast.Node, prefix string) string {
	for _, f := range c.pass.Files {
		if !within(n, f) {
			continue
		}
		for _, imp := range f.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			if err != nil || !strings.HasPrefix(path, prefix) {
				continue
			}
			if imp.Name != nil {
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
			if pkg := c.pass.Pkg.Imports(); pkg != nil {
				for _, p := range pkg {
					if p.Path() == path {
						return p.Name()
					}
				}
			}
		}
	}
	return ""
}
