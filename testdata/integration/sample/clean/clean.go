// Package clean makes a network call the way netlint asks: a client with
// a timeout, the caller's context, and the reply's status checked.
package clean

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

// Status returns the status code of a HEAD request to url.
func Status(ctx context.Context, url string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("head %s: %w", url, err)
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
