package config

import (
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// ruleID is the form of a rule ID: NL-, a family letter (T, O, R and V
// for the rule families, D for netlint directives) and a number.
var ruleID = regexp.MustCompile(`^NL-[DORTV][0-9]+$`)

// ValidRuleID reports whether s is of the form of a rule ID, such as NL-T1.
func ValidRuleID(s string) bool { return ruleID.MatchString(s) }

// SplitType splits "import/path.Type" into its import path and name. It
// reports false if s is not of that form.
func SplitType(s string) (path, name string, ok bool) {
	dot := strings.LastIndex(s, ".")
	if dot < 0 {
		return "", "", false
	}
	path, name = s[:dot], s[dot+1:]
	return path, name, validImportPath(path) && token.IsIdentifier(name)
}

// validImportPath reports whether p looks like an import path. It is
// deliberately lenient about characters the go command accepts but
// rejects those that would break the flag syntax (",", "=", "|").
func validImportPath(p string) bool {
	if p == "" || strings.ContainsAny(p, " \t\r\n,=|()*\"'`\\;:") {
		return false
	}
	for _, elem := range strings.Split(p, "/") {
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
	}
	return true
}

// validFuncRef reports whether s names a function (import/path.Func) or a
// method ((import/path.Type).Method or (*import/path.Type).Method).
func validFuncRef(s string) bool {
	if rest, ok := strings.CutPrefix(s, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		recv = strings.TrimPrefix(recv, "*")
		_, _, typeOK := SplitType(recv)
		return ok && typeOK && token.IsIdentifier(method)
	}
	_, _, ok := SplitType(s)
	return ok
}

// validHeader reports whether h is an HTTP header field name (an RFC 9110 token).
func validHeader(h string) bool {
	if h == "" {
		return false
	}
	for _, c := range []byte(h) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

func checkType(typ string, pos Pos) error {
	if _, _, ok := SplitType(typ); !ok {
		return &Error{pos, fmt.Sprintf("client type %s is not of the form import/path.Type", quote(typ))}
	}
	return nil
}

func checkMethod(m string, pos Pos) error {
	if !token.IsIdentifier(m) {
		return &Error{pos, fmt.Sprintf("idempotent method %s is not a Go identifier", quote(m))}
	}
	return nil
}

// checkItem validates one entry of the list for key.
func checkItem(key, v string, pos Pos) error {
	var msg string
	switch key {
	case IdempotencyHeadersKey:
		if !validHeader(v) {
			msg = fmt.Sprintf("idempotency header %s is not a valid HTTP header name", quote(v))
		}
	case ClassifiersKey, ValidatorsKey:
		if !validFuncRef(v) {
			what := strings.TrimSuffix(key, "s")
			msg = fmt.Sprintf("%s %s is not of the form import/path.Func or (import/path.Type).Method", what, quote(v))
		}
	case DisableKey, EnableKey:
		if !ValidRuleID(v) {
			msg = fmt.Sprintf("%s: %s is not a rule ID of the form NL-T1 (family D, O, R, T or V, then a number)", key, quote(v))
		}
	}
	if msg != "" {
		return &Error{pos, msg}
	}
	return nil
}

func checkDuplicateItems(key string, items []Item) error {
	var errs errorList
	first := make(map[string]Pos)
	for _, it := range items {
		k := it.Value
		if key == IdempotencyHeadersKey {
			k = strings.ToLower(k) // header names are case-insensitive
		}
		if p, dup := first[k]; dup {
			errs.add(&Error{it.Pos, fmt.Sprintf("duplicate entry %s in %s%s", quote(it.Value), key, where(p))})
			continue
		}
		first[k] = it.Pos
	}
	return errs.err()
}

func checkDuplicateClients(clients []Client) error {
	var errs errorList
	first := make(map[string]Pos)
	for _, cl := range clients {
		if p, dup := first[cl.Type]; dup {
			errs.add(&Error{cl.Pos, fmt.Sprintf("duplicate client type %s%s", quote(cl.Type), where(p))})
			continue
		}
		first[cl.Type] = cl.Pos
	}
	return errs.err()
}

// where describes the position of an earlier entry.
func where(p Pos) string {
	if p.Line == 0 {
		return ""
	}
	return fmt.Sprintf(" (first at line %d)", p.Line)
}

func quote(s string) string { return strconv.Quote(s) }

func itoa(i int) string { return strconv.Itoa(i) }

// dedupe removes repeated strings, keeping the first of each.
func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
