package rules

import "sync"

// ctorAPIs lists functions that build clients or requests without doing
// I/O (rules.md §2, item 4). They are not network calls, but analyzers
// that follow a client or request to its construction can look them up
// with [Constructor]. Kind is the kind of the calls the result makes;
// Flags say what those calls inherit (Retries, DefaultBound).
var ctorAPIs = []API{
	{Func: "(*github.com/nats-io/nats.go.Conn).JetStream", Kind: NATS, Flags: DefaultBound},
	{Func: "database/sql.Open", Kind: SQL, Note: "validates the arguments only; connects on first use"},
	{Func: "database/sql.OpenDB", Kind: SQL},
	{Func: "github.com/aws/aws-sdk-go-v2/config.LoadDefaultConfig", Kind: AWS, Params: []Role{Ctx}, Flags: Retries,
		Note: "reads environment and shared files; credentials are fetched lazily"},
	{Func: "github.com/aws/aws-sdk-go-v2/service/ec2.NewFromConfig", Kind: AWS, Flags: Retries},
	{Func: "github.com/aws/aws-sdk-go-v2/service/s3.NewFromConfig", Kind: AWS, Flags: Retries},
	{Func: "github.com/aws/aws-sdk-go-v2/service/sqs.NewFromConfig", Kind: AWS, Flags: Retries},
	{Func: "github.com/hashicorp/go-retryablehttp.NewClient", Kind: HTTP, Flags: Retries},
	{Func: "github.com/hashicorp/go-retryablehttp.NewRequest", Kind: HTTP, Params: []Role{Method, Addr, Body}},
	{Func: "github.com/hashicorp/go-retryablehttp.NewRequestWithContext", Kind: HTTP, Params: []Role{Ctx, Method, Addr, Body}},
	{Func: "github.com/jackc/pgx/v5/pgxpool.New", Kind: SQL, Params: []Role{Ctx},
		Note: "connects lazily unless MinConns > 0, and then in the background"},
	{Func: "github.com/jackc/pgx/v5/pgxpool.NewWithConfig", Kind: SQL, Params: []Role{Ctx}},
	{Func: "github.com/nats-io/nats.go/jetstream.New", Kind: NATS, Flags: DefaultBound},
	{Func: "github.com/redis/go-redis/v9.NewClient", Kind: Redis, Flags: DefaultBound | Retries},
	{Func: "github.com/segmentio/kafka-go.NewReader", Kind: Kafka, Flags: Stream},
	{Func: "go.mongodb.org/mongo-driver/v2/mongo.Connect", Kind: Mongo, Flags: Retries,
		Note: "does not contact the deployment; Client.Ping does"},
	{Func: "google.golang.org/grpc.NewClient", Kind: GRPC, Params: []Role{Addr},
		Note: "connects lazily, on the first RPC or Connect"},
	{Func: "net/http.NewRequest", Kind: HTTP, Params: []Role{Method, Addr, Body},
		Note: "the request carries context.Background"},
	{Func: "net/http.NewRequestWithContext", Kind: HTTP, Params: []Role{Ctx, Method, Addr, Body}},
	{Func: "net/rpc.NewClient", Kind: RPC, Params: []Role{Conn}},
}

var (
	ctorOnce  sync.Once
	ctorIndex map[string]*API
)

// Constructor returns the entry for a function, keyed like [Lookup], that
// builds a client or a request without doing I/O, or nil.
func Constructor(full string) *API {
	ctorOnce.Do(func() {
		ctorIndex = make(map[string]*API, len(ctorAPIs))
		for i := range ctorAPIs {
			ctorIndex[ctorAPIs[i].Func] = &ctorAPIs[i]
		}
	})
	return ctorIndex[full]
}
