package netreply

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/netlint/netlint/rules"
)

// Where the data of a decoding call comes from.
const (
	fromReceiver = -1 // a decoder: the reader it was built on
	fromDatabase = -2 // rows of a database: always the network
)

// decodeFuncs maps decoding calls whose error must be checked to where their
// data comes from: the index of the data argument, or one of the constants
// above.
var decodeFuncs = map[string]int{
	"(*encoding/json.Decoder).Decode":            fromReceiver,
	"(*encoding/xml.Decoder).Decode":             fromReceiver,
	"(*encoding/gob.Decoder).Decode":             fromReceiver,
	"(*gopkg.in/yaml.v2.Decoder).Decode":         fromReceiver,
	"(*gopkg.in/yaml.v3.Decoder).Decode":         fromReceiver,
	"(*github.com/goccy/go-json.Decoder).Decode": fromReceiver,
	"io.ReadAll":                                            0,
	"io/ioutil.ReadAll":                                     0,
	"(*database/sql.Rows).Scan":                             fromDatabase,
	"(github.com/jackc/pgx/v5.Rows).Scan":                   fromDatabase,
	"(github.com/jackc/pgx/v4.Rows).Scan":                   fromDatabase,
	"(*go.mongodb.org/mongo-driver/mongo.Cursor).Decode":    fromDatabase,
	"(*go.mongodb.org/mongo-driver/v2/mongo.Cursor).Decode": fromDatabase,
}

// decodes reports NL-V3: the error of decoding network data dropped, and
// a reply cut by io.LimitReader passed on as complete.
func (c *checker) decodes(f *fn) {
	f.eachStack(func(n ast.Node, stack []ast.Node) bool {
		var call *ast.CallExpr
		var data ast.Expr // the variable a read's bytes go to
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ExprStmt:
			call, _ = ast.Unparen(s.X).(*ast.CallExpr)
		case *ast.AssignStmt:
			if len(s.Rhs) == 1 && isBlank(s.Lhs[len(s.Lhs)-1]) {
				call, _ = ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
				if len(s.Lhs) > 1 {
					data = s.Lhs[0]
				}
			}
			c.truncation(f, s)
		}
		if call != nil && !c.inStatusBranch(stack) {
			c.dropped(f, call, data)
		}
		return true
	})
}

// inStatusBranch reports whether the innermost statement of stack lies in a
// branch selected by a test of a status code: reading an error reply on a
// best-effort basis is not a finding.
func (c *checker) inStatusBranch(stack []ast.Node) bool {
	for i := len(stack) - 1; i > 0; i-- {
		var cond ast.Node
		switch p := stack[i-1].(type) {
		case *ast.IfStmt:
			if stack[i] == p.Body || stack[i] == p.Else {
				cond = p.Cond
			}
		case *ast.CaseClause:
			for _, e := range p.List {
				if mentionsStatus(e) {
					return true
				}
			}
			if i >= 3 {
				if sw, ok := stack[i-3].(*ast.SwitchStmt); ok && sw.Tag != nil && mentionsStatus(sw.Tag) {
					return true
				}
			}
		}
		if cond != nil && mentionsStatus(cond) {
			return true
		}
	}
	return false
}

// mentionsStatus reports whether n reads a StatusCode or Status field.
func mentionsStatus(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && (sel.Sel.Name == "StatusCode" || sel.Sel.Name == "Status") {
			found = true
		}
		return !found
	})
	return found
}

func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}

// dropped reports a decoding call on network data whose error is dropped.
// data is the variable that receives the bytes of a read.
func (c *checker) dropped(f *fn, call *ast.CallExpr, data ast.Expr) {
	name := c.calleeName(call)
	src, ok := decodeFuncs[name]
	if !ok {
		if i, ok2 := unmarshalers[name]; ok2 {
			src, ok = i, true
		}
	}
	if !ok {
		return
	}
	peer := false
	switch {
	case src == fromDatabase:
		peer = true
	case src == fromReceiver:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if r := c.decoderReader(sel.X); r != nil {
				peer = c.peerReader(f, r)
			}
		}
	case src < len(call.Args):
		if rc, ok := c.readOf(call); ok {
			peer = c.peerReader(f, rc.reader)
		} else {
			peer = c.peerData(f, call.Args[src], 0)
		}
	}
	if !peer || c.errorTarget(call, src) {
		return
	}
	if rc, ok := c.readOf(call); ok && rc.returns && !c.usedAsData(f, data) {
		return // read for an error message, on a best-effort basis
	}
	what := "a malformed reply would pass as a zero value"
	switch {
	case src == fromDatabase:
		what = "a failed read would pass as zero values"
	case name == "io.ReadAll" || name == "io/ioutil.ReadAll":
		what = "a reply cut off mid-way would pass as complete"
	}
	c.report(call, "NL-V3", "error of %s on network data is discarded; %s: check it", rules.ReadableName(name), what)
}

// errorTarget reports whether a decoding call decodes into an error type
// (an API's error body, decoded on a best-effort basis).
func (c *checker) errorTarget(call *ast.CallExpr, src int) bool {
	i := len(call.Args) - 1
	if src == fromDatabase || src == 0 && i < 1 || i < 0 {
		return false
	}
	t := c.info.TypeOf(stripAddr(call.Args[i]))
	if t == nil {
		return false
	}
	if n, ok := types.Unalias(deref(t)).(*types.Named); ok && strings.Contains(n.Obj().Name(), "Error") {
		return true
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	return types.Implements(t, errType) || types.Implements(types.NewPointer(t), errType)
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// usedAsData reports whether the variable e receives bytes that f then
// decodes, returns as a success value or stores: not only formats into a
// message.
func (c *checker) usedAsData(f *fn, e ast.Expr) bool {
	v := c.varOf(e)
	if v == nil {
		return false
	}
	found := false
	c.visible(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if i, ok := unmarshalers[c.calleeName(n)]; ok && i < len(n.Args) && c.varOf(stripConv(c.info, n.Args[i])) == v {
				found = true
			}
		case *ast.ReturnStmt:
			if c.successReturn(n, f.sig) {
				for _, r := range n.Results {
					found = found || c.varOf(stripConv(c.info, r)) == v
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if _, local := ast.Unparen(l).(*ast.Ident); !local && i < len(n.Rhs) && c.varOf(stripConv(c.info, n.Rhs[i])) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// stripConv removes a type conversion: string(b) is b.
func stripConv(info *types.Info, e ast.Expr) ast.Expr {
	if conv, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := info.Types[conv.Fun]; ok && tv.IsType() {
			return conv.Args[0]
		}
	}
	return e
}
