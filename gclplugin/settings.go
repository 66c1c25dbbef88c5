package gclplugin

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/internal/config"
)

// Settings is the plugin configuration, linters.settings.custom.netlint.settings.
// Its keys are the names of netcall's flags; see the package documentation.
type Settings struct {
	// Clients are client types whose every method crosses the network.
	Clients []Client `json:"clients"`
	// IdempotencyHeaders are extra HTTP header names accepted as
	// idempotency keys.
	IdempotencyHeaders []string `json:"idempotency-headers"`
	// Classifiers are extra functions that classify network errors, as
	// import/path.Func or (import/path.Type).Method.
	Classifiers []string `json:"classifiers"`
	// Validators are extra functions or methods that validate a reply.
	Validators []string `json:"validators"`
	// Disable switches rules off by ID, for example NL-T2.
	Disable []string `json:"disable"`
	// Enable switches opt-in rules on by ID, for example NL-V4.
	Enable []string `json:"enable"`
}

// Client is one entry of the clients setting: a type and the names of its
// idempotent methods. As in .netlint.yml, an entry may also be just the
// type name as a string.
type Client struct {
	Type       string   `json:"type"`
	Idempotent []string `json:"idempotent"`
}

// UnmarshalJSON accepts a string (the type name) or an object with the
// keys type and idempotent, and nothing else.
func (c *Client) UnmarshalJSON(data []byte) error {
	var name string
	if json.Unmarshal(data, &name) == nil {
		*c = Client{Type: name}
		return nil
	}
	type plain Client // without the UnmarshalJSON method
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	var p plain
	if err := d.Decode(&p); err != nil {
		return fmt.Errorf("clients entry: %w", err)
	}
	if p.Type == "" {
		return fmt.Errorf("clients entry has no type")
	}
	*c = Client(p)
	return nil
}

// settingsKeys are the names of netcall's configuration flags, which are
// also the settings keys.
var settingsKeys = []string{
	netcall.ClientsFlag,
	netcall.IdempotencyHeadersFlag,
	netcall.ClassifiersFlag,
	netcall.ValidatorsFlag,
	netcall.DisableFlag,
	netcall.EnableFlag,
}

// flagValues converts the settings to netcall flag values in the flags'
// syntax (comma-separated lists; clients as import/path.Type=M1|M2),
// validated as strictly as .netlint.yml. The result has an entry, maybe
// empty, for every key.
func (s *Settings) flagValues() (map[string]string, error) {
	var clients []string
	for _, c := range s.Clients {
		if err := noSeparators(netcall.ClientsFlag, c.Type, ",=|"); err != nil {
			return nil, err
		}
		for _, m := range c.Idempotent {
			if err := noSeparators(netcall.ClientsFlag, m, ",=|"); err != nil {
				return nil, err
			}
		}
		entry := c.Type
		if len(c.Idempotent) > 0 {
			entry += "=" + strings.Join(c.Idempotent, "|")
		}
		clients = append(clients, entry)
	}
	lists := map[string][]string{
		netcall.ClientsFlag:            clients,
		netcall.IdempotencyHeadersFlag: s.IdempotencyHeaders,
		netcall.ClassifiersFlag:        s.Classifiers,
		netcall.ValidatorsFlag:         s.Validators,
		netcall.DisableFlag:            s.Disable,
		netcall.EnableFlag:             s.Enable,
	}
	values := make(map[string]string, len(lists))
	var check config.Config
	for _, key := range settingsKeys {
		for _, item := range lists[key] {
			if err := noSeparators(key, item, ","); err != nil {
				return nil, err
			}
		}
		v := strings.Join(lists[key], ",")
		if err := check.SetFlag(key, v, config.Pos{File: key}); err != nil {
			return nil, err
		}
		values[key] = v
	}
	return values, nil
}

// noSeparators reports an entry that contains a character of the flag
// syntax, which would change its meaning once joined.
func noSeparators(key, entry, seps string) error {
	if strings.ContainsAny(entry, seps) {
		return fmt.Errorf("%s: %q must not contain any of %q", key, entry, seps)
	}
	return nil
}
