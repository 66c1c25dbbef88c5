// Package statususe calls the helpers of statuslib.
package statususe

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"netreply/statuslib"
)

type User struct{ Name string }

func okHelperChecks(ctx context.Context, c *http.Client, url string) (*User, error) {
	resp, err := statuslib.Fetch(ctx, c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := statuslib.CheckResponse(resp); err != nil { // the helper tests the status
		return nil, err
	}
	var u User
	return &u, json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&u)
}

func badWrapperReply(ctx context.Context, c *http.Client, url string) (*User, error) {
	resp, err := statuslib.Fetch(ctx, c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u User
	err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&u)
	return &u, err // want `reply of statuslib.Fetch \(wraps http.Client.Do\) is used before resp.StatusCode is checked`
}

func badConsumingHelper(c *http.Client, req *http.Request) (*User, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u User
	err = statuslib.DecodeJSON(resp, &u) // want `statuslib.DecodeJSON reads the reply body of http.Client.Do with no size limit; bound the read inside DecodeJSON or wrap the body in http.MaxBytesReader \(and 1 more calls in this package\)`
	return &u, err                       // want `reply of http.Client.Do is used before`
}

func okConsumingHelperAfterCheck(c *http.Client, req *http.Request) (*User, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := statuslib.CheckResponse(resp); err != nil {
		return nil, err
	}
	var u User
	// Checked first. The helper's unbounded read is reported once per
	// package, at its first call above.
	return &u, statuslib.DecodeJSON(resp, &u)
}

func okCheckingHelper(c *http.Client, req *http.Request) (*User, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u User
	return &u, statuslib.DecodeOK(resp, &u) // the helper checks before it decodes, within a limit
}
