package loops

import (
	"context"
	"math/rand"
	"net/http"
	"time"
)

func jitter() time.Duration { return time.Duration(rand.Intn(1000)) * time.Millisecond }

func badForever(c *http.Client, u string) *http.Response {
	for { // want `a retry loop around http.Client.Get \(GET\) never gives up`
		resp, err := c.Get(u)
		if err == nil {
			return resp
		}
		time.Sleep(jitter())
	}
}

func badForeverErrNotNil(c *http.Client, u string) (resp *http.Response) {
	var err error
	resp, err = c.Get(u)
	for err != nil { // want `never gives up`
		time.Sleep(jitter())
		resp, err = c.Get(u)
	}
	return resp
}

// okCounted: an attempt counter stops the loop.
func okCounted(c *http.Client, u string, max int) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		resp, err := c.Get(u)
		if err == nil {
			return resp, nil
		}
		if attempt >= max {
			return nil, err
		}
		time.Sleep(jitter())
	}
}

// okContextBound: the caller's context ends the loop.
func okContextBound(ctx context.Context, c *http.Client, u string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	for {
		resp, err := c.Do(req)
		if err == nil {
			return resp, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(jitter()):
		}
	}
}

// okElapsed: a time limit ends the loop.
func okElapsed(c *http.Client, u string) (*http.Response, error) {
	start := time.Now()
	for {
		resp, err := c.Get(u)
		if err == nil {
			return resp, nil
		}
		if time.Since(start) > time.Minute {
			return nil, err
		}
		time.Sleep(jitter())
	}
}

// okForever: a background reconnector is meant to retry forever.
func okForever(c *http.Client, u string) *http.Response {
	//netlint:forever the registry must eventually come up
	for {
		resp, err := c.Get(u)
		if err == nil {
			return resp
		}
		time.Sleep(jitter())
	}
}

// okBoundAtTop: the time limit is checked at the top of each iteration,
// before the retried call.
func okBoundAtTop(c *http.Client, u string, deadline time.Time) (*http.Response, error) {
	for {
		if time.Now().After(deadline) {
			return nil, context.DeadlineExceeded
		}
		resp, err := c.Get(u)
		if err == nil {
			return resp, nil
		}
		time.Sleep(jitter())
	}
}

// okBoundInPredicate: the predicate receives the attempt number and
// stops after a maximum, as stripe-go's shouldRetry does.
func okBoundInPredicate(c *http.Client, u string, max int) (*http.Response, error) {
	for attempt := 0; ; {
		resp, err := c.Get(u)
		if !shouldRetry(err, attempt, max) {
			return resp, err
		}
		attempt++
		time.Sleep(jitter())
	}
}

func shouldRetry(err error, attempt, max int) bool { return err != nil && attempt < max }

// Not reported for NL-R4: a timer started before the loop limits the whole
// retry (mongo-driver's WithTransaction commit loop has this shape).
func okOverallTimer(c *http.Client, u string) (*http.Response, error) {
	limit := time.NewTimer(2 * time.Minute)
	defer limit.Stop()
	for {
		resp, err := c.Get(u)
		if err == nil {
			return resp, nil
		}
		select {
		case <-limit.C:
			return nil, err
		case <-time.After(jitter()):
		}
	}
}

// A timer reset before each attempt is the delay, not a limit.
func badResetTimer(c *http.Client, u string) *http.Response {
	wait := time.NewTimer(0)
	<-wait.C
	for { // want `a retry loop around http.Client.Get \(GET\) never gives up`
		resp, err := c.Get(u)
		if err == nil {
			return resp
		}
		wait.Reset(jitter())
		<-wait.C
	}
}
