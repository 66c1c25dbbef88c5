package netcall

import (
	"go/ast"
	"go/types"
)

// Origin says where the deadline of a context comes from.
type Origin uint8

// Origins in increasing order of the benefit of the doubt they get: when a
// variable has several assignments, the greatest origin wins, so that
// netlint only reports a context that has no deadline on every path.
const (
	// NoDeadline: context.Background or TODO, possibly through WithCancel,
	// WithValue or WithoutCancel: nothing bounds the wait.
	NoDeadline Origin = iota + 1
	// FromParam: the context (or request) is a parameter; the deadline is
	// the caller's business.
	FromParam
	// HasDeadline: WithTimeout or WithDeadline is applied on the way.
	HasDeadline
	// Unknown: the context comes from somewhere netlint does not trace.
	Unknown
)

// Root says what a context chain starts from.
type Root uint8

// The roots of a context chain.
const (
	RootBackground Root = iota + 1 // context.Background or TODO, or http.NewRequest
	RootDetached                   // context.WithoutCancel: deliberately detached
	RootParam                      // a parameter of the enclosing function
	RootUnknown
)

// CtxInfo describes a context (or the context of an *http.Request).
type CtxInfo struct {
	Origin Origin
	Root   Root
	// Param is the parameter the context comes from when Root is RootParam.
	Param *types.Var
	// At is the expression that created the root (the Background call).
	At ast.Expr
}

func (a CtxInfo) join(b CtxInfo) CtxInfo {
	out := a
	if b.Origin > out.Origin {
		out.Origin = b.Origin
	}
	if b.Root > out.Root {
		out.Root, out.Param, out.At = b.Root, b.Param, b.At
	}
	if out.At == nil {
		out.At = b.At
	}
	if out.Param == nil {
		out.Param = b.Param
	}
	return out
}

var unknownCtx = CtxInfo{Origin: Unknown, Root: RootUnknown}

// Ctx traces a context.Context expression, or an *http.Request expression
// (whose context is traced), to its origin.
func (fl *Flow) Ctx(e ast.Expr) CtxInfo {
	return fl.ctx(e, map[*types.Var]bool{})
}

func (fl *Flow) ctx(e ast.Expr, seen map[*types.Var]bool) CtxInfo {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.CallExpr:
		return fl.ctxCall(e, seen)
	case *ast.Ident, *ast.StarExpr:
		v := fl.varOf(e)
		if v == nil || seen[v] {
			return unknownCtx
		}
		seen[v] = true
		exprs, idx, known := fl.Defs(v)
		var out CtxInfo
		if fl.Param(v) >= 0 {
			out = CtxInfo{Origin: FromParam, Root: RootParam, Param: v}
			if !known {
				return out
			}
		} else if !known || len(exprs) == 0 {
			return unknownCtx
		}
		for i, rhs := range exprs {
			if idx[i] > 0 {
				// The second result of WithCancel etc. is not a context;
				// for other tuples only result 0 is traced.
				return unknownCtx
			}
			out = out.join(fl.ctx(rhs, seen))
		}
		return out
	case *ast.UnaryExpr: // &req? not a context
		return unknownCtx
	}
	return unknownCtx
}

func (fl *Flow) ctxCall(call *ast.CallExpr, seen map[*types.Var]bool) CtxInfo {
	fn := fl.Callee(call)
	if fn == nil || fn.Pkg() == nil {
		return unknownCtx
	}
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	switch fn.Pkg().Path() + "." + recvName(fn) + fn.Name() {
	case "context.Background", "context.TODO":
		return CtxInfo{Origin: NoDeadline, Root: RootBackground, At: call}
	case "context.WithTimeout", "context.WithDeadline", "context.WithTimeoutCause", "context.WithDeadlineCause":
		in := fl.ctx(arg(0), seen)
		in.Origin = max(in.Origin, HasDeadline)
		return in
	case "context.WithCancel", "context.WithCancelCause", "context.WithValue", "os/signal.NotifyContext",
		"context.AfterFunc":
		if a := arg(0); a != nil {
			return fl.ctx(a, seen)
		}
	case "context.WithoutCancel":
		in := fl.ctx(arg(0), seen)
		return CtxInfo{Origin: NoDeadline, Root: RootDetached, Param: in.Param, At: call}
	case "net/http.NewRequest", "github.com/hashicorp/go-retryablehttp.NewRequest":
		return CtxInfo{Origin: NoDeadline, Root: RootBackground, At: call}
	case "net/http.NewRequestWithContext", "github.com/hashicorp/go-retryablehttp.NewRequestWithContext":
		return fl.ctx(arg(0), seen)
	case "net/http.Request.WithContext", "net/http.Request.Clone":
		return fl.ctx(arg(0), seen)
	case "net/http.Request.Context":
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return fl.ctx(sel.X, seen)
		}
	}
	return unknownCtx
}

// recvName returns "T." for a method on T (or *T), else "".
func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name() + "."
	}
	return ""
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// IsHTTPRequest reports whether t is *net/http.Request.
func IsHTTPRequest(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}
