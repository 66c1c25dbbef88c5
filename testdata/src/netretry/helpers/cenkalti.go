// Package helpers holds retries made with retry libraries: cenkalti/backoff
// v4 and v5, avast/retry-go, sethvargo/go-retry, client-go and wait.
package helpers

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/redis/go-redis/v9"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func badCenkaltiIncr(ctx context.Context, rdb *redis.Client) error {
	return backoff.Retry(func() error { // want `backoff.Retry keeps retrying after ctx is cancelled` `backoff.Retry around redis.Client.Incr retries a call that already retries \(go-redis MaxRetries\)`
		return rdb.Incr(ctx, "visits").Err() // want `redis.Client.Incr is not idempotent and is retried by backoff.Retry` `backoff.Retry retries every error of redis.Client.Incr`
	}, backoff.NewExponentialBackOff())
}

// okCenkaltiPermanent: permanent errors stop the retry, the context is
// honoured, and GetPayment only reads.
func okCenkaltiPermanent(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := backoff.WithContext(backoff.NewExponentialBackOff(), ctx)
	return backoff.Retry(func() error {
		_, err := c.GetPayment(ctx, in)
		if code := status.Code(err); code == codes.InvalidArgument || code == codes.NotFound {
			return backoff.Permanent(err)
		}
		return err
	}, b)
}

func badZeroBackOff(c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	op := func() error {
		_, err := c.GetPayment(context.TODO(), in) // want `backoff.Retry retries every error of pb.PaymentsClient.GetPayment`
		if errors.Is(err, context.Canceled) {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, &backoff.ZeroBackOff{}) // want `backoff.Retry around pb.PaymentsClient.GetPayment does not wait between attempts` `backoff.Retry around pb.PaymentsClient.GetPayment never gives up`
}

func badConstantForever(c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return backoff.Retry(func() error {
		_, err := c.GetPayment(context.TODO(), in)
		return classify(err)
	}, backoff.NewConstantBackOff(time.Second)) // want `backoff.Retry around pb.PaymentsClient.GetPayment backs off without jitter` `never gives up`
}

// okConstantBounded: WithMaxRetries bounds the constant backoff (the
// missing jitter is still reported).
func okConstantBounded(c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(time.Second), 3) // want `backs off without jitter`
	return backoff.Retry(func() error {
		_, err := c.GetPayment(context.TODO(), in)
		return classify(err)
	}, b)
}

func badNoRandomization(c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := backoff.NewExponentialBackOff()
	b.RandomizationFactor = 0 // want `backoff.Retry around pb.PaymentsClient.GetPayment backs off without jitter`
	return backoff.Retry(func() error {
		_, err := c.GetPayment(context.TODO(), in)
		return classify(err)
	}, b)
}

func classify(err error) error {
	if status.Code(err) == codes.InvalidArgument {
		return backoff.Permanent(err)
	}
	return err
}
