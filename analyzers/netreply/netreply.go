package netreply

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
)

// Analyzer checks that replies of network calls are validated before they
// are trusted, and that handlers fail loudly (family V).
var Analyzer = &analysis.Analyzer{
	Name:      "netreply",
	Doc:       "check that replies are validated before they are trusted",
	URL:       "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#netreply",
	Requires:  []*analysis.Analyzer{netcall.Analyzer},
	FactTypes: []analysis.Fact{new(replyFact)},
	Run:       run,
}

type checker struct {
	pass *analysis.Pass
	nc   *netcall.Result
	fl   *netcall.Flow
	info *types.Info
	// local holds the summaries of the package's functions.
	local map[*types.Func]*replyFact
	// imported caches the facts of other packages' functions.
	imported map[*types.Func]*replyFact
	reported map[reportKey]bool
	// helperReads collects calls of helpers that read peer bodies unbounded.
	helperReads map[*types.Func][]helperRead
	// validators caches validatorMethod by type.
	validators map[*types.Named]string
	// called holds the package's functions that are called directly, not
	// only used as values: a handler-shaped one is then a helper whose
	// caller may have bounded the request body.
	called map[*types.Func]bool
	// limitsHandlers is set when the package wraps handlers in
	// http.MaxBytesHandler, which bounds request bodies out of sight.
	limitsHandlers bool
}

type reportKey struct {
	pos token.Pos
	id  string
}

// A fn is one function body: a declaration or a literal. Statements of
// nested literals belong to the literal, not to the enclosing function.
type fn struct {
	typ  *ast.FuncType
	body *ast.BlockStmt
	decl *ast.FuncDecl // the declaration, or the one enclosing the literal
	lit  *ast.FuncLit
	obj  *types.Func // the declared function; nil for literals
	sig  *types.Signature
}

func run(pass *analysis.Pass) (any, error) {
	nc := pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	if nc.Skipped() {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		nc:       nc,
		fl:       nc.Flow,
		info:     pass.TypesInfo,
		local:    map[*types.Func]*replyFact{},
		imported: map[*types.Func]*replyFact{},
		reported: map[reportKey]bool{},
		called:   map[*types.Func]bool{},

		validators: map[*types.Named]string{},

		helperReads: map[*types.Func][]helperRead{},
	}
	funcs := c.functions()
	c.summarize(funcs)
	for _, f := range funcs {
		if nc.InGeneratedOrTest(f.body.Pos()) {
			continue
		}
		c.statuses(f)
		c.bodies(f)
		c.decodes(f)
		c.validations(f)
		c.streams(f)
		c.handler(f)
	}
	c.reportHelperReads()
	c.writers()
	return nil, nil
}

// functions lists the package's function bodies and notes package-wide
// evidence (http.MaxBytesHandler).
func (c *checker) functions() []*fn {
	var out []*fn
	for _, file := range c.pass.Files {
		var decl *ast.FuncDecl
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				decl = n
				if n.Body != nil {
					obj, _ := c.info.Defs[n.Name].(*types.Func)
					var sig *types.Signature
					if obj != nil {
						sig = obj.Type().(*types.Signature)
					}
					out = append(out, &fn{typ: n.Type, body: n.Body, decl: n, obj: obj, sig: sig})
				}
			case *ast.FuncLit:
				sig, _ := c.info.TypeOf(n).(*types.Signature)
				out = append(out, &fn{typ: n.Type, body: n.Body, decl: decl, lit: n, sig: sig})
			case *ast.CallExpr:
				f := c.callee(n)
				switch {
				case f == nil:
				case f.FullName() == "net/http.MaxBytesHandler":
					c.limitsHandlers = true
				case f.Pkg() == c.pass.Pkg:
					c.called[f] = true
				}
			}
			return true
		})
	}
	return out
}

// report reports a finding once per position and rule.
func (c *checker) report(n ast.Node, id, format string, args ...any) {
	c.reportFix(n, id, nil, format, args...)
}

// reportFix is report with suggested fixes.
func (c *checker) reportFix(n ast.Node, id string, fixes []analysis.SuggestedFix, format string, args ...any) {
	k := reportKey{n.Pos(), id}
	if c.reported[k] {
		return
	}
	c.reported[k] = true
	c.nc.Report(c.pass, analysis.Diagnostic{
		Pos: n.Pos(), End: n.End(), Category: id,
		Message:        fmt.Sprintf(format, args...),
		SuggestedFixes: fixes,
	})
}

// callee returns the origin of the function a call invokes, or nil.
func (c *checker) callee(call *ast.CallExpr) *types.Func {
	if f := c.fl.Callee(call); f != nil {
		return f.Origin()
	}
	return nil
}

// calleeName returns the FullName of a call's callee, or "".
func (c *checker) calleeName(call *ast.CallExpr) string {
	if f := c.callee(call); f != nil {
		return f.FullName()
	}
	return ""
}

// varOf returns the variable an identifier names, or nil.
func (c *checker) varOf(e ast.Expr) *types.Var {
	if e == nil {
		return nil
	}
	return c.fl.VarOf(e)
}
