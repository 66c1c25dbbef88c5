package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const full = `# netlint configuration
clients:
  - type: example.com/pay.Client
    idempotent: [Get, List]
  - example.com/store.DB
idempotency-headers: [X-Request-Token]
classifiers: [example.com/errs.IsTemporary]
validators: ["(example.com/api.Reply).Check", "(*example.com/api.Reply).Valid"]
disable: [NL-T2]
enable:
  - NL-V4
`

func TestParseFull(t *testing.T) {
	c, err := Parse(".netlint.yml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Clients: []Client{
			{Type: "example.com/pay.Client", Idempotent: []string{"Get", "List"}, Pos: Pos{".netlint.yml", 3, 11}},
			{Type: "example.com/store.DB", Pos: Pos{".netlint.yml", 5, 5}},
		},
		IdempotencyHeaders: []Item{{"X-Request-Token", Pos{".netlint.yml", 6, 23}}},
		Classifiers:        []Item{{"example.com/errs.IsTemporary", Pos{".netlint.yml", 7, 15}}},
		Validators: []Item{
			{"(example.com/api.Reply).Check", Pos{".netlint.yml", 8, 14}},
			{"(*example.com/api.Reply).Valid", Pos{".netlint.yml", 8, 47}},
		},
		Disable: []Item{{"NL-T2", Pos{".netlint.yml", 9, 11}}},
		Enable:  []Item{{"NL-V4", Pos{".netlint.yml", 11, 5}}},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Parse:\ngot  %+v\nwant %+v", c, want)
	}
	gotFlags := c.FlagValues()
	wantFlags := map[string]string{
		"clients":             "example.com/pay.Client=Get|List,example.com/store.DB",
		"idempotency-headers": "X-Request-Token",
		"classifiers":         "example.com/errs.IsTemporary",
		"validators":          "(example.com/api.Reply).Check,(*example.com/api.Reply).Valid",
		"disable":             "NL-T2",
		"enable":              "NL-V4",
	}
	if !reflect.DeepEqual(gotFlags, wantFlags) {
		t.Errorf("FlagValues:\ngot  %v\nwant %v", gotFlags, wantFlags)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "~\n", "clients:\ndisable: []\n"} {
		c, err := Parse("f.yml", []byte(src))
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		if got := c.FlagValues(); len(got) != 0 {
			t.Errorf("Parse(%q).FlagValues() = %v, want none", src, got)
		}
	}
}

// TestParseErrors has one case per kind of error; each names the
// position of the offending node.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown key in client", "clients:\n  - type: example.com/pay.Client\n    idempotnet: [Get]\n",
			`.netlint.yml:3:5: unknown key "idempotnet" (known: type, idempotent)`},
		{"unknown top-level key", "clients: []\nretries: 3\n",
			`.netlint.yml:2:1: unknown key "retries" (known: clients, idempotency-headers, classifiers, validators, disable, enable)`},
		{"duplicate key", "disable: [NL-T1]\ndisable: [NL-T2]\n",
			`.netlint.yml:2:1: duplicate key "disable" (first at line 1)`},
		{"top level not a mapping", "- NL-T1\n",
			`.netlint.yml:1:1: expected a mapping, found a list`},
		{"list expected", "disable: NL-T1\n",
			`.netlint.yml:1:10: disable: expected a list, found a string`},
		{"string expected", "disable: [1]\n",
			`.netlint.yml:1:11: disable: expected a string, found a number`},
		{"client entry wrong type", "clients:\n  - [a]\n",
			`.netlint.yml:2:5: clients entry: expected a mapping with keys type and idempotent, found a list`},
		{"client type not a string", "clients:\n  - type: {a: b}\n",
			`.netlint.yml:2:11: type: expected a string, found a mapping`},
		{"client without type", "clients:\n  - idempotent: [Get]\n",
			`.netlint.yml:2:5: clients entry has no type`},
		{"malformed client type", "clients:\n  - type: example.com/pay\n",
			`.netlint.yml:2:11: client type "example.com/pay" is not of the form import/path.Type`},
		{"malformed method", "clients:\n  - type: a.B\n    idempotent: [Get, \"Li st\"]\n",
			`.netlint.yml:3:23: idempotent method "Li st" is not a Go identifier`},
		{"duplicate client", "clients:\n  - a.B\n  - type: a.B\n",
			`.netlint.yml:3:11: duplicate client type "a.B" (first at line 2)`},
		{"malformed rule ID", "enable: [NL-X1]\n",
			`.netlint.yml:1:10: enable: "NL-X1" is not a rule ID of the form NL-T1 (family D, O, R, T or V, then a number)`},
		{"lowercase rule ID", "disable: [nl-t1]\n",
			`.netlint.yml:1:11: disable: "nl-t1" is not a rule ID of the form NL-T1 (family D, O, R, T or V, then a number)`},
		{"duplicate rule", "disable: [NL-T1, NL-T1]\n",
			`.netlint.yml:1:18: duplicate entry "NL-T1" in disable (first at line 1)`},
		{"malformed header", "idempotency-headers: [\"X Token\"]\n",
			`.netlint.yml:1:23: idempotency header "X Token" is not a valid HTTP header name`},
		{"duplicate header", "idempotency-headers: [X-Token, x-token]\n",
			`.netlint.yml:1:32: duplicate entry "x-token" in idempotency-headers (first at line 1)`},
		{"malformed classifier", "classifiers: [IsTemporary]\n",
			`.netlint.yml:1:15: classifier "IsTemporary" is not of the form import/path.Func or (import/path.Type).Method`},
		{"malformed validator", "validators: [\"(a.B).\"]\n",
			`.netlint.yml:1:14: validator "(a.B)." is not of the form import/path.Func or (import/path.Type).Method`},
		{"alias", "x: &x [NL-T1]\ndisable: *x\n",
			`.netlint.yml:1:1: unknown key "x"`},
		{"alias value", "disable: &x [NL-T1]\nenable: *x\n",
			`.netlint.yml:2:9: YAML aliases are not supported`},
		{"syntax error", "clients:\n  - type: a.B\n   idempotent: [\n",
			`.netlint.yml:1: invalid YAML: did not find expected '-' indicator`},
		{"syntax error on a later line", "disable:\n\t- NL-T1\n",
			`.netlint.yml:2: invalid YAML: found character that cannot start any token`},
		{"syntax error without a line", "a: b: c\n",
			`.netlint.yml:1: invalid YAML: mapping values are not allowed in this context`},
		{"unknown anchor", "disable: *y\n",
			`.netlint.yml:1: invalid YAML: unknown anchor 'y' referenced`},
		{"other tag", "disable: [!!binary eHl6]\n",
			`.netlint.yml:1:11: disable: expected a string, found a value tagged !!binary`},
		{"multiple documents", "disable: [NL-T1]\n---\nenable: [NL-V4]\n",
			`.netlint.yml:2:1: multiple YAML documents are not supported`},
		{"non-string key", "1: [a]\n",
			`.netlint.yml:1:1: expected a key, found a number`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse(".netlint.yml", []byte(tc.src))
			if err == nil {
				t.Fatalf("Parse succeeded (%+v), want error %q", c, tc.want)
			}
			if first := Errors(err)[0].Error(); !strings.HasPrefix(first, tc.want) {
				t.Errorf("error:\ngot  %s\nwant %s", first, tc.want)
			}
		})
	}
}

func TestParseReportsAllErrors(t *testing.T) {
	_, err := Parse("c.yml", []byte("disable: [X]\nenable: [Y]\nbogus: 1\n"))
	if got := len(Errors(err)); got != 3 {
		t.Errorf("got %d errors, want 3:\n%v", got, err)
	}
}

func TestSetFlag(t *testing.T) {
	c, err := Parse("f.yml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	pos := Pos{File: "-netcall.clients"}
	if err := c.SetFlag(ClientsKey, " a/b.C=Get|Put|Get , d.E ", pos); err != nil {
		t.Fatal(err)
	}
	want := []Client{{Type: "a/b.C", Idempotent: []string{"Get", "Put"}, Pos: pos}, {Type: "d.E", Pos: pos}}
	if !reflect.DeepEqual(c.Clients, want) {
		t.Errorf("clients = %+v, want %+v", c.Clients, want)
	}
	if err := c.SetFlag(DisableKey, "", Pos{File: "-netcall.disable"}); err != nil || len(c.Disable) != 0 {
		t.Errorf("clearing disable: %v, %v", c.Disable, err)
	}
	for key, bad := range map[string]string{
		ClientsKey:            "a/b.C=Get|Pu t",
		DisableKey:            "NL-T1,T2",
		IdempotencyHeadersKey: "X-A,X(B)",
		ValidatorsKey:         "(a.B.Check",
		"bogus":               "x",
	} {
		pos := Pos{File: "-netcall." + key}
		err := c.SetFlag(key, bad, pos)
		if err == nil || !strings.HasPrefix(err.Error(), "-netcall."+key+": ") {
			t.Errorf("SetFlag(%s, %q) = %v, want an error naming the flag", key, bad, err)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "mod", "pkg", "inner")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(path string) {
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, FileName)) // above the module root: never found
	write(filepath.Join(root, "mod", "go.mod"))
	if got, err := Find(sub); err != nil || got != "" {
		t.Errorf("Find without file = %q, %v; want none", got, err)
	}
	write(filepath.Join(root, "mod", FileName))
	if got, err := Find(sub); err != nil || got != filepath.Join(root, "mod", FileName) {
		t.Errorf("Find = %q, %v; want the module root's file", got, err)
	}
	write(filepath.Join(root, "mod", "pkg", FileName))
	if got, _ := Find(sub); got != filepath.Join(root, "mod", "pkg", FileName) {
		t.Errorf("Find = %q, want the nearest file", got)
	}
}
