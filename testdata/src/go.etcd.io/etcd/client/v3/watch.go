package clientv3

import (
	"context"

	pb "go.etcd.io/etcd/api/v3/etcdserverpb"
	"go.etcd.io/etcd/api/v3/mvccpb"
)

type Event = mvccpb.Event

type WatchChan <-chan WatchResponse

type WatchResponse struct {
	Header          *pb.ResponseHeader
	Events          []*Event
	CompactRevision int64
	Canceled        bool
	Created         bool
}

func (wr *WatchResponse) Err() error { return nil }

type Watcher interface {
	Watch(ctx context.Context, key string, opts ...OpOption) WatchChan
	RequestProgress(ctx context.Context) error
	Close() error
}
