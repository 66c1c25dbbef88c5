// Package rpctypes is a hand-written stub of go.etcd.io/etcd/api/v3/v3rpc/rpctypes.
package rpctypes

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

var (
	ErrGRPCCompacted                  = status.Error(codes.OutOfRange, "etcdserver: mvcc: required revision has been compacted")
	ErrGRPCNoLeader                   = status.Error(codes.Unavailable, "etcdserver: no leader")
	ErrGRPCTooManyRequests            = status.Error(codes.ResourceExhausted, "etcdserver: too many requests")
	ErrGRPCTimeout                    = status.Error(codes.Unavailable, "etcdserver: request timed out")
	ErrGRPCTimeoutDueToLeaderFail     = status.Error(codes.Unavailable, "etcdserver: request timed out, possibly due to previous leader failure")
	ErrGRPCTimeoutDueToConnectionLost = status.Error(codes.Unavailable, "etcdserver: request timed out, possibly due to connection lost")
	ErrGRPCPermissionDenied           = status.Error(codes.PermissionDenied, "etcdserver: permission denied")
)

var (
	ErrCompacted                  = Error(ErrGRPCCompacted)
	ErrNoLeader                   = Error(ErrGRPCNoLeader)
	ErrTooManyRequests            = Error(ErrGRPCTooManyRequests)
	ErrTimeout                    = Error(ErrGRPCTimeout)
	ErrTimeoutDueToLeaderFail     = Error(ErrGRPCTimeoutDueToLeaderFail)
	ErrTimeoutDueToConnectionLost = Error(ErrGRPCTimeoutDueToConnectionLost)
	ErrPermissionDenied           = Error(ErrGRPCPermissionDenied)
)

type EtcdError struct {
	code codes.Code
	desc string
}

func (e EtcdError) Code() codes.Code { return e.code }

func (e EtcdError) Error() string { return e.desc }

func Error(err error) error {
	if err == nil {
		return nil
	}
	return EtcdError{code: status.Code(err), desc: ErrorDesc(err)}
}

func ErrorDesc(err error) string {
	if s, ok := status.FromError(err); ok {
		return s.Message()
	}
	return err.Error()
}
