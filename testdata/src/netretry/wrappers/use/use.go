// Package use calls package lib: its retrying functions and its retry
// helper, known here only through facts.
package use

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"time"

	"netretry/wrappers/lib"
)

func pause() { time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond) }

func badNested(ctx context.Context, c *http.Client, title string) error {
	doc := []byte(`{"title":"` + title + `"}`)
	var err error
	for i := 0; i < 3; i++ { // want `a retry loop around lib.Save \(wraps http.Client.Do\) \(POST\) retries a call that already retries \(a retry loop in lib.Save\): up to 3 × 3 = 9 attempts`
		// Save mints its key per call, so each attempt here is a new request.
		if err = lib.Save(ctx, c, "https://docs.example.com/v1/docs", doc); err == nil || errors.Is(err, context.Canceled) { // want `lib.Save \(wraps http.Client.Do\) \(POST\) is retried by a retry loop without an idempotency key` `a retry loop retries every error of lib.Save`
			return err
		}
		pause()
	}
	return err
}

func badHelperCharge(ctx context.Context, c *http.Client, cents int) error {
	body := []byte(fmt.Sprintf(`{"amount":%d}`, cents))
	return lib.Retry(3, func() error {
		return lib.Charge(ctx, c, "https://pay.example.com/v1/charges", body) // want `lib.Charge \(wraps http.Client.Do\) \(POST\) is retried by retry helper lib.Retry without an idempotency key` `retry helper lib.Retry retries every error of lib.Charge`
	})
}

// okHelperTransient: the helper retries only ErrTransient, and Fetch
// only reads.
func okHelperTransient(ctx context.Context, c *http.Client, u string) error {
	return lib.RetryTransient(func() error {
		return lib.Fetch(ctx, c, u)
	})
}

// okCallerPayload: the payload comes from the caller, who may have put
// its own deduplication ID in it.
func okCallerPayload(ctx context.Context, c *http.Client, body []byte) error {
	return lib.Retry(3, func() error {
		return lib.Charge(ctx, c, "https://pay.example.com/v1/charges", body) // want `retry helper lib.Retry retries every error of lib.Charge`
	})
}

// okOnce: a single call, no retry.
func okOnce(ctx context.Context, c *http.Client, body []byte) error {
	return lib.Charge(ctx, c, "https://pay.example.com/v1/charges", body)
}

// okContinueProtocol: lib.RetryWhile is driven by a bool, so its retry
// decision is not known.
func okContinueProtocol(ctx context.Context, c *http.Client, cents int) error {
	body := []byte(fmt.Sprintf(`{"amount":%d}`, cents))
	return lib.RetryWhile(func(int) (bool, error) {
		err := lib.Charge(ctx, c, "https://pay.example.com/v1/charges", body)
		return err != nil, err
	})
}
