package nettimeout

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// ioPackages are the packages whose functions read or write a connection
// passed to them (io.ReadFull(conn, b), bufio.NewReader(conn), …).
var ioPackages = map[string]bool{
	"io": true, "bufio": true, "fmt": true, "encoding/json": true, "encoding/gob": true,
	"encoding/binary": true, "encoding/xml": true, "net/textproto": true, "io/ioutil": true,
}

// connState tracks one connection a function dialed or accepted.
type connState struct {
	origin   string   // "net.Dial", "Accept" …
	firstIO  ast.Node // the first read or write
	ioName   string   // how that read or write is spelled
	deadline bool     // a Set*Deadline call or a closer exists
	v        *types.Var
}

// conns reports NL-T3: I/O on a connection that the same function dialed
// or accepted, with no deadline set on it anywhere in the function and no
// goroutine or context.AfterFunc that closes it.
func (c *checker) conns() {
	dials := map[*ast.FuncDecl]bool{}
	for _, s := range c.nc.Sites() {
		if s.API.Kind == rules.Dial && s.Decl != nil {
			dials[s.Decl] = true
		}
	}
	for _, f := range c.pass.Files {
		if c.nc.InGeneratedOrTest(f.Pos()) {
			continue
		}
		// A connection comes from a dial site, or from Accept on a
		// listener, whose type a file names by importing net or
		// crypto/tls; other functions have no connection to check.
		listens := netcall.Imports(f, "net", "crypto/tls")
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil && (listens || dials[fd]) {
				c.connsIn(fd.Body)
			}
		}
	}
}

func (c *checker) connsIn(body *ast.BlockStmt) {
	conns := map[*types.Var]*connState{}
	var order []*connState
	// Pass 1: connections obtained in this function.
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			return true
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		if origin := c.connOrigin(call); origin != "" {
			if v := c.fl.VarOf(as.Lhs[0]); v != nil && conns[v] == nil && rules.HasDeadlines(v.Type()) {
				st := &connState{origin: origin, v: v}
				conns[v] = st
				order = append(order, st)
			}
		}
		return true
	})
	if len(conns) == 0 {
		return
	}
	// Pass 2: deadlines, closers and I/O, in source order.
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		if lit, ok := n.(*ast.FuncLit); ok {
			ast.Inspect(lit.Body, func(m ast.Node) bool { return c.connUse(m, conns, true) })
			return false
		}
		return c.connUse(n, conns, false)
	})
	for _, st := range order {
		if st.firstIO != nil && !st.deadline {
			c.nc.Reportf(c.pass, st.firstIO, "NL-T3", "%s on a connection from %s has no deadline, so it can block forever; call SetDeadline (or SetReadDeadline/SetWriteDeadline) first", st.ioName, st.origin)
		}
	}
}

// connUse records a deadline, a closer or an I/O use of a tracked conn.
func (c *checker) connUse(n ast.Node, conns map[*types.Var]*connState, inLit bool) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if st := conns[c.fl.VarOf(sel.X)]; st != nil {
			name := sel.Sel.Name
			switch {
			case strings.HasPrefix(name, "Set") && strings.HasSuffix(name, "Deadline"):
				st.deadline = true
			case name == "Close" && inLit:
				st.deadline = true // closed from a goroutine or context.AfterFunc
			case !inLit && st.firstIO == nil && isIOMethod(name):
				st.firstIO, st.ioName = call, types.ExprString(sel)
			}
			return true
		}
	}
	if inLit || len(call.Args) == 0 {
		return true
	}
	fn := c.fl.Callee(call)
	if fn == nil || fn.Pkg() == nil || !ioPackages[fn.Pkg().Path()] {
		return true
	}
	for _, a := range call.Args {
		if st := conns[c.fl.VarOf(a)]; st != nil && st.firstIO == nil {
			st.firstIO, st.ioName = call, rules.PackageName(fn.Pkg().Path())+"."+fn.Name()
		}
	}
	return true
}

func isIOMethod(name string) bool {
	switch name {
	case "Read", "Write", "ReadFrom", "WriteTo", "ReadFromUDP", "WriteToUDP", "ReadMsgUDP", "WriteMsgUDP", "Handshake":
		return true
	}
	return false
}

// connOrigin names the dial or accept that call is, or returns "".
func (c *checker) connOrigin(call *ast.CallExpr) string {
	if s := c.nc.SiteOf(call); s != nil && s.API.Kind == rules.Dial {
		return s.Name()
	}
	fn := c.fl.Callee(call)
	if fn == nil || (fn.Name() != "Accept" && fn.Name() != "AcceptTCP") {
		return ""
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && sig.Results().Len() > 0 && rules.HasDeadlines(sig.Results().At(0).Type()) {
		return rules.ReadableName(fn.FullName())
	}
	return ""
}
