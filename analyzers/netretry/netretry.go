// Package netretry defines an Analyzer that checks that network calls are
// retried only when that is safe.
package netretry

import (
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
)

// Analyzer checks the retries of network calls (family R).
var Analyzer = &analysis.Analyzer{
	Name:     "netretry",
	Doc:      "check that retries of network calls are safe and bounded",
	URL:      "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#netretry",
	Requires: []*analysis.Analyzer{netcall.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	_ = pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	return nil, nil
}
