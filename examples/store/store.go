// Package store is the service's database access layer.
package store

import (
	"context"
	"database/sql"
)

// Order is a row of the orders table.
type Order struct {
	ID     int64
	Amount int64
}

// Store reads and writes orders.
type Store struct{ db *sql.DB }

// New returns a Store on db.
func New(db *sql.DB) *Store { return &Store{db: db} }

// Pending lists pending orders. The query has no context, so nothing
// bounds it, and a connection lost mid-result looks like the end.
func (s *Store) Pending() ([]Order, error) {
	rows, err := s.db.Query("SELECT id, amount FROM orders WHERE state = 'pending'") // NL-T1: database/sql call without a context
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() { // NL-V6: rows.Err is never checked after the loop
		var o Order
		if err := rows.Scan(&o.ID, &o.Amount); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// PendingContext lists pending orders within ctx and tells a truncated
// result from a complete one.
func (s *Store) PendingContext(ctx context.Context) ([]Order, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, amount FROM orders WHERE state = 'pending'")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Amount); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
