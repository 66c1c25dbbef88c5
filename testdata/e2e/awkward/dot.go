package awkward

import (
	"context"
	. "net/http"
)

// DotFetch uses a dot import.
func DotFetch(u string) error {
	req, err := NewRequestWithContext(context.Background(), MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := DefaultClient.Do(req) // NL-T1
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
