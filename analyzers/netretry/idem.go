package netretry

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

type evKind uint8

const (
	evNone       evKind = iota // no idempotency evidence
	evOK                       // a stable key, token or precondition
	evUnknown                  // netretry cannot tell (the request is built elsewhere)
	evPerAttempt               // a key generated on every attempt
	evUnsetToken               // an AWS token member left unset
)

// evidence is what netretry found about a call's idempotency key.
type evidence struct {
	kind evKind
	at   ast.Node // the generating call (evPerAttempt)
	name string   // the header or field
}

// needsEvidence reports whether repeating a call can duplicate its
// effect: it is not idempotent, or it is idempotent only with a token.
// Operations of unknown idempotency count only when their name says they
// create or append (CreateOrder, SendEmail).
func needsEvidence(s *netcall.Site) bool {
	switch s.API.Kind {
	case rules.Dial, rules.DNS, rules.ConnIO:
		return false
	}
	switch s.Idem {
	case rules.NonIdem, rules.Token:
		return true
	case rules.Unknown:
		if s.Method != "" {
			return false
		}
		switch s.API.Kind {
		case rules.GRPC, rules.Client, rules.RPC, rules.NATS, rules.Etcd:
			return rules.MutatingName(s.Fn.Name())
		}
	}
	return false
}

// evidence looks for an idempotency key that stays the same across the
// attempts of body (nil for a client's own retries).
func (c *checker) evidence(s *netcall.Site, scope ast.Node, body ast.Node) evidence {
	switch {
	case s.API.Kind == rules.HTTP && s.Source == netcall.FromCatalog:
		req := s.Arg(rules.Request)
		if req == nil {
			return evidence{kind: evNone}
		}
		return c.headerEvidence(req, s, scope, body, c.idemHeaders())
	case s.API.Kind == rules.NATS:
		if ev := c.msgIDEvidence(s, scope, body); ev.kind != evNone {
			return ev
		}
	}
	ev := c.tokenArgs(s, scope, body)
	if ev.kind == evNone && s.API.Kind == rules.AWS && s.Idem == rules.Token {
		ev.kind, ev.name = evUnsetToken, c.awsTokenName(s)
	}
	return ev
}

func (c *checker) idemHeaders() []string {
	out := append([]string(nil), rules.IdempotencyHeaders...)
	out = append(out, c.nc.Config.IdempotencyHeaders...)
	return append(out, rules.ConditionalHeaders...)
}

// tokenArgs looks for an idempotency-token field set on the call's
// arguments: in a composite literal, by an assignment, or by a setter
// method (params.SetIdempotencyKey(k)).
func (c *checker) tokenArgs(s *netcall.Site, scope, body ast.Node) evidence {
	if s.API.Kind == rules.AWS && s.Idem != rules.Token {
		return evidence{kind: evNone} // the input has no token member
	}
	unknownArg := false
	for _, a := range s.Call.Args {
		if ev := c.tokenIn(a, scope, body, 0); ev.kind != evNone {
			return ev
		}
		if t := c.info.TypeOf(a); t == nil || netcall.IsContext(t) {
			continue
		}
		if v := rootVar(c.info, a); v != nil && c.fl.Param(v) >= 0 && hasTokenField(v.Type(), 0) {
			unknownArg = true // the caller may have set the token
		}
		if s.Source == netcall.FromWrapper && c.callerPayload(a, 0) {
			unknownArg = true // the caller's payload may carry its own ID
		}
	}
	if unknownArg {
		return evidence{kind: evUnknown}
	}
	return evidence{kind: evNone}
}

func (c *checker) tokenIn(e ast.Expr, scope, body ast.Node, depth int) evidence {
	if depth > 4 {
		return evidence{kind: evNone}
	}
	check := func(name string, val ast.Expr) evidence {
		if body != nil {
			if g := c.generated(val, body, 0); g != nil {
				return evidence{kind: evPerAttempt, at: g, name: name}
			}
		}
		return evidence{kind: evOK, name: name}
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return c.tokenIn(x.X, scope, body, depth+1)
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && rules.TokenField(id.Name) && !c.fl.IsZero(kv.Value) && !isNilIdent(kv.Value, c.info) {
				return check(id.Name, kv.Value)
			}
			if ev := c.tokenIn(kv.Value, scope, body, depth+1); ev.kind != evNone {
				return ev
			}
		}
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok {
			return evidence{kind: evNone}
		}
		var found evidence
		ast.Inspect(scope, func(n ast.Node) bool {
			if found.kind != evNone {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if sel, ok := l.(*ast.SelectorExpr); ok && i < len(n.Rhs) && rules.TokenField(sel.Sel.Name) && rootVar(c.info, sel.X) == v {
						found = check(sel.Sel.Name, n.Rhs[i])
					}
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && rootVar(c.info, sel.X) == v && len(n.Args) == 1 && tokenSetter(sel.Sel.Name) {
					found = check(sel.Sel.Name, n.Args[0])
				}
			}
			return true
		})
		if found.kind != evNone {
			return found
		}
		exprs, idx, known := c.fl.Defs(v)
		if known && len(exprs) == 1 && idx[0] < 0 {
			return c.tokenIn(exprs[0], scope, body, depth+1)
		}
	}
	return evidence{kind: evNone}
}

func tokenSetter(name string) bool {
	return strings.HasPrefix(name, "Set") && rules.TokenField(strings.TrimPrefix(name, "Set"))
}

// msgIDEvidence looks for a JetStream message ID: nats.MsgId(id) or
// jetstream.WithMsgID(id) options, or a Nats-Msg-Id header on the message.
func (c *checker) msgIDEvidence(s *netcall.Site, scope, body ast.Node) evidence {
	for _, a := range s.Call.Args {
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			continue
		}
		if fn := c.fl.Callee(call); fn != nil && (fn.Name() == "MsgId" || fn.Name() == "WithMsgID") && len(call.Args) == 1 {
			if body != nil {
				if g := c.generated(call.Args[0], body, 0); g != nil {
					return evidence{kind: evPerAttempt, at: g, name: "message ID"}
				}
			}
			return evidence{kind: evOK}
		}
	}
	if req := s.Arg(rules.Request); req != nil {
		if ev := c.headerEvidence(req, s, scope, body, []string{rules.NATSMsgIDHeader}); ev.kind != evNone && ev.kind != evUnknown {
			return ev
		}
	}
	return evidence{kind: evNone}
}

// awsTokenName returns the idempotency-token member of an AWS operation's
// input type.
func (c *checker) awsTokenName(s *netcall.Site) string {
	sig := s.Fn.Type().(*types.Signature)
	if sig.Params().Len() > 1 {
		if st, ok := derefStruct(sig.Params().At(1).Type()); ok {
			for i := 0; i < st.NumFields(); i++ {
				if rules.AWSTokenField(st.Field(i).Name()) {
					return st.Field(i).Name()
				}
			}
		}
	}
	return "ClientToken"
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// hasTokenField reports whether a struct type (or one it embeds) has an
// idempotency-token field.
func hasTokenField(t types.Type, depth int) bool {
	st, ok := derefStruct(t)
	if !ok || depth > 2 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if rules.TokenField(f.Name()) || f.Embedded() && hasTokenField(f.Type(), depth+1) {
			return true
		}
	}
	return false
}

// callerPayload reports whether e is, or is encoded from, an opaque
// payload the enclosing function received from its caller: bytes, a
// reader, a slice, a map or an interface value (json.Marshal(batch{Msgs:
// msgs})). Such a payload may carry its own deduplication ID.
func (c *checker) callerPayload(e ast.Expr, depth int) bool {
	if depth > 3 {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || v.IsField() {
			return true
		}
		if c.fl.Param(v) >= 0 {
			switch v.Type().Underlying().(type) {
			case *types.Slice, *types.Map, *types.Interface:
				found = !netcall.IsContext(v.Type())
			}
			return !found
		}
		exprs, _, _ := c.fl.Defs(v)
		for _, d := range exprs {
			found = found || c.callerPayload(d, depth+1)
		}
		return !found
	})
	return found
}
