package netcall

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A def is one expression assigned to a variable or field.
type def struct {
	rhs   ast.Expr // the assigned expression, or the call of a tuple assignment; nil: unknowable (range, address taken)
	index int      // the result index in a tuple assignment, or -1
}

// Flow is a flow-insensitive index of the assignments in a package: for
// each variable, every expression assigned to it anywhere. Analyzers use it
// to trace where a context, a request or a client came from. Tracing is
// deliberately conservative: whatever cannot be traced is unknown, and
// unknown values are never reported.
type Flow struct {
	info    *types.Info
	defs    map[*types.Var][]def
	fields  map[*types.Var][]def                 // struct fields: composite literal keys and x.f = v
	setOn   map[*types.Var]map[string][]ast.Expr // v.f = e, by base variable and field name
	params  map[*types.Var]int                   // parameter index within its signature
	escapes map[*types.Var]bool                  // passed to a call or its address taken
	funcs   map[*types.Var]*ast.FuncType         // the declaring signature of each parameter
	zero    map[*types.Var]bool                  // declared without a value: var d net.Dialer
}

func newFlow(info *types.Info) *Flow {
	fl := &Flow{
		info:    info,
		defs:    map[*types.Var][]def{},
		fields:  map[*types.Var][]def{},
		setOn:   map[*types.Var]map[string][]ast.Expr{},
		params:  map[*types.Var]int{},
		escapes: map[*types.Var]bool{},
		funcs:   map[*types.Var]*ast.FuncType{},
		zero:    map[*types.Var]bool{},
	}
	return fl
}

func (fl *Flow) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncType:
		fl.addParams(n)
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				fl.assign(n.Lhs[i], def{n.Rhs[i], -1})
			}
		} else if len(n.Rhs) == 1 {
			for i := range n.Lhs {
				fl.assign(n.Lhs[i], def{n.Rhs[0], i})
			}
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			switch {
			case len(n.Values) == 0:
				if v := fl.identVar(name); v != nil {
					fl.zero[v] = true
				}
			case len(n.Values) == len(n.Names):
				fl.assign(name, def{n.Values[i], -1})
			case len(n.Values) == 1:
				fl.assign(name, def{n.Values[0], i})
			}
		}
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if e != nil {
				fl.assign(e, def{nil, -1})
			}
		}
	case *ast.CompositeLit:
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if field, ok := fl.info.Uses[id].(*types.Var); ok && field.IsField() {
						fl.fields[field] = append(fl.fields[field], def{kv.Value, -1})
					}
				}
			}
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if v := fl.varOf(n.X); v != nil {
				fl.escapes[v] = true
			}
		}
	case *ast.CallExpr:
		for _, arg := range n.Args {
			if v := fl.varOf(arg); v != nil {
				fl.escapes[v] = true
			}
		}
	}
	return true
}

func (fl *Flow) addParams(ft *ast.FuncType) {
	i := 0
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if v, ok := fl.info.Defs[name].(*types.Var); ok {
				fl.params[v] = i
				fl.funcs[v] = ft
			}
			i++
		}
	}
}

func (fl *Flow) assign(lhs ast.Expr, d def) {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if v := fl.identVar(lhs); v != nil {
			fl.defs[v] = append(fl.defs[v], d)
		}
	case *ast.SelectorExpr:
		sel := fl.info.Selections[lhs]
		if sel == nil || sel.Kind() != types.FieldVal {
			return
		}
		field := sel.Obj().(*types.Var)
		fl.fields[field] = append(fl.fields[field], d)
		if base := fl.BaseOf(lhs.X); base != nil && d.index < 0 {
			m := fl.setOn[base]
			if m == nil {
				m = map[string][]ast.Expr{}
				fl.setOn[base] = m
			}
			m[field.Name()] = append(m[field.Name()], d.rhs)
		}
	}
}

func (fl *Flow) identVar(id *ast.Ident) *types.Var {
	if obj, ok := fl.info.Defs[id].(*types.Var); ok {
		return obj
	}
	v, _ := fl.info.Uses[id].(*types.Var)
	return v
}

// varOf returns the variable an expression names (x, *x, (x)), or nil.
func (fl *Flow) varOf(e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := fl.identVar(e)
		if v != nil && !v.IsField() {
			return v
		}
	case *ast.StarExpr:
		return fl.varOf(e.X)
	}
	return nil
}

// BaseOf returns the variable that e names, or the struct field that e
// selects (x.f, x.y.f), or nil. Fields stand for every value they hold.
func (fl *Flow) BaseOf(e ast.Expr) *types.Var {
	if v := fl.varOf(e); v != nil {
		return v
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if s := fl.info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			return s.Obj().(*types.Var)
		}
	}
	return nil
}

// VarOf returns the local or package variable that e names, or nil.
func (fl *Flow) VarOf(e ast.Expr) *types.Var { return fl.varOf(e) }

// Defs returns the expressions assigned to v anywhere in the package, and
// whether every assignment is knowable. A tuple assignment yields the call
// and the result index.
func (fl *Flow) Defs(v *types.Var) (exprs []ast.Expr, indexes []int, known bool) {
	known = true
	for _, d := range fl.defs[v] {
		if d.rhs == nil {
			known = false
			continue
		}
		exprs = append(exprs, d.rhs)
		indexes = append(indexes, d.index)
	}
	return exprs, indexes, known
}

// OnlyDef returns the expression assigned to v when v has exactly one
// knowable assignment, not from a tuple; otherwise nil.
func (fl *Flow) OnlyDef(v *types.Var) ast.Expr {
	exprs, idx, known := fl.Defs(v)
	if !known || len(exprs) != 1 || idx[0] >= 0 {
		return nil
	}
	return exprs[0]
}

// SetOn returns the expressions assigned to field name of v (v.name = e)
// anywhere in the package; v is a variable or, for x.v.name = e, a field.
func (fl *Flow) SetOn(v *types.Var, name string) []ast.Expr { return fl.setOn[v][name] }

// FieldDefs returns the expressions assigned to a struct field anywhere in
// the package, through composite literals or assignments.
func (fl *Flow) FieldDefs(field *types.Var) []ast.Expr {
	var out []ast.Expr
	for _, d := range fl.fields[field] {
		if d.rhs == nil || d.index >= 0 {
			return nil
		}
		out = append(out, d.rhs)
	}
	return out
}

// Escapes reports whether v is passed to a call or has its address taken,
// so code elsewhere may change it.
func (fl *Flow) Escapes(v *types.Var) bool { return fl.escapes[v] }

// Param returns the index of v among its function's parameters, or -1.
func (fl *Flow) Param(v *types.Var) int {
	if i, ok := fl.params[v]; ok {
		return i
	}
	return -1
}

// ParamOf returns the parameter index of v within the function type ft, or -1.
func (fl *Flow) ParamOf(v *types.Var, ft *ast.FuncType) int {
	if fl.funcs[v] != ft {
		return -1
	}
	return fl.params[v]
}

// Callee returns the function a call invokes, seeing through method values
// bound to local variables (f := c.Do; f(req)). It returns nil for calls of
// unknown function values, conversions and builtins.
func (fl *Flow) Callee(call *ast.CallExpr) *types.Func {
	if fn, ok := typeutil.Callee(fl.info, call).(*types.Func); ok {
		return fn
	}
	if v := fl.varOf(call.Fun); v != nil {
		exprs, idx, known := fl.Defs(v)
		if known && len(exprs) == 1 && idx[0] < 0 {
			if sel, ok := ast.Unparen(exprs[0]).(*ast.SelectorExpr); ok {
				if fn, ok := fl.info.Uses[sel.Sel].(*types.Func); ok {
					return fn
				}
			}
		}
	}
	return nil
}

// StringValue returns the constant string value of e, if it has one.
func (fl *Flow) StringValue(e ast.Expr) (string, bool) {
	tv, ok := fl.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// IsZero reports whether e is a constant zero (0, 0*time.Second, "").
func (fl *Flow) IsZero(e ast.Expr) bool {
	tv, ok := fl.info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.Int, constant.Float:
		return constant.Sign(tv.Value) == 0
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Bool:
		return !constant.BoolVal(tv.Value)
	}
	return false
}

// IsNegative reports whether e is a negative constant.
func (fl *Flow) IsNegative(e ast.Expr) bool {
	tv, ok := fl.info.Types[e]
	return ok && tv.Value != nil && (tv.Value.Kind() == constant.Int || tv.Value.Kind() == constant.Float) && constant.Sign(tv.Value) < 0
}
