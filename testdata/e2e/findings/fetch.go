// Package findings makes a request that nothing bounds.
package findings

import "net/http"

// Status fetches a page with http.DefaultClient, which has no timeout.
func Status() (int, error) {
	resp, err := http.Get("http://example.com") // NL-T1
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
