// Package wrappers checks the facts netcall exports for wrapper functions.
package wrappers

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"time"
)

// Fetch passes its context and client into the request.
func Fetch(ctx context.Context, c *http.Client, url string) (*http.Response, error) { // want Fetch:`wrapper\(http http.Client.Do safe\) method=GET ctx=0 client=1 err=1 response`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// FetchDefault wraps Fetch with an unbounded client.
func FetchDefault(ctx context.Context, url string) error { // want FetchDefault:`wrapper\(http http.Client.Do safe\) method=GET ctx=0 err=0`
	resp, err := Fetch(ctx, http.DefaultClient, url)
	if err != nil {
		return fmt.Errorf("fetch: %w", err)
	}
	return resp.Body.Close()
}

// Bounded sets its own deadline: a wrapper for its error only.
func Bounded(ctx context.Context, url string) error { // want Bounded:`wrapper\(http http.Client.Do safe\) method=GET err=0`
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return FetchDefault(ctx, url)
}

// Send takes the HTTP method from its caller.
func Send(ctx context.Context, method, url string) error { // want Send:`wrapper\(http http.Client.Do dependent\) methodparam=1 ctx=0 err=0`
	req, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Charge sends a POST: not idempotent.
func Charge(ctx context.Context, url string) error { // want Charge:`wrapper\(http http.Client.Do not idempotent\) method=POST ctx=0 err=0`
	return Send(ctx, "POST", url)
}

// Insert wraps a database/sql statement.
func Insert(ctx context.Context, db *sql.DB, name string) error { // want Insert:`wrapper\(sql sql.DB.ExecContext`
	_, err := db.ExecContext(ctx, "INSERT INTO users(name) VALUES ($1)", name)
	return err
}

// Quiet handles the error itself and takes no context: not a wrapper.
func Quiet(url string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = FetchDefault(ctx, url)
}

// Recursive wrappers settle in the fixpoint.
func Recursive(ctx context.Context, url string, n int) error { // want Recursive:`wrapper\(http http.Client.Do safe\) method=GET ctx=0 err=0`
	if n == 0 {
		return FetchDefault(ctx, url)
	}
	return Recursive(ctx, url, n-1)
}

// IsRetryable is annotated; the annotation travels as a fact.
//
//netlint:classifier
func IsRetryable(err error) bool { return err != nil } // want IsRetryable:`annot=classifier`
