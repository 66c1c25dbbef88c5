package cli

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Toy analyzers that stand in for netlint's own, so that the driver is
// tested on its own: toycall (named netcall, so it receives the
// configuration) exports a fact on every function that calls http.Get,
// and toyget reports calls to http.Get and to such functions.

type wrapsGet struct{}

func (*wrapsGet) AFact()         {}
func (*wrapsGet) String() string { return "wrapsGet" }

var (
	toyFlags struct{ clients, disable string }
	analyzed sync.Map // package path -> true, for every package toycall ran on
)

var toycall = &analysis.Analyzer{
	Name:       "netcall",
	Doc:        "find wrappers of http.Get (test double)",
	FactTypes:  []analysis.Fact{new(wrapsGet)},
	ResultType: reflect.TypeFor[*toyResult](),
	Run: func(pass *analysis.Pass) (any, error) {
		analyzed.Store(pass.Pkg.Path(), true)
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok && isGet(pass, call) {
						pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(wrapsGet))
					}
					return true
				})
			}
		}
		return &toyResult{splitList(toyFlags.disable), pass}, nil
	},
}

type toyResult struct {
	disabled []string
	pass     *analysis.Pass
}

func (r *toyResult) wraps(fn *types.Func) bool { return r.pass.ImportObjectFact(fn, new(wrapsGet)) }

var toyget = &analysis.Analyzer{
	Name:     "toyget",
	Doc:      "report calls to http.Get (test double)\n\nMore text.",
	URL:      "https://example.com/toyget",
	Requires: []*analysis.Analyzer{toycall},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[toycall].(*toyResult)
		t1 := !slices.Contains(res.disabled, "NL-T1")
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if isGet(pass, call) && t1 {
					pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: "NL-T1", Message: "NL-T1: http.Get has no timeout"})
				} else if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && res.wraps(fn) {
					pass.Reportf(call.Pos(), "%s wraps http.Get", fn.Name())
				}
				return true
			})
		}
		return nil, nil
	},
}

func init() {
	toycall.Flags.StringVar(&toyFlags.clients, "clients", "", "client types")
	toycall.Flags.StringVar(&toyFlags.disable, "disable", "", "rule IDs to switch off")
	toycall.Flags.StringVar(new(string), "idempotency-headers", "", "")
	toycall.Flags.StringVar(new(string), "classifiers", "", "")
	toycall.Flags.StringVar(new(string), "validators", "", "")
	toycall.Flags.StringVar(new(string), "enable", "", "")
	toyget.Flags.Bool("strict", false, "a boolean analyzer flag")
}

func isGet(pass *analysis.Pass, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	return ok && fn.FullName() == "net/http.Get"
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}
