package netcall

import (
	"go/ast"
	"go/token"
	"strconv"
)

// Imports reports whether file imports one of paths. A file that names a
// package's types or functions must import it, so analyzers use this to
// skip files that cannot contain what they look for (short of a type
// alias declared in another package, which they accept to miss).
func Imports(file *ast.File, paths ...string) bool {
	for _, imp := range file.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		for _, want := range paths {
			if p == want {
				return true
			}
		}
	}
	return false
}

// PosLess orders positions by file name, then offset. Comparing token.Pos
// values across files is not deterministic: go/packages parses a
// package's files in parallel, so their bases in the FileSet vary from
// run to run. Anything that picks the "first" of several nodes, or orders
// exported facts, uses this instead.
func PosLess(fset *token.FileSet, a, b token.Pos) bool {
	pa, pb := fset.PositionFor(a, false), fset.PositionFor(b, false)
	if pa.Filename != pb.Filename {
		return pa.Filename < pb.Filename
	}
	return pa.Offset < pb.Offset
}
