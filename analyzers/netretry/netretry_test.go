package netretry_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/netlint/netlint/analyzers/netretry"
	"github.com/netlint/netlint/internal/netlinttest"
)

func Test(t *testing.T) {
	analysistest.Run(t, netlinttest.TestData(), netretry.Analyzer,
		"netretry/loops", "netretry/helpers", "netretry/clients", "netretry/wrappers/lib", "netretry/wrappers/use", "netretry/generics", "netretry/gen", "github.com/hashicorp/go-retryablehttp",
	)
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, netlinttest.TestData(), netretry.Analyzer, "netretry/fix")
}
