// Command netlint-gcl is golangci-lint v2 with netlint's module plugin
// compiled in: it knows the linter netlint besides golangci-lint's own.
//
// This nested module is the offline way to build what golangci-lint
// custom builds from .custom-gcl.yml (which clones golangci-lint with
// git): it requires golangci-lint and netlint, and replaces netlint with
// the working tree. Build and run it from the repository root:
//
//	go build -C tools/golangci -o ../../bin/netlint-gcl .
//	bin/netlint-gcl run -c .golangci-plugin.yml ./...
//
// It has its own go.mod so that go install ./... in the root module (as
// pre-commit runs it) and go install of netlint never build golangci-lint.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/netlint/netlint/gclplugin" // registers the netlint linter
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo reports golangci-lint's version with a -custom-netlint suffix,
// as golangci-lint custom marks its builds.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "unknown", Commit: "?", Date: "(unknown)", GoVersion: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	for _, m := range bi.Deps {
		switch m.Path {
		case "github.com/golangci/golangci-lint/v2":
			info.Version = strings.TrimPrefix(m.Version, "v") + "-custom-netlint"
		case "github.com/netlint/netlint":
			info.Commit = "netlint " + m.Version
		}
	}
	return info
}
