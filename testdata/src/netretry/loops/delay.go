package loops

import (
	"math/rand"
	"net/http"
	"time"
)

func badNoDelay(c *http.Client, u string) (*http.Response, error) {
	var err error
	for i := 0; i < 5; i++ { // want `a retry loop around http.Client.Get \(GET\) does not wait between attempts`
		var resp *http.Response
		if resp, err = c.Get(u); err == nil {
			return resp, nil
		}
	}
	return nil, err
}

// okOneImmediateRetry: at most one immediate retry is accepted.
func okOneImmediateRetry(c *http.Client, u string) (*http.Response, error) {
	var err error
	for i := 0; i < 2; i++ {
		var resp *http.Response
		if resp, err = c.Get(u); err == nil {
			return resp, nil
		}
	}
	return nil, err
}

func badExponentialNoJitter(c *http.Client, u string) (*http.Response, error) {
	base := 100 * time.Millisecond
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		resp, e := c.Get(u)
		if e == nil {
			return resp, nil
		}
		err = e
		time.Sleep(base << attempt) // want `backs off without jitter: the delay base << attempt grows the same way for every client`
	}
	return nil, err
}

func badDoublingNoJitter(c *http.Client, u string) (*http.Response, error) {
	d := 50 * time.Millisecond
	for {
		resp, err := c.Get(u)
		if err == nil {
			return resp, nil
		}
		if d > 10*time.Second {
			return nil, err
		}
		time.Sleep(backoff(d)) // want `backs off without jitter: the delay backoff\(d\) grows`
		d *= 2
	}
}

func backoff(d time.Duration) time.Duration { return d + 10*time.Millisecond }

// okJittered: the delay has a random part.
func okJittered(c *http.Client, u string) (*http.Response, error) {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		resp, e := c.Get(u)
		if e == nil {
			return resp, nil
		}
		err = e
		d := time.Duration(1<<attempt) * 100 * time.Millisecond
		time.Sleep(d/2 + time.Duration(rand.Int63n(int64(d/2))))
	}
	return nil, err
}

// okConstantDelay: a constant pause between attempts is not reported;
// only a delay that grows the same way for everyone is.
func okConstantDelay(c *http.Client, u string) (*http.Response, error) {
	var err error
	for i := 0; i < 4; i++ {
		resp, e := c.Get(u)
		if e == nil {
			return resp, nil
		}
		err = e
		time.Sleep(time.Second)
	}
	return nil, err
}

// okHelperDelay: the delay comes from a function netretry does not see
// into; it may well add jitter.
func okHelperDelay(c *http.Client, u string, next func(int) time.Duration) (*http.Response, error) {
	var err error
	for i := 0; i < 4; i++ {
		resp, e := c.Get(u)
		if e == nil {
			return resp, nil
		}
		err = e
		time.Sleep(next(i))
	}
	return nil, err
}

func badRangeNoDelay(c *http.Client, u string) (*http.Response, error) {
	for range 4 { // want `a retry loop around http.Client.Get \(GET\) does not wait between attempts`
		if resp, err := c.Get(u); err == nil {
			return resp, nil
		}
	}
	return nil, nil
}

// okDelaySchedule: ranging over a schedule of delays is a bounded retry
// that waits; the schedule's values feed only the sleep.
func okDelaySchedule(c *http.Client, u string) (*http.Response, error) {
	var err error
	for _, d := range []time.Duration{time.Second, 3 * time.Second, 7 * time.Second} {
		var resp *http.Response
		if resp, err = c.Get(u); err == nil {
			return resp, nil
		}
		time.Sleep(d + time.Duration(rand.Intn(500))*time.Millisecond)
	}
	return nil, err
}
