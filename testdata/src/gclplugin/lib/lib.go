// Package lib wraps an HTTP call; netcall exports a fact about Fetch.
package lib

import (
	"context"
	"net/http"
)

// Fetch passes its context into the request, and http.DefaultClient has
// no timeout: the deadline is its caller's to set.
func Fetch(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
