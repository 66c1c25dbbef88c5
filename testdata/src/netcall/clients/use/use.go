// Package use calls annotated and configured clients.
package use

import (
	"context"
	"net/http"

	"netcall/clients"
)

// Store is configured as a client by the test (idempotent: Load).
type Store struct{}

func (Store) Save(ctx context.Context, v string) error { return nil }
func (Store) Load(ctx context.Context) (string, error) { return "", nil }

func calls(ctx context.Context, p clients.Payments, l clients.Ledger, s Store) {
	p.Charge(ctx, 100)   // want `site clients.Payments.Charge annotation not idempotent`
	p.Get(ctx, "id")     // want `site clients.Payments.Get annotation idempotent`
	l.Post(ctx, "e")     // want `site clients.Ledger.Post annotation not idempotent`
	l.Balance(ctx)       // want `site clients.Ledger.Balance annotation idempotent`
	s.Save(ctx, "v")     // want `site use.Store.Save config not idempotent`
	s.Load(ctx)          // want `site use.Store.Load config idempotent`
	http.Get("http://x") // want `site http.Get catalog safe GET`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://x", nil)
	http.DefaultClient.Do(req) // want `site http.Client.Do catalog not idempotent POST`
	do := http.DefaultClient.Do
	do(req)                                    // want `site http.Client.Do catalog not idempotent POST`
	(*http.Client).Do(http.DefaultClient, req) // want `site http.Client.Do catalog not idempotent POST`
	//netlint:idempotent
	http.DefaultClient.Do(req) // want `site http.Client.Do catalog idempotent POST`
}
