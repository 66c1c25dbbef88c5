package docgen

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/netlint/netlint/rules"
)

// flagNames names the bits of rules.Flag in the catalog. A bit missing
// here shows up as flag(0x…) and fails the tests.
var flagNames = []struct {
	flag rules.Flag
	name string
}{
	{rules.DefaultBound, "default-bound"},
	{rules.NoCtx, "no-context"},
	{rules.DefaultClient, "default-client"},
	{rules.Stream, "stream"},
	{rules.Lifecycle, "lifecycle"},
	{rules.Commit, "commit"},
	{rules.Absence, "absence"},
	{rules.Response, "response"},
	{rules.Read, "read"},
	{rules.Write, "write"},
	{rules.LaterErr, "later-error"},
	{rules.Retries, "retries"},
	{rules.Server, "server"},
}

// flagsText lists the names of the bits of f.
func flagsText(f rules.Flag) string {
	var names []string
	for _, fn := range flagNames {
		if f&fn.flag != 0 {
			names = append(names, fn.name)
			f &^= fn.flag
		}
	}
	if f != 0 {
		names = append(names, fmt.Sprintf("flag(%#x)", uint32(f)))
	}
	return strings.Join(names, ", ")
}

// paramsText shows the parameter roles, "_" for parameters without one.
func paramsText(ps []rules.Role) string {
	if len(ps) == 0 {
		return ""
	}
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
		if p == rules.Other {
			s[i] = "_"
		}
	}
	return "(" + strings.Join(s, ", ") + ")"
}

// typeArgs matches the type parameters of a generic receiver or function.
var typeArgs = regexp.MustCompile(`\[[^\]]*\]`)

// packagePath returns the import path of a catalog entry's Func.
func packagePath(full string) string {
	s := typeArgs.ReplaceAllString(full, "")
	if rest, ok := strings.CutPrefix(s, "("); ok {
		recv, _, _ := strings.Cut(rest, ")")
		s = strings.TrimPrefix(recv, "*")
	}
	if dot := strings.LastIndex(s, "."); dot > strings.LastIndex(s, "/") {
		return s[:dot]
	}
	return s
}

// catalog renders docs/catalog.md from rules.All: one table per package,
// in catalog order.
func catalog() []byte {
	var b bytes.Buffer
	apis := rules.All()
	b.WriteString("# netlint API catalog\n\n" + header + "\n")
	fmt.Fprintf(&b, "The %d network APIs that netlint knows by name, from package `rules`. "+
		"Besides these, it recognises by shape: generated gRPC client methods, AWS SDK v2 operations, "+
		"go-redis commands, and reads and writes on values with deadlines (`net.Conn` and friends). "+
		"A project adds its own clients with the `clients` setting or the `//netlint:client` annotation.\n\n", len(apis))
	b.WriteString("Columns: the API as `types.Func.FullName` spells it (the spelling the `classifiers` and " +
		"`validators` settings use); its kind; its idempotency class (`dependent`: decided per call from the " +
		"HTTP method or SQL text); the roles of its parameters; its properties.\n")
	var order []string
	byPkg := map[string][]*rules.API{}
	for _, a := range apis {
		p := packagePath(a.Func)
		if _, ok := byPkg[p]; !ok {
			order = append(order, p)
		}
		byPkg[p] = append(byPkg[p], a)
	}
	for _, p := range order {
		fmt.Fprintf(&b, "\n## %s\n\n| API | Kind | Idempotency | Parameters | Properties | Note |\n|---|---|---|---|---|---|\n", p)
		for _, a := range byPkg[p] {
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n",
				a.Func, a.Kind, a.Idem, paramsText(a.Params), flagsText(a.Flags), strings.ReplaceAll(a.Note, "|", "\\|"))
		}
	}
	b.WriteString("\n## Idempotency key headers\n\nA request that carries one of these headers, with a value that stays the same across attempts, may be retried (NL-R1). The `idempotency-headers` setting adds more.\n\n")
	for _, h := range rules.IdempotencyHeaders {
		fmt.Fprintf(&b, "- `%s`\n", h)
	}
	return b.Bytes()
}
