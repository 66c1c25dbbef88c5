// Package e2e holds the helpers of an end-to-end test suite: test code,
// so nothing in it is reported.
package e2e

import "net/http"

// Inject asks the fault injector to break the connection under test.
func Inject(url string) error {
	resp, err := http.Post(url, "application/json", nil) // not reported: end-to-end suite
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
