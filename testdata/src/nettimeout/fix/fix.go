// Package fix holds NL-T5 cases with suggested fixes.
package fix

import (
	"context"
	"net/http"
	"time"
)

func handler(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequest("GET", "http://inventory/items", nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := http.DefaultClient.Do(req) // want `http.Client.Do uses a context from context.Background although the caller's r.Context\(\) is available`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func load(ctx context.Context, c *http.Client) error {
	bg, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(bg, "GET", "http://inventory/items", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // want `http.Client.Do uses a context from context.Background although the caller's ctx is available`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var bounded = &http.Client{Timeout: 5 * time.Second}

// The client's Timeout bounds the call, but the request still drops the
// caller's cancellation: when the caller goes away the call runs on.
func boundedClient(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequest("GET", "http://inventory/items", nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := bounded.Do(req) // want `http.Client.Do uses a context from context.Background although the caller's r.Context\(\) is available`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
