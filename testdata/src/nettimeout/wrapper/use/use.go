// Package use calls the wrappers of package lib.
package use

import (
	"context"
	"net/http"
	"time"

	"nettimeout/wrapper/lib"
)

func badBackgroundThroughWrapper(url string) error {
	return lib.FetchJSON(context.Background(), url) // want `lib.FetchJSON receives context.Background\(\), which reaches http.Client.Do with no deadline`
}

func badTODOThroughMethod(c *lib.Client) error {
	return c.Get(context.TODO(), "/x") // want `lib.Client.Get receives context.TODO\(\), which reaches http.Client.Do with no deadline`
}

// okBounded: lib.Bounded sets its own deadline.
func okBounded(url string) error {
	return lib.Bounded(context.Background(), url)
}

// okDeadline: the wrapper gets a context with a deadline.
func okDeadline(url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	return lib.FetchJSON(ctx, url)
}

// okParam: the caller's context; the obligation moves up again.
func okParam(ctx context.Context, url string) error {
	return lib.FetchJSON(ctx, url)
}

func badHandler(w http.ResponseWriter, r *http.Request) {
	if err := lib.FetchJSON(context.Background(), "http://svc/x"); err != nil { // want `lib.FetchJSON uses a context from context.Background although the caller's r.Context\(\) is available`
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func badHandlerTimeoutFromBackground(ctx context.Context, url string) error {
	ctx2, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return lib.FetchJSON(ctx2, url) // want `lib.FetchJSON uses a context from context.Background although the caller's ctx is available`
}

// okDetached: deliberately detached from the caller, with a deadline.
func okDetached(ctx context.Context, url string) error {
	ctx2, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	return lib.FetchJSON(ctx2, url)
}

// okGoroutine: work started in a new goroutine outlives the request on
// purpose; it has its own deadline, so neither NL-T1 nor NL-T5 applies.
func okGoroutine(ctx context.Context, url string) {
	go func() {
		ctx2, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_ = lib.FetchJSON(ctx2, url)
	}()
}

// okAnnotatedDetached: the author says so.
//
//netlint:detached
func okAnnotatedDetached(ctx context.Context, url string) error {
	ctx2, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return lib.FetchJSON(ctx2, url)
}

func badSendThroughMethodValue(url string) error {
	send := lib.Send
	return send(context.Background(), "POST", url) // want `lib.Send receives context.Background\(\), which reaches http.Client.Do with no deadline`
}

func badNoContextVariant(url string) error {
	return lib.FetchAll(url) // want `lib.FetchAll has no timeout and takes no context, so nothing bounds its wait; use lib.FetchAllContext with a context that has a deadline`
}

func begin(s *lib.Store) error {
	tx, err := s.Begin() // want `lib.Store.Begin has no timeout and takes no context`
	if err != nil {
		return err
	}
	return tx.Rollback()
}
