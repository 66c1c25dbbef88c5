package netcall

import (
	"flag"
	"fmt"
	"strings"
)

// Names of the configuration flags. The same names are the keys of
// .netlint.yml and of the golangci-lint plugin settings, so one vocabulary
// serves every entry point. Under go vet, these flags are the only way
// configuration arrives (vet's cache key covers flags, not files).
const (
	ClientsFlag            = "clients"
	IdempotencyHeadersFlag = "idempotency-headers"
	ClassifiersFlag        = "classifiers"
	ValidatorsFlag         = "validators"
	DisableFlag            = "disable"
	EnableFlag             = "enable"
	StdlibFlag             = "stdlib"
)

// Config is the parsed form of netcall's flags.
type Config struct {
	// Clients maps "import/path.Type" to the set of its idempotent methods.
	// Every method of a listed type is a network call.
	Clients map[string]map[string]bool
	// IdempotencyHeaders are extra header names accepted as idempotency
	// keys, in canonical form, in addition to the built-in ones.
	IdempotencyHeaders []string
	// Classifiers are extra functions ("import/path.Func" or
	// "(import/path.Type).Method") that classify network errors.
	Classifiers map[string]bool
	// Validators are extra functions or methods that validate a reply.
	Validators map[string]bool
	// Disabled and Enabled switch rules off, or opt-in rules on, by ID.
	Disabled, Enabled map[string]bool
	// Stdlib makes netcall model the standard library's own packages too,
	// to lint Go's source; normally the catalog covers them.
	Stdlib bool
}

// listFlag is a comma-separated flag value.
type listFlag struct{ items *[]string }

func (l listFlag) String() string {
	if l.items == nil {
		return ""
	}
	return strings.Join(*l.items, ",")
}

func (l listFlag) Set(s string) error {
	*l.items = nil
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l.items = append(*l.items, f)
		}
	}
	return nil
}

var flagValues struct {
	clients, headers, classifiers, validators, disable, enable []string
	stdlib                                                     bool
}

func registerFlags(fs *flag.FlagSet) {
	fs.Var(listFlag{&flagValues.clients}, ClientsFlag,
		"comma-separated client types whose every method crosses the network, as import/path.Type, optionally followed by =Method|Method naming the idempotent methods")
	fs.Var(listFlag{&flagValues.headers}, IdempotencyHeadersFlag,
		"comma-separated extra HTTP header names accepted as idempotency keys")
	fs.Var(listFlag{&flagValues.classifiers}, ClassifiersFlag,
		"comma-separated functions that classify network errors, as import/path.Func or (import/path.Type).Method")
	fs.Var(listFlag{&flagValues.validators}, ValidatorsFlag,
		"comma-separated functions or methods that validate a reply, as import/path.Func or (import/path.Type).Method")
	fs.Var(listFlag{&flagValues.disable}, DisableFlag, "comma-separated rule IDs to switch off, for example NL-T2")
	fs.Var(listFlag{&flagValues.enable}, EnableFlag, "comma-separated opt-in rule IDs to switch on, for example NL-V4")
	fs.BoolVar(&flagValues.stdlib, StdlibFlag, false, "also model the standard library's own packages (slow; for linting Go's source)")
}

// parseConfig turns the flag values into a Config, or reports the first
// malformed entry.
func parseConfig() (*Config, error) {
	c := &Config{
		Clients:     map[string]map[string]bool{},
		Classifiers: set(flagValues.classifiers),
		Validators:  set(flagValues.validators),
		Disabled:    set(flagValues.disable),
		Enabled:     set(flagValues.enable),
		Stdlib:      flagValues.stdlib,
	}
	for _, entry := range flagValues.clients {
		typ, methods, _ := strings.Cut(entry, "=")
		if !validTypeName(typ) {
			return nil, fmt.Errorf("-%s: %q is not of the form import/path.Type", ClientsFlag, typ)
		}
		m := map[string]bool{}
		if methods != "" {
			for _, name := range strings.Split(methods, "|") {
				m[strings.TrimSpace(name)] = true
			}
		}
		c.Clients[typ] = m
	}
	for _, h := range flagValues.headers {
		c.IdempotencyHeaders = append(c.IdempotencyHeaders, canonicalHeader(h))
	}
	for id := range c.Disabled {
		if !strings.HasPrefix(id, "NL-") {
			return nil, fmt.Errorf("-%s: %q is not a rule ID such as NL-T1", DisableFlag, id)
		}
	}
	return c, nil
}

// validTypeName reports whether s looks like import/path.Name.
func validTypeName(s string) bool {
	dot := strings.LastIndex(s, ".")
	return dot > 0 && dot < len(s)-1 && !strings.ContainsAny(s[dot+1:], "/()* ")
}

func set(items []string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}

// canonicalHeader returns the canonical MIME form of a header name
// ("idempotency-key" becomes "Idempotency-Key").
func canonicalHeader(h string) string {
	b := []byte(strings.TrimSpace(h))
	upper := true
	for i, c := range b {
		switch {
		case upper && 'a' <= c && c <= 'z':
			b[i] = c - 'a' + 'A'
		case !upper && 'A' <= c && c <= 'Z':
			b[i] = c - 'A' + 'a'
		}
		upper = c == '-'
	}
	return string(b)
}
