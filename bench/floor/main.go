// Command floor is netlint's driver with a single analyzer that does
// nothing. Its run time and memory are the cost of loading, parsing and
// type-checking the packages (and of netlint's own driver), the floor
// that netlint's analyzers are measured against in bench/run.sh.
//
// It accepts the same flags as netlint, works standalone and under
// go vet -vettool, and never reports anything.
package main

import (
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/internal/cli"
)

// Analyzer does nothing.
var Analyzer = &analysis.Analyzer{
	Name: "floor",
	Doc:  "no-op analyzer: the type-check floor",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	cli.Main([]*analysis.Analyzer{Analyzer})
}
