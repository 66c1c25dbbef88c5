// Package aws is a hand-written stub of github.com/aws/aws-sdk-go-v2/aws
// (v1.48.0 signatures) for netlint's tests.
package aws

import (
	"context"
	"net/http"
	"time"
)

type Config struct {
	Region           string
	HTTPClient       HTTPClient
	RetryMaxAttempts int
	RetryMode        RetryMode
	Retryer          func() Retryer
}

type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

type RetryMode string

const (
	RetryModeStandard RetryMode = "standard"
	RetryModeAdaptive RetryMode = "adaptive"
)

type Retryer interface {
	IsErrorRetryable(error) bool
	MaxAttempts() int
	RetryDelay(attempt int, opErr error) (time.Duration, error)
	GetRetryToken(ctx context.Context, opErr error) (releaseToken func(error) error, err error)
	GetInitialToken() (releaseToken func(error) error)
}

type NopRetryer struct{}

func (NopRetryer) IsErrorRetryable(error) bool { return false }
func (NopRetryer) MaxAttempts() int            { return 1 }
func (NopRetryer) RetryDelay(int, error) (time.Duration, error) {
	return 0, nil
}
func (NopRetryer) GetRetryToken(context.Context, error) (func(error) error, error) {
	return func(error) error { return nil }, nil
}
func (NopRetryer) GetInitialToken() func(error) error { return func(error) error { return nil } }

type Ternary int

const (
	UnknownTernary Ternary = iota
	FalseTernary
	TrueTernary
)

func String(v string) *string { return &v }

func Bool(v bool) *bool { return &v }

func Int32(v int32) *int32 { return &v }

func Int64(v int64) *int64 { return &v }

func ToString(p *string) (v string) {
	if p == nil {
		return ""
	}
	return *p
}
