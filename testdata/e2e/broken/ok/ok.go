// Package ok type-checks, beside a package that does not.
package ok

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
