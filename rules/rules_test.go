package rules

import (
	"go/types"
	"go/version"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// tableNames names the tables of tables(), in order, for messages.
var tableNames = []string{
	"net", "http", "tls", "rpc", "smtp", "sql", "grpc", "aws", "redis", "pgx", "mongo", "kafka", "nats", "etcd",
	"retryablehttp",
}

func TestTablesSorted(t *testing.T) {
	all := append(tables(), ctorAPIs)
	names := append(slices.Clone(tableNames), "ctor")
	if len(names) != len(all) {
		t.Fatalf("tableNames has %d names for %d tables", len(names), len(all))
	}
	seen := map[string]string{}
	for i, table := range all {
		for j, a := range table {
			if j > 0 && table[j-1].Func >= a.Func {
				t.Errorf("%s table: %q is not sorted after %q", names[i], a.Func, table[j-1].Func)
			}
			if prev, ok := seen[a.Func]; ok {
				t.Errorf("%s table: %q is also in the %s table", names[i], a.Func, prev)
			}
			seen[a.Func] = names[i]
			if a.Kind == KindNone || int(a.Kind) >= len(kindNames) {
				t.Errorf("%s: bad Kind %d", a.Func, a.Kind)
			}
			if int(a.Idem) >= len(idemNames) {
				t.Errorf("%s: bad Idem %d", a.Func, a.Idem)
			}
			if a.Flags.Has(NoCtx) && a.Param(Ctx) >= 0 {
				t.Errorf("%s: NoCtx, but parameter %d is Ctx", a.Func, a.Param(Ctx))
			}
			if strings.HasSuffix(a.Note, ".") {
				t.Errorf("%s: Note ends with a period", a.Func)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	for _, a := range All() {
		if got := Lookup(a.Func); got != a {
			t.Errorf("Lookup(%q) = %v, want the table entry", a.Func, got)
		}
		if Constructor(a.Func) != nil {
			t.Errorf("Constructor(%q) != nil for a network call", a.Func)
		}
	}
	for _, a := range ctorEntries() {
		if got := Constructor(a.Func); got != a {
			t.Errorf("Constructor(%q) = %v, want the table entry", a.Func, got)
		}
		if Lookup(a.Func) != nil {
			t.Errorf("Lookup(%q) != nil for a constructor", a.Func)
		}
	}
	if Lookup("net.Listen") != nil {
		t.Error(`Lookup("net.Listen") != nil`)
	}
}

// TestEntriesResolve checks every entry against the real standard library
// and the third-party stubs: the Func spelling is the FullName of a real
// function, and the parameter roles fit the parameter types.
func TestEntriesResolve(t *testing.T) {
	pkgs := load(t)
	for _, a := range append(All(), ctorEntries()...) {
		fn := resolve(pkgs, a.Func)
		if fn == nil {
			if a.Note == "Go 1.26" && version.Compare(runtime.Version(), "go1.26") < 0 {
				continue
			}
			t.Errorf("%s: no such function", a.Func)
			continue
		}
		if got := fn.FullName(); got != a.Func {
			t.Errorf("%s: FullName is %q", a.Func, got)
		}
		sig := fn.Signature()
		if len(a.Params) > sig.Params().Len() {
			t.Errorf("%s: %d roles for %d parameters", a.Func, len(a.Params), sig.Params().Len())
			continue
		}
		for i, r := range a.Params {
			if typ := sig.Params().At(i).Type(); !roleFits(r, typ) {
				t.Errorf("%s: parameter %d has role %v but type %v", a.Func, i, r, typ)
			}
		}
		if a.Flags.Has(Response) && (sig.Results().Len() == 0 || !isNamedPtr(sig.Results().At(0).Type(), "net/http", "Response")) {
			t.Errorf("%s: Response flag, but the first result is not *http.Response", a.Func)
		}
		if a.Param(Ctx) < 0 && !a.Flags.Has(NoCtx) && sig.Params().Len() > 0 && isContext(sig.Params().At(0).Type()) {
			t.Errorf("%s: the first parameter is a context.Context without the Ctx role", a.Func)
		}
	}
}

// resolve finds the function a FullName spelling names, or nil.
func resolve(pkgs map[string]*packages.Package, full string) *types.Func {
	p := pkgs[funcPkg(full)]
	if p == nil || p.Types == nil {
		return nil
	}
	scope := p.Types.Scope()
	if !strings.HasPrefix(full, "(") {
		fn, _ := scope.Lookup(full[strings.LastIndex(full, ".")+1:]).(*types.Func)
		return fn
	}
	end := strings.Index(full, ")")
	recv, method := full[1:end], full[end+2:]
	ptr := strings.HasPrefix(recv, "*")
	tn, ok := scope.Lookup(recv[strings.LastIndex(recv, ".")+1:]).(*types.TypeName)
	if !ok {
		return nil
	}
	typ := tn.Type()
	if ptr {
		typ = types.NewPointer(typ)
	}
	obj, _, _ := types.LookupFieldOrMethod(typ, false, p.Types, method)
	fn, _ := obj.(*types.Func)
	return fn
}

// roleFits reports whether a parameter of type typ can play role r.
func roleFits(r Role, typ types.Type) bool {
	switch r {
	case Ctx:
		return isContext(typ)
	case Network, Addr, Method, Query:
		b, ok := typ.Underlying().(*types.Basic)
		return ok && b.Kind() == types.String
	case Timeout:
		return isNamed(typ, "time", "Duration")
	case Request:
		switch u := types.Unalias(typ).Underlying().(type) {
		case *types.Pointer:
			return true
		case *types.Struct:
			return namedOf(typ) != nil
		case *types.Interface:
			return u.Empty()
		}
		return false
	case Conn:
		obj, _, _ := types.LookupFieldOrMethod(typ, false, nil, "Read")
		return obj != nil
	}
	return true
}
