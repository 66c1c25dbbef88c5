package loops

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

type queue interface{ Pop() []byte }

// okEachItem: every iteration sends a different item; no request is
// repeated.
func okEachItem(c *http.Client, u string, items [][]byte) {
	for _, it := range items {
		resp, err := c.Post(u, "application/json", bytes.NewReader(it))
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
}

// okQueueConsumer: each iteration takes a new message from the queue.
func okQueueConsumer(c *http.Client, u string, q queue) {
	for {
		msg := q.Pop()
		resp, err := c.Post(u, "application/json", bytes.NewReader(msg))
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
}

// okHeartbeat: success also goes round again; this loop repeats by
// design and never stops on success, so it is not a retry.
func okHeartbeat(ctx context.Context, c *http.Client, u string) {
	for {
		resp, err := c.Post(u, "text/plain", nil)
		if err == nil {
			resp.Body.Close()
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}

// okErrorStops: an error leaves the loop; nothing is retried.
func okErrorStops(c *http.Client, u string, pages int) error {
	for i := 0; i < pages; i++ {
		resp, err := c.Post(u, "text/plain", nil)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

// okErrorIgnored: the error is discarded, so nothing decides to retry.
func okErrorIgnored(c *http.Client, u string) {
	for i := 0; i < 3; i++ {
		c.Post(u, "text/plain", nil)
	}
}

// okRenewPeriodic: a renewal loop goes round again after success too;
// its retry on error is part of a periodic job, not a retry of one
// request.
func okRenewPeriodic(ctx context.Context, c *http.Client, u string, ttl time.Duration) error {
	last := time.Now()
	wait := ttl / 2
	for {
		if time.Since(last) > ttl {
			return context.DeadlineExceeded
		}
		select {
		case <-time.After(wait):
			resp, err := c.Post(u, "text/plain", nil)
			if err != nil {
				wait = time.Second
				continue
			}
			resp.Body.Close()
			last = time.Now()
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// okFailover: each iteration tries another address; no request is
// repeated on the same peer.
func okFailover(ctx context.Context, addrs []string) (*http.Response, error) {
	var lastErr error
	for _, addr := range addrs {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/v1/jobs", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		return resp, nil
	}
	return nil, lastErr
}

// okNewNameEachTime: every iteration creates a different key (a
// timestamp), so the request is not repeated.
func okNewNameEachTime(c *http.Client, base string) (*http.Response, error) {
	for {
		u := base + "/" + time.Now().Format(time.RFC3339Nano)
		resp, err := c.Post(u, "text/plain", nil)
		if err == nil {
			return resp, nil
		}
	}
}

// retrier paces and counts attempts, like client-go's WithRetry.
type retrier interface {
	Before(ctx context.Context) error
	Next(resp *http.Response, err error) bool
}

// okOpaqueRetrier: the retrier waits and stops in Before, and decides in
// Next; netretry cannot see its policy, so it reports nothing.
func okOpaqueRetrier(ctx context.Context, c *http.Client, u string, retry retrier) (*http.Response, error) {
	for {
		if err := retry.Before(ctx); err != nil {
			return nil, err
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			return resp, nil
		}
		done := func() bool { return !retry.Next(resp, err) }()
		if done {
			return resp, err
		}
	}
}
