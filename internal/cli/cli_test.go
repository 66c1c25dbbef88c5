package cli

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestVetMode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-json", "-netcall.clients=a.B", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-fix", "-diff", "vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-V"}, false},
		{nil, false},
	} {
		if got := VetMode(tc.args); got != tc.want {
			t.Errorf("VetMode(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestHasFlag(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-fix", "./..."}, true},
		{[]string{"-diff", "--fix=true", "."}, true},
		{[]string{"-fix=false", "."}, false},
		{[]string{"-config", "x.yml", "-fix", "./..."}, true},
		{[]string{"--", "-fix"}, false},
		{[]string{"fix"}, false},
		{[]string{"-prefix"}, false},
	} {
		if got := hasFlag(tc.args, "fix"); got != tc.want {
			t.Errorf("hasFlag(%q, fix) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestPrune checks that imports loaded from export data are replaced by
// the nearest source-loaded packages below them, on copies.
func TestPrune(t *testing.T) {
	t.Parallel()
	pkg := func(id string, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: id, PkgPath: id, Imports: map[string]*packages.Package{}}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	std := pkg("fmt")
	c := pkg("m/c", std)
	x := pkg("x/lib", c, std) // export data, but depends on a source package
	y := pkg("y/other", std)  // export data, nothing from source below
	b := pkg("m/b", y)
	a := pkg("m/a", b, x, std)
	copies := prune([]*packages.Package{a, b, c})

	copied := []*packages.Package{copies[a], copies[b], copies[c]}
	keys := func(p *packages.Package) []string {
		var ids []string
		for _, imp := range p.Imports {
			ids = append(ids, imp.ID)
			if !slices.Contains(copied, imp) {
				t.Errorf("%s imports %s, which is not a copy", p.ID, imp.ID)
			}
		}
		slices.Sort(ids)
		return ids
	}
	if got := keys(copies[a]); !slices.Equal(got, []string{"m/b", "m/c"}) {
		t.Errorf("a imports %v, want [m/b m/c]", got)
	}
	if got := keys(copies[b]); len(got) != 0 {
		t.Errorf("b imports %v, want none", got)
	}
	if len(a.Imports) != 3 || a.Imports["x/lib"] != x || len(x.Imports) != 2 {
		t.Errorf("prune modified the packages it was given")
	}
}

func TestRelPos(t *testing.T) {
	t.Parallel()
	dir := filepath.FromSlash("/w/mod")
	for pos, want := range map[string]string{
		"/w/mod/a/b.go:3:4": "a/b.go:3:4",
		"/w/mod/a/b.go":     "a/b.go",
		"/elsewhere/c.go:1": "/elsewhere/c.go:1",
		"/w/mod/x:y.go:2:1": "x:y.go:2:1",
	} {
		if got := relPos(dir, filepath.FromSlash(pos)); got != filepath.FromSlash(want) {
			t.Errorf("relPos(%q) = %q, want %q", pos, got, want)
		}
	}
}

func TestUseColor(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm")
	if useColor("auto", f) {
		t.Error("auto colours a regular file")
	}
	if !useColor("always", f) || useColor("never", f) {
		t.Error("always/never are not obeyed")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !useColor("auto", tty) {
			t.Error("auto does not colour a terminal")
		}
		t.Setenv("NO_COLOR", "1")
		if useColor("auto", tty) {
			t.Error("auto ignores NO_COLOR")
		}
	}
}
