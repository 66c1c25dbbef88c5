// Package lib wraps network calls; its functions are network calls for
// their callers in other packages.
package lib

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"time"
)

// Fetch passes its context into the request, so the deadline is the
// caller's to set.
func Fetch(ctx context.Context, c *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// FetchJSON wraps Fetch: wrappers of wrappers are followed.
func FetchJSON(ctx context.Context, url string) error {
	resp, err := Fetch(ctx, http.DefaultClient, url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Bounded sets its own deadline, so callers need none: it is a wrapper for
// its error, but not for its context.
func Bounded(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return FetchJSON(ctx, url)
}

// Send takes the method from its caller.
func Send(ctx context.Context, method, url string) error {
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

// Client is a small API client whose methods wrap HTTP calls.
type Client struct{ hc *http.Client }

// NewClient returns a client that sends through http.DefaultClient.
func NewClient() *Client { return &Client{hc: http.DefaultClient} }

// Get is a method wrapper.
func (c *Client) Get(ctx context.Context, path string) error {
	resp, err := Fetch(ctx, c.hc, path)
	if err != nil {
		return fmt.Errorf("get %s: %w", path, err)
	}
	return resp.Body.Close()
}

// Log handles the error itself and takes no context: not a wrapper.
func Log(url string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = FetchJSON(ctx, url)
}

// FetchAll has no context; it delegates to FetchAllContext, so it is
// reported where it is called, not here.
func FetchAll(url string) error {
	return FetchAllContext(context.Background(), url)
}

// FetchAllContext is the context-taking variant.
func FetchAllContext(ctx context.Context, url string) error {
	return FetchJSON(ctx, url)
}

// Store wraps a database.
type Store struct{ DB *sql.DB }

// Begin has no context; like database/sql's driver.Conn.Begin, it
// delegates to BeginTx, so it is reported where it is called, not here.
func (s *Store) Begin() (*sql.Tx, error) {
	return s.BeginTx(context.Background())
}

// BeginTx is the context-taking variant.
func (s *Store) BeginTx(ctx context.Context) (*sql.Tx, error) {
	return s.DB.BeginTx(ctx, nil)
}
