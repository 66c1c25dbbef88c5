package loops

import (
	"context"
	"math/rand"
	"net/http"
	"time"

	"example.com/pb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func pause() { time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond) }

func badRetryEveryError(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	var err error
	for i := 0; i < 3; i++ {
		p, e := c.GetPayment(ctx, in) // want `a retry loop retries every error of pb.PaymentsClient.GetPayment, including permanent ones`
		if e == nil {
			return p, nil
		}
		err = e
		pause()
	}
	return nil, err
}

// okClassified: only UNAVAILABLE is retried.
func okClassified(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	var err error
	for i := 0; i < 3; i++ {
		p, e := c.GetPayment(ctx, in)
		if e == nil {
			return p, nil
		}
		if status.Code(e) != codes.Unavailable {
			return nil, e
		}
		err = e
		pause()
	}
	return nil, err
}

func badStatusNot200(c *http.Client, u string) (*http.Response, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Get(u) // want `a retry loop retries http.Client.Get \(GET\) on 4xx responses, which will fail again`
		if err != nil {
			pause()
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			pause()
			continue
		}
		return resp, nil
	}
	return nil, nil
}

// okStatus5xx: only server errors and 429 are retried.
func okStatus5xx(c *http.Client, u string) (*http.Response, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Get(u)
		if err != nil {
			pause()
			continue
		}
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			pause()
			continue
		}
		return resp, nil
	}
	return nil, nil
}

func badPostOn5xx(c *http.Client, u string) (*http.Response, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Post(u, "text/plain", nil) // want `http.Client.Post \(POST\) is retried by a retry loop without an idempotency key`
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusBadGateway {
			resp.Body.Close()
			pause()
			continue
		}
		return resp, nil
	}
	return nil, nil
}

// okPostOn429: a 429 means the server did not apply the request.
func okPostOn429(c *http.Client, u string) (*http.Response, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Post(u, "text/plain", nil)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			pause()
			continue
		}
		return resp, nil
	}
	return nil, nil
}

func badIgnoresCancel(ctx context.Context, c *http.Client, u string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	for i := 0; i < 3; i++ {
		resp, err := c.Do(req) // want `a retry loop retries http.Client.Do \(GET\) even after the caller's context is done`
		if err == nil {
			return resp, nil
		}
		pause()
	}
	return nil, nil
}
