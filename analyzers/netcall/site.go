package netcall

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// Source says how netcall knows that a call crosses the network.
type Source uint8

// The sources of call sites.
const (
	FromCatalog    Source = iota + 1 // an entry or a shape of the rules catalog
	FromAnnotation                   // a method of a type annotated //netlint:client
	FromConfig                       // a method of a type listed in the clients setting
	FromWrapper                      // a function that wraps a network call (FuncFact)
)

// A Site is one call that crosses the network.
type Site struct {
	Call   *ast.CallExpr
	Fn     *types.Func // the callee
	API    *rules.API  // its catalog entry; synthesised for clients and wrappers
	Source Source
	// Fact is the callee's summary when Source is FromWrapper.
	Fact *FuncFact
	// Decl is the enclosing function declaration, nil at package level.
	Decl *ast.FuncDecl
	// Lit is the innermost enclosing function literal, or nil.
	Lit *ast.FuncLit
	// InGo is set when the call runs in a new goroutine (a go statement's
	// call or function literal).
	InGo bool
	// File is the file that contains the call.
	File *ast.File
	// Idem is the call's idempotency class, with Dep resolved from the
	// HTTP method, SQL text or annotations where they are known.
	Idem rules.Idem
	// Method is the HTTP method when it is known.
	Method string
	// exprRecv is set for method expressions ((*T).M(recv, …)): Args[0]
	// is the receiver.
	exprRecv bool
}

// Arg returns the argument that plays role r, or nil.
func (s *Site) Arg(r rules.Role) ast.Expr {
	i := s.API.Param(r)
	if i < 0 {
		return nil
	}
	if s.exprRecv {
		i++
	}
	if i >= len(s.Call.Args) {
		return nil
	}
	return s.Call.Args[i]
}

// argAt returns the i'th argument, counting from the first parameter
// after the receiver, or nil.
func (s *Site) argAt(i int) ast.Expr {
	if s.exprRecv {
		i++
	}
	if i < 0 || i >= len(s.Call.Args) {
		return nil
	}
	return s.Call.Args[i]
}

// Recv returns the receiver expression of a method call, or nil.
func (s *Site) Recv() ast.Expr {
	if s.exprRecv {
		return s.Call.Args[0]
	}
	sig, _ := s.Fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	if sel, ok := ast.Unparen(s.Call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// Name returns the callee as messages spell it: "http.Client.Do",
// "payments.Client.Charge".
func (s *Site) Name() string { return FuncName(s.Fn) }

// FuncName spells a function as messages do: the package's name (not its
// path), the receiver's type name without pointer or type arguments, and
// the function's name: "clientv3.KV.Put", "http.Get".
func FuncName(fn *types.Func) string {
	fn = fn.Origin()
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := types.Unalias(sig.Recv().Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if n, ok := t.(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() == nil {
		return name
	}
	return fn.Pkg().Name() + "." + name
}

// Describe returns the callee's name with what it wraps, for messages:
// "fetchUser (wraps http.Client.Do)".
func (s *Site) Describe() string {
	if s.Source == FromWrapper && s.Fact.API != "" {
		return s.Name() + " (wraps " + s.Fact.API + ")"
	}
	return s.Name()
}

// Enclosing returns the innermost enclosing function, a *ast.FuncLit or
// *ast.FuncDecl, or nil at package level.
func (s *Site) Enclosing() ast.Node {
	if s.Lit != nil {
		return s.Lit
	}
	if s.Decl != nil {
		return s.Decl
	}
	return nil
}

// FuncType returns the signature of the innermost enclosing function, or nil.
func (s *Site) FuncType() *ast.FuncType {
	if s.Lit != nil {
		return s.Lit.Type
	}
	if s.Decl != nil {
		return s.Decl.Type
	}
	return nil
}

// Has reports whether the site's API carries flag f.
func (s *Site) Has(f rules.Flag) bool { return s.API.Flags.Has(f) }
