package rules

import "strings"

// sqlTokens splits SQL text into upper-cased words (identifiers may be
// dotted: "T.N"), operators and punctuation. Comments are dropped, and
// string literals, quoted identifiers and parameters become "?", so that
// keywords inside them are not seen.
func sqlTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.HasPrefix(s[i:], "--"):
			i = skipPast(s, i, "\n")
		case strings.HasPrefix(s[i:], "/*"):
			i = skipPast(s, i+2, "*/")
		case c == '\'' || c == '"' || c == '`':
			i = skipQuoted(s, i+1, c)
			out = append(out, "?")
		case c == '$' || c == '?' || c == ':' && i+1 < len(s) && isWordByte(s[i+1]):
			if tag, ok := dollarTag(s[i:]); ok {
				i = skipPast(s, i+len(tag), tag)
			} else {
				i++
				for i < len(s) && isWordByte(s[i]) {
					i++
				}
			}
			out = append(out, "?")
		case isWordByte(c):
			j := i
			for j < len(s) && (isWordByte(s[j]) || s[j] == '.') {
				j++
			}
			out = append(out, strings.ToUpper(s[i:j]))
			i = j
		case strings.HasPrefix(s[i:], "||"):
			out = append(out, "||")
			i += 2
		default:
			out = append(out, string(c))
			i++
		}
	}
	return out
}

// dollarTag returns the opening tag of a dollar-quoted string ("$$" or
// "$tag$") at the start of s.
func dollarTag(s string) (string, bool) {
	j := 1
	for j < len(s) && isWordByte(s[j]) && !(j == 1 && isDigit(s[j])) {
		j++
	}
	if j < len(s) && s[j] == '$' {
		return s[:j+1], true
	}
	return "", false
}

// skipPast returns the index just after the first end at or after i, or len(s).
func skipPast(s string, i int, end string) int {
	if j := strings.Index(s[i:], end); j >= 0 {
		return i + j + len(end)
	}
	return len(s)
}

// skipQuoted returns the index after the quote q that closes a literal
// starting at i; a doubled quote or a backslash escapes.
func skipQuoted(s string, i int, q byte) int {
	for i < len(s) {
		switch s[i] {
		case '\\':
			i += 2
			continue
		case q:
			if i+1 < len(s) && s[i+1] == q {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return len(s)
}

func isWordByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) || c >= 0x80
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
