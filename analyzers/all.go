// Package analyzers lists netlint's analyzers.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/analyzers/netoutcome"
	"github.com/netlint/netlint/analyzers/netreply"
	"github.com/netlint/netlint/analyzers/netretry"
	"github.com/netlint/netlint/analyzers/nettimeout"
)

// All returns netlint's analyzers in a stable order: the shared model
// netcall first (it reports nothing but carries the configuration flags),
// then one analyzer per rule family.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		netcall.Analyzer,
		nettimeout.Analyzer,
		netoutcome.Analyzer,
		netretry.Analyzer,
		netreply.Analyzer,
	}
}
