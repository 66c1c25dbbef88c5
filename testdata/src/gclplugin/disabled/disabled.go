// Package disabled is analyzed with the setting disable: [NL-T1], so
// nothing here is reported.
package disabled

import "net/http"

func get() error {
	resp, err := http.Get("http://example.com")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
