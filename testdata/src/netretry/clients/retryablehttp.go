// Package clients holds clients that retry by themselves: go-retryablehttp
// (and the *http.Client of its StandardClient), gRPC service configs,
// go-redis, the AWS SDK and kafka-go.
package clients

import (
	"context"
	"net/http"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

func badRetryablePost(u string, body []byte) error {
	rc := retryablehttp.NewClient()
	resp, err := rc.Post(u, "application/json", body) // want `retryablehttp.Client.Post \(POST\) is retried by retryablehttp.Client without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func badStandardClient(ctx context.Context, u string) error {
	std := retryablehttp.NewClient().StandardClient()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, u, nil)
	resp, err := std.Do(req) // want `http.Client.Do \(POST\) is retried by the http.Client from retryablehttp.Client.StandardClient without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// okRetryableKey: the key is set once per request; the client's own
// retries resend the same key.
func okRetryableKey(ctx context.Context, rc *retryablehttp.Client, u string) error {
	req, _ := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, u, nil)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := rc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// okRetryableGet: GET is safe to repeat.
func okRetryableGet(rc *retryablehttp.Client, u string) error {
	resp, err := rc.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// okNoRetries: RetryMax 0 turns the retries off.
func okNoRetries(u string) error {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 0
	resp, err := rc.Post(u, "text/plain", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// okCustomPolicy: a CheckRetry of its own may retry only what is safe.
func okCustomPolicy(u string, policy retryablehttp.CheckRetry) error {
	rc := retryablehttp.NewClient()
	rc.CheckRetry = policy
	resp, err := rc.Post(u, "text/plain", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func badNewRequestNoContext(ctx context.Context, rc *retryablehttp.Client, u string) error {
	req, _ := retryablehttp.NewRequest(http.MethodGet, u, nil) // want `retryablehttp.NewRequest drops ctx, so retryablehttp.Client keeps retrying after the caller's deadline`
	resp, err := rc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
