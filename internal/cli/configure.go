package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/internal/config"
)

// configure resets every analyzer flag to its default, then applies the
// configuration file and the explicit -<analyzer>.<flag> flags, in that
// order, so that explicit flags win. It returns the effective
// configuration, whose entries remember where they came from.
func (d *Driver) configure(o *options, dir string) (*config.Config, error) {
	for _, a := range d.Analyzers {
		var err error
		a.Flags.VisitAll(func(f *flag.Flag) {
			if e := f.Value.Set(f.DefValue); e != nil && err == nil {
				err = fmt.Errorf("cannot reset -%s.%s to its default %q: %v", a.Name, f.Name, f.DefValue, e)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	path := o.config
	if path != "" && !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	cfg, err := readConfig(path, dir)
	if err != nil {
		return nil, err
	}

	netcall := d.configAnalyzer()
	var errs []error
	for _, s := range o.set {
		if s.analyzer == netcall && slices.Contains(config.Keys, s.name) {
			pos := config.Pos{File: "-" + s.analyzer.Name + "." + s.name}
			if err := cfg.SetFlag(s.name, s.value, pos); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := apply(netcall, cfg); err != nil {
		return nil, err
	}
	for _, s := range o.set {
		if s.analyzer == netcall && slices.Contains(config.Keys, s.name) {
			continue
		}
		if err := s.analyzer.Flags.Set(s.name, s.value); err != nil {
			return nil, fmt.Errorf("invalid value %q for flag -%s.%s: %v", s.value, s.analyzer.Name, s.name, err)
		}
	}
	return cfg, nil
}

// applyFileConfig applies .netlint.yml, found from the working directory,
// to the analyzers' flags. It is used before delegating -fix to
// multichecker, which then applies explicit flags on top.
func (d *Driver) applyFileConfig() error {
	dir, err := os.Getwd()
	if err != nil {
		return err
	}
	cfg, err := readConfig("", dir)
	if err != nil {
		return err
	}
	return apply(d.configAnalyzer(), cfg)
}

func (d *Driver) configAnalyzer() *analysis.Analyzer {
	for _, a := range d.Analyzers {
		if a.Name == configAnalyzer {
			return a
		}
	}
	return nil
}

// readConfig reads the configuration file at path or, if path is "",
// the one found from dir; with no file, the configuration is empty.
func readConfig(path, dir string) (*config.Config, error) {
	if path == "" {
		var err error
		if path, err = config.Find(dir); err != nil {
			return nil, err
		}
		if path == "" {
			return new(config.Config), nil
		}
	}
	cfg, err := config.Load(path, relPath(dir, path))
	if err != nil && os.IsNotExist(err) {
		return nil, fmt.Errorf("configuration file %s does not exist", relPath(dir, path))
	}
	return cfg, err
}

// apply sets the flags of the configuration analyzer from cfg.
func apply(netcall *analysis.Analyzer, cfg *config.Config) error {
	if netcall == nil {
		return nil
	}
	for key, value := range cfg.FlagValues() {
		if netcall.Flags.Lookup(key) == nil {
			return fmt.Errorf("configuration key %q has no matching flag -%s.%s", key, netcall.Name, key)
		}
		if err := netcall.Flags.Set(key, value); err != nil {
			return fmt.Errorf("-%s.%s: %v", netcall.Name, key, err)
		}
	}
	return nil
}

// printConfigError prints configuration errors, which start with the
// position of the offending entry, one per line.
func printConfigError(w io.Writer, err error) {
	if errs := config.Errors(err); len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(w, e)
		}
		return
	}
	fmt.Fprintf(w, "netlint: %v\n", err)
}

// relPath returns path relative to dir when it lies below dir, and path
// otherwise.
func relPath(dir, path string) string {
	if rel, err := filepath.Rel(dir, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}
