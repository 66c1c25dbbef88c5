// Package nettimeout defines an Analyzer that checks that network calls
// have timeouts and deadlines.
package nettimeout

import (
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
)

// Analyzer reports network calls that can wait forever.
var Analyzer = &analysis.Analyzer{
	Name:     "nettimeout",
	Doc:      "check that network calls are bounded by a timeout or deadline",
	URL:      "https://github.com/netlint/netlint/tree/main/docs/rules",
	Requires: []*analysis.Analyzer{netcall.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	_ = pass.ResultOf[netcall.Analyzer].(*netcall.Result)
	return nil, nil
}
