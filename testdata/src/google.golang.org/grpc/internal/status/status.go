// Package status is a hand-written stub of google.golang.org/grpc/internal/status.
package status

import "google.golang.org/grpc/codes"

type Status struct {
	code codes.Code
	msg  string
}

func New(c codes.Code, msg string) *Status { return &Status{code: c, msg: msg} }

func (s *Status) Code() codes.Code {
	if s == nil {
		return codes.OK
	}
	return s.code
}

func (s *Status) Message() string {
	if s == nil {
		return ""
	}
	return s.msg
}

func (s *Status) Err() error {
	if s.Code() == codes.OK {
		return nil
	}
	return &Error{s: s}
}

func (s *Status) String() string { return s.Message() }

type Error struct {
	s *Status
}

func (e *Error) Error() string { return e.s.String() }

func (e *Error) GRPCStatus() *Status { return e.s }
