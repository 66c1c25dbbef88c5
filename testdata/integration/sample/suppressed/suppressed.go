// Package suppressed has the finding of package bad, silenced the way
// each entry point expects.
package suppressed

import "net/http"

// GetNolint is silenced for golangci-lint only.
func GetNolint() error {
	resp, err := http.Get("http://example.com") //nolint:netlint // one-shot tool, killed by its caller
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// GetIgnore is silenced for every entry point.
func GetIgnore() error {
	resp, err := http.Get("http://example.com") //netlint:ignore NL-T1 one-shot tool, killed by its caller
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
