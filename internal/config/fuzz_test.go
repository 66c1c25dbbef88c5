package config

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that every error names the
// file and a position, and that the flag values of an accepted file
// parse back, through SetFlag, to the same flag values.
func FuzzParse(f *testing.F) {
	f.Add([]byte(full))
	f.Add([]byte("clients:\n  - type: a.B\n    idempotnet: [Get]\n"))
	f.Add([]byte("disable: &x [NL-T1]\nenable: *x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yml", data)
		if err != nil {
			for _, e := range Errors(err) {
				if e.Pos.File != "f.yml" || e.Pos.Line < 1 || !strings.HasPrefix(e.Error(), "f.yml:") {
					t.Fatalf("error without a position: %q", e.Error())
				}
			}
			return
		}
		flags := c.FlagValues()
		var again Config
		for key, value := range flags {
			if err := again.SetFlag(key, value, Pos{File: "-" + key}); err != nil {
				t.Fatalf("flag value %s=%q of an accepted file is rejected: %v", key, value, err)
			}
		}
		if got := again.FlagValues(); !reflect.DeepEqual(got, flags) {
			t.Fatalf("flag values do not round-trip:\nfile  %v\nflags %v", flags, got)
		}
	})
}
