package clientv3

import (
	"context"

	pb "go.etcd.io/etcd/api/v3/etcdserverpb"
	"go.etcd.io/etcd/api/v3/mvccpb"
)

type (
	CompactResponse pb.CompactionResponse
	PutResponse     pb.PutResponse
	GetResponse     pb.RangeResponse
	GetStreamChan   <-chan RangeStreamResponse
	DeleteResponse  pb.DeleteRangeResponse
	TxnResponse     pb.TxnResponse
)

type RangeStreamResponse struct {
	Kvs []*mvccpb.KeyValue
	Err error
}

type KV interface {
	Put(ctx context.Context, key, val string, opts ...OpOption) (*PutResponse, error)
	Get(ctx context.Context, key string, opts ...OpOption) (*GetResponse, error)
	GetStream(ctx context.Context, key string, opts ...OpOption) (GetStreamChan, error)
	Delete(ctx context.Context, key string, opts ...OpOption) (*DeleteResponse, error)
	Compact(ctx context.Context, rev int64, opts ...CompactOption) (*CompactResponse, error)
	Do(ctx context.Context, op Op) (OpResponse, error)
	Txn(ctx context.Context) Txn
}

type OpResponse struct {
	put *PutResponse
	get *GetResponse
	del *DeleteResponse
	txn *TxnResponse
}

func (op OpResponse) Put() *PutResponse    { return op.put }
func (op OpResponse) Get() *GetResponse    { return op.get }
func (op OpResponse) Del() *DeleteResponse { return op.del }
func (op OpResponse) Txn() *TxnResponse    { return op.txn }

type CompactOp struct{}

type CompactOption func(*CompactOp)

type Txn interface {
	If(cs ...Cmp) Txn
	Then(ops ...Op) Txn
	Else(ops ...Op) Txn
	Commit() (*TxnResponse, error)
}

type Op struct {
	key []byte
	val []byte
	rev int64
}

type OpOption func(*Op)

func OpGet(key string, opts ...OpOption) Op { return Op{key: []byte(key)} }

func OpDelete(key string, opts ...OpOption) Op { return Op{key: []byte(key)} }

func OpPut(key, val string, opts ...OpOption) Op { return Op{key: []byte(key), val: []byte(val)} }

func WithLease(leaseID LeaseID) OpOption { return func(op *Op) {} }

func WithRev(rev int64) OpOption { return func(op *Op) { op.rev = rev } }

func WithPrefix() OpOption { return func(op *Op) {} }

type Cmp struct {
	c *pb.Compare
}

func Compare(cmp Cmp, result string, v any) Cmp { return cmp }

func Value(key string) Cmp { return Cmp{c: &pb.Compare{Key: []byte(key)}} }

func Version(key string) Cmp { return Cmp{c: &pb.Compare{Key: []byte(key)}} }

func CreateRevision(key string) Cmp { return Cmp{c: &pb.Compare{Key: []byte(key)}} }

func ModRevision(key string) Cmp { return Cmp{c: &pb.Compare{Key: []byte(key)}} }
