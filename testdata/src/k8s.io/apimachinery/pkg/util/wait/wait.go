// Package wait is a hand-written stub of k8s.io/apimachinery/pkg/util/wait
// (v0.37.2 signatures) for netlint's tests.
package wait

import (
	"context"
	"time"
)

type Backoff struct {
	Duration time.Duration
	Factor   float64
	Jitter   float64
	Steps    int
	Cap      time.Duration
}

type ConditionFunc func() (done bool, err error)

type ConditionWithContextFunc func(context.Context) (done bool, err error)

func ExponentialBackoff(backoff Backoff, condition ConditionFunc) error {
	_, err := condition()
	return err
}

func ExponentialBackoffWithContext(ctx context.Context, backoff Backoff, condition ConditionWithContextFunc) error {
	_, err := condition(ctx)
	return err
}

func PollUntilContextTimeout(ctx context.Context, interval, timeout time.Duration, immediate bool, condition ConditionWithContextFunc) error {
	_, err := condition(ctx)
	return err
}

func Poll(interval, timeout time.Duration, condition ConditionFunc) error {
	_, err := condition()
	return err
}

func Until(f func(), period time.Duration, stopCh <-chan struct{}) { f() }

func UntilWithContext(ctx context.Context, f func(context.Context), period time.Duration) { f(ctx) }

func Forever(f func(), period time.Duration) { f() }

func JitterUntil(f func(), period time.Duration, jitterFactor float64, sliding bool, stopCh <-chan struct{}) {
	f()
}
