// Package fix holds findings that come with a suggested fix.
package fix

import (
	"context"
	"net/http"
	"time"

	retry "github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	"github.com/hashicorp/go-retryablehttp"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func transient(err error) bool { return status.Code(err) == codes.Unavailable }

func fixedDelay(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return retry.Do(func() error {
		_, err := c.GetPayment(ctx, in)
		return err
	}, retry.RetryIf(transient), retry.Context(ctx), retry.DelayType(retry.FixedDelay)) // want `backs off without jitter`
}

func classify(err error) error {
	if transient(err) {
		return err
	}
	return backoff.Permanent(err)
}

func literal(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := &backoff.ExponentialBackOff{
		InitialInterval:     100 * time.Millisecond,
		RandomizationFactor: 0, // want `backs off without jitter`
		Multiplier:          2,
		MaxInterval:         time.Second,
		MaxElapsedTime:      time.Minute,
	}
	return backoff.Retry(func() error {
		_, err := c.GetPayment(ctx, in)
		return classify(err)
	}, backoff.WithContext(b, ctx))
}

func assigned(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := backoff.NewExponentialBackOff()
	b.RandomizationFactor = 0 // want `backs off without jitter`
	return backoff.Retry(func() error {
		_, err := c.GetPayment(ctx, in)
		return classify(err)
	}, backoff.WithContext(b, ctx))
}

func option(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := backoff.NewExponentialBackOff(backoff.WithRandomizationFactor(0)) // want `backs off without jitter`
	return backoff.Retry(func() error {
		_, err := c.GetPayment(ctx, in)
		return classify(err)
	}, backoff.WithContext(b, ctx))
}

func perAttempt(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	var err error
	for i := 0; i < 3 && ctx.Err() == nil; i++ {
		actx, cancel := context.WithTimeout(context.Background(), time.Second) // NL-T5 (nettimeout) fixes this one
		_, err = c.GetPayment(actx, in)
		cancel()
		if !transient(err) {
			return err
		}
		<-time.After(time.Second)
	}
	return err
}

func newRequest(ctx context.Context, rc *retryablehttp.Client, u string) (*http.Response, error) {
	req, err := retryablehttp.NewRequest(http.MethodGet, u, nil) // want `retryablehttp.NewRequest drops ctx`
	if err != nil {
		return nil, err
	}
	return rc.Do(req)
}
