// Package types is a hand-written stub of github.com/aws/aws-sdk-go-v2/service/s3/types.
package types

import "github.com/aws/smithy-go"

type NoSuchKey struct {
	Message           *string
	ErrorCodeOverride *string
}

func (e *NoSuchKey) Error() string { return e.ErrorCode() + ": " + e.ErrorMessage() }

func (e *NoSuchKey) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}

func (e *NoSuchKey) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "NoSuchKey"
	}
	return *e.ErrorCodeOverride
}

func (e *NoSuchKey) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }
