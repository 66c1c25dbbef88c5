package netcall_test

import (
	"bytes"
	"encoding/gob"
	"go/token"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/internal/netlinttest"
	"github.com/netlint/netlint/rules"
)

// TestFacts checks the wrapper and client facts netcall exports.
func TestFacts(t *testing.T) {
	analysistest.Run(t, netlinttest.TestData(), netcall.Analyzer, "netcall/wrappers", "netcall/clients")
}

// sitesAnalyzer reports every site netcall finds, so tests can see the
// model: "site <name> <source> <idem> <method>".
var sitesAnalyzer = &analysis.Analyzer{
	Name:     "sites",
	Doc:      "report netcall sites (test only)",
	Requires: []*analysis.Analyzer{netcall.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		nc := pass.ResultOf[netcall.Analyzer].(*netcall.Result)
		for _, s := range nc.Sites() {
			pass.Reportf(s.Call.Pos(), "site %s %s %s %s", s.Name(), source(s.Source), s.Idem, s.Method)
		}
		return nil, nil
	},
}

func source(s netcall.Source) string {
	return [...]string{"", "catalog", "annotation", "config", "wrapper"}[s]
}

// TestSites checks which calls become sites and how they are classified,
// including configured clients.
func TestSites(t *testing.T) {
	setFlag(t, netcall.ClientsFlag, "netcall/clients/use.Store=Load")
	analysistest.Run(t, netlinttest.TestData(), sitesAnalyzer, "netcall/clients/use", "netcall/crash")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := netcall.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

// TestFactString pins the fact encoding used in test expectations.
func TestFactString(t *testing.T) {
	f := &netcall.FuncFact{Kind: 1, API: "http.Client.Do", Idem: 1, CtxParam: 1, ErrResult: 2}
	if got, want := f.String(), "wrapper(http http.Client.Do safe) ctx=0 err=1"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if reflect.TypeOf(*f).NumField() > 12 {
		t.Errorf("FuncFact grew to %d fields; keep facts small", reflect.TypeOf(*f).NumField())
	}
}

// TestFactEncoding checks that facts round-trip through gob, as drivers
// store them, deterministically and within a small size budget.
func TestFactEncoding(t *testing.T) {
	for _, fact := range []any{
		&netcall.FuncFact{Kind: rules.HTTP, API: "http.Client.Do", Idem: rules.NonIdem, Method: "POST", CtxParam: 1, ClientParam: 2, ErrResult: 2, Flags: rules.Response, Annot: netcall.AnnotIdempotent},
		&netcall.ClientFact{Idempotent: []string{"Get", "List"}},
	} {
		var a, b bytes.Buffer
		if err := gob.NewEncoder(&a).Encode(fact); err != nil {
			t.Fatal(err)
		}
		if err := gob.NewEncoder(&b).Encode(fact); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%T: encoding is not deterministic", fact)
		}
		if a.Len() > 256 {
			t.Errorf("%T: encoded size %d bytes, budget 256", fact, a.Len())
		}
		back := reflect.New(reflect.TypeOf(fact).Elem()).Interface()
		if err := gob.NewDecoder(&a).Decode(back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, fact) {
			t.Errorf("%T: round trip gave %+v, want %+v", fact, back, fact)
		}
		t.Logf("%T: %d bytes", fact, b.Len())
	}
}

// TestPosLess checks that positions are ordered by file name, not by the
// order in which the files were added to the FileSet (which go/packages
// does not fix: it parses in parallel).
func TestPosLess(t *testing.T) {
	fset := token.NewFileSet()
	b := fset.AddFile("b.go", -1, 100)
	a := fset.AddFile("a.go", -1, 100)
	pa, pb := a.Pos(10), b.Pos(5)
	if pa < pb {
		t.Fatal("test setup: a.go was added second, so its positions should be larger")
	}
	if !netcall.PosLess(fset, pa, pb) || netcall.PosLess(fset, pb, pa) {
		t.Errorf("PosLess does not order a.go before b.go")
	}
	if !netcall.PosLess(fset, a.Pos(1), a.Pos(2)) {
		t.Errorf("PosLess does not order offsets within a file")
	}
}
