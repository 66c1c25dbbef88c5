package gen

import (
	"net/http"
	"testing"
)

// Test files are never reported.
func TestRetry(t *testing.T) { // want TestRetry:"retries"
	for {
		if _, err := http.Post("http://localhost/x", "text/plain", nil); err == nil {
			return
		}
	}
}
