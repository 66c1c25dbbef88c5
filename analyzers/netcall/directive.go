package netcall

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// Annot is a set of netlint annotations (//netlint:<verb> comments).
type Annot uint16

// The annotations. See rules.md §0 for their meaning.
const (
	AnnotClient Annot = 1 << iota
	AnnotIdempotent
	AnnotClassifier
	AnnotReconcile
	AnnotRetryBudget
	AnnotStream
	AnnotFireAndForget
	AnnotDegraded
	AnnotDetached
	AnnotForever
	AnnotValidator
)

var annotNames = map[string]Annot{
	"client":        AnnotClient,
	"idempotent":    AnnotIdempotent,
	"classifier":    AnnotClassifier,
	"reconcile":     AnnotReconcile,
	"retrybudget":   AnnotRetryBudget,
	"stream":        AnnotStream,
	"fireandforget": AnnotFireAndForget,
	"degraded":      AnnotDegraded,
	"detached":      AnnotDetached,
	"forever":       AnnotForever,
	"validator":     AnnotValidator,
}

func (a Annot) String() string {
	var names []string
	for n, bit := range annotNames {
		if a&bit != 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

const directivePrefix = "//netlint:"

// A Directive is one //netlint: comment.
type Directive struct {
	Pos    token.Pos
	End    token.Pos
	Verb   string   // "ignore", "client", …
	Rules  []string // for ignore: the rule IDs or analyzer names
	Reason string   // for ignore: the free text after the rules
}

// Problem is a malformed directive, reported by nettimeout as NL-D1.
type Problem struct {
	Pos, End token.Pos
	Message  string
}

// parseDirective parses the text of one comment. ok is false when the
// comment is not a netlint directive at all.
func parseDirective(c *ast.Comment) (d Directive, problem string, ok bool) {
	if !strings.HasPrefix(c.Text, directivePrefix) {
		return d, "", false
	}
	d.Pos, d.End = c.Pos(), c.End()
	rest := strings.TrimPrefix(c.Text, directivePrefix)
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i] // a comment on the directive is not part of it
	}
	verb, args, _ := strings.Cut(rest, " ")
	d.Verb = strings.TrimSpace(verb)
	args = strings.TrimSpace(args)
	if d.Verb == "ignore" {
		ids, reason, _ := strings.Cut(args, " ")
		if ids == "" {
			return d, "netlint:ignore needs a rule ID and a reason, as in //netlint:ignore NL-T1 <reason>", true
		}
		for _, id := range strings.Split(ids, ",") {
			if !validTarget(id) {
				return d, "netlint:ignore names unknown rule " + quote(id) + "; use a rule ID such as NL-T1 or an analyzer name", true
			}
			d.Rules = append(d.Rules, id)
		}
		d.Reason = strings.TrimSpace(reason)
		if d.Reason == "" {
			return d, "netlint:ignore " + ids + " needs a reason after the rule ID", true
		}
		return d, "", true
	}
	if _, known := annotNames[d.Verb]; !known {
		return d, "unknown netlint directive " + quote(d.Verb) + "; known: " + knownVerbs(), true
	}
	return d, "", true
}

func quote(s string) string { return `"` + s + `"` }

func knownVerbs() string {
	names := []string{"ignore"}
	for n := range annotNames {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// analyzerNames are the names //netlint:ignore accepts besides rule IDs.
var analyzerNames = map[string]bool{"nettimeout": true, "netoutcome": true, "netretry": true, "netreply": true, "netlint": true}

// validTarget reports whether id is a rule ID (NL-T1 … NL-V9, NL-D1) or an
// analyzer name.
func validTarget(id string) bool {
	if analyzerNames[id] {
		return true
	}
	if len(id) < 5 || !strings.HasPrefix(id, "NL-") || !strings.ContainsRune("TORVD", rune(id[3])) {
		return false
	}
	return strings.Trim(id[4:], "0123456789") == ""
}

// directives indexes a package's netlint comments.
type directives struct {
	fset     *token.FileSet
	byLine   map[lineKey][]Directive // by the line the comment is on
	byEnd    map[lineKey][]Directive // by the last line of the comment group
	problems []Problem
}

type lineKey struct {
	file string
	line int
}

func collectDirectives(fset *token.FileSet, files []*ast.File) *directives {
	ds := &directives{fset: fset, byLine: map[lineKey][]Directive{}, byEnd: map[lineKey][]Directive{}}
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				d, problem, ok := parseDirective(c)
				if !ok {
					continue
				}
				if problem != "" {
					ds.problems = append(ds.problems, Problem{c.Pos(), c.End(), problem})
					continue
				}
				p := fset.Position(c.Pos())
				k := lineKey{p.Filename, p.Line}
				ds.byLine[k] = append(ds.byLine[k], d)
				end := lineKey{p.Filename, fset.Position(cg.End()).Line}
				ds.byEnd[end] = append(ds.byEnd[end], d)
			}
		}
	}
	return ds
}

// annotOf returns the annotations in a doc comment group.
func annotOf(doc *ast.CommentGroup) Annot {
	var a Annot
	if doc == nil {
		return 0
	}
	for _, c := range doc.List {
		if d, problem, ok := parseDirective(c); ok && problem == "" {
			a |= annotNames[d.Verb]
		}
	}
	return a
}

// near returns the directives on pos's line, and those in the comment
// group that ends on the line above it.
func (ds *directives) near(pos token.Pos) []Directive {
	if len(ds.byLine) == 0 || !pos.IsValid() {
		return nil
	}
	p := ds.fset.Position(pos)
	out := ds.byLine[lineKey{p.Filename, p.Line}]
	return append(out[:len(out):len(out)], ds.byEnd[lineKey{p.Filename, p.Line - 1}]...)
}

// annotAt reports whether a directive of the given verb is on pos's line or
// directly above it.
func (ds *directives) annotAt(pos token.Pos, a Annot) bool {
	for _, d := range ds.near(pos) {
		if annotNames[d.Verb]&a != 0 {
			return true
		}
	}
	return false
}
