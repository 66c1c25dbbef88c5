package netoutcome

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// classesIn returns the classifier evidence (rules.md §8) that n applies to
// the tracked error values: errors.Is and errors.As, comparisons with
// sentinels, type assertions and switches, registry functions and methods,
// functions with a classifier fact, configured or annotated classifiers,
// and matches on the error's text.
func (c *checker) classesIn(n ast.Node, tracked varSet) rules.Class {
	var cls rules.Class
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			cls |= c.callClasses(n, tracked)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				cls |= c.compareClasses(n, tracked)
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && c.mentionsAny(n.X, tracked) {
				cls |= orOther(c.typeClasses(c.info.TypeOf(n.Type)))
			}
		case *ast.TypeSwitchStmt:
			if x := switchSubject(n); x != nil && c.mentionsAny(x, tracked) {
				cls |= rules.ClassOther
				for _, cl := range n.Body.List {
					for _, e := range cl.(*ast.CaseClause).List {
						if !isNil(c.info, e) {
							cls |= c.typeClasses(c.info.TypeOf(e))
						}
					}
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && c.isTrackedErr(n.Tag, tracked) {
				for _, cl := range n.Body.List {
					for _, e := range cl.(*ast.CaseClause).List {
						if !isNil(c.info, e) {
							cls |= orOther(c.sentinelClasses(e))
						}
					}
				}
			}
		}
		return true
	})
	return cls
}

func (c *checker) callClasses(call *ast.CallExpr, tracked varSet) rules.Class {
	fn := c.callee(call)
	if fn == nil {
		return 0
	}
	full := c.nc.FuncName(fn)
	if full == "(context.Context).Err" {
		return rules.ClassUN | rules.ClassCancel
	}
	if rules.IsErrorInspector(full) {
		if len(call.Args) != 2 || !c.mentionsAny(call.Args[0], tracked) {
			return 0
		}
		if fn.Name() == "Is" {
			return orOther(c.sentinelClasses(call.Args[1]))
		}
		t := c.info.TypeOf(call.Args[1])
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			return orOther(c.typeClasses(p.Elem()))
		}
		return rules.ClassOther
	}
	argHit := false
	for _, a := range call.Args {
		argHit = argHit || c.mentionsAny(a, tracked)
	}
	recvHit := false
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.info.Selections[sel] != nil {
		recvHit = c.mentionsAny(sel.X, tracked)
	}
	if !argHit && !recvHit {
		return 0
	}
	if cls, ok := rules.IsClassifierFunc(full); ok {
		return cls
	}
	if recvHit {
		if cls, ok := rules.IsClassifierMethod(fn.Name()); ok {
			return cls
		}
	}
	if !argHit {
		return 0
	}
	if cls := c.factClasses(fn); cls != 0 {
		return cls
	}
	cfg := c.nc.Config.Classifiers
	if cfg[full] || cfg[strings.Replace(full, "(*", "(", 1)] || c.nc.Annotated(fn, netcall.AnnotClassifier) {
		return rules.ClassAll | rules.ClassOther
	}
	if textMatchers[full] && c.textArg(call, tracked) != nil {
		return rules.ClassOther
	}
	return 0
}

// textMatchers are functions that match strings; applied to an error's
// text they act as (fragile) classifiers.
var textMatchers = map[string]bool{
	"strings.Contains": true, "strings.ContainsAny": true, "strings.HasPrefix": true,
	"strings.HasSuffix": true, "strings.EqualFold": true, "strings.Index": true,
	"strings.Compare": true, "regexp.MatchString": true, "(*regexp.Regexp).MatchString": true,
}

// textArg returns the argument of call that is the text of a tracked error
// (err.Error() or a variable holding it), or nil.
func (c *checker) textArg(call *ast.CallExpr, tracked varSet) ast.Expr {
	for _, a := range call.Args {
		if c.isErrorText(a, tracked) {
			return a
		}
	}
	return nil
}

// isErrorText reports whether e is err.Error() of a tracked error, or a
// tracked string.
func (c *checker) isErrorText(e ast.Expr, tracked varSet) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
			return c.isTrackedErr(sel.X, tracked)
		}
	}
	if id, ok := e.(*ast.Ident); ok {
		if v := c.varOf(id); v != nil && tracked[v] {
			b, ok := v.Type().Underlying().(*types.Basic)
			return ok && b.Info()&types.IsString != 0
		}
	}
	return false
}

func (c *checker) compareClasses(be *ast.BinaryExpr, tracked varSet) rules.Class {
	x, y := be.X, be.Y
	if c.isTrackedErr(y, tracked) {
		x, y = y, x
	}
	if c.isTrackedErr(x, tracked) {
		if isNil(c.info, y) {
			return 0
		}
		return orOther(c.sentinelClasses(y))
	}
	if c.isErrorText(be.X, tracked) || c.isErrorText(be.Y, tracked) {
		return rules.ClassOther
	}
	return 0
}

// sentinelClasses returns the classes recognised by comparing an error
// with e, or 0 if the registry does not know e.
func (c *checker) sentinelClasses(e ast.Expr) rules.Class {
	obj := c.objOf(e)
	if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return 0
	}
	if cls, ok := rules.IsClassifierSentinel(obj.Pkg().Path() + "." + obj.Name()); ok {
		return cls
	}
	return c.typeClasses(obj.Type())
}

// typeClasses returns the classes recognised by testing an error against
// type t: a registry type, or an interface of conventional methods
// (Timeout, Temporary, GRPCStatus …).
func (c *checker) typeClasses(t types.Type) rules.Class {
	if t == nil {
		return 0
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil {
		if cls, ok := rules.IsClassifierType(n.Obj().Pkg().Path() + "." + n.Obj().Name()); ok {
			return cls
		}
	}
	var cls rules.Class
	if it, ok := t.Underlying().(*types.Interface); ok {
		for i := 0; i < it.NumMethods(); i++ {
			if m, ok := rules.IsClassifierMethod(it.Method(i).Name()); ok {
				cls |= m
			}
		}
	}
	return cls
}

// factClasses returns the classes of a function's classifier fact.
func (c *checker) factClasses(fn *types.Func) rules.Class {
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.local[fn]
	}
	if cls, ok := c.facts[fn]; ok {
		return cls
	}
	var f classifierFact
	if !c.pass.ImportObjectFact(fn, &f) {
		f.Classes = 0
	}
	c.facts[fn] = f.Classes
	return f.Classes
}

// derive adds to tracked the variables that n assigns from tracked values
// (e := fmt.Errorf("…%w", err), code := status.Code(err), the target of
// errors.As, the variables of a type switch on the error).
func (c *checker) derive(n ast.Node, tracked varSet) {
	for range 2 {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				for _, r := range n.Rhs {
					if c.mentionsAny(r, tracked) {
						c.addVars(n.Lhs, tracked)
						break
					}
				}
			case *ast.ValueSpec:
				for _, r := range n.Values {
					if c.mentionsAny(r, tracked) {
						for _, name := range n.Names {
							c.addVars([]ast.Expr{name}, tracked)
						}
						break
					}
				}
			case *ast.CallExpr:
				if fn := c.callee(n); fn != nil && rules.IsErrorInspector(c.nc.FuncName(fn)) && len(n.Args) == 2 && c.mentionsAny(n.Args[0], tracked) {
					if u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
						c.addVars([]ast.Expr{u.X}, tracked)
					}
				}
			case *ast.TypeSwitchStmt:
				if x := switchSubject(n); x != nil && c.mentionsAny(x, tracked) {
					for _, cl := range n.Body.List {
						if v, ok := c.info.Implicits[cl].(*types.Var); ok {
							tracked[v] = true
						}
					}
				}
			}
			return true
		})
	}
}

func (c *checker) addVars(lhs []ast.Expr, tracked varSet) {
	for _, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name != "_" {
			if v := c.varOf(id); v != nil {
				tracked[v] = true
			}
		}
	}
}
