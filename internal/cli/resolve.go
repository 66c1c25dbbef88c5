package cli

import (
	"errors"
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/netlint/netlint/internal/config"
)

// resolveClients checks that every configured client type exists: its
// package is in the loaded graph, or loads on its own, and declares a
// type of that name. Errors point at the entry (file:line:col, or the
// flag that set it).
func resolveClients(cfg *config.Config, res *loaded, base packages.Config) error {
	if len(cfg.Clients) == 0 {
		return nil
	}
	// Packages with type information in the loaded graph, by path.
	known := make(map[string]*packages.Package)
	packages.Visit(res.requested, nil, func(p *packages.Package) {
		if p.Types != nil && known[p.PkgPath] == nil {
			known[p.PkgPath] = p
		}
	})
	var missing []string
	for _, cl := range cfg.Clients {
		path, _, _ := config.SplitType(cl.Type)
		if known[path] == nil {
			missing = append(missing, path)
		}
	}
	if len(missing) > 0 {
		lcfg := &base
		lcfg.Mode, lcfg.Tests = packages.NeedName|packages.NeedTypes, false
		pkgs, err := packages.Load(lcfg, missing...)
		if err != nil {
			return fmt.Errorf("loading client packages: %v", err)
		}
		for _, p := range pkgs {
			if known[p.PkgPath] == nil {
				known[p.PkgPath] = p
			}
		}
	}

	var errs []error
	for _, cl := range cfg.Clients {
		path, name, _ := config.SplitType(cl.Type)
		if msg := resolveType(known[path], path, name); msg != "" {
			errs = append(errs, &config.Error{Pos: cl.Pos, Msg: fmt.Sprintf("client type %q does not resolve: %s", cl.Type, msg)})
		}
	}
	return errors.Join(errs...)
}

// resolveType explains why path.name is not a type of package p, or
// returns "".
func resolveType(p *packages.Package, path, name string) string {
	if p == nil {
		return "package " + path + " is not found"
	}
	if p.Types == nil || len(p.Errors) > 0 && p.Types.Scope().Len() == 0 {
		if len(p.Errors) > 0 {
			// "no required module provides package x; to add it:\n\tgo get x"
			msg, _, _ := strings.Cut(p.Errors[0].Msg, "\n")
			return strings.TrimSuffix(msg, "; to add it:")
		}
		return "package " + path + " has no type information"
	}
	switch obj := p.Types.Scope().Lookup(name).(type) {
	case nil:
		return fmt.Sprintf("package %s has no type %s", path, name)
	case *types.TypeName:
		return ""
	default:
		return fmt.Sprintf("%s.%s is a %s, not a type", path, name, kindOf(obj))
	}
}

func kindOf(obj types.Object) string {
	switch obj.(type) {
	case *types.Func:
		return "function"
	case *types.Var:
		return "variable"
	case *types.Const:
		return "constant"
	}
	return "object"
}
