// Package statuslib holds reply helpers whose facts judge their callers in
// other packages.
package statuslib

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// CheckResponse tests the status through another helper.
func CheckResponse(r *http.Response) error { // want CheckResponse:`reply\(status=0\)`
	return requireCodes(r, http.StatusOK, http.StatusCreated)
}

func requireCodes(r *http.Response, codes ...int) error { // want requireCodes:`reply\(status=0\)`
	for _, c := range codes {
		if r.StatusCode == c {
			return nil
		}
	}
	return fmt.Errorf("unexpected status %s", r.Status)
}

// DecodeJSON decodes the body without looking at the status, and without
// a limit: its callers must check the status first, and they read an
// unbounded body.
func DecodeJSON(r *http.Response, out any) error { // want DecodeJSON:`reply\(consumes=0 reads=0 unbounded\)`
	return json.NewDecoder(r.Body).Decode(out)
}

// DecodeOK checks, then decodes within a limit.
func DecodeOK(r *http.Response, out any) error { // want DecodeOK:`reply\(status=0 reads=0\)`
	if r.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", r.StatusCode)
	}
	return json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(out)
}

// Fetch returns the reply unchanged: netcall marks it as a network call
// with a reply, whose callers own the status check.
func Fetch(ctx context.Context, c *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}
