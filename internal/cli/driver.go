package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Driver is netlint's standalone analysis driver.
//
// Analyzer flags are process-global (they live on each Analyzer's
// FlagSet), so a Driver resets them to their defaults at the start of
// Run, and Run must not be called concurrently.
type Driver struct {
	// Analyzers are the analyzers to run. The one named "netcall", if
	// present, receives the configuration of .netlint.yml.
	Analyzers []*analysis.Analyzer
	// Level maps a rule ID to its SARIF level ("error", "warning" or
	// "note"), which also picks the colour of the ID in text output.
	// Nil, or any other result, means "warning".
	Level func(ruleID string) string
	// Title maps a rule ID to a one-line description, used in SARIF
	// rule descriptors. Nil, or "", means the title of the analyzer's Doc.
	Title func(ruleID string) string
	// Dir is the directory in which to run; "" means the working directory.
	Dir string
	// Env is the environment of the go command; nil means the process's.
	Env []string
}

// configAnalyzer is the name of the analyzer whose flags are the keys of
// .netlint.yml.
const configAnalyzer = "netcall"

// Run runs the driver with command-line arguments args (without the
// program name), writes findings to stdout and everything else to
// stderr, and returns the exit code (see the package documentation).
func (d *Driver) Run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(d.Analyzers, args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
		return ExitUsage
	}
	if o.version {
		fmt.Fprintf(stdout, "netlint version %s %s\n", version(), runtime.Version())
		return ExitClean
	}
	stop, err := startProfiles(o)
	if err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
		return ExitError
	}
	defer func() {
		if err := stop(); err != nil {
			fmt.Fprintf(stderr, "netlint: %v\n", err)
		}
	}()
	dir, err := filepath.Abs(d.Dir) // "" is the working directory
	if err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
		return ExitError
	}

	cfg, err := d.configure(o, dir)
	if err != nil {
		printConfigError(stderr, err)
		return ExitError
	}

	base := packages.Config{Dir: dir, Env: d.Env}
	if o.tags != "" {
		base.BuildFlags = []string{"-tags=" + o.tags}
	}
	res, err := load(base, o)
	if err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
		return ExitError
	}
	if err := resolveClients(cfg, res, base); err != nil {
		printConfigError(stderr, err)
		return ExitError
	}

	code := ExitClean
	if res.printErrors(stderr, dir) {
		code = ExitError
	}
	if len(res.roots) == 0 {
		return code
	}
	// The roots are the requested packages only. Through their pruned
	// Imports, checker also runs the fact-using analyzers (and their
	// prerequisites) on the dependencies loaded from source, bottom-up.
	graph, err := checker.Analyze(o.selected(d.Analyzers), res.roots, nil)
	if err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
		return ExitError
	}
	findings, failed := collect(graph, stderr)
	if err := writeHeapProfile(o); err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
	}
	if o.facts != "" {
		if err := writeFactStats(o.facts, graph); err != nil {
			fmt.Fprintf(stderr, "netlint: %v\n", err)
			return ExitError
		}
	}
	runtime.KeepAlive(graph)
	if failed {
		code = ExitError
	}
	if o.writeTo != "" {
		if err := writeBaseline(o.writeTo, dir, findings); err != nil {
			fmt.Fprintf(stderr, "netlint: %v\n", err)
			return ExitError
		}
		fmt.Fprintf(stderr, "netlint: wrote %s to %s\n", plural(len(findings), "finding"), o.writeTo)
		return code
	}
	if o.baseline != "" {
		if findings, err = applyBaseline(o.baseline, dir, findings); err != nil {
			fmt.Fprintf(stderr, "netlint: %v\n", err)
			return ExitError
		}
	}
	if err := d.print(stdout, o, dir, findings); err != nil {
		fmt.Fprintf(stderr, "netlint: %v\n", err)
		return ExitError
	}
	if n := len(findings); n > 0 {
		fmt.Fprintf(stderr, "netlint: %s in %s\n", plural(n, "finding"), plural(countPackages(findings), "package"))
		if code == ExitClean {
			code = ExitFindings
		}
	}
	return code
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
