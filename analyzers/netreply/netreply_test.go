package netreply_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/analyzers/netreply"
	"github.com/netlint/netlint/internal/netlinttest"
)

// Test runs every scenario with the default configuration, under which the
// opt-in NL-V4 stays silent (netreply/status decodes without looking at the
// Content-Type).
func Test(t *testing.T) {
	analysistest.Run(t, netlinttest.TestData(), netreply.Analyzer,
		"netreply/status", "netreply/statuslib", "netreply/statususe", "netreply/generics",
		"netreply/bodies", "netreply/bodylib", "netreply/bodyuse", "netreply/decode",
		"netreply/validate", "netreply/stream", "netreply/handler", "netreply/kafka", "netreply/gen",
	)
}

// TestConfigured enables NL-V4 and names a validator method.
func TestConfigured(t *testing.T) {
	setFlag(t, netcall.EnableFlag, "NL-V4")
	setFlag(t, netcall.ValidatorsFlag, "(*netreply/optin.Order).Verify")
	analysistest.Run(t, netlinttest.TestData(), netreply.Analyzer, "netreply/optin")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := netcall.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

// TestFix applies the NL-V2 bounded-read fix and compares with the golden
// files.
func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, netlinttest.TestData(), netreply.Analyzer, "netreply/fix")
}
