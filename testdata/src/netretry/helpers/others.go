package helpers

import (
	"context"
	"errors"
	"time"

	retry "github.com/avast/retry-go/v4"
	v5 "github.com/cenkalti/backoff/v5"
	"github.com/google/uuid"
	goretry "github.com/sethvargo/go-retry"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/util/wait"
	k8sretry "k8s.io/client-go/util/retry"

	"example.com/pb"
)

func badAvastCharge(ctx context.Context, c pb.PaymentsClient, acct string) error {
	in := &pb.ChargeRequest{AccountId: acct, Cents: 100}
	return retry.Do(func() error {
		_, err := c.Charge(ctx, in) // want `pb.PaymentsClient.Charge is not idempotent and is retried by retry.Do` `retry.Do retries every error of pb.PaymentsClient.Charge`
		return err
	}, retry.Attempts(3), retry.Context(ctx))
}

func badAvastRequestIDPerAttempt(ctx context.Context, c pb.PaymentsClient, acct string) error {
	return retry.Do(func() error {
		in := &pb.ChargeRequest{RequestId: uuid.NewString(), AccountId: acct} // want `pb.PaymentsClient.Charge is retried by retry.Do with a new RequestId generated on every attempt`
		_, err := c.Charge(ctx, in)
		return classifyCharge(err)
	}, retry.Attempts(3), retry.Context(ctx))
}

// okAvastStableRequestID: the request ID is chosen once; the server
// deduplicates the attempts.
func okAvastStableRequestID(ctx context.Context, c pb.PaymentsClient, acct string) error {
	in := &pb.ChargeRequest{RequestId: uuid.NewString(), AccountId: acct}
	return retry.Do(func() error {
		_, err := c.Charge(ctx, in)
		return classifyCharge(err)
	}, retry.Attempts(3), retry.Context(ctx))
}

// okAvastCallerRequest: the request comes from the caller, who may have
// set its RequestId.
func okAvastCallerRequest(ctx context.Context, c pb.PaymentsClient, in *pb.ChargeRequest) error {
	return retry.Do(func() error {
		_, err := c.Charge(ctx, in)
		return classifyCharge(err)
	}, retry.Attempts(3), retry.Context(ctx))
}

func classifyCharge(err error) error {
	if errors.Is(err, errUnavailable) {
		return err
	}
	return retry.Unrecoverable(err)
}

func badAvastNoContext(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return retry.Do(func() error { // want `retry.Do keeps retrying after ctx is cancelled or past its deadline; pass retry.Context\(ctx\)`
		_, err := c.GetPayment(ctx, in)
		return err
	}, retry.RetryIf(isUnavailable), retry.UntilSucceeded()) // want `retry.Do around pb.PaymentsClient.GetPayment never gives up`
}

func isUnavailable(err error) bool { return errors.Is(err, errUnavailable) }

var errUnavailable = errors.New("unavailable")

func badAvastFixed(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return retry.Do(func() error {
		_, err := c.GetPayment(ctx, in)
		return err
	}, retry.RetryIf(isUnavailable), retry.Context(ctx), retry.DelayType(retry.FixedDelay)) // want `retry.Do around pb.PaymentsClient.GetPayment backs off without jitter`
}

// okCenkaltiV5: the v5 Retry takes the caller's context and is bounded by
// its default elapsed-time limit.
func okCenkaltiV5(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	return v5.Retry(ctx, func() (*pb.Payment, error) {
		p, err := c.GetPayment(ctx, in)
		if errors.Is(err, errUnavailable) {
			return nil, err
		}
		return p, v5.Permanent(err)
	})
}

func badCenkaltiV5Forever(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	return v5.Retry(context.Background(), func() (*pb.Payment, error) { // want `backoff.Retry is given a context from context.Background\(\)`
		p, err := c.GetPayment(ctx, in)
		if errors.Is(err, errUnavailable) {
			return nil, err
		}
		return p, v5.Permanent(err)
	}, v5.WithMaxElapsedTime(0)) // want `backoff.Retry around pb.PaymentsClient.GetPayment never gives up`
}

// okSethvargoMarked: only errors wrapped in RetryableError are retried,
// the backoff is bounded and jittered.
func okSethvargoMarked(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := goretry.WithMaxRetries(3, goretry.WithJitter(50*time.Millisecond, goretry.NewExponential(100*time.Millisecond)))
	return goretry.Do(ctx, b, func(ctx context.Context) error {
		_, err := c.GetPayment(ctx, in)
		if errors.Is(err, errUnavailable) {
			return goretry.RetryableError(err)
		}
		return err
	})
}

func badSethvargoEverything(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := goretry.WithMaxRetries(3, goretry.NewExponential(100*time.Millisecond)) // want `retry.Do around pb.PaymentsClient.GetPayment backs off without jitter`
	return goretry.Do(ctx, b, func(ctx context.Context) error {
		_, err := c.GetPayment(ctx, in) // want `retry.Do retries every error of pb.PaymentsClient.GetPayment`
		return goretry.RetryableError(err)
	})
}

// okRetryOnConflict: only 409 Conflict is retried, a read-modify-write
// guarded by the resource version.
func okRetryOnConflict(ctx context.Context, c pb.PaymentsClient, in *pb.ChargeRequest) error {
	return k8sretry.RetryOnConflict(k8sretry.DefaultRetry, func() error {
		_, err := c.Charge(ctx, in)
		return err
	})
}

func badOnErrorAll(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return k8sretry.OnError(k8sretry.DefaultBackoff, func(error) bool { return true }, func() error {
		_, err := c.GetPayment(ctx, in) // want `retry.OnError retries every error of pb.PaymentsClient.GetPayment`
		return err
	})
}

// okOnErrorClassified: the predicate picks the errors to retry.
func okOnErrorClassified(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return k8sretry.OnError(k8sretry.DefaultBackoff, apierrors.IsServiceUnavailable, func() error {
		_, err := c.GetPayment(ctx, in)
		return err
	})
}

func badWaitNoJitter(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	b := wait.Backoff{Duration: time.Second, Factor: 2, Steps: 4} // want `wait.ExponentialBackoffWithContext around pb.PaymentsClient.GetPayment backs off without jitter`
	return wait.ExponentialBackoffWithContext(ctx, b, func(ctx context.Context) (bool, error) {
		_, err := c.GetPayment(ctx, in)
		if errors.Is(err, errUnavailable) {
			return false, nil
		}
		return err == nil, err
	})
}

func badWaitNoContext(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) error {
	return wait.ExponentialBackoff(k8sretry.DefaultBackoff, func() (bool, error) { // want `wait.ExponentialBackoff keeps retrying after ctx is cancelled`
		_, err := c.GetPayment(ctx, in) // want `wait.ExponentialBackoff retries every error of pb.PaymentsClient.GetPayment`
		if err != nil {
			return false, nil
		}
		return true, nil
	})
}
