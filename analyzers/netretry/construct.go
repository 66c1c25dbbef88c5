package netretry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

type regionKind uint8

const (
	loopRegion      regionKind = iota + 1 // a for or range loop
	gotoRegion                            // statements from a label to a goto back to it
	recursionRegion                       // a function that calls itself on error
	closureRegion                         // a function a retry helper calls repeatedly
)

// A region is the code a retry construct runs on every attempt.
type region struct {
	kind  regionKind
	node  ast.Node       // *ast.ForStmt, *ast.RangeStmt, *ast.LabeledStmt, *ast.FuncDecl or *ast.FuncLit
	body  *ast.BlockStmt // the statements run per attempt
	label *types.Label   // the loop's label, or the goto target
	self  *types.Func    // recursion: the function
	proto rules.RetryProtocol
	sig   *types.Signature // closure: the retried function's signature
	// variant holds the variables that may change between attempts.
	variant map[*types.Var]bool
}

// A construct is one retry construct and the network calls it repeats.
type construct struct {
	r    *region
	name string   // as messages say it: "a retry loop", "backoff.Retry"
	at   ast.Node // where construct-level findings go
	encl ast.Node // the enclosing *ast.FuncDecl or *ast.FuncLit
	decl *ast.FuncDecl
	// call is the helper call, and helper its entry, for helper constructs.
	call   *ast.CallExpr
	helper *rules.RetryHelper
	user   *retryFact // a user-defined retry helper
	pol    policy
	sites  []*retried
	info   *types.Info
}

// retried is a network call of a construct, with the paths from its
// outcome to the next attempt.
type retried struct {
	s *netcall.Site
	// errBack are the paths from the call's error to another attempt;
	// statusBack those from a response with a failed status.
	errBack, statusBack []trail
	// exits are the paths from the call's outcome that leave the retry.
	exits []trail
	// okExit: success can leave the retry; okRepeats: success can also
	// go round again without a failed status (a periodic loop).
	okExit, okRepeats bool
}

// retries reports whether the construct repeats at least one network call.
func (k *construct) retries() bool {
	for _, rs := range k.sites {
		if rs.isRetried() {
			return true
		}
	}
	return false
}

func (rs *retried) isRetried() bool { return len(rs.errBack) > 0 || len(rs.statusBack) > 0 }

// attempts returns the construct's constant number of attempts, or 0.
func (k *construct) attempts() int {
	if k.r.kind == loopRegion {
		return loopAttempts(k.r.node, k.info)
	}
	return k.pol.attempts
}

// constructs finds the package's retry constructs: loops, goto loops,
// self-recursion, retry helpers, and user-defined helpers.
func (c *checker) constructs() []*construct {
	var out []*construct
	bySite := map[*ast.CallExpr]*netcall.Site{}
	for _, s := range c.nc.Sites() {
		bySite[s.Call] = s
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			out = append(out, c.inFunc(f, fd, bySite)...)
		}
	}
	return out
}

// inFunc finds the constructs of one function declaration, including
// those in its function literals.
func (c *checker) inFunc(f *ast.File, fd *ast.FuncDecl, bySite map[*ast.CallExpr]*netcall.Site) []*construct {
	var out []*construct
	var funcs []ast.Node // enclosing functions, innermost last
	funcs = append(funcs, fd)
	var stack []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if _, ok := top.(*ast.FuncLit); ok {
				funcs = funcs[:len(funcs)-1]
			}
			return true
		}
		stack = append(stack, n)
		encl := funcs[len(funcs)-1]
		switch n := n.(type) {
		case *ast.FuncLit:
			funcs = append(funcs, n)
		case *ast.ForStmt, *ast.RangeStmt:
			if k := c.loop(f, fd, encl, n.(ast.Stmt), stack); k != nil {
				out = append(out, k)
			}
		case *ast.LabeledStmt:
			if k := c.gotoLoop(f, fd, encl, n, stack); k != nil {
				out = append(out, k)
			}
		case *ast.CallExpr:
			if k := c.helperCall(f, fd, encl, n); k != nil {
				out = append(out, k)
			}
		}
		return true
	})
	if k := c.recursion(f, fd); k != nil {
		out = append(out, k)
	}
	return out
}

// sitesIn returns the network calls made directly in body: not in a
// nested function literal (other than lit), not in a go statement.
func (c *checker) sitesIn(body ast.Node, lit *ast.FuncLit, decl *ast.FuncDecl) []*netcall.Site {
	var out []*netcall.Site
	for _, s := range c.nc.Sites() {
		if !within(s.Call, body) || s.InGo || s.Lit != lit {
			continue
		}
		if lit == nil && s.Decl != decl {
			continue
		}
		if s.Has(rules.Stream) || s.Has(rules.Lifecycle) || s.API.Kind == rules.Serve || s.API.Kind == rules.ConnIO {
			continue
		}
		out = append(out, s)
	}
	return out
}

// innermostLoop returns the innermost for or range statement around n
// inside root, not crossing a function literal, or nil.
func innermostLoop(path []ast.Node) ast.Stmt {
	for _, n := range path {
		switch n := n.(type) {
		case *ast.ForStmt:
			return n
		case *ast.RangeStmt:
			return n
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		}
	}
	return nil
}

// labelOf returns the label of a labeled loop statement, from its parent.
func (c *checker) labelOf(stack []ast.Node) *types.Label {
	if len(stack) < 2 {
		return nil
	}
	if ls, ok := stack[len(stack)-2].(*ast.LabeledStmt); ok {
		l, _ := c.info.Defs[ls.Label].(*types.Label)
		return l
	}
	return nil
}

// newConstruct fills the common fields of a construct.
func (c *checker) newConstruct(r *region, name string, at, encl ast.Node, fd *ast.FuncDecl) *construct {
	return &construct{r: r, name: name, at: at, encl: encl, decl: fd, info: c.info}
}

// forPos returns a node spanning a loop's for keyword, for reports.
func forPos(s ast.Stmt) ast.Node {
	switch s := s.(type) {
	case *ast.ForStmt:
		return keyword{s.For, s.For + token.Pos(len("for"))}
	case *ast.RangeStmt:
		return keyword{s.For, s.For + token.Pos(len("for"))}
	}
	return s
}

// keyword is a node spanning a keyword.
type keyword struct{ pos, end token.Pos }

func (k keyword) Pos() token.Pos { return k.pos }
func (k keyword) End() token.Pos { return k.end }
