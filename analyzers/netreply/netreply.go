// Package netreply defines an Analyzer that checks that replies of network
// calls are validated before they are trusted.
package netreply

import (
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
)

// Analyzer checks the validation of requests and replies (family V).
var Analyzer = &analysis.Analyzer{
	Name:     "netreply",
	Doc:      "check that replies are validated before they are trusted",
	URL:      "https://github.com/netlint/netlint/blob/main/docs/rules/README.md#netreply",
	Requires: []*analysis.Analyzer{netcall.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	_ = pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	return nil, nil
}
