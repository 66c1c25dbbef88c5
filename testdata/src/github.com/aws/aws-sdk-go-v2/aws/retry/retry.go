// Package retry is a hand-written stub of github.com/aws/aws-sdk-go-v2/aws/retry.
package retry

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

const (
	DefaultMaxAttempts int           = 3
	DefaultMaxBackoff  time.Duration = 20 * time.Second
)

type BackoffDelayer interface {
	BackoffDelay(attempt int, err error) (time.Duration, error)
}

type IsErrorRetryable interface {
	IsErrorRetryable(error) aws.Ternary
}

type IsErrorRetryables []IsErrorRetryable

func (r IsErrorRetryables) IsErrorRetryable(err error) aws.Ternary { return aws.UnknownTernary }

type IsErrorTimeout interface {
	IsErrorTimeout(err error) aws.Ternary
}

type IsErrorThrottle interface {
	IsErrorThrottle(error) aws.Ternary
}

type RateLimiter interface {
	GetToken(ctx context.Context, cost uint) (releaseToken func() error, err error)
	AddTokens(uint) error
}

type StandardOptions struct {
	MaxAttempts         int
	MaxBackoff          time.Duration
	Backoff             BackoffDelayer
	Retryables          []IsErrorRetryable
	Timeouts            []IsErrorTimeout
	Throttles           []IsErrorThrottle
	RateLimiter         RateLimiter
	RetryCost           uint
	RetryTimeoutCost    uint
	ThrottlingRetryCost uint
	NoRetryIncrement    uint
	BaseDelay           time.Duration
}

type Standard struct {
	options StandardOptions
}

func NewStandard(fnOpts ...func(*StandardOptions)) *Standard { return &Standard{} }

func (s *Standard) MaxAttempts() int                                         { return s.options.MaxAttempts }
func (s *Standard) IsErrorRetryable(err error) bool                          { return false }
func (s *Standard) RetryDelay(attempt int, err error) (time.Duration, error) { return 0, nil }
func (s *Standard) GetInitialToken() func(error) error                       { return nil }
func (s *Standard) GetRetryToken(ctx context.Context, opErr error) (func(error) error, error) {
	return nil, nil
}

func AddWithMaxAttempts(r aws.Retryer, max int) aws.Retryer { return r }

func AddWithMaxBackoffDelay(r aws.Retryer, delay time.Duration) aws.Retryer { return r }

func AddWithErrorCodes(r aws.Retryer, codes ...string) aws.Retryer { return r }

type MaxAttemptsError struct {
	Attempt int
	Err     error
}

func (e *MaxAttemptsError) Error() string { return "exceeded maximum number of attempts" }
func (e *MaxAttemptsError) Unwrap() error { return e.Err }

type RetryableConnectionError struct{}

func (r RetryableConnectionError) IsErrorRetryable(err error) aws.Ternary { return aws.UnknownTernary }
