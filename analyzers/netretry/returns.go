package netretry

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/netlint/netlint/rules"
)

// noReturn reports whether a call never returns: panic, os.Exit, the
// log.Fatal and log.Panic families, runtime.Goexit, testing's Fatal.
func (c *checker) noReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
		_, builtin := c.info.Uses[id].(*types.Builtin)
		return builtin
	}
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "os":
		return name == "Exit"
	case "runtime":
		return name == "Goexit"
	}
	if strings.HasPrefix(name, "Panic") {
		return fn.Pkg().Path() == "log"
	}
	return strings.HasPrefix(name, "Fatal")
}

// closureReturn classifies a return of a retried function by the helper's
// protocol.
func (w *walker) closureReturn(r *ast.ReturnStmt, st state) []end {
	both := []end{{toBack, st.t}, {toExit, st.t}}
	if len(r.Results) == 0 {
		return both
	}
	var errE, doneE ast.Expr
	errE = r.Results[len(r.Results)-1]
	if len(r.Results) > 1 {
		doneE = r.Results[0]
	}
	if len(r.Results) == 1 {
		if call, ok := ast.Unparen(errE).(*ast.CallExpr); ok {
			if tup, ok := w.c.info.TypeOf(call).(*types.Tuple); ok && tup.Len() > 1 {
				doneE = nil
				if call != w.call && !w.isErr(call) {
					return both
				}
				errE = call
			}
		}
	}
	if w.c.classifyingCall(errE, 0) {
		st.t.flags |= tClassified // return classify(err): it may mark some errors
	}
	switch w.r.proto {
	case rules.RetryOnError:
		if m := w.c.marker(errE); m != nil && !m.Retry {
			return []end{{toExit, st.t}}
		}
		return w.byErr(w.errValue(errE, st), toBack, toExit, st)
	case rules.RetryOnMarked:
		if call, ok := ast.Unparen(errE).(*ast.CallExpr); ok {
			if m := w.c.marker(call); m != nil && m.Retry && len(call.Args) == 1 {
				return w.byErr(w.errValue(call.Args[0], st), toBack, toExit, st)
			}
		}
		return []end{{toExit, st.t}}
	case rules.RetryOnNotDone:
		ev := w.errValue(errE, st)
		if ev == no {
			return []end{{toExit, st.t}}
		}
		done := unknown
		if doneE != nil {
			if tv, ok := w.c.info.Types[doneE]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
				done = no
				if constant.BoolVal(tv.Value) {
					done = yes
				}
			}
		}
		switch {
		case done == yes:
			return []end{{toExit, st.t}}
		case done == no && ev == yes:
			return []end{{toBack, st.t}}
		}
		return both
	}
	return both
}

// byErr picks the end for an error value: non-nil goes to ifErr, nil to ifNil.
func (w *walker) byErr(v tri, ifErr, ifNil endKind, st state) []end {
	switch v {
	case no:
		return []end{{ifErr, st.t}}
	case yes:
		return []end{{ifNil, st.t}}
	}
	return []end{{ifErr, st.t}, {ifNil, st.t}}
}

// errValue says whether an error expression is nil (yes), non-nil (no) or
// unknown in a state.
func (w *walker) errValue(e ast.Expr, st state) tri {
	e = ast.Unparen(e)
	if isNilIdent(e, w.c.info) {
		return yes
	}
	if w.isErr(e) || e == w.call {
		return st.err
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		if w.c.isPkgFunc(x, "fmt", "Errorf") || w.c.isPkgFunc(x, "errors", "New") {
			return no
		}
		if m := w.c.marker(x); m != nil && len(x.Args) == 1 {
			return w.errValue(x.Args[0], st)
		}
		for _, a := range x.Args {
			if w.isErr(a) {
				return st.err
			}
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		return no
	}
	return unknown
}

// marker returns the retry marker e calls (backoff.Permanent …), or nil.
func (c *checker) marker(e ast.Expr) *rules.RetryMarker {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	return rules.RetryMarkerByName(c.calleeName(call))
}

// classifyingCall reports whether e calls a local function that returns a
// retry marker (backoff.Permanent, retry.RetryableError …) on some path:
// "return classify(err)" decides per error.
func (c *checker) classifyingCall(e ast.Expr, depth int) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || depth > 2 || c.marker(call) != nil {
		return false
	}
	fn := c.fl.Callee(call)
	if fn == nil {
		return false
	}
	fd := c.decls[fn.Origin()]
	if fd == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if x, ok := n.(*ast.CallExpr); ok && (c.marker(x) != nil || c.classifyingCall(x, depth+1)) {
			found = true
		}
		return !found
	})
	return found
}
