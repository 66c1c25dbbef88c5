package nettimeout_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/netlint/netlint/analyzers/nettimeout"
	"github.com/netlint/netlint/internal/netlinttest"
)

func Test(t *testing.T) {
	analysistest.Run(t, netlinttest.TestData(), nettimeout.Analyzer,
		"nettimeout/basic", "nettimeout/wrapper/lib", "nettimeout/wrapper/use", "nettimeout/generics", "nettimeout/gen", "nettimeout/gen/use", "nettimeout/server", "nettimeout/conn", "nettimeout/libs", "nettimeout/integration/harnesstest", "nettimeout/e2e", "nettimeout/examples/chat", "nettimeout/lookup", "nettimeout/docexamples",
	)
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, netlinttest.TestData(), nettimeout.Analyzer, "nettimeout/fix")
}
