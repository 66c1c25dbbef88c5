package rules

import "strings"

// httpAPIs lists net/http: client requests and inbound servers. Functions
// that only build requests (http.NewRequest, NewRequestWithContext) do no
// I/O and are listed by [Constructor].
var httpAPIs = []API{
	{Func: "(*net/http.Client).Do", Kind: HTTP, Params: []Role{Request}, Idem: Dep, Flags: Response,
		Note: "bounded by Client.Timeout and the request's context; every error is a *url.Error"},
	{Func: "(*net/http.Client).Get", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: Response,
		Note: "uses context.Background; only Client.Timeout bounds it"},
	{Func: "(*net/http.Client).Head", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: Response},
	{Func: "(*net/http.Client).Post", Kind: HTTP, Params: []Role{Addr, Other, Body}, Idem: NonIdem, Flags: Response},
	{Func: "(*net/http.Client).PostForm", Kind: HTTP, Params: []Role{Addr, Body}, Idem: NonIdem, Flags: Response},
	{Func: "(*net/http.Server).Close", Kind: Serve, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*net/http.Server).ListenAndServe", Kind: Serve, Flags: Server,
		Note: "the zero Server has no read, write or idle timeouts"},
	{Func: "(*net/http.Server).ListenAndServeTLS", Kind: Serve, Flags: Server},
	{Func: "(*net/http.Server).Serve", Kind: Serve, Flags: Server},
	{Func: "(*net/http.Server).ServeTLS", Kind: Serve, Flags: Server},
	{Func: "(*net/http.Server).Shutdown", Kind: Serve, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*net/http.Transport).RoundTrip", Kind: HTTP, Params: []Role{Request}, Idem: Dep, Flags: Response,
		Note: "bounded only by the request's context and the Transport's timeouts"},
	{Func: "net/http.Get", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: NoCtx | DefaultClient | Response,
		Note: "http.DefaultClient has no Timeout"},
	{Func: "net/http.Head", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: NoCtx | DefaultClient | Response},
	{Func: "net/http.ListenAndServe", Kind: Serve, Params: []Role{Addr}, Flags: NoCtx | Server,
		Note: "no way to set server timeouts"},
	{Func: "net/http.ListenAndServeTLS", Kind: Serve, Params: []Role{Addr}, Flags: NoCtx | Server},
	{Func: "net/http.Post", Kind: HTTP, Params: []Role{Addr, Other, Body}, Idem: NonIdem, Flags: NoCtx | DefaultClient | Response},
	{Func: "net/http.PostForm", Kind: HTTP, Params: []Role{Addr, Body}, Idem: NonIdem, Flags: NoCtx | DefaultClient | Response},
	{Func: "net/http.Serve", Kind: Serve, Flags: NoCtx | Server},
	{Func: "net/http.ServeTLS", Kind: Serve, Flags: NoCtx | Server},
}

// IdempotencyHeaders lists, in canonical MIME form, the request headers
// that carry a client-chosen idempotency key (rules.md §9.3).
var IdempotencyHeaders = []string{
	"Idempotency-Key",
	"X-Idempotency-Key",
	"Paypal-Request-Id",
	"X-Payout-Idempotency",
	"X-Unique-Transaction-Id",
	"Cko-Idempotency-Key",
}

// HTTPMethodIdem returns the idempotency class of an HTTP method (RFC 9110
// §9.2). The method is matched without regard to case; "" is GET, as in
// net/http.
func HTTPMethodIdem(method string) Idem {
	switch strings.ToUpper(method) {
	case "", "GET", "HEAD", "OPTIONS", "TRACE":
		return Safe
	case "PUT", "DELETE":
		return Idempotent
	case "POST", "PATCH", "CONNECT":
		return NonIdem
	}
	return Unknown
}
