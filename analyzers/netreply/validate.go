package netreply

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/rules"
)

// validations reports NL-V5: a reply whose type can validate itself (a
// Validate() error method, or a method configured or annotated as a
// validator) reaches client state before it is validated or inspected.
func (c *checker) validations(f *fn) {
	f.each(func(n ast.Node) bool {
		s, ok := n.(ast.Stmt)
		if !ok {
			return true
		}
		v, what, method := c.replySource(f, s)
		if v == nil {
			return true
		}
		tr := &validateTrack{c: c, f: f, start: s, what: what, method: method, names: map[*types.Var]bool{v: true}, v: v}
		(&walker{t: tr, info: c.info}).run(f.body, off)
		return true
	})
}

// replySource returns the variable that simple statement s fills with a
// reply that must be validated: the result of a network call, or the
// target of a decoder reading network data. what describes the source.
func (c *checker) replySource(f *fn, s ast.Stmt) (v *types.Var, what, method string) {
	var calls []*ast.CallExpr
	var lhs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		lhs = s.Lhs
		for _, r := range s.Rhs {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				calls = append(calls, call)
			}
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			calls = append(calls, call)
		}
	default:
		return nil, "", ""
	}
	if len(calls) != 1 {
		return nil, "", ""
	}
	call := calls[0]
	if site := c.nc.SiteOf(call); site != nil && !site.Has(rules.Lifecycle) {
		for _, l := range lhs {
			if v := c.varOf(l); v != nil {
				if m := c.validatorMethod(v.Type()); m != "" {
					return v, "reply of " + site.Describe(), m
				}
			}
		}
		return nil, "", ""
	}
	if target := c.decodeTarget(f, call); target != nil {
		if m := c.validatorMethod(target.Type()); m != "" {
			return target, "reply decoded by " + rules.ReadableName(c.calleeName(call)), m
		}
	}
	return nil, "", ""
}

// decodeTarget returns the variable a decoding call on network data fills:
// out in json.Unmarshal(body, &out) or dec.Decode(&out).
func (c *checker) decodeTarget(f *fn, call *ast.CallExpr) *types.Var {
	name := c.calleeName(call)
	src, ok := unmarshalers[name]
	if !ok {
		src, ok = decodeFuncs[name]
	}
	if !ok || src == fromDatabase || len(call.Args) == 0 {
		return nil
	}
	switch {
	case src == fromReceiver:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if r := c.decoderReader(sel.X); r == nil || !c.peerReader(f, r) {
			return nil
		}
	case src < len(call.Args) && len(call.Args) > 1:
		if !c.peerData(f, call.Args[src], 0) {
			return nil
		}
	default:
		return nil
	}
	return c.varOf(stripAddr(call.Args[len(call.Args)-1]))
}

// validatorMethod returns the name of the method that validates values of
// type t, or "" when there is none or t has no exported fields to trust.
// Only methods declared on the named type count (no promoted ones), which
// keeps the lookup cheap.
func (c *checker) validatorMethod(t types.Type) string {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return ""
	}
	if m, ok := c.validators[n]; ok {
		return m
	}
	m := ""
	if st, ok := n.Underlying().(*types.Struct); ok && hasExportedField(st) {
		for i := 0; i < n.NumMethods() && m == ""; i++ {
			if f := n.Method(i); rules.IsValidateMethod(f) || c.configuredValidator(f) {
				m = f.Name()
			}
		}
	}
	c.validators[n] = m
	return m
}

// hasValidator reports whether t is a named type, or a pointer to one,
// that declares a Validate() error method.
func hasValidator(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return false
	}
	for i := 0; i < n.NumMethods(); i++ {
		if rules.IsValidateMethod(n.Method(i)) {
			return true
		}
	}
	return false
}

func hasExportedField(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Exported() {
			return true
		}
	}
	return false
}

// validateTrack follows a reply until it is validated or inspected.
type validateTrack struct {
	c      *checker
	f      *fn
	v      *types.Var
	start  ast.Stmt
	what   string
	method string
	names  map[*types.Var]bool // v and the locals that copy parts of it
	done   bool
}

func (t *validateTrack) begins(s ast.Stmt) bool { return s == t.start }

func (t *validateTrack) ends(s ast.Stmt) bool { return s != t.start && assigns(t.c, s, t.v) }

// tests: any condition that reads the reply counts as a check of its
// substance (r.GetId() != "", len(r.Items) == 0, r == nil).
func (t *validateTrack) tests(e ast.Expr) bool { return t.mentions(e) }

func (t *validateTrack) settles(s ast.Stmt) bool {
	if _, ok := s.(*ast.ExprStmt); ok {
		return false // v.Validate() with its error dropped validates nothing
	}
	if as, ok := s.(*ast.AssignStmt); ok && isBlank(as.Lhs[0]) {
		return false
	}
	found := false
	shallow(s, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && t.names[t.c.validatorCall(call)] {
			found = true
		}
		return !found
	})
	return found
}

// mentions reports whether e reads the reply or a copy of part of it.
func (t *validateTrack) mentions(e ast.Node) bool {
	found := false
	t.c.visible(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && t.names[t.c.varOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

func (t *validateTrack) use(n ast.Node, st state) {
	if st != unchecked || t.done {
		return
	}
	switch s := n.(type) {
	case *ast.AssignStmt:
		if len(s.Lhs) != len(s.Rhs) || s == t.start {
			break
		}
		for i, l := range s.Lhs {
			if !t.mentions(s.Rhs[i]) {
				continue
			}
			v := t.c.varOf(l)
			switch {
			case isBlank(l):
			case v != nil && v.Parent() != v.Pkg().Scope():
				t.names[v] = true
			default:
				t.sink(s.Rhs[i], "is stored")
				return
			}
		}
	case *ast.ReturnStmt:
		if !t.c.successReturn(s, t.f.sig) {
			return
		}
		for i, r := range s.Results {
			if isError(t.f.sig.Results().At(i).Type()) || t.names[t.c.varOf(r)] {
				continue // returned whole: the caller validates
			}
			if t.mentions(r) {
				t.sink(r, "is returned")
				return
			}
		}
	}
	t.c.visible(n, func(m ast.Node) bool {
		call, ok := m.(*ast.CallExpr)
		if !ok || t.done {
			return !t.done
		}
		if s := t.c.nc.SiteOf(call); s != nil {
			for _, a := range call.Args {
				if t.mentions(a) {
					t.sink(a, "is sent to "+s.Name())
					return false
				}
			}
		}
		return true
	})
}

func (t *validateTrack) sink(n ast.Node, how string) {
	t.done = true
	t.c.report(n, "NL-V5", "%s %s before %s.%s is called; validate it and return on error first", t.what, how, t.v.Name(), t.method)
}
