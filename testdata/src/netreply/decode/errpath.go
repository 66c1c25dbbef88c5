package decode

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type apiError struct{ Message string }

func (e *apiError) Error() string { return e.Message }

// okErrorBody reads an error reply on a best-effort basis: the status has
// already failed, the body only improves the message.
func okErrorBody(c *http.Client, url string) (Quote, error) {
	resp, err := c.Get(url)
	if err != nil {
		return Quote{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return Quote{}, fmt.Errorf("status %d: %s", resp.StatusCode, b)
	}
	var q Quote
	err = json.NewDecoder(io.LimitReader(resp.Body, max)).Decode(&q)
	return q, err
}

// okErrorTarget decodes into an error type, on a best-effort basis.
func okErrorTarget(resp *http.Response) error { // want okErrorTarget:`reply\(reads=0\)`
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if err != nil {
		return err
	}
	e := &apiError{}
	_ = json.Unmarshal(b, e) // the message is optional
	return e
}

// badTruncated returns what io.LimitReader let through as if it were the
// whole reply.
func badTruncated(c *http.Client, url string) ([]byte, error) {
	resp, err := fetch(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, max)) // want `io.LimitReader cuts the reply at the limit without an error`
	if err != nil {
		return nil, err
	}
	return b, nil
}

// okTruncationChecked reads one byte more than the limit and rejects a
// reply that reaches it.
func okTruncationChecked(c *http.Client, url string) ([]byte, error) {
	resp, err := fetch(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, fmt.Errorf("reply larger than %d bytes", max)
	}
	return b, nil
}
