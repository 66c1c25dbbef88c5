package gclplugin_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/netlint/netlint/analyzers"
	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/gclplugin"
	"github.com/netlint/netlint/internal/config"
	"github.com/netlint/netlint/internal/netlinttest"
	"github.com/netlint/netlint/rules"
)

// The tests set netcall's flags, which are process-global: none of them
// runs in parallel, and build resets the flags when the test ends.

// settings parses a golangci-lint settings value written as JSON, the
// shape golangci-lint passes after reading YAML (map[string]any, []any).
func settings(t *testing.T, js string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// build gets the registered plugin, as golangci-lint does, and builds its
// analyzers from conf.
func build(t *testing.T, conf any) ([]*analysis.Analyzer, error) {
	t.Helper()
	t.Cleanup(resetFlags)
	newPlugin, err := register.GetPlugin(gclplugin.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(conf)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func resetFlags() {
	for _, key := range config.Keys {
		netcall.Analyzer.Flags.Set(key, "")
	}
}

func flagValue(name string) string { return netcall.Analyzer.Flags.Lookup(name).Value.String() }

func TestSettings(t *testing.T) {
	for _, tc := range []struct {
		name, settings string
		wantErr        string // "" for success
	}{
		{"nil", `null`, ""},
		{"empty", `{}`, ""},
		{"valid", `{"clients": [{"type": "example.com/pay.Client", "idempotent": ["Get"]}, "example.com/kv.Store"],
			"idempotency-headers": ["X-Request-Token"], "classifiers": ["example.com/errs.IsTemporary"],
			"validators": ["(example.com/api.Reply).Check"], "disable": ["NL-T2"], "enable": ["NL-V4"]}`, ""},
		{"wrong type", `"netlint"`, "cannot unmarshal string"},
		{"list as string", `{"disable": "NL-T2"}`, "cannot unmarshal string"},
		{"client as number", `{"clients": [42]}`, "cannot unmarshal number"},
		{"unknown key", `{"funcs": ["Get"]}`, `unknown field "funcs"`},
		{"unknown client key", `{"clients": [{"type": "example.com/pay.Client", "idem": ["Get"]}]}`, `unknown field "idem"`},
		{"client without type", `{"clients": [{"idempotent": ["Get"]}]}`, "has no type"},
		{"malformed client", `{"clients": ["Client"]}`, "not of the form import/path.Type"},
		{"malformed method", `{"clients": [{"type": "example.com/pay.Client", "idempotent": ["Get|List"]}]}`, "must not contain"},
		{"comma in entry", `{"classifiers": ["example.com/errs.A,example.com/errs.B"]}`, "must not contain"},
		{"malformed rule ID", `{"disable": ["T2"]}`, "is not a rule ID"},
		{"malformed header", `{"idempotency-headers": ["X Token"]}`, "not a valid HTTP header name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(t, settings(t, tc.settings))
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Errorf("no error, want one containing %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Errorf("error %q does not contain %q", err, tc.wantErr)
			}
		})
	}
}

// TestFlags checks that the settings reach netcall's flags in the flags'
// own syntax, and that building again without settings clears them.
func TestFlags(t *testing.T) {
	conf := settings(t, `{"clients": [{"type": "example.com/pay.Client", "idempotent": ["Get", "List"]}, "example.com/kv.Store"],
		"idempotency-headers": ["X-Request-Token", "X-Op-Id"], "classifiers": ["example.com/errs.IsTemporary"],
		"validators": ["(example.com/api.Reply).Check"], "disable": ["NL-T2", "NL-R3"], "enable": ["NL-V4"]}`)
	if _, err := build(t, conf); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		netcall.ClientsFlag:            "example.com/pay.Client=Get|List,example.com/kv.Store",
		netcall.IdempotencyHeadersFlag: "X-Request-Token,X-Op-Id",
		netcall.ClassifiersFlag:        "example.com/errs.IsTemporary",
		netcall.ValidatorsFlag:         "(example.com/api.Reply).Check",
		netcall.DisableFlag:            "NL-T2,NL-R3",
		netcall.EnableFlag:             "NL-V4",
	}
	for name, v := range want {
		if got := flagValue(name); got != v {
			t.Errorf("-%s = %q, want %q", name, got, v)
		}
	}
	if _, err := build(t, nil); err != nil {
		t.Fatal(err)
	}
	for name := range want {
		if got := flagValue(name); got != "" {
			t.Errorf("after building without settings, -%s = %q, want empty", name, got)
		}
	}
}

// TestSettingsKeys checks that the settings keys are exactly the keys of
// .netlint.yml, and that each is a flag of netcall.
func TestSettingsKeys(t *testing.T) {
	var keys []string
	st := reflect.TypeFor[gclplugin.Settings]()
	for i := range st.NumField() {
		keys = append(keys, strings.Split(st.Field(i).Tag.Get("json"), ",")[0])
	}
	if !slices.Equal(keys, config.Keys) {
		t.Errorf("settings keys %q, want the keys of .netlint.yml %q", keys, config.Keys)
	}
	for _, k := range keys {
		if netcall.Analyzer.Flags.Lookup(k) == nil {
			t.Errorf("settings key %q is not a flag of netcall", k)
		}
	}
}

// TestAnalyzers checks that the plugin returns every analyzer of the suite
// that reports, and so every analyzer that owns a rule.
func TestAnalyzers(t *testing.T) {
	as, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, a := range as {
		got[a.Name] = true
	}
	if got[netcall.Analyzer.Name] {
		t.Errorf("netcall reports nothing and should not be returned")
	}
	for _, a := range analyzers.All() {
		if a != netcall.Analyzer && !got[a.Name] {
			t.Errorf("analyzer %s is missing", a.Name)
		}
	}
	for _, r := range rules.Rules {
		if !got[r.Analyzer] {
			t.Errorf("%s: analyzer %s is missing", r.ID, r.Analyzer)
		}
	}
	if err := analysis.Validate(as); err != nil {
		t.Error(err)
	}
}

// pluginAnalyzer builds the plugin from conf and returns its analyzer
// named name.
func pluginAnalyzer(t *testing.T, conf any, name string) *analysis.Analyzer {
	t.Helper()
	as, err := build(t, conf)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("plugin has no analyzer %s", name)
	return nil
}

// TestRun runs a plugin-built analyzer, including a finding that needs a
// fact from another package.
func TestRun(t *testing.T) {
	a := pluginAnalyzer(t, nil, "nettimeout")
	analysistest.Run(t, netlinttest.TestData(), a, "gclplugin/lib", "gclplugin/use")
}

// TestRunDisabled checks that the disable setting takes effect: the
// fixture has an unmarked http.Get.
func TestRunDisabled(t *testing.T) {
	a := pluginAnalyzer(t, settings(t, `{"disable": ["NL-T1"]}`), "nettimeout")
	analysistest.Run(t, netlinttest.TestData(), a, "gclplugin/disabled")
}

// TestRunClients checks that a client listed in the settings is modelled.
func TestRunClients(t *testing.T) {
	a := pluginAnalyzer(t, settings(t, `{"clients": [{"type": "gclplugin/clients.Store", "idempotent": ["Load"]}]}`), "nettimeout")
	analysistest.Run(t, netlinttest.TestData(), a, "gclplugin/clients")
}
