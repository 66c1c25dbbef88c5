package netreply

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// handler reports NL-V7 in an HTTP handler or a gRPC method: the branch
// taken when a network call fails answers success with an empty reply.
func (c *checker) handler(f *fn) {
	var w *types.Var
	grpc := false
	switch {
	case c.httpHandler(f):
		w = c.writerParam(f)
	case c.grpcHandler(f):
		grpc = true
	default:
		return
	}
	if c.degraded(f) {
		return
	}
	stmtLists(f.body, func(list []ast.Stmt) {
		for i, s := range list {
			ifs, ok := s.(*ast.IfStmt)
			if !ok {
				continue
			}
			var prev ast.Stmt
			if i > 0 {
				prev = list[i-1]
			}
			site := c.failedSite(ifs, prev)
			if site == nil || c.nc.AnnotatedAt(ifs.Pos(), netcall.AnnotDegraded) {
				continue
			}
			if grpc {
				c.emptyReply(ifs, site)
			} else if w != nil {
				c.implicitOK(f, ifs, site, w)
			}
		}
	})
}

// httpHandler reports whether f is func(http.ResponseWriter, *http.Request).
func (c *checker) httpHandler(f *fn) bool {
	return f.sig != nil && f.sig.Results().Len() == 0 && f.sig.Params().Len() == 2 &&
		isResponseWriter(f.sig.Params().At(0).Type()) && isHTTPRequest(f.sig.Params().At(1).Type())
}

func (c *checker) writerParam(f *fn) *types.Var {
	names := f.typ.Params.List[0].Names
	if len(names) == 0 {
		return nil
	}
	return c.varOf(names[0])
}

// grpcHandler reports whether f is a unary gRPC method: (ctx, *Req)
// (*Resp, error) on a type that embeds a generated Unimplemented…Server.
func (c *checker) grpcHandler(f *fn) bool {
	if f.lit != nil || f.obj == nil || f.sig == nil || f.sig.Recv() == nil {
		return false
	}
	p, r := f.sig.Params(), f.sig.Results()
	if p.Len() != 2 || r.Len() != 2 || !netcall.IsContext(p.At(0).Type()) || !isError(r.At(1).Type()) {
		return false
	}
	if _, ok := types.Unalias(r.At(0).Type()).(*types.Pointer); !ok {
		return false
	}
	st, ok := deref(f.sig.Recv().Type()).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		fld := st.Field(i)
		if n, ok := types.Unalias(deref(fld.Type())).(*types.Named); ok && fld.Embedded() {
			name := n.Obj().Name()
			if (strings.HasPrefix(name, "Unimplemented") || strings.HasPrefix(name, "Unsafe")) && strings.HasSuffix(name, "Server") {
				return true
			}
		}
	}
	return false
}

// degraded reports whether f (or the declaration around it) is annotated
// //netlint:degraded.
func (c *checker) degraded(f *fn) bool {
	if f.decl == nil {
		return false
	}
	obj, _ := c.info.Defs[f.decl.Name].(*types.Func)
	return obj != nil && c.nc.Annotated(obj, netcall.AnnotDegraded)
}

// failedSite returns the network call whose error if err != nil tests:
// assigned in the if's init or in the statement just before it.
func (c *checker) failedSite(ifs *ast.IfStmt, prev ast.Stmt) *netcall.Site {
	b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return nil
	}
	e := c.varOf(b.X)
	if id, ok := ast.Unparen(b.Y).(*ast.Ident); !ok || id.Name != "nil" || e == nil || !isError(e.Type()) {
		return nil
	}
	def := ifs.Init
	if def == nil {
		def = prev
	}
	as, ok := def.(*ast.AssignStmt)
	if !ok || !assigns(c, as, e) {
		return nil
	}
	var site *netcall.Site
	shallow(as, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && site == nil {
			if s := c.nc.SiteOf(call); s != nil && !s.Has(rules.Lifecycle) && s.API.Kind != rules.Serve {
				site = s
			}
		}
		return site == nil
	})
	return site
}

// implicitOK reports an error branch of an HTTP handler that returns
// without writing, or writes a success status.
func (c *checker) implicitOK(f *fn, ifs *ast.IfStmt, site *netcall.Site, w *types.Var) {
	if c.written(f, w, ifs.Pos()) {
		return // the status is already on the wire
	}
	var ok2xx *ast.CallExpr
	mentioned := false
	shallow(ifs.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "WriteHeader" && c.varOf(sel.X) == w && len(n.Args) == 1 {
				if code, ok := c.intValue(n.Args[0]); ok && code >= 200 && code < 300 {
					ok2xx = n
				}
			}
		case *ast.Ident:
			mentioned = mentioned || c.varOf(n) == w
		}
		return true
	})
	switch {
	case ok2xx != nil:
		c.report(ok2xx, "NL-V7", "handler answers with a success status when %s fails; write a 5xx status", site.Describe())
	case mentioned:
	case endsInReturn(ifs.Body):
		ret := ifs.Body.List[len(ifs.Body.List)-1]
		if !c.nc.AnnotatedAt(ret.Pos(), netcall.AnnotDegraded) {
			c.report(ret, "NL-V7", "handler returns without writing a status when %s fails, so the client gets an empty 200 OK; call http.Error with a 5xx status", site.Describe())
		}
	}
}

func endsInReturn(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// written reports whether w is written before pos (anything but
// w.Header()), or a deferred call touches it.
func (c *checker) written(f *fn, w *types.Var, pos token.Pos) bool {
	found := false
	f.each(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			found = found || c.touches(n, w)
		case *ast.CallExpr:
			if n.Pos() >= pos {
				return false
			}
			found = found || c.touches(n, w)
			return false
		}
		return !found
	})
	return found
}

// touches reports whether n uses w other than through w.Header().
func (c *checker) touches(n ast.Node, w *types.Var) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.SelectorExpr:
			if m.Sel.Name == "Header" && c.varOf(m.X) == w {
				return false
			}
		case *ast.Ident:
			found = found || c.varOf(m) == w
		}
		return !found
	})
	return found
}

func (c *checker) intValue(e ast.Expr) (int64, bool) {
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// emptyReply reports return &pb.Reply{}, nil in the error branch of a gRPC
// method.
func (c *checker) emptyReply(ifs *ast.IfStmt, site *netcall.Site) {
	shallow(ifs.Body, func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 2 || !isNilIdent(ret.Results[1]) || !c.emptyValue(ret.Results[0]) {
			return true
		}
		if !c.nc.AnnotatedAt(ret.Pos(), netcall.AnnotDegraded) {
			c.report(ret, "NL-V7", "handler returns an empty reply and a nil error when %s fails, so the client takes it for success; return a status error", site.Describe())
		}
		return true
	})
}

// emptyValue reports whether e is &T{}, T{} or new(T).
func (c *checker) emptyValue(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.AND && c.emptyValue(x.X)
	case *ast.CompositeLit:
		return len(x.Elts) == 0
	case *ast.CallExpr:
		id, ok := ast.Unparen(x.Fun).(*ast.Ident)
		if !ok || id.Name != "new" {
			return false
		}
		_, builtin := c.info.Uses[id].(*types.Builtin)
		return builtin
	}
	return false
}

func isNilIdent(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// stmtLists calls f with every statement list in body, outside function
// literals: blocks and the bodies of case and select clauses.
func stmtLists(body *ast.BlockStmt, f func([]ast.Stmt)) {
	shallow(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			f(n.List)
		case *ast.CaseClause:
			f(n.Body)
		case *ast.CommClause:
			f(n.Body)
		}
		return true
	})
}
