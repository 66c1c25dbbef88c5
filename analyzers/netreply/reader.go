package netreply

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// readKind says how a call reads a reader.
type readKind uint8

const (
	rawRead    readKind = iota + 1 // reads to the end and returns the bytes: io.ReadAll
	copyRead                       // reads to the end into a writer: io.Copy
	decodeRead                     // parses as it reads: json.NewDecoder
	streamRead                     // reads piece by piece: bufio.NewScanner
	drainRead                      // reads to throw away: io.Copy(io.Discard, r)
)

// A readCall is a call that reads from a reader.
type readCall struct {
	kind      readKind
	reader    ast.Expr // the reader; for helpers that take a reply, the reply
	dst       ast.Expr // copyRead: where the bytes go
	unbounded bool     // the call sets no limit of its own
	returns   bool     // the call returns the bytes it read
	helper    *types.Func
}

// readFunc locates the reader (and the destination of a copy) among a
// function's arguments; dst is -1 for none and -2 for the receiver.
type readFunc struct {
	kind        readKind
	reader, dst int
}

var readFuncs = map[string]readFunc{
	"io.ReadAll":                             {rawRead, 0, -1},
	"io/ioutil.ReadAll":                      {rawRead, 0, -1},
	"io.Copy":                                {copyRead, 1, 0},
	"io.CopyBuffer":                          {copyRead, 1, 0},
	"(*bytes.Buffer).ReadFrom":               {copyRead, 0, -2},
	"encoding/json.NewDecoder":               {decodeRead, 0, -1},
	"encoding/xml.NewDecoder":                {decodeRead, 0, -1},
	"encoding/gob.NewDecoder":                {decodeRead, 0, -1},
	"gopkg.in/yaml.v2.NewDecoder":            {decodeRead, 0, -1},
	"gopkg.in/yaml.v3.NewDecoder":            {decodeRead, 0, -1},
	"github.com/goccy/go-json.NewDecoder":    {decodeRead, 0, -1},
	"github.com/json-iterator/go.NewDecoder": {decodeRead, 0, -1},
	"bufio.NewScanner":                       {streamRead, 0, -1},
	"encoding/csv.NewReader":                 {streamRead, 0, -1},
}

// readOf classifies a call that reads a reader: a library function of
// readFuncs, or a helper whose fact says it reads a parameter.
func (c *checker) readOf(call *ast.CallExpr) (readCall, bool) {
	f := c.callee(call)
	if f == nil {
		return readCall{}, false
	}
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	if rf, ok := readFuncs[c.nc.FuncName(f)]; ok {
		rc := readCall{kind: rf.kind, reader: arg(rf.reader), dst: arg(rf.dst)}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && rf.dst == -2 {
			rc.dst = sel.X
		}
		if rc.reader == nil {
			return readCall{}, false
		}
		switch rc.kind {
		case rawRead:
			rc.unbounded, rc.returns = true, true
		case decodeRead:
			rc.unbounded = true
		case copyRead:
			if c.isDiscard(rc.dst) {
				rc.kind = drainRead
			} else if c.isMemory(rc.dst) {
				rc.unbounded, rc.returns = true, true
			}
		}
		return rc, true
	}
	if r := c.fact(f); r != nil && r.Reads > 0 {
		if e := arg(r.Reads - 1); e != nil {
			kind := decodeRead
			if r.Returns {
				kind = rawRead
			}
			return readCall{kind: kind, reader: e, unbounded: r.Unbounded, returns: r.Returns, helper: f}, true
		}
	}
	return readCall{}, false
}

func (c *checker) isDiscard(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Discard" {
		return false
	}
	obj := c.info.Uses[sel.Sel]
	return obj != nil && obj.Pkg() != nil && (obj.Pkg().Path() == "io" || obj.Pkg().Path() == "io/ioutil")
}

// isMemory reports whether a copy destination is an in-memory buffer.
func (c *checker) isMemory(e ast.Expr) bool {
	t := c.info.TypeOf(stripAddr(e))
	return t != nil && (isNamed(t, "bytes", "Buffer") || isNamed(t, "strings", "Builder"))
}

// reader traces a reader expression through wrappers to its base (the
// X.Body, variable or call it reads from) and reports whether a size limit
// (io.LimitReader, http.MaxBytesReader, a helper whose fact says it bounds
// its parameter) sits between the base and the read. A decompressor above a
// limit undoes it.
func (c *checker) reader(e ast.Expr) (base ast.Expr, bounded bool) {
	return c.readerSeen(e, map[*types.Var]bool{}, 0)
}

func (c *checker) readerSeen(e ast.Expr, seen map[*types.Var]bool, depth int) (ast.Expr, bool) {
	e = ast.Unparen(e)
	if depth > 8 {
		return e, false
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		f := c.callee(x)
		if f == nil || len(x.Args) == 0 {
			return e, false
		}
		switch c.nc.FuncName(f) {
		case "io.LimitReader":
			b, _ := c.readerSeen(x.Args[0], seen, depth+1)
			return b, true
		case "net/http.MaxBytesReader":
			if len(x.Args) > 1 {
				b, _ := c.readerSeen(x.Args[1], seen, depth+1)
				return b, true
			}
		case "bufio.NewReader", "bufio.NewReaderSize", "io.NopCloser", "io/ioutil.NopCloser", "io.TeeReader":
			return c.readerSeen(x.Args[0], seen, depth+1)
		case "compress/gzip.NewReader", "compress/zlib.NewReader", "compress/flate.NewReader":
			b, _ := c.readerSeen(x.Args[0], seen, depth+1)
			return b, false
		}
		if r := c.fact(f); r != nil && r.Bounds > 0 && r.Bounds <= len(x.Args) {
			b, _ := c.readerSeen(x.Args[r.Bounds-1], seen, depth+1)
			return b, true
		}
	case *ast.Ident:
		v := c.varOf(x)
		if v == nil || seen[v] {
			return e, false
		}
		seen[v] = true
		if isHTTPResponse(v.Type()) || isHTTPRequest(v.Type()) {
			return e, c.bodyBounded(v, seen, depth)
		}
		exprs, idx, known := c.fl.Defs(v)
		if c.fl.Param(v) >= 0 || !known || len(exprs) != 1 || idx[0] > 0 {
			// A parameter, or a variable with several or unknown values: it
			// is the base; any limit assigned to it counts.
			bounded := false
			for i, d := range exprs {
				if idx[i] < 0 {
					_, b := c.readerSeen(d, seen, depth+1)
					bounded = bounded || b
				}
			}
			return e, bounded
		}
		b, bounded := c.readerSeen(exprs[0], seen, depth+1)
		if b == ast.Unparen(exprs[0]) {
			return e, bounded // a call that is not a reader wrapper: the variable is the base
		}
		return b, bounded
	case *ast.SelectorExpr:
		if x.Sel.Name == "Body" {
			if v := c.varOf(x.X); v != nil {
				return e, c.bodyBounded(v, seen, depth)
			}
		}
	}
	return e, false
}

// bodyBounded reports whether v.Body is replaced by a bounded reader
// somewhere, as in r.Body = http.MaxBytesReader(w, r.Body, n).
func (c *checker) bodyBounded(v *types.Var, seen map[*types.Var]bool, depth int) bool {
	for _, e := range c.fl.SetOn(v, "Body") {
		if _, b := c.readerSeen(e, seen, depth+1); b {
			return true
		}
	}
	return false
}

// baseVar returns the variable a reader base names: v for v or v.Body.
func (c *checker) baseVar(base ast.Expr) *types.Var {
	switch x := ast.Unparen(base).(type) {
	case *ast.Ident:
		return c.varOf(x)
	case *ast.SelectorExpr:
		if x.Sel.Name == "Body" {
			return c.varOf(x.X)
		}
	}
	return nil
}

// origin says who controls the bytes a reader yields.
type origin uint8

const (
	notPeer     origin = iota
	fromReply          // the body of a reply of a network call in this function
	fromRequest        // the body of a handler's inbound request
	fromConn           // a dialed connection
)

// peer classifies a reader base. Parameters other than a handler's request
// are not peers here: the function's fact carries them to its callers.
func (c *checker) peer(f *fn, base ast.Expr) (origin, *netcall.Site) {
	v := c.baseVar(base)
	if v == nil {
		return notPeer, nil
	}
	_, viaBody := ast.Unparen(base).(*ast.SelectorExpr)
	if viaBody || isHTTPResponse(v.Type()) || isHTTPRequest(v.Type()) {
		if isHTTPRequest(v.Type()) && c.handlerRequest(f, v) {
			return fromRequest, nil
		}
		if s := c.siteOfVar(v); s != nil {
			return fromReply, s
		}
		return notPeer, nil
	}
	if s := c.siteOfVar(v); s != nil && s.API.Kind == rules.Dial {
		return fromConn, s
	}
	return notPeer, nil
}

// siteOfVar returns the network call whose result v holds, or nil.
func (c *checker) siteOfVar(v *types.Var) *netcall.Site {
	exprs, _, _ := c.fl.Defs(v)
	for _, e := range exprs {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			if s := c.nc.SiteOf(call); s != nil {
				return s
			}
		}
	}
	return nil
}

// handlerRequest reports whether v is the *http.Request parameter of an
// HTTP handler: f itself or the declaration f is nested in.
func (c *checker) handlerRequest(f *fn, v *types.Var) bool {
	if f.obj != nil && c.called[f.obj] {
		return false // a helper: its callers are judged through its fact
	}
	for _, ft := range []*ast.FuncType{f.typ, declType(f.decl)} {
		if ft != nil && c.fl.ParamOf(v, ft) >= 0 && c.handlerShape(ft) {
			return true
		}
	}
	return false
}

func declType(d *ast.FuncDecl) *ast.FuncType {
	if d == nil {
		return nil
	}
	return d.Type
}

// handlerShape reports whether a function type has an http.ResponseWriter
// and an *http.Request parameter.
func (c *checker) handlerShape(ft *ast.FuncType) bool {
	w, r := false, false
	for _, field := range ft.Params.List {
		t := c.info.TypeOf(field.Type)
		w = w || t != nil && isResponseWriter(t)
		r = r || t != nil && isHTTPRequest(t)
	}
	return w && r
}

// isReader reports whether t has a Read([]byte) (int, error) method.
func isReader(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Read")
	f, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := f.Type().(*types.Signature)
	return sig.Params().Len() == 1 && sig.Results().Len() == 2 && isError(sig.Results().At(1).Type())
}
