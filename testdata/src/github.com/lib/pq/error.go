// Package pq is a hand-written stub of github.com/lib/pq (v1.12.3
// signatures) for netlint's tests.
package pq

import "github.com/lib/pq/pqerror"

type Error struct {
	Severity   string
	Code       pqerror.Code
	Message    string
	Detail     string
	Hint       string
	Schema     string
	Table      string
	Column     string
	Constraint string
}

type (
	ErrorCode  = pqerror.Code
	ErrorClass = pqerror.Class
)

func (err *Error) Error() string { return "pq: " + err.Message }

func (err *Error) SQLState() string { return string(err.Code) }

func (err *Error) Fatal() bool { return err.Severity == "FATAL" }
