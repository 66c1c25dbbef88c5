// Package loops holds retry loops written by hand: NL-R1 cases for HTTP
// requests retried with and without idempotency evidence.
package loops

import (
	"bytes"
	"context"
	"math/rand"
	"net/http"
	"time"
)

const chargesURL = "https://api.example.com/v1/charges"

func badPostRetried(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	var err error
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, chargesURL, bytes.NewReader(body))
		resp, err := c.Do(req) // want `POST to /v1/charges is retried by a retry loop without an idempotency key; a timed-out attempt may have succeeded`
		if err == nil {
			return resp, nil
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond) // want `time.Sleep between the attempts`
	}
	return nil, err
}

func badClientPost(c *http.Client, u string, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ { // want `a retry loop around http.Client.Post \(POST\) does not wait between attempts`
		resp, err := c.Post(u, "application/json", bytes.NewReader(body)) // want `http.Client.Post \(POST\) is retried by a retry loop without an idempotency key`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return nil
}

// okGetRetried: GET is safe to repeat.
func okGetRetried(c *http.Client, u string) (*http.Response, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		resp, err := c.Get(u)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return nil, lastErr
}

// okPutRetried: PUT is idempotent.
func okPutRetried(c *http.Client, u string, body []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest("PUT", u, bytes.NewReader(body))
		if resp, err := c.Do(req); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return nil
}

// okMethodFromVariable: the method is a variable set to GET.
func okMethodFromVariable(c *http.Client, u string) error {
	method := http.MethodGet
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest(method, u, nil)
		if resp, err := c.Do(req); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return nil
}

// okIfMatch: the request is conditional, so a duplicate fails harmlessly.
func okIfMatch(c *http.Client, u, etag string, body []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest("PATCH", u, bytes.NewReader(body))
		req.Header.Set("If-Match", etag)
		if resp, err := c.Do(req); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return nil
}
