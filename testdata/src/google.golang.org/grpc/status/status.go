// Package status is a hand-written stub of google.golang.org/grpc/status.
package status

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/internal/status"
)

type Status = status.Status

func New(c codes.Code, msg string) *Status { return status.New(c, msg) }

func Newf(c codes.Code, format string, a ...any) *Status { return status.New(c, format) }

func Error(c codes.Code, msg string) error { return status.New(c, msg).Err() }

func Errorf(c codes.Code, format string, a ...any) error { return status.New(c, format).Err() }

func FromError(err error) (s *Status, ok bool) { return nil, false }

func Convert(err error) *Status { return nil }

func Code(err error) codes.Code { return codes.Unknown }

func FromContextError(err error) *Status { return nil }
