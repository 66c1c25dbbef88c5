package rules

// natsAPIs lists github.com/nats-io/nats.go and its jetstream package.
//
// Facts read in github.com/nats-io/nats.go v1.55.0: Connect dials at once,
// bounded by Options.Timeout (2s by default); core Publish only buffers, so
// a nil error does not mean delivery; Flush waits at most 10s; Request and
// NextMsg take an explicit timeout; the legacy JetStreamContext waits 5s
// for a publish acknowledgement, and jetstream API calls get a 5s timeout
// when their context has no deadline; a JetStream publish is deduplicated
// by its message ID (nats.MsgId, jetstream.WithMsgID) within the stream's
// duplicate window.
var natsAPIs = []API{
	{Func: "(*github.com/nats-io/nats.go.Conn).ChanSubscribe", Kind: NATS, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/nats-io/nats.go.Conn).Close", Kind: NATS, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/nats-io/nats.go.Conn).Drain", Kind: NATS, Idem: Idempotent, Flags: Lifecycle,
		Note: "bounded by Options.DrainTimeout (30s by default)"},
	{Func: "(*github.com/nats-io/nats.go.Conn).Flush", Kind: NATS, Idem: Safe, Flags: DefaultBound,
		Note: "waits at most 10s for the server's PONG"},
	{Func: "(*github.com/nats-io/nats.go.Conn).FlushTimeout", Kind: NATS, Params: []Role{Timeout}, Idem: Safe},
	{Func: "(*github.com/nats-io/nats.go.Conn).FlushWithContext", Kind: NATS, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/nats-io/nats.go.Conn).Publish", Kind: NATS, Params: []Role{Other, Body}, Idem: NonIdem,
		Note: "buffers and returns; delivery is not confirmed without Flush or JetStream"},
	{Func: "(*github.com/nats-io/nats.go.Conn).PublishMsg", Kind: NATS, Params: []Role{Request}, Idem: NonIdem},
	{Func: "(*github.com/nats-io/nats.go.Conn).QueueSubscribe", Kind: NATS, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/nats-io/nats.go.Conn).Request", Kind: NATS, Params: []Role{Other, Body, Timeout}, Idem: Unknown,
		Note: "nats.ErrNoResponders means nobody received it; nats.ErrTimeout leaves the outcome unknown"},
	{Func: "(*github.com/nats-io/nats.go.Conn).RequestMsg", Kind: NATS, Params: []Role{Request, Timeout}, Idem: Unknown},
	{Func: "(*github.com/nats-io/nats.go.Conn).RequestMsgWithContext", Kind: NATS, Params: []Role{Ctx, Request}, Idem: Unknown},
	{Func: "(*github.com/nats-io/nats.go.Conn).RequestWithContext", Kind: NATS, Params: []Role{Ctx, Other, Body}, Idem: Unknown},
	{Func: "(*github.com/nats-io/nats.go.Conn).Subscribe", Kind: NATS, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/nats-io/nats.go.Conn).SubscribeSync", Kind: NATS, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/nats-io/nats.go.Subscription).Drain", Kind: NATS, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/nats-io/nats.go.Subscription).NextMsg", Kind: NATS, Params: []Role{Timeout}, Idem: Safe},
	{Func: "(*github.com/nats-io/nats.go.Subscription).NextMsgWithContext", Kind: NATS, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/nats-io/nats.go.Subscription).Unsubscribe", Kind: NATS, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(github.com/nats-io/nats.go.JetStream).Publish", Kind: NATS, Params: []Role{Other, Body}, Idem: Token, Flags: DefaultBound,
		Note: "idempotent when nats.MsgId gives the same ID on every attempt"},
	{Func: "(github.com/nats-io/nats.go.JetStream).PublishMsg", Kind: NATS, Params: []Role{Request}, Idem: Token, Flags: DefaultBound},
	{Func: "(github.com/nats-io/nats.go/jetstream.Consumer).Consume", Kind: NATS, Idem: Safe, Flags: Stream},
	{Func: "(github.com/nats-io/nats.go/jetstream.Consumer).Fetch", Kind: NATS, Idem: Safe, Flags: DefaultBound,
		Note: "waits up to 30s by default (FetchMaxWait); fetched messages count as delivered until acknowledged"},
	{Func: "(github.com/nats-io/nats.go/jetstream.Consumer).Messages", Kind: NATS, Idem: Safe, Flags: Stream},
	{Func: "(github.com/nats-io/nats.go/jetstream.Consumer).Next", Kind: NATS, Idem: Safe, Flags: DefaultBound},
	{Func: "(github.com/nats-io/nats.go/jetstream.Publisher).Publish", Kind: NATS, Params: []Role{Ctx, Other, Body}, Idem: Token, Flags: DefaultBound,
		Note: "idempotent when jetstream.WithMsgID gives the same ID on every attempt"},
	{Func: "(github.com/nats-io/nats.go/jetstream.Publisher).PublishMsg", Kind: NATS, Params: []Role{Ctx, Request}, Idem: Token, Flags: DefaultBound},
	{Func: "github.com/nats-io/nats.go.Connect", Kind: NATS, Params: []Role{Addr}, Idem: Safe, Flags: DefaultBound},
}
