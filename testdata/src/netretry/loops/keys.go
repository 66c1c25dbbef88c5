package loops

import (
	"bytes"
	"errors"
	"math/rand"
	"net"
	"net/http"
	"time"

	"github.com/google/uuid"
)

func badKeyPerAttempt(c *http.Client, u string, body []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest(http.MethodPost, u, bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", uuid.NewString()) // want `http.Client.Do \(POST\) is retried by a retry loop with a new Idempotency-Key generated on every attempt`
		if resp, err := c.Do(req); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return errors.New("gave up")
}

func badKeyVarPerAttempt(c *http.Client, u string, body []byte) error {
	for i := 0; i < 3; i++ {
		key := newKey() // want `with a new Idempotency-Key generated on every attempt`
		req, _ := http.NewRequest(http.MethodPost, u, bytes.NewReader(body))
		req.Header["Idempotency-Key"] = []string{key}
		if resp, err := c.Do(req); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return errors.New("gave up")
}

func newKey() string { return uuid.New().String() }

// okStableKey: the key is generated once, before the loop, and sent on
// every attempt: the server deduplicates.
func okStableKey(c *http.Client, u string, body []byte) error {
	key := uuid.NewString()
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest(http.MethodPost, u, bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		if resp, err := c.Do(req); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return errors.New("gave up")
}

// okAnnotated: the call is declared idempotent.
func okAnnotated(c *http.Client, u string) error {
	for i := 0; i < 3; i++ {
		resp, err := c.Post(u, "text/plain", nil) //netlint:idempotent the endpoint upserts by natural key
		if err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return errors.New("gave up")
}

// okDialErrorsOnly: only errors raised before the connection was
// established are retried; the server never saw those requests.
func okDialErrorsOnly(c *http.Client, u string, body []byte) error {
	for i := 0; i < 3; i++ {
		resp, err := c.Post(u, "application/json", bytes.NewReader(body))
		if err == nil {
			return resp.Body.Close()
		}
		var opErr *net.OpError
		if errors.As(err, &opErr) && opErr.Op == "dial" {
			time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
			continue
		}
		return err
	}
	return errors.New("gave up")
}

// okDNSErrorsOnly: a failed name lookup means nothing was sent.
func okDNSErrorsOnly(c *http.Client, u string, body []byte) error {
	for i := 0; i < 3; i++ {
		resp, err := c.Post(u, "application/json", bytes.NewReader(body))
		if err == nil {
			return resp.Body.Close()
		}
		if !isLookupError(err) {
			return err
		}
		time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	}
	return errors.New("gave up")
}

func isLookupError(err error) bool {
	var dnsErr *net.DNSError
	return errors.As(err, &dnsErr)
}
