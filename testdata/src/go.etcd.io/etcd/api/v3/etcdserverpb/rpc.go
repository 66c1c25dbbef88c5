// Package etcdserverpb is a hand-written stub of go.etcd.io/etcd/api/v3/etcdserverpb.
package etcdserverpb

import "go.etcd.io/etcd/api/v3/mvccpb"

type ResponseHeader struct {
	ClusterId uint64
	MemberId  uint64
	Revision  int64
	RaftTerm  uint64
}

type RangeResponse struct {
	Header *ResponseHeader
	Kvs    []*mvccpb.KeyValue
	More   bool
	Count  int64
}

type PutResponse struct {
	Header *ResponseHeader
	PrevKv *mvccpb.KeyValue
}

type DeleteRangeResponse struct {
	Header  *ResponseHeader
	Deleted int64
	PrevKvs []*mvccpb.KeyValue
}

type ResponseOp struct{}

type TxnResponse struct {
	Header    *ResponseHeader
	Succeeded bool
	Responses []*ResponseOp
}

type CompactionResponse struct {
	Header *ResponseHeader
}

type Compare_CompareResult int32

type Compare_CompareTarget int32

type Compare struct {
	Result Compare_CompareResult
	Target Compare_CompareTarget
	Key    []byte
}

type MemberListResponse struct {
	Header *ResponseHeader
}

type AuthenticateResponse struct {
	Header *ResponseHeader
	Token  string
}

type StatusResponse struct {
	Header  *ResponseHeader
	Version string
}

type LeaseRevokeResponse struct {
	Header *ResponseHeader
}
