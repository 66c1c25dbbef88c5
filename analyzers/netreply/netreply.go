package netreply

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
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

func run(pass *analysis.Pass) (any, error) {
	nc := pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	if nc.Skipped() || nc.TestOnly() {
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
	withReplies := map[ast.Node]bool{}
	for _, s := range nc.Sites() {
		if s.Has(rules.Response) {
			withReplies[s.Enclosing()] = true
		}
	}
	for _, f := range funcs {
		f.replies = withReplies[f.node()]
	}
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
		return c.nc.FuncName(f)
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
