// Command countfindings summarises netlint's -json output as Markdown.
//
// Usage:
//
//	countfindings [-prefixes file] name=result.json [name=result.json ...]
//
// Each result file holds what `netlint -json` printed on stdout: one JSON
// object, or a stream of them as `go vet -json` prints,
//
//	{"pkg/path": {"analyzer": [{"category": "NL-T1", "posn": "f.go:1:2", "message": "..."}]}}
//
// where an analyzer that failed on a package has {"error": "..."} in place
// of the list. Diagnostics are counted per rule ID (the category) after
// removing duplicates (a package and its test variant report the same
// diagnostic twice). With -prefixes, a file of import-path patterns (one a
// line, "#" comments, a trailing "/..." ignored), findings are also counted
// per pattern, by longest matching prefix.
//
// Errors that only say the package could not be type-checked ("analysis
// skipped due to errors in package", "failed prerequisites") are type
// errors of the corpus: they are listed and tolerated. Any other analysis
// error is netlint's fault: it is listed, and the exit status is 2.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type diagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

type corpus struct {
	name     string
	byRule   map[string]int
	byPrefix map[string]int
	total    int
	pkgs     int      // packages with findings
	skipped  []string // packages not analysed because of their own errors
	failures []string // analysis errors: netlint's fault
}

func main() {
	prefixFile := flag.String("prefixes", "", "file of import-path patterns to count findings by")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: countfindings [-prefixes file] name=result.json ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var prefixes []string
	if *prefixFile != "" {
		var err error
		if prefixes, err = readPrefixes(*prefixFile); err != nil {
			fmt.Fprintln(os.Stderr, "countfindings:", err)
			os.Exit(2)
		}
	}
	var corpora []*corpus
	for _, arg := range flag.Args() {
		name, file, ok := strings.Cut(arg, "=")
		if !ok {
			name, file = arg, arg
		}
		c, err := count(name, file, prefixes)
		if err != nil {
			fmt.Fprintln(os.Stderr, "countfindings:", err)
			os.Exit(2)
		}
		corpora = append(corpora, c)
	}
	w := bufio.NewWriter(os.Stdout)
	failed := report(w, corpora, prefixes)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "countfindings:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(2)
	}
}

func readPrefixes(file string) ([]string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		out = append(out, strings.TrimSuffix(line, "/..."))
	}
	return out, nil
}

func count(name, file string, prefixes []string) (*corpus, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c := &corpus{name: name, byRule: map[string]int{}, byPrefix: map[string]int{}}
	seen := map[diagnostic]bool{}
	pkgs := map[string]bool{}
	dec := json.NewDecoder(f)
	for {
		var tree map[string]map[string]json.RawMessage
		err := dec.Decode(&tree)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				raw = bytes.TrimSpace(raw)
				if len(raw) > 0 && raw[0] == '{' {
					var e struct{ Error string }
					if err := json.Unmarshal(raw, &e); err != nil {
						return nil, fmt.Errorf("%s: %s: %s: %v", file, pkg, analyzer, err)
					}
					msg := fmt.Sprintf("%s: %s: %s", pkg, analyzer, e.Error)
					if typeError(e.Error) {
						c.skipped = append(c.skipped, msg)
					} else {
						c.failures = append(c.failures, msg)
					}
					continue
				}
				var diags []diagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("%s: %s: %s: %v", file, pkg, analyzer, err)
				}
				for _, d := range diags {
					if d.Category == "" {
						d.Category = analyzer + " (no category)"
					}
					if seen[d] {
						continue
					}
					seen[d] = true
					c.byRule[d.Category]++
					c.total++
					pkgs[strings.Fields(pkg)[0]] = true
					if p := longestPrefix(strings.Fields(pkg)[0], prefixes); p != "" {
						c.byPrefix[p]++
					}
				}
			}
		}
	}
	c.pkgs = len(pkgs)
	sort.Strings(c.skipped)
	sort.Strings(c.failures)
	return c, nil
}

// typeError reports whether an analysis error only says that the package
// (or one it depends on) did not type-check.
func typeError(msg string) bool {
	return strings.Contains(msg, "analysis skipped due to errors in package") ||
		strings.HasPrefix(msg, "failed prerequisites")
}

func longestPrefix(pkg string, prefixes []string) string {
	best := ""
	for _, p := range prefixes {
		if (pkg == p || strings.HasPrefix(pkg, p+"/")) && len(p) > len(best) {
			best = p
		}
	}
	return best
}

func report(w io.Writer, corpora []*corpus, prefixes []string) (failed bool) {
	rules := map[string]bool{}
	for _, c := range corpora {
		for r := range c.byRule {
			rules[r] = true
		}
	}
	ids := make([]string, 0, len(rules))
	for r := range rules {
		ids = append(ids, r)
	}
	sort.Strings(ids)

	header := "| rule |"
	sep := "|---|"
	for _, c := range corpora {
		header += " " + c.name + " |"
		sep += "---:|"
	}
	fmt.Fprintln(w, header)
	fmt.Fprintln(w, sep)
	for _, id := range ids {
		fmt.Fprintf(w, "| %s |", id)
		for _, c := range corpora {
			fmt.Fprintf(w, " %d |", c.byRule[id])
		}
		fmt.Fprintln(w)
	}
	row := func(label string, f func(*corpus) int) {
		fmt.Fprintf(w, "| %s |", label)
		for _, c := range corpora {
			fmt.Fprintf(w, " %d |", f(c))
		}
		fmt.Fprintln(w)
	}
	row("**total**", func(c *corpus) int { return c.total })
	row("packages with findings", func(c *corpus) int { return c.pkgs })
	row("analysis skipped (type errors in the corpus)", func(c *corpus) int { return len(c.skipped) })
	row("**analysis errors (netlint)**", func(c *corpus) int { return len(c.failures) })

	if len(prefixes) > 0 {
		for _, c := range corpora {
			if len(c.byPrefix) == 0 {
				continue
			}
			fmt.Fprintf(w, "\nFindings in %s by package pattern:\n\n| pattern | findings |\n|---|---:|\n", c.name)
			for _, p := range prefixes {
				if n := c.byPrefix[p]; n > 0 {
					fmt.Fprintf(w, "| `%s` | %d |\n", p, n)
				}
			}
		}
	}
	for _, c := range corpora {
		list := func(title string, msgs []string) {
			if len(msgs) == 0 {
				return
			}
			fmt.Fprintf(w, "\n%s in %s (%d):\n\n", title, c.name, len(msgs))
			for i, m := range msgs {
				if i == 20 {
					fmt.Fprintf(w, "- … and %d more\n", len(msgs)-i)
					break
				}
				fmt.Fprintf(w, "- `%s`\n", strings.ReplaceAll(firstLine(m), "`", "'"))
			}
		}
		list("Analysis skipped because of type errors", c.skipped)
		list("**Analysis errors**", c.failures)
		if len(c.failures) > 0 {
			failed = true
		}
	}
	return failed
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
