// Package sarif writes analysis results as SARIF 2.1.0, in the shape
// GitHub code scanning accepts: one run, a rule per rule ID, and results
// whose locations are relative to a %SRCROOT% base URI.
//
// It is a small hand-written encoder, in the manner of golangci-lint's,
// rather than a dependency.
package sarif

import (
	"cmp"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
)

// Version and Schema identify the SARIF format written.
const (
	Version = "2.1.0"
	Schema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

// SrcRoot is the uriBaseId of result locations.
const SrcRoot = "%SRCROOT%"

// Tool describes the analysis tool.
type Tool struct {
	Name, Version, InformationURI string
}

// Rule describes one rule.
type Rule struct {
	ID, Name, Description, HelpURI string
}

// Result is one finding. Lines and columns are 1-based; EndColumn is
// the column just after the last character. Columns count UTF-16 code
// units, the SARIF default (see [Column]).
type Result struct {
	RuleID, Level, Message string
	File                   string // absolute path
	StartLine, StartColumn int
	EndLine, EndColumn     int
}

// Log is a SARIF log. Its unexported types follow the SARIF 2.1.0
// object model, field for field.
type Log struct {
	Version string `json:"version"`
	Schema  string `json:"$schema"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool                        `json:"tool"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds"`
	Results            []result                    `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name           string       `json:"name"`
	Version        string       `json:"version,omitempty"`
	InformationURI string       `json:"informationUri,omitempty"`
	Rules          []descriptor `json:"rules"`
}

type descriptor struct {
	ID               string  `json:"id"`
	Name             string  `json:"name,omitempty"`
	ShortDescription message `json:"shortDescription"`
	HelpURI          string  `json:"helpUri,omitempty"`
}

type message struct {
	Text string `json:"text"`
}

type result struct {
	RuleID    string     `json:"ruleId"`
	RuleIndex int        `json:"ruleIndex"`
	Level     string     `json:"level"`
	Message   message    `json:"message"`
	Locations []location `json:"locations"`
}

type location struct {
	PhysicalLocation physicalLocation `json:"physicalLocation"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           region           `json:"region"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// New builds a log with one run. Locations of files below root (an
// absolute directory, normally the repository root) are relative to
// %SRCROOT%, which originalUriBaseIds maps to root's file:// URI; other
// files get absolute file:// URIs. Rules are sorted by ID and results
// refer to them by index; a result whose rule is missing from rules gets
// a rule with just its ID.
func New(t Tool, root string, rules []Rule, results []Result) *Log {
	byID := make(map[string]Rule)
	for _, r := range rules {
		byID[r.ID] = r
	}
	for _, res := range results {
		if _, ok := byID[res.RuleID]; !ok {
			byID[res.RuleID] = Rule{ID: res.RuleID}
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	r := run{
		Tool:               tool{driver{Name: t.Name, Version: t.Version, InformationURI: t.InformationURI, Rules: []descriptor{}}},
		OriginalURIBaseIDs: map[string]artifactLocation{SrcRoot: {URI: fileURI(root) + "/"}},
		Results:            []result{},
		ColumnKind:         "utf16CodeUnits",
	}
	index := make(map[string]int)
	for i, id := range ids {
		rule := byID[id]
		index[id] = i
		r.Tool.Driver.Rules = append(r.Tool.Driver.Rules, descriptor{
			ID:               id,
			Name:             rule.Name,
			ShortDescription: message{cmp.Or(rule.Description, id)},
			HelpURI:          rule.HelpURI,
		})
	}
	for _, res := range results {
		loc := artifactLocation{URI: fileURI(res.File)}
		if rel, err := filepath.Rel(root, res.File); err == nil && filepath.IsLocal(rel) {
			loc = artifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath(), URIBaseID: SrcRoot}
		}
		r.Results = append(r.Results, result{
			RuleID:    res.RuleID,
			RuleIndex: index[res.RuleID],
			Level:     res.Level,
			Message:   message{res.Message},
			Locations: []location{{physicalLocation{loc, region{res.StartLine, res.StartColumn, res.EndLine, res.EndColumn}}}},
		})
	}
	return &Log{Version: Version, Schema: Schema, Runs: []run{r}}
}

// Write writes the log as indented JSON.
func (l *Log) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(l)
}

// fileURI returns the file:// URI of an absolute path, without a trailing slash.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/x becomes /C:/x
	}
	return strings.TrimSuffix((&url.URL{Scheme: "file", Path: p}).String(), "/")
}

// Column converts a 1-based byte column on line to a 1-based column in
// UTF-16 code units, SARIF's default column kind.
func Column(line []byte, byteCol int) int {
	if byteCol <= 1 {
		return byteCol
	}
	prefix := line[:min(byteCol-1, len(line))]
	n := 1
	for _, r := range string(prefix) {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n + max(0, byteCol-1-len(line))
}
