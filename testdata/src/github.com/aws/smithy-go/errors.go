// Package smithy is a hand-written stub of github.com/aws/smithy-go
// (v1.28.9 signatures) for netlint's tests.
package smithy

type APIError interface {
	error
	ErrorCode() string
	ErrorMessage() string
	ErrorFault() ErrorFault
}

type GenericAPIError struct {
	Code    string
	Message string
	Fault   ErrorFault
}

func (e *GenericAPIError) ErrorCode() string      { return e.Code }
func (e *GenericAPIError) ErrorMessage() string   { return e.Message }
func (e *GenericAPIError) ErrorFault() ErrorFault { return e.Fault }
func (e *GenericAPIError) Error() string          { return e.Code + ": " + e.Message }

type OperationError struct {
	ServiceID     string
	OperationName string
	Err           error
}

func (e *OperationError) Service() string   { return e.ServiceID }
func (e *OperationError) Operation() string { return e.OperationName }
func (e *OperationError) Unwrap() error     { return e.Err }
func (e *OperationError) Error() string     { return e.ServiceID + " " + e.OperationName }

type ErrorFault int

const (
	FaultUnknown ErrorFault = iota
	FaultServer
	FaultClient
)

func (f ErrorFault) String() string { return "" }

type CanceledError struct {
	Err error
}

func (*CanceledError) CanceledError() bool { return true }
func (e *CanceledError) Unwrap() error     { return e.Err }
func (e *CanceledError) Error() string     { return "canceled" }
