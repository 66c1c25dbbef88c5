// Package clients declares annotated clients.
package clients

import "context"

// Payments is a remote payments service.
//
//netlint:client
type Payments interface { // want Payments:`client\(idempotent=Get\)`
	Charge(ctx context.Context, cents int) (string, error)
	//netlint:idempotent
	Get(ctx context.Context, id string) (string, error)
}

// Ledger is a concrete client type.
//
//netlint:client
type Ledger struct{} // want Ledger:`client\(idempotent=Balance\)`

// Post posts an entry: not idempotent.
func (Ledger) Post(ctx context.Context, entry string) error { return nil }

// Balance reads.
//
//netlint:idempotent
func (Ledger) Balance(ctx context.Context) (int, error) { return 0, nil } // want Balance:`annot=idempotent`
