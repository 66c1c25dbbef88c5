package rules

// retryablehttpAPIs lists github.com/hashicorp/go-retryablehttp, an HTTP
// client that retries by itself. NewClient and NewRequest* do no I/O and
// are listed by [Constructor].
//
// Facts read in github.com/hashicorp/go-retryablehttp v0.7.8: NewClient
// retries 4 times (5 attempts), waiting 1s to 30s; DefaultRetryPolicy
// retries any transport error except redirect-limit, scheme, header and
// certificate errors, 429, and 5xx other than 501, whatever the method;
// DefaultBackoff doubles without jitter but honours Retry-After on 429 and
// 503; the inner client from go-cleanhttp has dial and TLS timeouts but no
// Client.Timeout; the package-level functions use such a client.
var retryablehttpAPIs = []API{
	{Func: "(*github.com/hashicorp/go-retryablehttp.Client).Do", Kind: HTTP, Params: []Role{Request}, Idem: Dep, Flags: Response | Retries},
	{Func: "(*github.com/hashicorp/go-retryablehttp.Client).Get", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: Response | Retries},
	{Func: "(*github.com/hashicorp/go-retryablehttp.Client).Head", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: Response | Retries},
	{Func: "(*github.com/hashicorp/go-retryablehttp.Client).Post", Kind: HTTP, Params: []Role{Addr, Other, Body}, Idem: NonIdem, Flags: Response | Retries},
	{Func: "(*github.com/hashicorp/go-retryablehttp.Client).PostForm", Kind: HTTP, Params: []Role{Addr, Body}, Idem: NonIdem, Flags: Response | Retries},
	{Func: "github.com/hashicorp/go-retryablehttp.Get", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: NoCtx | Response | Retries},
	{Func: "github.com/hashicorp/go-retryablehttp.Head", Kind: HTTP, Params: []Role{Addr}, Idem: Safe, Flags: NoCtx | Response | Retries},
	{Func: "github.com/hashicorp/go-retryablehttp.Post", Kind: HTTP, Params: []Role{Addr, Other, Body}, Idem: NonIdem, Flags: NoCtx | Response | Retries},
	{Func: "github.com/hashicorp/go-retryablehttp.PostForm", Kind: HTTP, Params: []Role{Addr, Body}, Idem: NonIdem, Flags: NoCtx | Response | Retries},
}
