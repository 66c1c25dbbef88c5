// Package use calls the classifiers and wrappers of package lib.
package use

import (
	"context"
	"log"
	"net/http"

	"netoutcome/classifier/lib"
)

type Store struct{}

func (Store) MarkFailed(id string)  {}
func (Store) MarkPending(id string) {}

func badWrapper(ctx context.Context, c *http.Client, s Store, id string) {
	if err := lib.Charge(ctx, c, 10); err != nil {
		s.MarkFailed(id) // want `error from lib.Charge \(wraps http.Client.Do\) \(POST, not idempotent\) is recorded as failed by use.Store.MarkFailed`
	}
}

// okImportedClassifier: lib.IsRetryable carries a classifier fact.
func okImportedClassifier(ctx context.Context, c *http.Client, s Store, id string) {
	if err := lib.Charge(ctx, c, 10); err != nil {
		if lib.IsRetryable(err) {
			s.MarkPending(id)
			return
		}
		s.MarkFailed(id)
	}
}

// okEnum: the enum-returning classifier counts too.
func okEnum(ctx context.Context, c *http.Client, s Store, id string) {
	if err := lib.Charge(ctx, c, 10); err != nil {
		switch lib.KindOf(err) {
		case 2:
			s.MarkFailed(id)
		default:
			s.MarkPending(id)
		}
	}
}

// okAnnotated: lib.Triage is annotated //netlint:classifier.
func okAnnotated(ctx context.Context, c *http.Client, s Store, id string) {
	if err := lib.Charge(ctx, c, 10); err != nil {
		log.Print(lib.Triage(err))
		s.MarkFailed(id)
	}
}

func badNotAClassifier(ctx context.Context, c *http.Client, s Store, id string) {
	if err := lib.Charge(ctx, c, 10); err != nil {
		log.Print(lib.Describe(err))
		s.MarkFailed(id) // want `error from lib.Charge \(wraps http.Client.Do\) \(POST, not idempotent\) is recorded as failed`
	}
}

// okPropagate: the wrapper's error goes up.
func okPropagate(ctx context.Context, c *http.Client) error {
	return lib.Charge(ctx, c, 10)
}

// Method values are followed.
func badMethodValue(ctx context.Context, c *http.Client, req *http.Request, s Store, id string) {
	do := c.Do
	if _, err := do(req); err != nil {
		s.MarkFailed(id) // want `error from http.Client.Do \(idempotency unknown\) is recorded as failed`
	}
}

// Generic code is checked like any other.
func badGeneric[T any](ctx context.Context, c *http.Client, s Store, id string, v T) {
	if err := lib.Charge(ctx, c, 10); err != nil {
		s.MarkFailed(id) // want `error from lib.Charge`
	}
}

// Local classifiers are inferred too.
func isTemporary(err error) bool {
	t, ok := err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// okLocalClassifier uses isTemporary.
func okLocalClassifier(ctx context.Context, c *http.Client, s Store, id string) {
	if err := lib.Charge(ctx, c, 10); err != nil && !isTemporary(err) {
		s.MarkFailed(id)
	}
}
