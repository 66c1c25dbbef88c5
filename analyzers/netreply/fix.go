package netreply

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// fixLimit is the size limit the NL-V2 fix writes, as Go source, and its
// description. Ten megabytes is generous for an API reply or request; the
// fix's message asks the user to adjust it.
const (
	fixLimit     = "10<<20"
	fixLimitText = "10 MiB"
)

// boundFix returns a suggested fix for an unbounded read of a body: the
// read's argument r.Body or resp.Body is wrapped in
// http.MaxBytesReader(w, r.Body, 10<<20), with the handler's ResponseWriter
// for an inbound request and nil for a reply. Unlike io.LimitReader, which
// ends the stream silently at the limit and so hands back a truncated body
// as if it were whole, MaxBytesReader fails the read with
// *http.MaxBytesError, which the caller's existing error handling sees.
//
// The fix is offered only where it is plainly safe: the read's argument is
// the body itself (not a wrapper, whose semantics the fix would change), it
// is an io.ReadCloser, the file imports net/http under a name that is not
// shadowed at the call, and, for a request, the handler's ResponseWriter is
// in scope.
func (c *checker) boundFix(f *fn, rc readCall, base ast.Expr, o origin) []analysis.SuggestedFix {
	if rc.helper != nil || ast.Unparen(rc.reader) != ast.Unparen(base) || !c.isReadCloser(rc.reader) {
		return nil
	}
	var writer string
	switch o {
	case fromReply:
		writer = "nil"
	case fromRequest:
		writer = c.responseWriter(f, rc.reader.Pos())
	}
	if writer == "" {
		return nil
	}
	http := c.importName(rc.reader.Pos(), "net/http")
	if http == "" {
		return nil
	}
	body := ast.Unparen(rc.reader)
	src := c.source(body)
	if src == "" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message: fmt.Sprintf("Limit the body to %s with http.MaxBytesReader (adjust the limit to the largest body expected)", fixLimitText),
		TextEdits: []analysis.TextEdit{{
			Pos:     body.Pos(),
			End:     body.End(),
			NewText: fmt.Appendf(nil, "%s.MaxBytesReader(%s, %s, %s)", http, writer, src, fixLimit),
		}},
	}}
}

// isReadCloser reports whether e has the methods MaxBytesReader needs.
func (c *checker) isReadCloser(e ast.Expr) bool {
	t := c.info.TypeOf(e)
	if t == nil {
		return false
	}
	for _, m := range []string{"Read", "Close"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, m)
		if _, ok := obj.(*types.Func); !ok {
			return false
		}
	}
	return true
}

// responseWriter returns the name of the http.ResponseWriter parameter of
// f, or of the declaration enclosing it, that is in scope at pos, or "".
func (c *checker) responseWriter(f *fn, pos token.Pos) string {
	var fts []*ast.FuncType
	if f.lit != nil {
		fts = append(fts, f.lit.Type)
	}
	if f.decl != nil {
		fts = append(fts, f.decl.Type)
	}
	for _, ft := range fts {
		for _, field := range ft.Params.List {
			if !isResponseWriter(c.info.TypeOf(field.Type)) {
				continue
			}
			for _, n := range field.Names {
				if n.Name != "_" && c.resolves(n.Name, pos, c.info.Defs[n]) {
					return n.Name
				}
			}
		}
	}
	return ""
}

// importName returns the name under which the file containing pos imports
// path, provided that name refers to the import at pos; "" otherwise.
func (c *checker) importName(pos token.Pos, path string) string {
	for _, file := range c.pass.Files {
		if pos < file.FileStart || pos >= file.FileEnd {
			continue
		}
		for _, imp := range file.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
				continue
			}
			obj := c.info.PkgNameOf(imp)
			if obj == nil || obj.Name() == "_" || obj.Name() == "." {
				continue
			}
			if c.resolves(obj.Name(), pos, obj) {
				return obj.Name()
			}
		}
	}
	return ""
}

// resolves reports whether name, looked up at pos, is obj.
func (c *checker) resolves(name string, pos token.Pos, obj types.Object) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil || obj == nil {
		return false
	}
	_, found := scope.LookupParent(name, pos)
	return found == obj
}

// source returns the source text of e, or "".
func (c *checker) source(e ast.Expr) string {
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, c.pass.Fset, e); err != nil {
		return ""
	}
	return buf.String()
}
