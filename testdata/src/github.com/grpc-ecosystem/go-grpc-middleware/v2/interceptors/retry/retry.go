// Package retry is a hand-written stub of
// github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/retry
// (v2.3.4 signatures) for netlint's tests.
package retry

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
)

var DefaultRetriableCodes = []codes.Code{codes.ResourceExhausted, codes.Unavailable}

type BackoffFunc func(ctx context.Context, attempt uint) time.Duration

type OnRetryCallback func(ctx context.Context, attempt uint, err error)

type RetriableFunc func(err error) bool

type options struct {
	max            uint
	perCallTimeout time.Duration
	codes          []codes.Code
	backoffFunc    BackoffFunc
}

type CallOption struct {
	grpc.EmptyCallOption
	applyFunc func(opt *options)
}

func Disable() CallOption { return WithMax(0) }

func WithMax(maxRetries uint) CallOption {
	return CallOption{applyFunc: func(o *options) { o.max = maxRetries }}
}

func WithBackoff(bf BackoffFunc) CallOption {
	return CallOption{applyFunc: func(o *options) { o.backoffFunc = bf }}
}

func WithOnRetryCallback(fn OnRetryCallback) CallOption { return CallOption{} }

func WithCodes(retryCodes ...codes.Code) CallOption {
	return CallOption{applyFunc: func(o *options) { o.codes = retryCodes }}
}

func WithPerRetryTimeout(timeout time.Duration) CallOption {
	return CallOption{applyFunc: func(o *options) { o.perCallTimeout = timeout }}
}

func WithRetriable(retriableFunc RetriableFunc) CallOption { return CallOption{} }

func BackoffLinear(waitBetween time.Duration) BackoffFunc {
	return func(ctx context.Context, attempt uint) time.Duration { return waitBetween }
}

func BackoffLinearWithJitter(waitBetween time.Duration, jitterFraction float64) BackoffFunc {
	return BackoffLinear(waitBetween)
}

func BackoffExponential(scalar time.Duration) BackoffFunc {
	return func(ctx context.Context, attempt uint) time.Duration { return scalar << attempt }
}

func BackoffExponentialWithJitter(scalar time.Duration, jitterFraction float64) BackoffFunc {
	return BackoffExponential(scalar)
}

func UnaryClientInterceptor(optFuncs ...CallOption) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		return invoker(ctx, method, req, reply, cc, opts...)
	}
}

func StreamClientInterceptor(optFuncs ...CallOption) grpc.StreamClientInterceptor {
	return func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		return streamer(ctx, desc, cc, method, opts...)
	}
}
