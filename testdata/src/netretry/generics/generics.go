// Package generics holds a generic retry helper, a generic operation and
// a retried method value.
package generics

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/rand"
	"net/http"
	"time"
)

var errBusy = errors.New("busy")

// Do is a generic retry helper: it calls f until it succeeds, three times
// at most.
func Do[T any](ctx context.Context, f func(context.Context) (T, error)) (T, error) { // want Do:"retryhelper"
	var zero T
	var err error
	for i := 0; i < 3; i++ {
		var v T
		if v, err = f(ctx); err == nil {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(time.Duration(rand.Intn(100)) * time.Millisecond):
		}
	}
	return zero, err
}

// post is a generic wrapper that sends v as JSON.
func post[T any](ctx context.Context, c *http.Client, u string, v T) (*http.Response, error) {
	b, _ := json.Marshal(v)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

type order struct{ ID string }

func badGenericHelper(ctx context.Context, c *http.Client, o order) (*http.Response, error) {
	return Do(ctx, func(ctx context.Context) (*http.Response, error) {
		return post(ctx, c, "https://shop.example.com/v1/orders", o) // want `generics.post \(wraps http.Client.Do\) \(POST\) is retried by retry helper generics.Do without an idempotency key`
	})
}

func badMethodValue(c *http.Client, u string) (*http.Response, error) {
	get := c.Get
	for i := 0; i < 5; i++ { // want `a retry loop around http.Client.Get \(GET\) does not wait between attempts`
		if resp, err := get(u); err == nil {
			return resp, nil
		}
	}
	return nil, errBusy
}
