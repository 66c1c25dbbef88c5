// Package lib wraps an HTTP call. It is clean itself: the deadline is the
// caller's to set, through ctx.
package lib

import (
	"context"
	"fmt"
	"net/http"
)

// Fetch sends a GET request under ctx and checks the reply's status.
func Fetch(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("get %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("get %s: %s", url, resp.Status)
	}
	return nil
}
