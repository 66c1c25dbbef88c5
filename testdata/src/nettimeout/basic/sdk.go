package basic

import (
	"context"
	"net/http"
)

// API is an SDK-style client: every call takes the caller's context.
type API struct {
	hc       *http.Client
	redirect *http.Client
}

// NewAPI builds clients without Timeout, but every request made through
// them carries the caller's context, whose deadline is the caller's
// business: NL-T2 is not reported for such clients.
func NewAPI() *API {
	a := &API{hc: &http.Client{}}
	a.redirect = &http.Client{}
	a.redirect.Timeout = a.hc.Timeout // copied later: not judged
	return a
}

// Do sends through the field with the caller's context.
func (a *API) Do(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

type retrying struct{ next http.RoundTripper }

func (r *retrying) RoundTrip(req *http.Request) (*http.Response, error) { return r.next.RoundTrip(req) }

// okCustomRoundTripper: a custom RoundTripper may bound the wait itself;
// netlint does not judge it.
func okCustomRoundTripper() *http.Client {
	return &http.Client{Transport: &retrying{next: http.DefaultTransport}}
}

// badLibraryDefault: a constructor that hands out a client without any
// timeout, with no visible use that bounds it.
func badLibraryDefault() *http.Client {
	return &http.Client{} // want `http.Client has no Timeout`
}
