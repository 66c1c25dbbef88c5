package netoutcome_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/analyzers/netoutcome"
	"github.com/netlint/netlint/internal/netlinttest"
)

func Test(t *testing.T) {
	f := netcall.Analyzer.Flags.Lookup(netcall.ClassifiersFlag)
	old := f.Value.String()
	if err := f.Value.Set("netoutcome/unknown.businessCode"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
	analysistest.Run(t, netlinttest.TestData(), netoutcome.Analyzer,
		"netoutcome/discard", "netoutcome/evidence", "netoutcome/unknown", "netoutcome/absence",
		"netoutcome/reply", "netoutcome/commit", "netoutcome/classifier/lib", "netoutcome/classifier/use",
		"netoutcome/gen", "netoutcome/examples/demo", "netoutcome/unconfirmed",
	)
}
