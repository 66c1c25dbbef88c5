// Package netoutcome defines an Analyzer that checks that errors of network
// calls are classified before the code decides what they mean.
package netoutcome

import (
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
)

// Analyzer checks the handling of network call errors (family O).
var Analyzer = &analysis.Analyzer{
	Name:     "netoutcome",
	Doc:      "check that network errors separate retryable, fatal and unknown outcomes",
	URL:      "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#netoutcome",
	Requires: []*analysis.Analyzer{netcall.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	_ = pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	return nil, nil
}
