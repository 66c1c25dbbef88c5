// Package retry is a hand-written stub of github.com/avast/retry-go/v4
// (v4.7.0 signatures) for netlint's tests.
package retry

import (
	"context"
	"errors"
	"time"
)

type RetryIfFunc func(error) bool

type OnRetryFunc func(attempt uint, err error)

type DelayTypeFunc func(n uint, err error, config *Config) time.Duration

type Config struct {
	attempts  uint
	delay     time.Duration
	maxDelay  time.Duration
	maxJitter time.Duration
	onRetry   OnRetryFunc
	retryIf   RetryIfFunc
	delayType DelayTypeFunc
	context   context.Context
}

type Option func(*Config)

func LastErrorOnly(lastErrorOnly bool) Option { return func(c *Config) {} }

func Attempts(attempts uint) Option { return func(c *Config) { c.attempts = attempts } }

func UntilSucceeded() Option { return func(c *Config) { c.attempts = 0 } }

func Delay(delay time.Duration) Option { return func(c *Config) { c.delay = delay } }

func MaxDelay(maxDelay time.Duration) Option { return func(c *Config) { c.maxDelay = maxDelay } }

func MaxJitter(maxJitter time.Duration) Option { return func(c *Config) { c.maxJitter = maxJitter } }

func DelayType(delayType DelayTypeFunc) Option { return func(c *Config) { c.delayType = delayType } }

func BackOffDelay(n uint, _ error, config *Config) time.Duration { return config.delay << n }

func FixedDelay(_ uint, _ error, config *Config) time.Duration { return config.delay }

func RandomDelay(_ uint, _ error, config *Config) time.Duration { return config.maxJitter / 2 }

func CombineDelay(delays ...DelayTypeFunc) DelayTypeFunc {
	return func(n uint, err error, config *Config) time.Duration {
		var total time.Duration
		for _, delay := range delays {
			total += delay(n, err, config)
		}
		return total
	}
}

func OnRetry(onRetry OnRetryFunc) Option { return func(c *Config) { c.onRetry = onRetry } }

func RetryIf(retryIf RetryIfFunc) Option { return func(c *Config) { c.retryIf = retryIf } }

func Context(ctx context.Context) Option { return func(c *Config) { c.context = ctx } }

type RetryableFunc func() error

type RetryableFuncWithData[T any] func() (T, error)

func Do(retryableFunc RetryableFunc, opts ...Option) error { return retryableFunc() }

func DoWithData[T any](retryableFunc RetryableFuncWithData[T], opts ...Option) (T, error) {
	return retryableFunc()
}

type Error []error

func (e Error) Error() string { return "All attempts fail" }

type unrecoverableError struct {
	error
}

func (e unrecoverableError) Unwrap() error { return e.error }

func Unrecoverable(err error) error { return unrecoverableError{err} }

func IsRecoverable(err error) bool { return !errors.Is(err, unrecoverableError{}) }

func (unrecoverableError) Is(err error) bool {
	_, isUnrecoverable := err.(unrecoverableError)
	return isUnrecoverable
}
