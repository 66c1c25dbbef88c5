package netoutcome

import (
	"go/ast"

	"golang.org/x/tools/go/ast/astutil"
)

// parents finds the parents of nodes under root, a function. It does not
// index the whole function: the checks climb from a few calls and
// statements, so each lookup that misses computes the path from the node
// up to root once and remembers the parents along it.
type parents struct {
	root ast.Node
	file *ast.File
	m    map[ast.Node]ast.Node // child → parent, for the paths computed
	full bool                  // m holds every node under root
}

// of returns the parent of n, or nil for root and for nodes outside it.
func (p *parents) of(n ast.Node) ast.Node {
	if n == nil || n == p.root {
		return nil
	}
	if par, ok := p.m[n]; ok || p.full {
		return par
	}
	if p.file != nil && p.root.Pos() <= n.Pos() && n.End() <= p.root.End() {
		path, _ := astutil.PathEnclosingInterval(p.file, n.Pos(), n.End())
		for i, x := range path {
			if x == p.root {
				break
			}
			if i+1 < len(path) {
				p.m[x] = path[i+1]
			}
		}
		if par, ok := p.m[n]; ok {
			return par
		}
	}
	// n is not on the path the interval leads to (a node with an empty
	// span, say): index the whole function.
	p.indexAll()
	return p.m[n]
}

// indexAll records the parent of every node under root.
func (p *parents) indexAll() {
	var stack []ast.Node
	ast.Inspect(p.root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			p.m[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	p.full = true
}
