package netretry

import (
	"go/ast"
	"go/constant"
	"go/token"
)

// statusCodes are the HTTP statuses a status condition is evaluated on.
var statusCodes = [...]int64{400, 404, 409, 408, 429, 500, 502, 503, 504, 200}

const allCodes = uint16(1)<<len(statusCodes) - 1

// codeSet returns the subset of statusCodes in codes for which keep holds.
func codeSet(keep func(int64) bool) uint16 {
	var m uint16
	for i, c := range statusCodes {
		if keep(c) {
			m |= 1 << i
		}
	}
	return m
}

var (
	fatalCodes   = codeSet(func(c int64) bool { return c == 400 || c == 404 || c == 409 })
	unknownCodes = codeSet(func(c int64) bool { return c >= 500 })
)

// statusMask evaluates a condition on resp.StatusCode for each candidate
// status and returns those for which it equals positive. ok is false when
// the condition cannot be evaluated.
func (c *checker) statusMask(e ast.Expr, positive bool) (uint16, bool) {
	var m uint16
	for i, code := range statusCodes {
		v := c.evalStatus(e, code)
		if v == unknown {
			return 0, false
		}
		if (v == yes) == positive {
			m |= 1 << i
		}
	}
	return m, true
}

func (c *checker) evalStatus(e ast.Expr, code int64) tri {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			return not(c.evalStatus(x.X, code))
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			a, b := c.evalStatus(x.X, code), c.evalStatus(x.Y, code)
			if x.Op == token.LAND {
				if a == no || b == no {
					return no
				}
				if a == yes && b == yes {
					return yes
				}
				return unknown
			}
			if a == yes || b == yes {
				return yes
			}
			if a == no && b == no {
				return no
			}
			return unknown
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			l, lok := c.statusValue(x.X, code)
			r, rok := c.statusValue(x.Y, code)
			if !lok || !rok {
				return unknown
			}
			return truth(constant.Compare(constant.MakeInt64(l), x.Op, constant.MakeInt64(r)))
		}
	}
	return unknown
}

// statusValue evaluates an integer expression made of resp.StatusCode,
// constants and arithmetic.
func (c *checker) statusValue(e ast.Expr, code int64) (int64, bool) {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		return constant.Int64Val(constant.ToInt(tv.Value))
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if x.Sel.Name == "StatusCode" && isHTTPResponse(c.info.TypeOf(x.X)) {
			return code, true
		}
	case *ast.BinaryExpr:
		l, lok := c.statusValue(x.X, code)
		r, rok := c.statusValue(x.Y, code)
		if !lok || !rok {
			return 0, false
		}
		switch x.Op {
		case token.QUO:
			if r != 0 {
				return l / r, true
			}
		case token.REM:
			if r != 0 {
				return l % r, true
			}
		case token.ADD:
			return l + r, true
		case token.SUB:
			return l - r, true
		case token.MUL:
			return l * r, true
		}
	}
	return 0, false
}

func truth(b bool) tri {
	if b {
		return yes
	}
	return no
}

func not(t tri) tri {
	switch t {
	case yes:
		return no
	case no:
		return yes
	}
	return unknown
}
