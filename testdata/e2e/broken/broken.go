// Package broken does not type-check.
package broken

import "net/http"

// Status refers to an undefined name.
func Status() (int, error) {
	resp, err := http.Get(undefinedURL)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
