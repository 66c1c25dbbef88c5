// Package lib declares classifiers and wrappers for package use.
package lib

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// IsRetryable inspects the error with net.Error: an inferred classifier.
func IsRetryable(err error) bool { // want IsRetryable:"classifier\\(RT\\|UN\\)"
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// Kind is an enum-like classification result.
type Kind int

// KindOf calls IsRetryable, declared above: classifiers of classifiers
// count.
func KindOf(err error) Kind { // want KindOf:"classifier\\(RT\\|UN\\|OTHER\\)"
	switch {
	case IsRetryable(err):
		return 1
	case errors.Is(err, ErrDeclined):
		return 2
	}
	return 0
}

// ErrDeclined is the package's own sentinel.
var ErrDeclined = errors.New("declined")

// Triage is annotated as a classifier; its body is not examined.
//
//netlint:classifier
func Triage(err error) string { // want Triage:"classifier\\(PF\\|RT\\|FA\\|UN\\|AB\\|CANCEL\\|OTHER\\)"
	return err.Error()
}

// Describe takes an error but does not classify it: no fact.
func Describe(err error) string { return strings.ToUpper(err.Error()) }

// notExported classifies, but only this package can call it: no fact.
func notExported(err error) bool { return errors.Is(err, context.Canceled) }

// Charge wraps a POST and propagates its error: never a finding here,
// and a network call for its callers.
func Charge(ctx context.Context, c *http.Client, amount int) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://pay/charge", strings.NewReader(fmt.Sprint(amount)))
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("charge %d: %w", amount, err)
	}
	return resp.Body.Close()
}

var _ = notExported
