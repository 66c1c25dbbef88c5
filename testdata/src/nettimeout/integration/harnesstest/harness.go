// Package harnesstest is an integration-test harness, named like httptest
// and importing testing in a non-test file: test code, so nothing in it is
// reported, although it calls out with no deadline.
package harnesstest

import (
	"net/http"
	"testing"
)

// T wraps the test being run.
type T struct{ *testing.T }

// Ping checks the server under test; a hung server fails the test run, not
// production traffic.
func Ping(url string) error {
	resp, err := http.Get(url) // not reported: test support package
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
