// Package clean makes no unbounded network calls.
package clean

import (
	"net/http"
	"net/url"
	"time"
)

// NewClient returns a client whose requests are bounded.
func NewClient() *http.Client {
	return &http.Client{Timeout: 10 * time.Second}
}

// Endpoint builds the URL of a resource.
func Endpoint(base, name string) string {
	return base + "/" + url.PathEscape(name)
}
