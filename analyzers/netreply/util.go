package netreply

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
)

// shallow walks n without entering function literals.
func shallow(n ast.Node, f func(ast.Node) bool) {
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		return f(n)
	})
}

// isTerminal reports whether a call never returns: panic, os.Exit,
// log.Fatal and the Fatal, Panic and FailNow methods of loggers and tests.
func isTerminal(info *types.Info, call *ast.CallExpr) bool {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if b, ok := info.Uses[fun].(*types.Builtin); ok {
			return b.Name() == "panic"
		}
		return false
	case *ast.SelectorExpr:
		name := fun.Sel.Name
		if obj, ok := info.Uses[fun.Sel].(*types.Func); ok && obj.Pkg() != nil {
			switch obj.Pkg().Path() + "." + name {
			case "os.Exit", "runtime.Goexit":
				return true
			}
		}
		for _, p := range []string{"Fatal", "Panic", "FailNow", "SkipNow", "Skip"} {
			if strings.HasPrefix(name, p) {
				return true
			}
		}
	}
	return false
}

// messagePkgs are packages whose functions only format messages or log.
var messagePkgs = map[string]bool{"fmt": true, "log": true, "log/slog": true, "errors": true}

// messageMethods are method names of loggers and error builders.
var messageMethods = map[string]bool{
	"Debug": true, "Debugf": true, "Info": true, "Infof": true, "Warn": true, "Warnf": true,
	"Warning": true, "Warningf": true, "Error": true, "Errorf": true, "Print": true, "Printf": true,
	"Println": true, "Log": true, "Logf": true, "Wrap": true, "Wrapf": true, "With": true,
	"Debugw": true, "Infow": true, "Warnw": true, "Errorw": true, "Msg": true, "Msgf": true,
}

// isMessage reports whether a call only formats a message, logs or builds
// an error: values used inside it are reported, not consumed.
func (c *checker) isMessage(call *ast.CallExpr) bool {
	f := c.callee(call)
	if f == nil {
		return false
	}
	if f.Pkg() != nil && messagePkgs[f.Pkg().Path()] {
		name := f.Name()
		return !strings.HasPrefix(name, "Fprint") && !strings.HasPrefix(name, "Fscan") && !strings.HasPrefix(name, "Sscan")
	}
	if sig, ok := f.Type().(*types.Signature); ok && sig.Recv() != nil {
		return messageMethods[f.Name()]
	}
	return false
}

// visible walks n, skipping function literals and message calls.
func (c *checker) visible(n ast.Node, f func(ast.Node) bool) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if c.isMessage(n) {
				return false
			}
		}
		return f(n)
	})
}

// successReturn reports whether a return statement may report success:
// no error result is built on the spot (an error literal, fmt.Errorf,
// errors.New or another constructor of errors).
func (c *checker) successReturn(ret *ast.ReturnStmt, sig *types.Signature) bool {
	if sig == nil || len(ret.Results) != sig.Results().Len() {
		return false
	}
	for i, r := range ret.Results {
		if isError(sig.Results().At(i).Type()) && c.builtError(r) {
			return false
		}
	}
	return true
}

// builtError reports whether e constructs an error.
func (c *checker) builtError(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.CompositeLit)
		return lit
	case *ast.CallExpr:
		f := c.callee(x)
		if f == nil || f.Pkg() == nil {
			return false
		}
		if messagePkgs[f.Pkg().Path()] || f.Pkg().Path() == "github.com/pkg/errors" {
			return true
		}
		name := strings.ToLower(f.Name())
		return strings.Contains(name, "err") && (strings.HasPrefix(name, "new") || strings.HasPrefix(name, "wrap"))
	}
	return false
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isNamed(t types.Type, path, name string) bool {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

func isHTTPResponse(t types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return ptr && isNamed(t, "net/http", "Response")
}

func isHTTPRequest(t types.Type) bool { return netcall.IsHTTPRequest(t) }

func isResponseWriter(t types.Type) bool { return isNamed(t, "net/http", "ResponseWriter") }
