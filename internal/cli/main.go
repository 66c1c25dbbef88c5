// Package cli implements the netlint command.
//
// The command has three modes:
//
//   - Under go vet (go vet -vettool=netlint, recognised by the arguments
//     -V=full, -flags or a final *.cfg file), it is a plain
//     [unitchecker.Main]. Configuration then comes only from analyzer
//     flags such as -netcall.clients=…: vet caches results by tool,
//     flags and sources, so reading .netlint.yml or the environment
//     would give stale results.
//   - With -fix it delegates to [multichecker.Main], which applies
//     suggested fixes (and shows them with -diff). Values from
//     .netlint.yml are applied first; explicit flags override them.
//     Only multichecker's flags are accepted then (not -format or -config).
//   - Otherwise it is netlint's own driver, [Driver.Run]: go/packages
//     loading in two phases, [checker.Analyze], and text, JSON or SARIF
//     output with the exit codes below.
//
// Choices of the standalone driver:
//
//   - -test is off by default (x/tools drivers default to on): every
//     netlint rule exempts _test.go files, so loading test packages
//     would only cost time. -test adds them; a file shared by a package
//     and its test variant is reported once.
//   - -deps=module (the default) loads from source, besides the requested
//     packages, the dependencies that belong to a main module, so facts
//     about wrappers flow across the module's packages; other
//     dependencies come from export data. -deps=all loads every
//     dependency outside the standard library from source.
//   - Findings of the requested packages only are printed, sorted by
//     file, line, column and message, without duplicates. Text goes to
//     stdout with paths relative to the working directory; a summary
//     ("netlint: 3 findings in 2 packages") goes to stderr.
//
// Exit codes of the standalone driver:
//
//	0  no findings
//	1  an error: bad configuration (including a bad -<analyzer>.<flag>
//	   value or a client type that does not resolve), a requested package
//	   or one of its dependencies that failed to load or type-check, or
//	   an analyzer that failed. Findings in the packages that could be
//	   analyzed are still printed.
//	2  a usage error: an unknown flag, or a bad value of a driver flag
//	   (-format, -color, -deps)
//	3  findings, and no error
//
// The exit code is the same for every output format.
package cli

import (
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// Exit codes of [Driver.Run].
const (
	ExitClean    = 0
	ExitError    = 1
	ExitUsage    = 2
	ExitFindings = 3
)

// Main is the main function of the netlint command. It never returns.
// It is (&Driver{Analyzers: analyzers}).Main().
func Main(analyzers []*analysis.Analyzer) { (&Driver{Analyzers: analyzers}).Main() }

// Main runs the driver as the netlint command, in the mode its
// command-line arguments select, and exits. It never returns.
func (d *Driver) Main() {
	args := os.Args[1:]
	if VetMode(args) {
		unitchecker.Main(d.Analyzers...)
	}
	if hasFlag(args, "fix") {
		if err := d.applyFileConfig(); err != nil {
			printConfigError(os.Stderr, err)
			os.Exit(ExitError)
		}
		multichecker.Main(d.Analyzers...)
	}
	os.Exit(d.Run(args, os.Stdout, os.Stderr))
}

// Run runs the standalone driver over analyzers with the given
// command-line arguments (without the program name) and returns the exit
// code. It is (&Driver{Analyzers: analyzers}).Run(args, stdout, stderr).
func Run(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	return (&Driver{Analyzers: analyzers}).Run(args, stdout, stderr)
}

// VetMode reports whether args are those of the go vet protocol: go vet
// calls its tool with -V=full and -flags to describe it, then once per
// package with flags and the path of a *.cfg file.
func VetMode(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// hasFlag reports whether the boolean flag name is set to true in args.
// (No package pattern starts with "-", so every such argument is a flag.)
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		a = strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if a == name || a == name+"=true" || a == name+"=1" {
			return true
		}
	}
	return false
}

// version returns the module version of the running binary.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
