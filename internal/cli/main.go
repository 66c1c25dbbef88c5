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
//   - Otherwise it is netlint's own driver, [Driver.Run]: go/packages
//     loading in two phases, [checker.Analyze], and text, JSON or SARIF
//     output with the exit codes below.
//
// Exit codes of the standalone driver:
//
//	0  no findings
//	1  an error: bad configuration, a package that failed to load or
//	   type-check, or an analyzer that failed (findings are still printed)
//	2  a usage error (unknown flag, bad flag value)
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

// hasFlag reports whether the boolean flag name is set to true in args,
// before the first non-flag argument.
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false
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
