// Package payments is a client for a (fictional) payments API.
package payments

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"time"
)

// Payment is a payment as the API returns it.
type Payment struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
	Status string `json:"status"`
}

// maxBody bounds the size of a reply the client reads.
const maxBody = 1 << 20

// Client calls the payments API.
type Client struct {
	base string
	http *http.Client
}

// NewClient returns a client whose requests time out.
func NewClient(base string) *Client {
	return &Client{base: base, http: &http.Client{Timeout: 10 * time.Second}}
}

// quoteHTTP is the client of the package-level Quote helper.
var quoteHTTP = &http.Client{} // NL-T2: http.Client without Timeout, and Quote's request has no deadline either

// Quote asks for a price quote. It takes no context, and its client has no
// timeout: a silent server blocks the caller forever.
func Quote(base string) (int, error) {
	resp, err := quoteHTTP.Get(base + "/v1/quote") // NL-T1: neither the client nor a context bounds the wait
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// get sends a GET request for path with ctx and returns the reply.
func (c *Client) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	return c.http.Do(req)
}

// Ping checks that the API answers. It has no context to pass on.
func Ping(base string) error {
	return status(context.Background(), base+"/v1/ping") // NL-T1: context.Background reaches http.Client.Do through status
}

// status sends a HEAD request with ctx through the default client.
func status(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("ping: status %d", resp.StatusCode)
	}
	return nil
}

// GetPayment fetches a payment, but decodes the body whatever the status.
func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	resp, err := c.get(ctx, "/v1/payments/"+id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil { // NL-V1: no status check (and NL-V2: no size limit)
		return nil, err
	}
	return &p, nil
}

// GetPaymentChecked fetches a payment correctly: status first, bounded body.
func (c *Client) GetPaymentChecked(ctx context.Context, id string) (*Payment, error) {
	resp, err := c.get(ctx, "/v1/payments/"+id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get payment %s: %s", id, resp.Status)
	}
	var p Payment
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxBody)).Decode(&p); err != nil {
		return nil, fmt.Errorf("get payment %s: %w", id, err)
	}
	if p.ID != id {
		return nil, fmt.Errorf("get payment %s: reply is for %q", id, p.ID)
	}
	return &p, nil
}

// Receipt downloads a receipt, reading however much the server sends.
func (c *Client) Receipt(ctx context.Context, id string) ([]byte, error) {
	resp, err := c.get(ctx, "/v1/receipts/"+id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("receipt %s: %s", id, resp.Status)
	}
	return io.ReadAll(resp.Body) // NL-V2: unbounded read of a peer-controlled body
}

// Charge creates a payment, retrying failures. A retry after a timeout
// can charge the customer twice: the request has no idempotency key.
func (c *Client) Charge(ctx context.Context, amount int64) error {
	body, err := json.Marshal(map[string]int64{"amount": amount})
	if err != nil {
		return err
	}
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := c.http.Do(req) // NL-R1: POST retried without an idempotency key
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return nil
			}
		}
		time.Sleep(backoff(attempt)) // NL-T6: the wait ignores ctx
	}
	return fmt.Errorf("charge failed after 3 attempts")
}

// ChargeOnce creates a payment, retrying with the same idempotency key,
// so the server applies it at most once.
func (c *Client) ChargeOnce(ctx context.Context, key string, amount int64) error {
	body, err := json.Marshal(map[string]int64{"amount": amount})
	if err != nil {
		return err
	}
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.http.Do(req)
		if err != nil {
			last = err
			time.Sleep(backoff(attempt)) // NL-T6: still ignores ctx; select on ctx.Done() and a timer
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK {
			return nil
		}
		return fmt.Errorf("charge: %s", resp.Status)
	}
	return fmt.Errorf("charge: %w", last)
}

// Refund asks for a refund and ignores whether the request failed.
func (c *Client) Refund(ctx context.Context, id string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payments/"+id+"/refund", nil)
	if err != nil {
		return
	}
	resp, _ := c.http.Do(req) // NL-O1: the error of a POST is discarded (and resp may be nil)
	resp.Body.Close()
}

// backoff returns a jittered exponential delay before the next attempt.
func backoff(attempt int) time.Duration {
	d := 100 * time.Millisecond << attempt
	return d/2 + rand.N(d/2)
}
