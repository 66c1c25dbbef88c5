package payments

import (
	"context"
	"net/http"
	"time"
)

// Status returns the HTTP status of the API's status page, using the
// default client, which has no timeout.
func Status(url string) (int, error) {
	resp, err := http.Get(url) // NL-T1: http.Get uses http.DefaultClient, which has no timeout
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// StatusWithin is Status with a deadline.
func StatusWithin(ctx context.Context, url string) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
