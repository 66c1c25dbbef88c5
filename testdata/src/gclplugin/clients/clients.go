// Package clients declares a client type that is a network client only
// because the clients setting lists it.
package clients

import "context"

// Store is listed in the clients setting with Load idempotent.
type Store struct{}

// Save stores a value remotely.
func (*Store) Save(ctx context.Context, key, value string) error { return nil }

// Load reads a value remotely.
func (*Store) Load(ctx context.Context, key string) (string, error) { return "", nil }

func badSave(s *Store) error {
	return s.Save(context.Background(), "k", "v") // want `Store.Save is called with context.Background\(\)`
}

// okSave: the context is the caller's, and so is its deadline.
func okSave(ctx context.Context, s *Store) error {
	return s.Save(ctx, "k", "v")
}
