package netoutcome

import (
	"go/ast"
	"go/types"
	"sort"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// maxRounds bounds the classifier fixpoint: a classifier that calls a
// classifier declared later in the package needs a second round.
const maxRounds = 4

// inferClassifiers finds the package's classifiers (rules.md §8, "inferred
// classifiers"): functions with an error parameter and a bool, enum-like
// or error result whose body applies a classifier to that parameter, and
// functions annotated //netlint:classifier. Exported ones get a
// classifierFact, so a project's own IsRetryable(err) counts in the
// packages that import it.
func (c *checker) inferClassifiers() {
	type candidate struct {
		fn     *types.Func
		body   *ast.BlockStmt
		params varSet
	}
	var cands []candidate
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, _ := c.info.Defs[fd.Name].(*types.Func)
			switch {
			case fn == nil:
			case c.nc.Annotated(fn, netcall.AnnotClassifier):
				c.local[fn] = rules.ClassAll | rules.ClassOther
			case fd.Body != nil && classifierResults(fn):
				if params := c.errorParams(fd); len(params) > 0 {
					cands = append(cands, candidate{fn, fd.Body, params})
				}
			}
		}
	}
	for range maxRounds {
		changed := false
		for _, cd := range cands {
			tracked := varSet{}
			for v := range cd.params {
				tracked[v] = true
			}
			c.derive(cd.body, tracked)
			if cls := c.classesIn(cd.body, tracked) | c.local[cd.fn]; cls != c.local[cd.fn] {
				c.local[cd.fn] = cls
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	var fns []*types.Func
	for fn, cls := range c.local {
		if cls != 0 && fn.Exported() {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return netcall.PosLess(c.pass.Fset, fns[i].Pos(), fns[j].Pos()) })
	for _, fn := range fns {
		c.pass.ExportObjectFact(fn, &classifierFact{Classes: c.local[fn]})
	}
}

// errorParams returns the parameters of type error.
func (c *checker) errorParams(fd *ast.FuncDecl) varSet {
	params := varSet{}
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if v, ok := c.info.Defs[n].(*types.Var); ok && isError(v.Type()) {
				params[v] = true
			}
		}
	}
	return params
}

// classifierResults reports whether fn returns what a classifier returns:
// a bool, an enum-like named integer or string, or an error.
func classifierResults(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		if isError(t) {
			return true
		}
		b, ok := t.Underlying().(*types.Basic)
		if !ok {
			continue
		}
		_, named := types.Unalias(t).(*types.Named)
		if b.Kind() == types.Bool || named && b.Info()&(types.IsInteger|types.IsString) != 0 {
			return true
		}
	}
	return false
}
