// Package retry is a hand-written stub of github.com/sethvargo/go-retry
// (v0.5.0 signatures) for netlint's tests.
package retry

import (
	"context"
	"time"
)

type Backoff interface {
	Next() (next time.Duration, stop bool)
}

type BackoffFunc func() (time.Duration, bool)

func (b BackoffFunc) Next() (time.Duration, bool) { return b() }

func NewConstant(t time.Duration) Backoff {
	return BackoffFunc(func() (time.Duration, bool) { return t, false })
}

func NewExponential(base time.Duration) Backoff { return NewConstant(base) }

func NewFibonacci(base time.Duration) Backoff { return NewConstant(base) }

func WithJitter(j time.Duration, next Backoff) Backoff { return next }

func WithJitterPercent(j uint64, next Backoff) Backoff { return next }

func WithFullJitter(next Backoff) Backoff { return next }

func WithMaxRetries(max uint64, next Backoff) Backoff { return next }

func WithCappedDuration(cap time.Duration, next Backoff) Backoff { return next }

func WithMaxDuration(timeout time.Duration, next Backoff) Backoff { return next }

type RetryFunc func(ctx context.Context) error

type RetryFuncValue[T any] func(ctx context.Context) (T, error)

type retryableError struct {
	err error
}

func RetryableError(err error) error {
	if err == nil {
		return nil
	}
	return &retryableError{err}
}

func (e *retryableError) Unwrap() error { return e.err }

func (e *retryableError) Error() string { return "retryable: " + e.err.Error() }

func Do(ctx context.Context, b Backoff, f RetryFunc) error { return f(ctx) }

func DoValue[T any](ctx context.Context, b Backoff, f RetryFuncValue[T]) (T, error) { return f(ctx) }

func Constant(ctx context.Context, t time.Duration, f RetryFunc) error { return f(ctx) }

func Exponential(ctx context.Context, base time.Duration, f RetryFunc) error { return f(ctx) }

func Fibonacci(ctx context.Context, base time.Duration, f RetryFunc) error { return f(ctx) }
