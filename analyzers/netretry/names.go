package netretry

import (
	"go/ast"
	"go/token"
	"net/url"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
	"github.com/netlint/netlint/rules"
)

// opDesc describes a call for messages: "POST to /v1/charges",
// "http.Client.Do (POST)", "redis.Client.Incr".
func (c *checker) opDesc(s *netcall.Site) string {
	method := s.Method
	if method == "" && s.API.Kind == rules.HTTP {
		switch s.Fn.Name() {
		case "Post", "PostForm":
			method = "POST"
		case "Get":
			method = "GET"
		}
	}
	if s.API.Kind == rules.HTTP && method != "" {
		if u := c.constURL(s); u != "" {
			return method + " to " + u
		}
		return c.siteName(s) + " (" + method + ")"
	}
	return c.siteName(s)
}

// siteName names a call by the static type of its receiver, so that a
// promoted method reads redis.Client.Incr rather than redis.cmdable.Incr.
func (c *checker) siteName(s *netcall.Site) string {
	if s.Source == netcall.FromCatalog {
		if recv := s.Recv(); recv != nil {
			if n := namedType(c.info.TypeOf(recv)); n != nil && n.Obj().Pkg() != nil {
				return n.Obj().Pkg().Name() + "." + n.Obj().Name() + "." + s.Fn.Name()
			}
		}
	}
	return s.Describe()
}

// constURL returns the constant URL or path of an HTTP call, or "".
func (c *checker) constURL(s *netcall.Site) string {
	e := s.Arg(rules.Addr)
	if e == nil {
		if req := s.Arg(rules.Request); req != nil {
			if v := c.requestVar(req); v != nil {
				exprs, _, known := c.fl.Defs(v)
				if known && len(exprs) == 1 {
					if call, ok := ast.Unparen(exprs[0]).(*ast.CallExpr); ok {
						e = urlArg(c.calleeName(call), call)
					}
				}
			}
		}
	}
	if e == nil {
		return ""
	}
	if u, ok := c.fl.StringValue(e); ok {
		return shortURL(u)
	}
	// base + "/v1/charges"
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		if u, ok := c.fl.StringValue(b.Y); ok && strings.HasPrefix(u, "/") {
			return u
		}
	}
	return ""
}

func urlArg(callee string, call *ast.CallExpr) ast.Expr {
	i := -1
	switch callee {
	case "net/http.NewRequest", "github.com/hashicorp/go-retryablehttp.NewRequest":
		i = 1
	case "net/http.NewRequestWithContext", "github.com/hashicorp/go-retryablehttp.NewRequestWithContext":
		i = 2
	}
	if i >= 0 && i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

func shortURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.Path == "" {
		return u
	}
	return p.Path
}
