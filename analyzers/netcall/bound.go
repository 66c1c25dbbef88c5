package netcall

import (
	"go/ast"
	"go/types"
)

// Bound says whether a client, transport, dialer or server value bounds its
// waits.
type Bound uint8

// Bounds in increasing order of the benefit of the doubt (see Origin).
const (
	Unbounded    Bound = iota + 1 // built here without any timeout
	BoundedValue                  // built with a timeout
	BoundUnknown                  // not traceable: a parameter, a call result, …
)

// BoundInfo describes where a struct value (an http.Client, a net.Dialer,
// an http.Server …) was built.
type BoundInfo struct {
	Bound Bound
	// Lit is the composite literal or new() call that built the value,
	// when there is exactly one.
	Lit ast.Expr
	// Default is set for http.DefaultClient.
	Default bool
}

func (a BoundInfo) join(b BoundInfo) BoundInfo {
	if b.Bound > a.Bound {
		return b
	}
	return a
}

// StructBound traces a value of struct type (or pointer to it) back to its
// construction and asks bounded, which inspects the fields set in the
// literal and by later assignments (v.Field = e), whether the value bounds
// its waits. Values that are passed to other functions, or come from
// parameters, fields of unknown origin or calls, are BoundUnknown.
func (fl *Flow) StructBound(e ast.Expr, bounded func(fields map[string]ast.Expr) bool) BoundInfo {
	return fl.structBound(e, bounded, map[*types.Var]bool{}, nil)
}

func (fl *Flow) structBound(e ast.Expr, bounded func(map[string]ast.Expr) bool, seen map[*types.Var]bool, later map[string]ast.Expr) BoundInfo {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		return fl.structBound(x.X, bounded, seen, later)
	case *ast.CompositeLit:
		fields := map[string]ast.Expr{}
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return BoundInfo{Bound: BoundUnknown} // positional literal
			}
			if id, ok := kv.Key.(*ast.Ident); ok {
				fields[id.Name] = kv.Value
			}
		}
		for k, v := range later {
			fields[k] = v
		}
		if bounded(fields) {
			return BoundInfo{Bound: BoundedValue, Lit: x}
		}
		return BoundInfo{Bound: Unbounded, Lit: x}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == "new" && len(x.Args) == 1 {
			if _, isBuiltin := fl.info.Uses[id].(*types.Builtin); isBuiltin {
				if bounded(later) {
					return BoundInfo{Bound: BoundedValue, Lit: x}
				}
				return BoundInfo{Bound: Unbounded, Lit: x}
			}
		}
		return BoundInfo{Bound: BoundUnknown}
	case *ast.SelectorExpr:
		if obj, ok := fl.info.Uses[x.Sel].(*types.Var); ok {
			if isDefaultClient(obj) {
				return BoundInfo{Bound: Unbounded, Default: true}
			}
			if obj.IsField() {
				if seen[obj] {
					return BoundInfo{Bound: BoundUnknown}
				}
				seen[obj] = true
				defs := fl.FieldDefs(obj)
				if len(defs) == 0 {
					return BoundInfo{Bound: BoundUnknown}
				}
				var out BoundInfo
				for _, d := range defs {
					out = out.join(fl.structBound(d, bounded, seen, nil))
				}
				return out
			}
		}
		return BoundInfo{Bound: BoundUnknown}
	case *ast.Ident:
		v := fl.varOf(x)
		if isDefaultClient(v) { // a dot import of net/http
			return BoundInfo{Bound: Unbounded, Default: true}
		}
		if v == nil || seen[v] || fl.Param(v) >= 0 || fl.Escapes(v) {
			return BoundInfo{Bound: BoundUnknown}
		}
		seen[v] = true
		exprs, idx, known := fl.Defs(v)
		if !known || (len(exprs) == 0 && !fl.zero[v]) {
			return BoundInfo{Bound: BoundUnknown}
		}
		set := map[string]ast.Expr{}
		for name, es := range fl.setOn[v] {
			for _, e := range es {
				if !fl.IsZero(e) {
					set[name] = e
				}
			}
		}
		var out BoundInfo
		if fl.zero[v] {
			if _, isStruct := v.Type().Underlying().(*types.Struct); !isStruct {
				return BoundInfo{Bound: BoundUnknown}
			}
			out = BoundInfo{Bound: Unbounded}
			if bounded(set) {
				out.Bound = BoundedValue
			}
		}
		for i, rhs := range exprs {
			if idx[i] >= 0 {
				return BoundInfo{Bound: BoundUnknown}
			}
			out = out.join(fl.structBound(rhs, bounded, seen, set))
		}
		return out
	}
	return BoundInfo{Bound: BoundUnknown}
}

// SetNonZero reports whether fields holds a non-zero expression for name.
// A non-constant expression counts as set: configuration values are
// accepted, not evaluated.
func (fl *Flow) SetNonZero(fields map[string]ast.Expr, name string) bool {
	e, ok := fields[name]
	return ok && !fl.IsZero(e)
}

func isDefaultClient(v *types.Var) bool {
	return v != nil && v.Pkg() != nil && v.Pkg().Path() == "net/http" && v.Name() == "DefaultClient"
}
