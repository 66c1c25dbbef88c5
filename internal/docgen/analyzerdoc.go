package docgen

import (
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// analyzerDoc is what the documentation takes from an analyzer's package
// doc comment, in the x/tools form:
//
//	// Package nettimeout defines an Analyzer that ...
//	//
//	// # Analyzer nettimeout
//	//
//	// nettimeout: check that network calls are bounded by a timeout or deadline
//	//
//	// Body paragraphs, with a list of "NL-T1: …" items, an example and a
//	// "Not reported: …" paragraph.
//	package nettimeout
//
// Every part is optional: without a doc comment the analyzer's Doc field
// is used, without the heading the whole comment after its first
// paragraph, and without the title line the first line of Doc.
type analyzerDoc struct {
	Name  string
	Title string
	// Body is the section after the title line.
	Body []comment.Block
	// Rules maps a rule ID to the text of its list item, if there is one.
	Rules map[string]string
	// NotReported is the text after "Not reported:", if any.
	NotReported string
}

// ruleItem matches a list item that documents a rule: "NL-T1: text" or
// "NL-V4 (opt-in): text".
var ruleItem = regexp.MustCompile(`^(NL-[A-Z][0-9]+)\b[^:]*:\s*(.*)$`)

// readAnalyzerDoc reads the package doc comment of analyzer a from its
// directory analyzers/<name> under root.
func readAnalyzerDoc(root string, a *analysis.Analyzer) (*analyzerDoc, error) {
	text, err := packageDoc(filepath.Join(root, "analyzers", a.Name))
	if err != nil {
		return nil, err
	}
	return parseAnalyzerDoc(a.Name, a.Doc, text), nil
}

// packageDoc returns the package doc comment of the Go package in dir,
// preferring doc.go, or "" when there is none.
func packageDoc(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return "", nil
	} else if err != nil {
		return "", err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			names = append(names, n)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return names[i] == "doc.go" && names[j] != "doc.go" })
	fset := token.NewFileSet()
	for _, n := range names {
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return "", err
		}
		if f.Doc != nil {
			return f.Doc.Text(), nil
		}
	}
	return "", nil
}

// parseAnalyzerDoc splits the doc comment text of analyzer name; doc is
// the analyzer's Doc field, the fallback for every part.
func parseAnalyzerDoc(name, doc, text string) *analyzerDoc {
	d := &analyzerDoc{Name: name, Rules: map[string]string{}}
	if strings.TrimSpace(text) == "" {
		text = doc
	}
	blocks := new(comment.Parser).Parse(text).Content
	section := blocks
	if i := headingIndex(blocks, "Analyzer "+name); i >= 0 {
		section = blocks[i+1:]
		for j, b := range section {
			if _, ok := b.(*comment.Heading); ok {
				section = section[:j]
				break
			}
		}
	} else if len(blocks) > 1 && strings.HasPrefix(plain(blocks[0]), "Package ") {
		section = blocks[1:]
	}
	d.Title = strings.TrimSpace(strings.SplitN(doc, "\n", 2)[0])
	if len(section) > 0 {
		if t, ok := strings.CutPrefix(plain(section[0]), name+": "); ok {
			d.Title = t
			section = section[1:]
		}
	}
	d.Body = section
	for _, b := range section {
		switch b := b.(type) {
		case *comment.List:
			for _, item := range b.Items {
				if len(item.Content) == 0 {
					continue
				}
				if m := ruleItem.FindStringSubmatch(plain(item.Content[0])); m != nil {
					d.Rules[m[1]] = strings.TrimRight(strings.TrimSuffix(m[2], " and"), ";.,")
				}
			}
		case *comment.Paragraph:
			if t, ok := strings.CutPrefix(plain(b), "Not reported:"); ok {
				d.NotReported = strings.TrimSpace(t)
			}
		}
	}
	return d
}

func headingIndex(blocks []comment.Block, text string) int {
	for i, b := range blocks {
		if h, ok := b.(*comment.Heading); ok && inline(h.Text) == text {
			return i
		}
	}
	return -1
}

// plain returns the text of a paragraph on one line, or "" for other
// blocks.
func plain(b comment.Block) string {
	if p, ok := b.(*comment.Paragraph); ok {
		return inline(p.Text)
	}
	return ""
}

func inline(texts []comment.Text) string {
	var sb strings.Builder
	var walk func([]comment.Text)
	walk = func(ts []comment.Text) {
		for _, t := range ts {
			switch t := t.(type) {
			case comment.Plain:
				sb.WriteString(string(t))
			case comment.Italic:
				sb.WriteString(string(t))
			case *comment.Link:
				walk(t.Text)
			case *comment.DocLink:
				walk(t.Text)
			}
		}
	}
	walk(texts)
	return strings.Join(strings.Fields(sb.String()), " ")
}

// markdown renders blocks as Markdown, with headings at level 3 and code
// blocks fenced as Go, where an analysistest expectation such as
// // want "msg" becomes the plain comment // msg.
func markdown(blocks []comment.Block) string {
	p := &comment.Printer{HeadingLevel: 3}
	var sb strings.Builder
	for i, b := range blocks {
		if i > 0 {
			sb.WriteString("\n")
		}
		if c, ok := b.(*comment.Code); ok {
			sb.WriteString("```go\n" + wantComment.ReplaceAllStringFunc(c.Text, unwant) + "```\n")
			continue
		}
		sb.Write(p.Markdown(&comment.Doc{Content: []comment.Block{b}}))
	}
	return sb.String()
}

// wantComment matches an analysistest expectation: // want "re" or // want `re`.
var wantComment = regexp.MustCompile("// want (\"[^\"]*\"|`[^`]*`)")

// unwant turns an expectation into a comment with the message, undoing
// the regexp escapes.
func unwant(s string) string {
	re := wantComment.FindStringSubmatch(s)[1]
	re = re[1 : len(re)-1]
	return "// " + regexpEscape.ReplaceAllString(re, "$1")
}

var regexpEscape = regexp.MustCompile(`\\(.)`)
