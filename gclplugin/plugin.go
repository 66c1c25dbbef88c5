// Package gclplugin registers netlint as a golangci-lint v2 module plugin.
//
// A golangci-lint binary built with this package (by golangci-lint custom
// from .custom-gcl.yml, or by the wrapper module in tools/golangci) knows
// one linter, netlint, which runs every netlint analyzer. It is enabled
// like any custom linter:
//
//	linters:
//	  enable: [netlint]
//	  settings:
//	    custom:
//	      netlint:
//	        type: module
//	        settings:
//	          clients:
//	            - type: example.com/pay.Client
//	              idempotent: [Get, List]
//	          disable: [NL-T2]
//
// The settings keys are the names of the netcall analyzer's flags and of
// the keys of .netlint.yml: clients, idempotency-headers, classifiers,
// validators, disable and enable. Every value is a list, never a map,
// because golangci-lint lowercases and splits map keys at dots. Settings
// are decoded strictly: an unknown key, a value of the wrong type or a
// malformed entry fails the run.
//
// This package is the only one that imports
// github.com/golangci/plugin-module-register; the analyzers themselves
// work the same under netlint, go vet and golangci-lint.
package gclplugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers"
	"github.com/netlint/netlint/analyzers/netcall"
)

// Name is the linter name under which netlint registers: the name used in
// linters.enable, linters.settings.custom and //nolint:netlint.
const Name = "netlint"

func init() { register.Plugin(Name, New) }

// New decodes the plugin settings and returns the plugin. It fails on
// unknown keys, values of the wrong type and malformed entries.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, err
	}
	flags, err := s.flagValues()
	if err != nil {
		return nil, fmt.Errorf("invalid settings: %w", err)
	}
	return &plugin{flags: flags}, nil
}

type plugin struct {
	// flags holds a value, possibly empty, for each configuration flag
	// of netcall.
	flags map[string]string
}

// BuildAnalyzers sets the configuration flags of netcall from the settings
// and returns the analyzers that report findings. The flags are set even
// when empty, so a previous configuration never leaks into this one.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	for _, name := range settingsKeys {
		if err := netcall.Analyzer.Flags.Set(name, p.flags[name]); err != nil {
			return nil, fmt.Errorf("setting -%s.%s: %w", netcall.Analyzer.Name, name, err)
		}
	}
	return Analyzers(), nil
}

// GetLoadMode returns register.LoadModeTypesInfo: netlint needs types and
// facts about dependencies.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// Analyzers returns the analyzers the plugin gives golangci-lint: those
// of [analyzers.All] that report findings. The shared model netcall is
// left out because it reports nothing; it still runs, with its facts on
// dependencies, because every family analyzer requires it.
func Analyzers() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range analyzers.All() {
		if a != netcall.Analyzer {
			out = append(out, a)
		}
	}
	return out
}
