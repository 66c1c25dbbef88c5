// Package config reads netlint's configuration file, .netlint.yml.
//
// The file's keys are the names of the netcall analyzer's flags, so one
// vocabulary serves the file, the command line (-netcall.clients=…) and
// the golangci-lint plugin settings:
//
//	clients:
//	  - type: example.com/pay.Client
//	    idempotent: [Get, List]
//	idempotency-headers: [X-Request-Token]
//	classifiers: [example.com/errs.IsTemporary]
//	validators: ["(example.com/api.Reply).Check"]
//	disable: [NL-T2]
//	enable: [NL-V4]
//
// Parsing is strict: unknown keys, values of the wrong type, malformed
// names and malformed rule IDs are errors that name the file, line and
// column. A parsed [Config] remembers where each entry came from, so a
// later check (for example that a client type exists) can point at it.
//
// The file is read only by the standalone driver. Under go vet the
// configuration must arrive as analyzer flags, because vet's result
// cache does not know about the file.
package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// FileName is the name of the configuration file.
const FileName = ".netlint.yml"

// Keys of the configuration file; each equals the name of a flag of the
// netcall analyzer.
const (
	ClientsKey            = "clients"
	IdempotencyHeadersKey = "idempotency-headers"
	ClassifiersKey        = "classifiers"
	ValidatorsKey         = "validators"
	DisableKey            = "disable"
	EnableKey             = "enable"
)

// Keys lists the configuration keys in documentation order.
var Keys = []string{ClientsKey, IdempotencyHeadersKey, ClassifiersKey, ValidatorsKey, DisableKey, EnableKey}

// Pos says where an entry came from: a position in a file, or, when
// Line is zero, the name of the flag that set it (File = "-netcall.clients").
// Col is zero when only the line is known.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return p.File + ":" + itoa(p.Line)
	}
	return p.File + ":" + itoa(p.Line) + ":" + itoa(p.Col)
}

// An Error is a problem with one entry of the configuration.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Client is a client type whose every method crosses the network.
type Client struct {
	Type       string   // import/path.Type
	Idempotent []string // names of the idempotent methods
	Pos        Pos      // position of the type name
}

// Item is one entry of a list of names.
type Item struct {
	Value string
	Pos   Pos
}

// Config is the parsed configuration.
type Config struct {
	Clients            []Client
	IdempotencyHeaders []Item
	Classifiers        []Item
	Validators         []Item
	Disable            []Item
	Enable             []Item
}

// list returns the list field for key, or nil for clients and unknown keys.
func (c *Config) list(key string) *[]Item {
	switch key {
	case IdempotencyHeadersKey:
		return &c.IdempotencyHeaders
	case ClassifiersKey:
		return &c.Classifiers
	case ValidatorsKey:
		return &c.Validators
	case DisableKey:
		return &c.Disable
	case EnableKey:
		return &c.Enable
	}
	return nil
}

// FlagValues returns the configuration as netcall flag values, keyed by
// flag name, in the flags' own syntax (comma-separated lists; clients as
// import/path.Type=Method|Method). Keys without entries are omitted.
func (c *Config) FlagValues() map[string]string {
	m := make(map[string]string)
	if len(c.Clients) > 0 {
		var parts []string
		for _, cl := range c.Clients {
			s := cl.Type
			if len(cl.Idempotent) > 0 {
				s += "=" + strings.Join(cl.Idempotent, "|")
			}
			parts = append(parts, s)
		}
		m[ClientsKey] = strings.Join(parts, ",")
	}
	for _, key := range Keys[1:] {
		if items := *c.list(key); len(items) > 0 {
			vals := make([]string, len(items))
			for i, it := range items {
				vals[i] = it.Value
			}
			m[key] = strings.Join(vals, ",")
		}
	}
	return m
}

// SetFlag replaces the entries for key with those of a flag value in the
// flags' syntax, validating them as strictly as file entries. Errors are
// reported at pos, which normally names the flag (Pos{File: "-netcall.clients"}).
func (c *Config) SetFlag(key, value string, pos Pos) error {
	var errs errorList
	var entries []string
	for _, e := range strings.Split(value, ",") {
		if e = strings.TrimSpace(e); e != "" {
			entries = append(entries, e)
		}
	}
	if key == ClientsKey {
		c.Clients = nil
		for _, e := range entries {
			typ, methods, hasMethods := strings.Cut(e, "=")
			cl := Client{Type: strings.TrimSpace(typ), Pos: pos}
			errs.add(checkType(cl.Type, pos))
			if hasMethods {
				for _, m := range strings.Split(methods, "|") {
					m = strings.TrimSpace(m)
					errs.add(checkMethod(m, pos))
					cl.Idempotent = append(cl.Idempotent, m)
				}
				cl.Idempotent = dedupe(cl.Idempotent)
			}
			c.Clients = append(c.Clients, cl)
		}
		errs.add(checkDuplicateClients(c.Clients))
		return errs.err()
	}
	list := c.list(key)
	if list == nil {
		return &Error{pos, "unknown configuration key " + quote(key)}
	}
	*list = nil
	for _, e := range entries {
		errs.add(checkItem(key, e, pos))
		*list = append(*list, Item{e, pos})
	}
	errs.add(checkDuplicateItems(key, *list))
	return errs.err()
}

// Load reads and parses the configuration file at path. Messages name the
// file as display (path relative to the working directory, say).
func Load(path, display string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(display, data)
}

// Find looks for FileName in dir and its parents, stopping at the first
// directory that contains go.mod (the module root). It returns "" and no
// error when there is no configuration file.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}
