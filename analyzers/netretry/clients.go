package netretry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

const retryablehttpPath = "github.com/hashicorp/go-retryablehttp"

// clientInfo describes a client that retries by itself.
type clientInfo struct {
	name     string
	attempts int
	disabled bool // configured not to retry
	custom   bool // a retry policy netretry does not know
}

// clients checks retrying clients: go-retryablehttp (and the *http.Client
// of its StandardClient), gRPC service configs, go-redis.
func (c *checker) clients() {
	for _, s := range c.nc.Sites() {
		if c.nc.InGeneratedOrTest(s.Call.Pos()) {
			continue
		}
		c.retryableHTTP(s)
		c.redisRetries(s)
	}
	c.serviceConfigs()
}

// retryableHTTP reports a non-idempotent request sent by a client that
// retries it whatever its method (NL-R1), and a retryable request built
// without the caller's context (NL-T6).
func (c *checker) retryableHTTP(s *netcall.Site) {
	rc := c.retryingHTTP(s)
	if rc == nil || rc.disabled || s.Fn.Pkg() == c.pass.Pkg {
		// Inside the retrying client's own package, calls of its methods
		// are its implementation (Post calling Do): the report belongs
		// where its users send their requests.
		return
	}
	scope := ast.Node(s.Decl)
	if s.Decl == nil {
		return
	}
	if !rc.custom && !c.r1Sites[s.Call] && needsEvidence(s) {
		if ev := c.evidence(s, scope, nil); ev.kind == evNone {
			c.reportUnsafe(s, c.opDesc(s), rc.name)
		}
	}
	req := s.Arg(rules.Request)
	if req == nil || !isRetryableRequest(c.info.TypeOf(req)) {
		return
	}
	var encl ast.Node = s.Decl
	if s.Lit != nil {
		encl = s.Lit
	}
	name := c.callerCtx(encl, s.Decl)
	ci := c.fl.Ctx(req)
	call, ok := ci.At.(*ast.CallExpr)
	if name == "" || !ok || ci.Root != netcall.RootBackground || c.calleeName(call) != retryablehttpPath+".NewRequest" || !c.once("NL-T6", call) {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	var fixes []analysis.SuggestedFix
	if ok {
		fixes = []analysis.SuggestedFix{{
			Message: "Use retryablehttp.NewRequestWithContext with " + name,
			TextEdits: []analysis.TextEdit{
				{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("NewRequestWithContext")},
				{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(name + ", ")},
			},
		}}
	}
	c.nc.Report(c.pass, analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(), Category: "NL-T6",
		Message:        "retryablehttp.NewRequest drops " + name + ", so " + rc.name + " keeps retrying after the caller's deadline; use retryablehttp.NewRequestWithContext",
		SuggestedFixes: fixes,
	})
}

// retryingHTTP returns the retrying client a call goes through: a
// go-retryablehttp Client, or the *http.Client of its StandardClient.
func (c *checker) retryingHTTP(s *netcall.Site) *clientInfo {
	if s.Source != netcall.FromCatalog || s.API.Kind != rules.HTTP || s.Fn.Pkg() == nil {
		return nil
	}
	name := "retryablehttp.Client"
	client := s.Recv()
	switch s.Fn.Pkg().Path() {
	case retryablehttpPath:
	case "net/http":
		sc := c.standardClient(s.Recv(), 0)
		if sc == nil {
			return nil
		}
		client = nil
		if sel, ok := ast.Unparen(sc.Fun).(*ast.SelectorExpr); ok {
			client = sel.X
		}
		name = "the http.Client from retryablehttp.Client.StandardClient"
	default:
		return nil
	}
	rc := &clientInfo{name: name, attempts: 5}
	if client == nil {
		return rc
	}
	fields, ctor, known := c.structOf(client, 0)
	if !known {
		return rc
	}
	if ctor == nil {
		rc.attempts = 1 // a literal Client has RetryMax 0 unless set
	}
	if e, ok := fields["RetryMax"]; ok {
		if n, ok := constInt(c.info, e); ok {
			rc.attempts = int(n) + 1
		} else {
			rc.attempts = 0
		}
	}
	if e, ok := fields["CheckRetry"]; ok {
		switch c.objName(e) {
		case retryablehttpPath + ".DefaultRetryPolicy", retryablehttpPath + ".ErrorPropagatedRetryPolicy":
		default:
			rc.custom = true
		}
	}
	rc.disabled = rc.attempts == 1
	return rc
}

// standardClient follows an *http.Client expression to a call of
// (*retryablehttp.Client).StandardClient, or returns nil.
func (c *checker) standardClient(e ast.Expr, depth int) *ast.CallExpr {
	if e == nil || depth > 4 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if c.calleeName(x) == "(*"+retryablehttpPath+".Client).StandardClient" {
			return x
		}
	case *ast.Ident:
		if v, ok := c.info.Uses[x].(*types.Var); ok {
			exprs, idx, known := c.fl.Defs(v)
			if known && len(exprs) == 1 && idx[0] < 0 {
				return c.standardClient(exprs[0], depth+1)
			}
		}
	case *ast.SelectorExpr:
		if sel := c.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			if defs := c.fl.FieldDefs(sel.Obj().(*types.Var)); len(defs) == 1 {
				return c.standardClient(defs[0], depth+1)
			}
		}
	}
	return nil
}

// structOf follows a client (or options) expression to its construction:
// a composite literal, or a constructor call, with the fields set on it
// later. ctor is the constructor call, nil for a literal.
func (c *checker) structOf(e ast.Expr, depth int) (fields map[string]ast.Expr, ctor *ast.CallExpr, known bool) {
	if depth > 4 {
		return nil, nil, false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return c.structOf(x.X, depth+1)
	case *ast.CompositeLit:
		fields = map[string]ast.Expr{}
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					fields[id.Name] = kv.Value
				}
			}
		}
		return fields, nil, true
	case *ast.CallExpr:
		fn := c.fl.Callee(x)
		if fn == nil || rules.Constructor(fn.Origin().FullName()) == nil && !isClientCtor(fn) {
			return nil, nil, false
		}
		fields = map[string]ast.Expr{}
		for _, a := range x.Args { // redis.NewClient(&redis.Options{…})
			if f, _, ok := c.structOf(a, depth+1); ok {
				fields = f
			}
		}
		return fields, x, true
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok || c.fl.Param(v) >= 0 {
			return nil, nil, false
		}
		def := c.fl.OnlyDef(v)
		if def == nil {
			return nil, nil, false
		}
		fields, ctor, known = c.structOf(def, depth+1)
		if !known {
			return nil, nil, false
		}
		if n := namedType(v.Type()); n != nil {
			for _, f := range fieldsOf(n) {
				if set := c.fl.SetOn(v, f); len(set) > 0 {
					fields[f] = set[len(set)-1]
				}
			}
		}
		return fields, ctor, true
	case *ast.SelectorExpr:
		if sel := c.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			if defs := c.fl.FieldDefs(sel.Obj().(*types.Var)); len(defs) == 1 {
				return c.structOf(defs[0], depth+1)
			}
		}
	}
	return nil, nil, false
}

// isClientCtor reports whether fn builds a go-redis client or a
// go-retryablehttp one.
func isClientCtor(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch rules.UnversionedPath(fn.Pkg().Path()) {
	case "github.com/redis/go-redis", "github.com/go-redis/redis":
		switch fn.Name() {
		case "NewClient", "NewClusterClient", "NewFailoverClient", "NewFailoverClusterClient", "NewUniversalClient", "NewRing":
			return true
		}
	case retryablehttpPath:
		return fn.Name() == "NewClient"
	}
	return false
}

// innerRetries returns how many attempts a call makes by itself, and what
// makes them, or "" when it does not retry.
func (c *checker) innerRetries(s *netcall.Site) (int, string) {
	if f := c.fact(s.Fn); f != nil && f.Retries {
		return f.Attempts, f.By + " in " + s.Name()
	}
	if rc := c.retryingHTTP(s); rc != nil {
		if rc.disabled {
			return 0, ""
		}
		return rc.attempts, rc.name
	}
	if !s.Has(rules.Retries) || s.Fn.Pkg() == c.pass.Pkg {
		return 0, "" // a library calling itself implements its retries
	}
	if s.Source == netcall.FromWrapper && s.API.Kind != rules.AWS {
		// The wrapper may retry a call other than its main one.
		return 0, ""
	}
	switch s.API.Kind {
	case rules.AWS:
		return rules.DefaultAttempts(rules.AWS), "the AWS SDK's standard retryer"
	case rules.Redis:
		n := rules.DefaultAttempts(rules.Redis)
		if s.Source == netcall.FromCatalog {
			if fields, _, known := c.structOf(s.Recv(), 0); known {
				if e, ok := fields["MaxRetries"]; ok {
					if m, ok := constInt(c.info, e); ok {
						if m < 0 {
							return 0, ""
						}
						n = int(m) + 1
					}
				}
			}
		}
		return n, "go-redis MaxRetries"
	case rules.Kafka:
		n := rules.DefaultAttempts(rules.Kafka)
		if s.Source == netcall.FromCatalog {
			if fields, _, known := c.structOf(s.Recv(), 0); known {
				if e, ok := fields["MaxAttempts"]; ok {
					if m, ok := constInt(c.info, e); ok {
						if m == 1 {
							return 0, ""
						}
						n = int(m)
					}
				}
			}
		}
		return n, "kafka.Writer MaxAttempts"
	}
	return 0, "" // database/sql, MongoDB and etcd retry only what was not applied
}

// redisRetries reports a go-redis client, built in this package with its
// default retries, that sends non-idempotent commands: go-redis resends
// a command after a read timeout or a dropped connection (NL-R1).
func (c *checker) redisRetries(s *netcall.Site) {
	if s.API.Kind != rules.Redis || s.Source != netcall.FromCatalog || s.Idem != rules.NonIdem || s.Fn.Pkg() == c.pass.Pkg {
		return
	}
	fields, ctor, known := c.structOf(s.Recv(), 0)
	if !known || ctor == nil {
		return
	}
	if e, ok := fields["MaxRetries"]; ok {
		if n, ok := constInt(c.info, e); !ok || n < 0 {
			return
		}
	}
	if c.nc.InGeneratedOrTest(ctor.Pos()) || !c.once("NL-R1", ctor) {
		return
	}
	c.nc.Reportf(c.pass, ctor, "NL-R1", "%s retries commands after timeouts and dropped connections (MaxRetries), and %s is not idempotent, so a retry can apply it twice; set MaxRetries: -1 on a client that sends non-idempotent commands", rules.ReadableName(c.calleeName(ctor)), c.siteName(s))
}
