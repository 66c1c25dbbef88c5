package netreply

import (
	"go/ast"
	"go/types"
)

// A fn is one function body: a declaration or a literal. Statements of
// nested literals belong to the literal, not to the enclosing function.
type fn struct {
	typ  *ast.FuncType
	body *ast.BlockStmt
	decl *ast.FuncDecl // the declaration, or the one enclosing the literal
	lit  *ast.FuncLit
	obj  *types.Func // the declared function; nil for literals
	sig  *types.Signature

	// nodes lists the body's statements, calls, binary expressions and
	// literals (the nodes the checks look at) in preorder, outside
	// function literals, and end[i] is the index just past the subtree of
	// nodes[i]. Every check walks these lists rather than the tree.
	nodes []ast.Node
	end   []int32
	// replies is set when the body (outside function literals) makes a
	// network call that returns an *http.Response.
	replies bool
}

// node returns the innermost function node of f: its literal or its
// declaration.
func (f *fn) node() ast.Node {
	if f.lit != nil {
		return f.lit
	}
	return f.decl
}

// each calls visit for the listed nodes of f's body in preorder, not
// entering function literals, and skips the descendants of a node for
// which visit returns false.
func (f *fn) each(visit func(ast.Node) bool) {
	for i := 0; i < len(f.nodes); {
		if visit(f.nodes[i]) {
			i++
		} else {
			i = int(f.end[i])
		}
	}
}

// eachStack is each with the enclosing nodes of each node, outermost
// first (the node itself not included).
func (f *fn) eachStack(visit func(n ast.Node, stack []ast.Node) bool) {
	var open []int // indices of the nodes on the stack
	var stack []ast.Node
	for i := 0; i < len(f.nodes); {
		for len(open) > 0 && int(f.end[open[len(open)-1]]) <= i {
			open, stack = open[:len(open)-1], stack[:len(stack)-1]
		}
		if visit(f.nodes[i], stack) {
			open, stack = append(open, i), append(stack, f.nodes[i])
			i++
		} else {
			i = int(f.end[i])
		}
	}
}

// functions lists the package's function bodies, each with its node list,
// in source order, and notes package-wide evidence on the way: the local
// functions that are called, and http.MaxBytesHandler. The files are
// walked once.
func (c *checker) functions() []*fn {
	var out []*fn
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fd.Body == nil {
					continue
				}
				obj, _ := c.info.Defs[fd.Name].(*types.Func)
				var sig *types.Signature
				if obj != nil {
					sig = obj.Type().(*types.Signature)
				}
				out = c.index(&fn{typ: fd.Type, body: fd.Body, decl: fd, obj: obj, sig: sig}, out)
				continue
			}
			// Package-level declarations: literals and calls in
			// initializers.
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					out = c.index(c.litFn(n, nil), out)
					return false
				case *ast.CallExpr:
					c.noteCall(n)
				}
				return true
			})
		}
	}
	return out
}

// litFn returns the fn of a function literal inside decl (nil at package
// level).
func (c *checker) litFn(lit *ast.FuncLit, decl *ast.FuncDecl) *fn {
	sig, _ := c.info.TypeOf(lit).(*types.Signature)
	return &fn{typ: lit.Type, body: lit.Body, decl: decl, lit: lit, sig: sig}
}

// index appends f and then the literals inside it to out, building the
// node list of each.
func (c *checker) index(f *fn, out []*fn) []*fn {
	out = append(out, f)
	var open []int32 // index in nodes of each open node, -1 if not listed
	ast.Inspect(f.body, func(n ast.Node) bool {
		if n == nil {
			if i := open[len(open)-1]; i >= 0 {
				f.end[i] = int32(len(f.nodes))
			}
			open = open[:len(open)-1]
			return true
		}
		listed := false
		switch n := n.(type) {
		case *ast.FuncLit:
			out = c.index(c.litFn(n, f.decl), out)
			return false
		case *ast.CallExpr:
			c.noteCall(n)
			listed = true
		case ast.Stmt, *ast.BinaryExpr, *ast.BasicLit:
			listed = true
		}
		if !listed {
			open = append(open, -1)
			return true
		}
		open = append(open, int32(len(f.nodes)))
		f.nodes = append(f.nodes, n)
		f.end = append(f.end, 0)
		return true
	})
	return out
}

// noteCall records package-wide evidence from a call.
func (c *checker) noteCall(call *ast.CallExpr) {
	f := c.callee(call)
	switch {
	case f == nil:
	case f.Pkg() == c.pass.Pkg:
		c.called[f] = true
	case f.Name() == "MaxBytesHandler" && c.nc.FuncName(f) == "net/http.MaxBytesHandler":
		c.limitsHandlers = true
	}
}
