// Package docexamples holds the snippets a manual shows: example code,
// so nothing in it is reported.
package docexamples

import "net/http"

// Fetch is shown in the getting-started guide.
func Fetch() error {
	resp, err := http.Get("http://localhost:8080/") // not reported: documentation example
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
