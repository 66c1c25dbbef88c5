package rules

// etcdAPIs lists go.etcd.io/etcd/client/v3. *clientv3.Client embeds the
// KV, Lease, Watcher, Cluster, Auth and Maintenance interfaces, so
// cli.Put resolves to "(go.etcd.io/etcd/client/v3.KV).Put".
//
// Facts read in go.etcd.io/etcd/client/v3 v3.7.3: there is no default
// request timeout; New dials without blocking unless Config.DialOptions has
// grpc.WithBlock, and then DialTimeout bounds it; a unary retry interceptor
// (up to 100 retries, 25ms backoff) retries immutable RPCs (Get) on
// Unavailable, and mutable ones (Put, Delete, Txn) only when no connection
// was available; Txn().Commit applies its Then ops only if every If
// comparison holds; a watch is a stream that needs
// clientv3.WithRequireLeader to notice a partitioned member.
var etcdAPIs = []API{
	{Func: "(*go.etcd.io/etcd/client/v3.Client).Close", Kind: Etcd, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*go.etcd.io/etcd/client/v3.Client).Sync", Kind: Etcd, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(go.etcd.io/etcd/client/v3.KV).Compact", Kind: Etcd, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(go.etcd.io/etcd/client/v3.KV).Delete", Kind: Etcd, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(go.etcd.io/etcd/client/v3.KV).Do", Kind: Etcd, Params: []Role{Ctx, Request}, Idem: Unknown},
	{Func: "(go.etcd.io/etcd/client/v3.KV).Get", Kind: Etcd, Params: []Role{Ctx}, Idem: Safe, Flags: Retries,
		Note: "absence is len(resp.Kvs) == 0, not an error"},
	{Func: "(go.etcd.io/etcd/client/v3.KV).Put", Kind: Etcd, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(go.etcd.io/etcd/client/v3.KV).Txn", Kind: Etcd, Params: []Role{Ctx}, Idem: Cond, Flags: LaterErr,
		Note: "no I/O until Commit, which the context bounds"},
	{Func: "(go.etcd.io/etcd/client/v3.Lease).Grant", Kind: Etcd, Params: []Role{Ctx}, Idem: NonIdem,
		Note: "every call creates a new lease"},
	{Func: "(go.etcd.io/etcd/client/v3.Lease).KeepAlive", Kind: Etcd, Params: []Role{Ctx}, Idem: Idempotent, Flags: Stream},
	{Func: "(go.etcd.io/etcd/client/v3.Lease).KeepAliveOnce", Kind: Etcd, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(go.etcd.io/etcd/client/v3.Lease).Revoke", Kind: Etcd, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(go.etcd.io/etcd/client/v3.Lease).TimeToLive", Kind: Etcd, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(go.etcd.io/etcd/client/v3.Txn).Commit", Kind: Etcd, Idem: Cond, Flags: Commit,
		Note: "conditional when If has comparisons; rpctypes.ErrTimeout leaves the outcome unknown"},
	{Func: "(go.etcd.io/etcd/client/v3.Watcher).Close", Kind: Etcd, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(go.etcd.io/etcd/client/v3.Watcher).Watch", Kind: Etcd, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "go.etcd.io/etcd/client/v3.New", Kind: Etcd, Idem: Safe,
		Note: "blocks only with grpc.WithBlock in Config.DialOptions, bounded by Config.DialTimeout"},
}
