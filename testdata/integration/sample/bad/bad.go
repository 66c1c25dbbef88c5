// Package bad has findings that every netlint entry point must report.
package bad

import (
	"context"
	"net/http"

	"example.com/sample/lib"
)

// Get waits forever if the peer never answers: NL-T1.
func Get() error {
	resp, err := http.Get("http://example.com")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Ping reaches the network through lib.Fetch, known from a fact: NL-T1.
func Ping() error {
	return lib.Fetch(context.Background(), "http://example.com/ping")
}
