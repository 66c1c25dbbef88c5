// Package mvccpb is a hand-written stub of go.etcd.io/etcd/api/v3/mvccpb.
package mvccpb

type KeyValue struct {
	Key            []byte
	CreateRevision int64
	ModRevision    int64
	Version        int64
	Value          []byte
	Lease          int64
}

type Event_EventType int32

const (
	PUT    Event_EventType = 0
	DELETE Event_EventType = 1
)

type Event struct {
	Type   Event_EventType
	Kv     *KeyValue
	PrevKv *KeyValue
}
