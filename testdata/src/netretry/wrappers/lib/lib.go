// Package lib is a client library that retries by itself and offers a
// retry helper; its callers are in package use.
package lib

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// ErrTransient marks errors worth retrying.
var ErrTransient = errors.New("transient")

func pause(i int) {
	time.Sleep(time.Duration(rand.Int63n(int64(100*time.Millisecond) << i)))
}

// Save stores a document, retrying up to three times with a stable key.
func Save(ctx context.Context, c *http.Client, u string, doc []byte) error { // want Save:"retries"
	key := uuid.NewString()
	var err error
	for i := 0; i < 3; i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(doc))
		req.Header.Set("Idempotency-Key", key)
		var resp *http.Response
		if resp, err = c.Do(req); err == nil {
			return resp.Body.Close()
		}
		pause(i)
	}
	return err
}

// Charge sends one payment request; it does not retry.
func Charge(ctx context.Context, c *http.Client, u string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Fetch reads a document once.
func Fetch(ctx context.Context, c *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Retry calls f up to n times until it succeeds.
func Retry(n int, f func() error) error { // want Retry:"retryhelper"
	var err error
	for i := 0; i < n; i++ {
		if err = f(); err == nil {
			return nil
		}
		pause(i)
	}
	return err
}

// RetryTransient calls f again only while it fails with ErrTransient.
func RetryTransient(f func() error) error { // want RetryTransient:"retryhelper"
	var err error
	for i := 0; i < 3; i++ {
		err = f()
		if !errors.Is(err, ErrTransient) {
			return err
		}
		pause(i)
	}
	return err
}

// RetryWhile calls f while it asks to continue: its bool result, not the
// error, decides, so netretry does not treat it as a retry helper.
func RetryWhile(f func(attempt int) (bool, error)) error {
	for i := 0; ; i++ {
		again, err := f(i)
		if !again {
			return err
		}
		pause(i)
	}
}
