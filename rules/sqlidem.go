package rules

import "strings"

// SQLIdem returns the idempotency class of SQL text (rules.md §1.3).
//
// Reads (SELECT, SHOW, EXPLAIN without ANALYZE, VALUES, WITH … SELECT) are
// Safe, unless they call nextval or setval. INSERT is NonIdem, except
// INSERT … ON CONFLICT DO NOTHING, INSERT IGNORE and REPLACE, which are
// Idempotent, and upserts, which follow the UPDATE rules. An UPDATE is
// NonIdem when a SET column is assigned an expression of itself ("n = n +
// 1"), Cond when its WHERE clause tests a version column, and Idempotent
// otherwise. DELETE and TRUNCATE are Idempotent; DDL is Idempotent only
// with IF [NOT] EXISTS. Several statements get the class of the least safe
// one. Anything else (CALL, MERGE, unknown text) is Unknown.
func SQLIdem(query string) Idem {
	stmts := splitStatements(sqlTokens(query))
	if len(stmts) == 0 {
		return Unknown
	}
	worst := Safe
	for _, s := range stmts {
		worst = worse(worst, stmtIdem(s))
	}
	return worst
}

// worse returns the less safe of two classes; Unknown counts as NonIdem.
func worse(a, b Idem) Idem {
	rank := func(i Idem) int {
		switch i {
		case Safe:
			return 0
		case Idempotent:
			return 1
		case Cond:
			return 2
		case Token:
			return 3
		case Unknown, Dep:
			return 4
		}
		return 5
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}

func stmtIdem(t []string) Idem {
	switch t[0] {
	case "SELECT", "SHOW", "VALUES", "TABLE", "DESCRIBE", "DESC":
		if has(t, "NEXTVAL") || has(t, "SETVAL") || (t[0] == "SELECT" && has(t, "INTO")) {
			return Unknown
		}
		return Safe
	case "EXPLAIN":
		if len(t) > 1 && t[1] == "ANALYZE" {
			return stmtIdem(t[2:])
		}
		return Safe
	case "WITH":
		return withIdem(t)
	case "INSERT":
		return insertIdem(t)
	case "REPLACE":
		return Idempotent
	case "UPDATE":
		return updateIdem(t)
	case "DELETE", "TRUNCATE":
		return Idempotent
	case "CREATE", "DROP", "ALTER":
		if has(t, "EXISTS") {
			return Idempotent
		}
	}
	return Unknown
}

// withIdem classifies WITH queries by the data-modifying statements they
// contain, if any.
func withIdem(t []string) Idem {
	worst := Safe
	for i, w := range t {
		switch w {
		case "INSERT", "UPDATE", "DELETE", "MERGE":
			worst = worse(worst, stmtIdem(t[i:]))
		}
	}
	if worst == Safe && (has(t, "NEXTVAL") || has(t, "SETVAL")) {
		return Unknown
	}
	return worst
}

func insertIdem(t []string) Idem {
	if len(t) > 1 && t[1] == "IGNORE" {
		return Idempotent
	}
	for i := range t {
		switch {
		case t[i] == "CONFLICT" && has(t[i:], "NOTHING"):
			return Idempotent
		case t[i] == "CONFLICT" || t[i] == "DUPLICATE":
			if selfAssigned(setClause(t[i:])) || selfAssigned(afterWord(t[i:], "UPDATE")) {
				return NonIdem
			}
			return Idempotent
		}
	}
	return NonIdem
}

func updateIdem(t []string) Idem {
	if versionGuard(t) {
		return Cond
	}
	if selfAssigned(setClause(t)) {
		return NonIdem
	}
	return Idempotent
}

// setClause returns the tokens after SET, up to WHERE, FROM or RETURNING.
func setClause(t []string) []string {
	start := indexOf(t, "SET")
	if start < 0 {
		return nil
	}
	t = t[start+1:]
	for i, w := range t {
		if w == "WHERE" || w == "FROM" || w == "RETURNING" {
			return t[:i]
		}
	}
	return t
}

// afterWord returns the tokens after the first w, or nil: the assignments
// of MySQL's ON DUPLICATE KEY UPDATE, which has no SET.
func afterWord(t []string, w string) []string {
	if i := indexOf(t, w); i >= 0 && (i+1 == len(t) || t[i+1] != "SET") {
		return t[i+1:]
	}
	return nil
}

// selfAssigned reports whether an assignment list has "c = … c …" with an
// arithmetic or concatenation operator: n = n + 1, balance = t.balance - $1.
func selfAssigned(set []string) bool {
	for _, a := range splitOn(set, ",") {
		if len(a) < 3 || a[1] != "=" {
			continue
		}
		col := lastPart(a[0])
		rhs := a[2:]
		arith := has(rhs, "+") || has(rhs, "-") || has(rhs, "*") || has(rhs, "||")
		for _, w := range rhs {
			if arith && lastPart(w) == col {
				return true
			}
		}
	}
	return false
}

// versionGuard reports whether the WHERE clause compares a version column:
// UPDATE … WHERE id = $1 AND version = $2.
func versionGuard(t []string) bool {
	where := indexOf(t, "WHERE")
	if where < 0 {
		return false
	}
	t = t[where+1:]
	for i := 0; i+1 < len(t); i++ {
		switch lastPart(t[i]) {
		case "VERSION", "REVISION", "REV", "LOCK_VERSION", "ETAG", "XMIN":
			if t[i+1] == "=" {
				return true
			}
		}
	}
	return false
}

func lastPart(w string) string {
	if i := strings.LastIndexByte(w, '.'); i >= 0 {
		return w[i+1:]
	}
	return w
}

func has(t []string, w string) bool { return indexOf(t, w) >= 0 }

func indexOf(t []string, w string) int {
	for i, x := range t {
		if x == w {
			return i
		}
	}
	return -1
}

func splitOn(t []string, sep string) [][]string {
	var out [][]string
	start := 0
	for i, w := range t {
		if w == sep {
			out = append(out, t[start:i])
			start = i + 1
		}
	}
	return append(out, t[start:])
}

func splitStatements(t []string) [][]string {
	var out [][]string
	for _, s := range splitOn(t, ";") {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}
