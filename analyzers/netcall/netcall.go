// Package netcall defines an Analyzer that finds network call sites for
// the netlint family analyzers. It reports nothing.
package netcall

import (
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// Analyzer finds the package's network call sites and exports wrapper facts.
var Analyzer = &analysis.Analyzer{
	Name:       "netcall",
	Doc:        "find network call sites for the netlint analyzers (reports nothing)",
	URL:        "https://github.com/netlint/netlint",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	Run:        run,
}

func init() { registerFlags(&Analyzer.Flags) }

// Result is the network call-site model of one package.
type Result struct {
	Config *Config
}

func run(pass *analysis.Pass) (any, error) {
	cfg, err := parseConfig()
	if err != nil {
		return nil, err
	}
	return &Result{Config: cfg}, nil
}
