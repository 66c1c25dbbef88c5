// Package validator is a stub of github.com/go-playground/validator/v10
// with the signatures netlint's fixtures use.
package validator

import "context"

// Validate contains the validator settings and cache.
type Validate struct{}

// Option configures a Validate.
type Option func(*Validate)

// New returns a new Validate.
func New(options ...Option) *Validate { return &Validate{} }

// Struct validates a struct's exposed fields.
func (v *Validate) Struct(s interface{}) error { return nil }

// StructCtx validates a struct's exposed fields with a context.
func (v *Validate) StructCtx(ctx context.Context, s interface{}) error { return nil }
