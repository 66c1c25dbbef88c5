package rules

// kafkaAPIs lists github.com/segmentio/kafka-go. kafka.NewReader and a
// Writer literal do no I/O.
//
// Facts read in github.com/segmentio/kafka-go v0.4.51: Writer.RequiredAcks
// defaults to RequireNone (fire-and-forget; kafka.NewWriter alone defaults
// to RequireAll); each produce request is bounded by WriteTimeout (10s by
// default) and retried up to MaxAttempts (10 by default) with backoff
// between WriteBackoffMin and WriteBackoffMax (100ms to 1s); there is no
// idempotent producer, so retries can duplicate messages. Async writers
// report errors only to Completion. kafka.Dial, DialContext, DialLeader
// and DialPartition use DefaultDialer, whose Timeout is 10s; the zero
// Dialer has none. A *kafka.Conn has SetReadDeadline and SetWriteDeadline,
// so its Read and Write are recognised as conn I/O.
var kafkaAPIs = []API{
	{Func: "(*github.com/segmentio/kafka-go.Conn).Close", Kind: Kafka, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/segmentio/kafka-go.Conn).ReadBatch", Kind: ConnIO, Idem: Safe, Flags: Read | LaterErr,
		Note: "errors arrive from Batch.Close; bounded only by the conn's deadlines"},
	{Func: "(*github.com/segmentio/kafka-go.Conn).ReadMessage", Kind: ConnIO, Idem: Safe, Flags: Read},
	{Func: "(*github.com/segmentio/kafka-go.Conn).WriteMessages", Kind: ConnIO, Idem: NonIdem, Flags: Write},
	{Func: "(*github.com/segmentio/kafka-go.Dialer).Dial", Kind: Dial, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx,
		Note: "bounded only by Dialer.Timeout or Dialer.Deadline"},
	{Func: "(*github.com/segmentio/kafka-go.Dialer).DialContext", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe},
	{Func: "(*github.com/segmentio/kafka-go.Dialer).DialLeader", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe},
	{Func: "(*github.com/segmentio/kafka-go.Dialer).DialPartition", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe},
	{Func: "(*github.com/segmentio/kafka-go.Reader).Close", Kind: Kafka, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/segmentio/kafka-go.Reader).CommitMessages", Kind: Kafka, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(*github.com/segmentio/kafka-go.Reader).FetchMessage", Kind: Kafka, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*github.com/segmentio/kafka-go.Reader).ReadMessage", Kind: Kafka, Params: []Role{Ctx}, Idem: Safe, Flags: Stream,
		Note: "with a GroupID it commits the offset before returning: at-most-once processing"},
	{Func: "(*github.com/segmentio/kafka-go.Writer).Close", Kind: Kafka, Idem: Idempotent, Flags: Lifecycle,
		Note: "flushes pending messages"},
	{Func: "(*github.com/segmentio/kafka-go.Writer).WriteMessages", Kind: Kafka, Params: []Role{Ctx}, Idem: NonIdem, Flags: DefaultBound | Retries,
		Note: "each attempt bounded by WriteTimeout (10s), up to MaxAttempts (10); RequiredAcks defaults to RequireNone"},
	{Func: "github.com/segmentio/kafka-go.Dial", Kind: Dial, Params: []Role{Network, Addr}, Idem: Safe, Flags: DefaultBound,
		Note: "takes no context, but DefaultDialer's 10s Timeout bounds it"},
	{Func: "github.com/segmentio/kafka-go.DialContext", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe, Flags: DefaultBound},
	{Func: "github.com/segmentio/kafka-go.DialLeader", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe, Flags: DefaultBound},
	{Func: "github.com/segmentio/kafka-go.DialPartition", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe, Flags: DefaultBound},
}
