package config

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse parses the contents of a configuration file. Error messages and
// positions name the file as filename. An empty file is an empty Config.
func Parse(filename string, data []byte) (*Config, error) {
	doc, err := decode(filename, data)
	if err != nil {
		return nil, err
	}
	c := new(Config)
	if doc == nil {
		return c, nil
	}
	p := &parser{file: filename}
	p.top(c, doc)
	return c, p.errs.err()
}

// decode returns the root node of the only document in data, or nil
// when data holds no document or an empty one.
func decode(filename string, data []byte) (root *yaml.Node, err error) {
	defer func() {
		// The YAML library turns its own failures into errors, but a
		// malformed input must never crash the driver.
		if r := recover(); r != nil {
			root, err = nil, &Error{Pos{filename, 1, 0}, fmt.Sprintf("invalid YAML: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		return nil, yamlError(filename, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, &Error{Pos{filename, next.Line, next.Column}, "multiple YAML documents are not supported"}
	case err != io.EOF:
		return nil, yamlError(filename, err)
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		root := doc.Content[0]
		if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
			return nil, nil
		}
		return root, nil
	}
	return nil, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError rewrites a syntax error of the YAML library ("yaml: line 3:
// did not find expected key") as an Error at that line.
func yamlError(filename string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		if line, err := strconv.Atoi(m[1]); err == nil {
			return &Error{Pos{filename, line, 0}, "invalid YAML: " + m[2]}
		}
	}
	return &Error{Pos{filename, 1, 0}, "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

type parser struct {
	file string
	errs errorList
}

func (p *parser) pos(n *yaml.Node) Pos { return Pos{p.file, n.Line, n.Column} }

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs.add(&Error{p.pos(n), fmt.Sprintf(format, args...)})
}

// top parses the top-level mapping.
func (p *parser) top(c *Config, n *yaml.Node) {
	p.mapping(n, "", Keys, func(key string, v *yaml.Node) {
		if key == ClientsKey {
			p.clients(c, v)
			return
		}
		list := c.list(key)
		for _, s := range p.strings(key, v) {
			p.errs.add(checkItem(key, s.Value, s.Pos))
			*list = append(*list, s)
		}
		p.errs.add(checkDuplicateItems(key, *list))
	})
}

// clients parses the list of clients. An entry is a mapping with keys
// type and idempotent, or just the type name as a string.
func (p *parser) clients(c *Config, n *yaml.Node) {
	for _, e := range p.sequence(ClientsKey, n) {
		var cl Client
		switch {
		case e.Kind == yaml.ScalarNode && e.ShortTag() == "!!str":
			cl = Client{Type: e.Value, Pos: p.pos(e)}
		case e.Kind == yaml.MappingNode:
			typePos := p.pos(e)
			found := false
			p.mapping(e, "clients entry: ", []string{"type", "idempotent"}, func(key string, v *yaml.Node) {
				if key == "type" {
					if s, ok := p.scalar("type", v); ok {
						cl.Type, typePos, found = s, p.pos(v), true
					}
					return
				}
				for _, m := range p.strings("idempotent", v) {
					cl.Idempotent = append(cl.Idempotent, m.Value)
					p.errs.add(checkMethod(m.Value, m.Pos))
				}
			})
			cl.Pos = typePos
			if !found {
				p.errorf(e, "clients entry has no type")
				continue
			}
			cl.Idempotent = dedupe(cl.Idempotent)
		default:
			p.errorf(e, "clients entry: expected a mapping with keys type and idempotent, found %s", describe(e))
			continue
		}
		p.errs.add(checkType(cl.Type, cl.Pos))
		c.Clients = append(c.Clients, cl)
	}
	p.errs.add(checkDuplicateClients(c.Clients))
}

// mapping calls f for each entry of the mapping n, in order, after
// checking that each key is a string among known and appears once.
func (p *parser) mapping(n *yaml.Node, ctx string, known []string, f func(key string, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%sexpected a mapping, found %s", ctx, describe(n))
		return
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.ShortTag() != "!!str" {
			p.errorf(k, "%sexpected a key, found %s", ctx, describe(k))
			continue
		}
		if !slices.Contains(known, k.Value) {
			p.errorf(k, "unknown key %s (known: %s)", quote(k.Value), strings.Join(known, ", "))
			continue
		}
		if line, dup := seen[k.Value]; dup {
			p.errorf(k, "duplicate key %s (first at line %d)", quote(k.Value), line)
			continue
		}
		seen[k.Value] = k.Line
		if v.Kind == yaml.AliasNode {
			p.errorf(v, "YAML aliases are not supported")
			continue
		}
		f(k.Value, v)
	}
}

// sequence returns the elements of a list; null is the empty list.
func (p *parser) sequence(key string, n *yaml.Node) []*yaml.Node {
	switch {
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null":
		return nil
	case n.Kind != yaml.SequenceNode:
		p.errorf(n, "%s: expected a list, found %s", key, describe(n))
		return nil
	}
	var out []*yaml.Node
	for _, e := range n.Content {
		if e.Kind == yaml.AliasNode {
			p.errorf(e, "YAML aliases are not supported")
			continue
		}
		out = append(out, e)
	}
	return out
}

// strings returns the elements of a list of strings.
func (p *parser) strings(key string, n *yaml.Node) []Item {
	var out []Item
	for _, e := range p.sequence(key, n) {
		if s, ok := p.scalar(key, e); ok {
			out = append(out, Item{s, p.pos(e)})
		}
	}
	return out
}

// scalar returns the value of a string scalar.
func (p *parser) scalar(key string, n *yaml.Node) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" {
		p.errorf(n, "%s: expected a string, found %s", key, describe(n))
		return "", false
	}
	return n.Value, true
}

// describe names the YAML type of n for error messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return "a string"
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!null":
			return "nothing"
		}
		return "a value tagged " + n.ShortTag()
	}
	return "a document"
}

// errorList collects the errors of a parse.
type errorList []*Error

func (l *errorList) add(err error) { *l = append(*l, Errors(err)...) }

func (l errorList) err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error joins the messages, one per line.
func (l errorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Errors returns the individual configuration errors in err, as returned
// by Parse or SetFlag, possibly joined with [errors.Join].
func Errors(err error) []*Error {
	switch e := err.(type) {
	case *Error:
		return []*Error{e}
	case errorList:
		return e
	case interface{ Unwrap() []error }:
		var out []*Error
		for _, x := range e.Unwrap() {
			out = append(out, Errors(x)...)
		}
		return out
	case interface{ Unwrap() error }:
		return Errors(e.Unwrap())
	}
	return nil
}
