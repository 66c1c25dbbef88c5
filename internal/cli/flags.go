package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// options holds the parsed command line of the standalone driver.
type options struct {
	format   string // text, json or sarif
	color    string // auto, always or never
	config   string // configuration file; "" means search
	tags     string
	test     bool
	deps     string // module or all
	version  bool
	baseline string // report only findings not in this baseline file
	writeTo  string // write the findings as a baseline file instead
	cpuProf  string // write a CPU profile to this file
	memProf  string // write a heap profile to this file at exit
	facts    string // write the size of each package's facts to this file
	patterns []string

	// enabled holds the -<analyzer> flags that were set.
	enabled map[*analysis.Analyzer]bool
	// set holds the -<analyzer>.<flag> flags that were set, in order.
	set []setFlag
}

// setFlag is one -<analyzer>.<flag>=<value> from the command line.
type setFlag struct {
	analyzer *analysis.Analyzer
	name     string // flag name without the analyzer prefix
	value    string
}

// parseFlags parses args on a FlagSet of its own (never flag.CommandLine,
// whose flags -flags would advertise to go vet). Analyzer flags are
// recorded, not applied: configuration is applied later so that explicit
// flags override .netlint.yml.
func parseFlags(analyzers []*analysis.Analyzer, args []string, stderr io.Writer) (*options, error) {
	o := &options{enabled: make(map[*analysis.Analyzer]bool)}
	fs := flag.NewFlagSet("netlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var jsonFlag bool
	fs.BoolVar(&jsonFlag, "json", false, "emit JSON output (same as -format=json)")
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json or sarif")
	fs.StringVar(&o.color, "color", "auto", "colour text output: auto, always or never (auto honours NO_COLOR and whether stdout is a terminal)")
	fs.StringVar(&o.config, "config", "", "configuration `file` (default: .netlint.yml found between the working directory and its module root)")
	fs.StringVar(&o.tags, "tags", "", "comma-separated list of build `tags`")
	fs.BoolVar(&o.test, "test", false, "also analyze test packages (rules exempt _test.go files, so this is off by default)")
	fs.StringVar(&o.deps, "deps", "module", "dependencies analyzed from source for facts: module (packages of the main module) or all (every non-standard package)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings that the baseline `file` does not record")
	fs.StringVar(&o.writeTo, "baseline-write", "", "write the current findings to a baseline `file` and exit 0")
	fs.StringVar(&o.cpuProf, "cpuprofile", "", "write a CPU profile to `file`")
	fs.StringVar(&o.memProf, "memprofile", "", "write a heap profile to `file` after the analysis")
	fs.StringVar(&o.facts, "factstats", "", "write the number and encoded size of the facts each package exports to `file` (tab-separated)")
	for _, a := range analyzers {
		if fs.Lookup(a.Name) == nil {
			fs.Var(enableFlag{o, a}, a.Name, "enable "+a.Name+" analysis")
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			if fs.Lookup(name) == nil {
				fs.Var(recordFlag{o, a, f}, name, f.Usage)
			}
		})
	}
	fs.Usage = func() { usage(fs, analyzers) }
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if jsonFlag {
		o.format = "json"
	}
	switch {
	case o.format != "text" && o.format != "json" && o.format != "sarif":
		return nil, fmt.Errorf("invalid -format %q: want text, json or sarif", o.format)
	case o.color != "auto" && o.color != "always" && o.color != "never":
		return nil, fmt.Errorf("invalid -color %q: want auto, always or never", o.color)
	case o.deps != "module" && o.deps != "all":
		return nil, fmt.Errorf("invalid -deps %q: want module or all", o.deps)
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		o.patterns = []string{"."}
	}
	return o, nil
}

// selected returns the analyzers to run: with any -<analyzer> flag set
// to true, only those; otherwise all but those set to false (as
// multichecker does).
func (o *options) selected(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	anyTrue := false
	for _, on := range o.enabled {
		anyTrue = anyTrue || on
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers {
		on, set := o.enabled[a]
		if anyTrue && on || !anyTrue && (!set || on) {
			out = append(out, a)
		}
	}
	return out
}

// enableFlag is the boolean -<analyzer> flag.
type enableFlag struct {
	o *options
	a *analysis.Analyzer
}

func (f enableFlag) IsBoolFlag() bool { return true }

func (f enableFlag) String() string {
	if f.o == nil {
		return "false"
	}
	return fmt.Sprint(f.o.enabled[f.a])
}

func (f enableFlag) Set(s string) error {
	var on bool
	switch strings.ToLower(s) {
	case "1", "t", "true":
		on = true
	case "0", "f", "false":
	default:
		return fmt.Errorf("invalid boolean %q", s)
	}
	f.o.enabled[f.a] = on
	return nil
}

// recordFlag is a re-exported analyzer flag -<analyzer>.<flag>. Set
// records the value; the driver applies it after the configuration file.
type recordFlag struct {
	o *options
	a *analysis.Analyzer
	f *flag.Flag
}

func (r recordFlag) String() string {
	if r.f == nil {
		return ""
	}
	return r.f.DefValue
}

func (r recordFlag) IsBoolFlag() bool {
	b, ok := r.f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

func (r recordFlag) Set(s string) error {
	r.o.set = append(r.o.set, setFlag{r.a, r.f.Name, s})
	return nil
}

func usage(fs *flag.FlagSet, analyzers []*analysis.Analyzer) {
	w := fs.Output()
	fmt.Fprintf(w, `netlint checks network-call discipline: timeouts, outcome handling, retries
and reply validation.

Usage:
	netlint [flags] [packages]
	go vet -vettool=$(command -v netlint) [analyzer flags] [packages]

Configuration is read from .netlint.yml at the module root (or -config);
explicit -netcall.* flags override it. Under go vet only flags are used.

Exit status: 0 no findings, 1 error, 2 usage error, 3 findings.

Analyzers:
`)
	for _, a := range analyzers {
		title, _, _ := strings.Cut(a.Doc, "\n")
		fmt.Fprintf(w, "\t%-12s %s\n", a.Name, title)
	}
	fmt.Fprintf(w, "\nFlags:\n")
	fs.PrintDefaults()
}
