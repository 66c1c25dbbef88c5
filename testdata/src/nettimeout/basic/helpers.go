package basic

import (
	"net/http"
	"testing"
)

// okTestHelper takes a *testing.T, so it is test code although it lives
// outside a _test.go file: not reported.
func okTestHelper(t *testing.T, u string) {
	t.Helper()
	if _, err := http.Get(u); err != nil {
		t.Fatal(err)
	}
}

// ExampleFetch is an Example: documentation, not production code.
func ExampleFetch() { http.Get("http://example.com") }
