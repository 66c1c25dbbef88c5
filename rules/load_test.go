package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
)

// matchFixture is the GOPATH-mode package, under testdata/src, whose calls
// the Match tests classify.
const matchFixture = "rules/match"

var (
	loadOnce sync.Once
	loaded   map[string]*packages.Package
	loadErr  error
)

// load type-checks, in GOPATH mode over the repository's testdata (as
// analysistest does), the package of every catalog entry and the Match
// fixture. Standard-library packages come from GOROOT, third-party ones
// from the hand-written stubs. It returns every package reached, by path.
func load(t *testing.T) map[string]*packages.Package {
	t.Helper()
	loadOnce.Do(func() {
		dir, err := filepath.Abs(filepath.Join("..", "testdata"))
		if err != nil {
			loadErr = err
			return
		}
		patterns := map[string]bool{matchFixture: true}
		for _, a := range append(All(), ctorEntries()...) {
			patterns[funcPkg(a.Func)] = true
		}
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps |
				packages.NeedSyntax | packages.NeedTypesInfo,
			Dir: dir,
			Env: append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
		}
		var list []string
		for p := range patterns {
			list = append(list, p)
		}
		roots, err := packages.Load(cfg, list...)
		if err != nil {
			loadErr = err
			return
		}
		loaded = make(map[string]*packages.Package)
		var errs []string
		packages.Visit(roots, nil, func(p *packages.Package) {
			loaded[p.PkgPath] = p
			for _, e := range p.Errors {
				errs = append(errs, e.Error())
			}
		})
		if len(errs) > 0 {
			loadErr = fmt.Errorf("loading packages:\n%s", strings.Join(errs, "\n"))
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func ctorEntries() []*API {
	var out []*API
	for i := range ctorAPIs {
		out = append(out, &ctorAPIs[i])
	}
	return out
}

// funcPkg returns the package path of a FullName spelling.
func funcPkg(full string) string {
	s := full
	if strings.HasPrefix(s, "(") {
		s = strings.TrimPrefix(s[1:strings.Index(s, ")")], "*")
	}
	return s[:strings.LastIndex(s, ".")]
}
