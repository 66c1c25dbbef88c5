package netreply

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// bodies reports NL-V2: a peer-controlled body or connection read to the
// end with no size limit, directly or through a helper.
func (c *checker) bodies(f *fn) {
	f.each(func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		rc, ok := c.readOf(call)
		if !ok || !rc.unbounded {
			return true
		}
		base, bounded := c.reader(rc.reader)
		if bounded {
			return true
		}
		var what, remedy string
		o, s := c.peer(f, base)
		switch o {
		case fromReply:
			if c.lengthChecked(f, c.baseVar(base)) {
				return true
			}
			what, remedy = "the reply body of "+s.Describe(), "http.MaxBytesReader"
		case fromRequest:
			if c.limitsHandlers || c.lengthChecked(f, c.baseVar(base)) {
				return true
			}
			what, remedy = "the request body", "http.MaxBytesReader"
		case fromConn:
			what, remedy = "a connection from "+s.Name()+" to the end", "io.LimitReader"
		default:
			return true
		}
		if rc.helper != nil {
			c.helperReads[rc.helper] = append(c.helperReads[rc.helper], helperRead{call, what, remedy})
			return true
		}
		c.reportFix(call, "NL-V2", c.boundFix(f, rc, base, o), "%s reads %s with no size limit; wrap it in %s", rules.ReadableName(c.calleeName(call)), what, remedy)
		return true
	})
}

// A helperRead is a call of a helper that reads a peer body unbounded.
type helperRead struct {
	call         *ast.CallExpr
	what, remedy string
}

// reportHelperReads reports NL-V2 for helpers that read peer bodies with no
// limit: once per helper, at its first call in the package, since bounding
// the read inside the helper fixes every call.
func (c *checker) reportHelperReads() {
	var helpers []*types.Func
	for h, reads := range c.helperReads {
		helpers = append(helpers, h)
		sort.Slice(reads, func(i, j int) bool { return netcall.PosLess(c.pass.Fset, reads[i].call.Pos(), reads[j].call.Pos()) })
	}
	first := func(h *types.Func) token.Pos { return c.helperReads[h][0].call.Pos() }
	sort.Slice(helpers, func(i, j int) bool { return netcall.PosLess(c.pass.Fset, first(helpers[i]), first(helpers[j])) })
	for _, h := range helpers {
		reads := c.helperReads[h]
		r := reads[0]
		more := ""
		if n := len(reads) - 1; n > 0 {
			more = fmt.Sprintf(" (and %d more calls in this package)", n)
		}
		c.report(r.call, "NL-V2", "%s reads %s with no size limit; bound the read inside %s or wrap the body in %s%s", rules.ReadableName(h.FullName()), r.what, h.Name(), r.remedy, more)
	}
}

// lengthChecked reports whether f compares v.ContentLength, which net/http
// enforces on the body it returns.
func (c *checker) lengthChecked(f *fn, v *types.Var) bool {
	found := false
	f.each(func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && !found {
			for _, e := range []ast.Expr{b.X, b.Y} {
				if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && sel.Sel.Name == "ContentLength" && c.varOf(sel.X) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
