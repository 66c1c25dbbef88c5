// Command netlint checks network-call discipline in Go code: timeouts,
// outcome handling, retries and reply validation.
//
// Usage:
//
//	netlint [flags] [packages]
//	go vet -vettool=$(command -v netlint) [analyzer flags] [packages]
//
// Run netlint -h for the flags. The modes and exit codes are described
// in package github.com/netlint/netlint/internal/cli.
package main

import (
	"github.com/netlint/netlint/analyzers"
	"github.com/netlint/netlint/internal/cli"
	"github.com/netlint/netlint/rules"
)

func main() {
	d := &cli.Driver{Analyzers: analyzers.All(), Level: level, Title: title}
	d.Main()
}

// level returns the SARIF level of a rule's default severity.
func level(id string) string {
	if r := rules.RuleByID(id); r != nil {
		switch r.Severity {
		case rules.Error:
			return "error"
		case rules.Info:
			return "note"
		}
	}
	return "warning"
}

func title(id string) string {
	if r := rules.RuleByID(id); r != nil {
		return r.Title
	}
	return ""
}
