package rules

// RuleDoc is the part of a rule's documentation that the analyzers' doc
// comments do not carry. internal/docgen builds docs/rules/<ID>.md from
// it, from [Rules] and from the doc comment of the reporting analyzer.
type RuleDoc struct {
	// Failure says what goes wrong in production when the rule is broken.
	Failure string
	// Bad and Good are Go source: top-level declarations, optionally
	// after an import declaration, without a package clause. Each line of
	// Bad that is reported ends with the comment "// <ID>". The
	// documentation tests type-check both against the standard library
	// and the stubs in testdata/src, run the analyzers on them, and
	// require exactly the marked lines of Bad, and nothing in Good.
	Bad, Good string
	// NotReported names the rule's deliberate exceptions, beyond those of
	// the whole analyzer.
	NotReported string
}

// Docs holds the documentation of each rule in [Rules], by ID.
var Docs = map[string]RuleDoc{
	"NL-D1": {
		Failure: `A //netlint:ignore directive without a reason, naming an unknown rule, or a misspelt annotation silences nothing, so the finding it was meant for stays, or, worse, an annotation such as //netlint:idempotent meant as evidence is ignored without a word.`,
		Bad: `import "net/http"

func fetch(url string) (*http.Response, error) {
	//netlint:ignore NL-T1 // NL-D1
	return http.Get(url) // NL-T1
}`,
		Good: `import (
	"context"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

func fetch(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return client.Do(req)
}`,
		NotReported: `Comments that do not start with //netlint: exactly (a space after // makes an ordinary comment).`,
	},

	"NL-T1": {
		Failure: `A call that nothing bounds waits as long as the peer, the network or a load balancer lets it: a black-holed connection holds the goroutine, the connection and whatever the caller locked, and a slow dependency turns into a pile-up of stuck requests. Go's defaults are unbounded: http.DefaultClient, the zero http.Client, net.Dial, a gRPC call without a deadline.`,
		Bad: `import "net/http"

func fetch(url string) (*http.Response, error) {
	return http.Get(url) // NL-T1
}`,
		Good: `import (
	"context"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

func fetch(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return client.Do(req)
}`,
		NotReported: `Calls through a client with a Timeout, or with a request context that has a deadline (context.WithTimeout, even on context.Background()).`,
	},

	"NL-T2": {
		Failure: `A client built without timeouts makes every call through it unbounded, wherever it is used, and the mistake is far from the calls. A zero http.Transport has no dial or TLS-handshake limit at all, unlike http.DefaultTransport.`,
		Bad: `import "net/http"

var client = &http.Client{} // NL-T2`,
		Good: `import (
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}`,
		NotReported: `Timeouts set from configuration values (netlint does not evaluate them); fields assigned after the literal in the same package; streaming clients whose transport sets ResponseHeaderTimeout and dial and TLS timeouts instead of Client.Timeout, which would also cut long bodies.`,
	},

	"NL-T3": {
		Failure: `A read on a connection with no deadline blocks until the peer writes or the kernel gives up on the connection, which can take hours. net.DialTimeout bounds only the connect, not the reads and writes that follow.`,
		Bad: `import (
	"bufio"
	"net"
	"time"
)

func ping(addr string) (string, error) {
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if _, err := conn.Write([]byte("PING\r\n")); err != nil { // NL-T3
		return "", err
	}
	return bufio.NewReader(conn).ReadString('\n')
}`,
		Good: `import (
	"bufio"
	"net"
	"time"
)

func ping(addr string) (string, error) {
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
		return "", err
	}
	if _, err := conn.Write([]byte("PING\r\n")); err != nil {
		return "", err
	}
	return bufio.NewReader(conn).ReadString('\n')
}`,
		NotReported: `Connections received as parameters (their owner sets the deadlines); connections closed by a context (context.AfterFunc, or a goroutine that waits on ctx.Done and closes them).`,
	},

	"NL-T4": {
		Failure: `A server without a read-header or read timeout lets any client hold a connection and a goroutine for as long as it likes by sending the request slowly (Slowloris); enough of them exhaust file descriptors and memory. http.ListenAndServe uses a zero http.Server, which has no timeouts and no way to set them.`,
		Bad: `import "net/http"

func serve(h http.Handler) error {
	return http.ListenAndServe(":8080", h) // NL-T4
}`,
		Good: `import (
	"net/http"
	"time"
)

func serve(h http.Handler) error {
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       time.Minute,
	}
	return srv.ListenAndServe()
}`,
		NotReported: `WriteTimeout: a global write timeout breaks streaming responses, and per-handler deadlines (http.ResponseController, http.TimeoutHandler) are the better tool.`,
	},

	"NL-T5": {
		Failure: `Work done for a request that starts from context.Background() outlives the request: when the caller gives up or its deadline passes, the downstream calls go on, holding connections and doing work nobody will read, and a retrying caller multiplies it.`,
		Bad: `import (
	"context"
	"time"

	"example.com/pb"
)

type server struct{ payments pb.PaymentsClient }

func (s *server) lookup(ctx context.Context, id string) (*pb.Payment, error) {
	ctx2, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.payments.GetPayment(ctx2, &pb.GetPaymentRequest{PaymentId: id}) // NL-T5
}`,
		Good: `import (
	"context"
	"time"

	"example.com/pb"
)

type server struct{ payments pb.PaymentsClient }

func (s *server) lookup(ctx context.Context, id string) (*pb.Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return s.payments.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id})
}`,
		NotReported: `Work deliberately detached with context.WithoutCancel (and its own deadline) or annotated //netlint:detached; work started in a new goroutine; startup and shutdown paths.`,
	},

	"NL-T6": {
		Failure: `Retries that ignore the caller's deadline keep going after the caller has given up: the total time is attempts × timeout plus the waits, and time.Sleep between attempts cannot be interrupted when the caller is cancelled.`,
		Bad: `import (
	"context"
	"math/rand/v2"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *pb.Payment
		if p, err = c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}); err == nil {
			return p, nil
		}
		if status.Code(err) != codes.Unavailable {
			return nil, err
		}
		time.Sleep(100*time.Millisecond + rand.N(100*time.Millisecond)) // NL-T6
	}
	return nil, err
}`,
		Good: `import (
	"context"
	"math/rand/v2"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *pb.Payment
		if p, err = c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}); err == nil {
			return p, nil
		}
		if status.Code(err) != codes.Unavailable {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100*time.Millisecond + rand.N(100*time.Millisecond)):
		}
	}
	return nil, err
}`,
		NotReported: `Retries in functions that have no context to honour; per-attempt contexts derived from the caller's.`,
	},

	"NL-T7": {
		Failure: `grpc.WaitForReady(true) and grpc.WithBlock make a call wait until a connection is ready instead of failing fast; with no deadline, a backend that never comes up blocks the caller forever.`,
		Bad: `import (
	"context"

	"google.golang.org/grpc"

	"example.com/pb"
)

func hello(c pb.GreeterClient) (*pb.HelloReply, error) {
	return c.SayHello(context.Background(), &pb.HelloRequest{Name: "x"}, grpc.WaitForReady(true)) // NL-T7
}`,
		Good: `import (
	"context"
	"time"

	"google.golang.org/grpc"

	"example.com/pb"
)

func hello(c pb.GreeterClient) (*pb.HelloReply, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return c.SayHello(ctx, &pb.HelloRequest{Name: "x"}, grpc.WaitForReady(true))
}`,
		NotReported: `Calls whose context comes from the caller, who owns the deadline.`,
	},

	"NL-O1": {
		Failure: `A dropped error from a network call turns every failure, including the ones where the request may have been applied, into silent success: the caller moves on with state that does not match the server's, and nothing shows up in logs or metrics.`,
		Bad: `import (
	"context"
	"database/sql"
)

func touch(ctx context.Context, db *sql.DB, id int64) {
	db.ExecContext(ctx, "UPDATE sessions SET seen = now() WHERE id = $1", id) // NL-O1
}`,
		Good: `import (
	"context"
	"database/sql"
)

func touch(ctx context.Context, db *sql.DB, id int64) error {
	_, err := db.ExecContext(ctx, "UPDATE sessions SET seen = now() WHERE id = $1", id)
	return err
}`,
		NotReported: `Close, Flush and other lifecycle calls; calls in go and defer statements; calls annotated //netlint:fireandforget; telemetry exporters; reads, whose errors are NL-V3's.`,
	},

	"NL-O2": {
		Failure: `Callers classify errors with errors.Is and errors.As. Wrapping with %v or errors.New flattens the error to text and cuts the chain, so a timeout upstream can no longer be told from a rejection, and comparisons that ignore the library's own wrapping (every http.Client.Do error is a *url.Error) are never true.`,
		Bad: `import (
	"context"
	"database/sql"
	"fmt"
)

func name(ctx context.Context, db *sql.DB, id int64) (string, error) {
	var n string
	if err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&n); err != nil {
		return "", fmt.Errorf("user %d: %v", id, err) // NL-O2
	}
	return n, nil
}`,
		Good: `import (
	"context"
	"database/sql"
	"fmt"
)

func name(ctx context.Context, db *sql.DB, id int64) (string, error) {
	var n string
	if err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&n); err != nil {
		return "", fmt.Errorf("user %d: %w", id, err)
	}
	return n, nil
}`,
		NotReported: `== comparisons with sentinels an API documents as returned unwrapped (io.EOF from Read or Recv, sql.ErrNoRows from Row.Scan, redis.Nil from a command).`,
	},

	"NL-O3": {
		Failure: `When a call with side effects fails with a timeout or a reset, nobody knows whether it took effect. Recording it as failed, compensating, or trying another write path on any error charges twice, refunds what was never charged, or writes twice.`,
		Bad: `import (
	"context"

	"example.com/pb"
)

type orders interface {
	MarkFailed(ctx context.Context, id string) error
}

func charge(ctx context.Context, pay pb.PaymentsClient, o orders, id string, cents int64) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{AccountId: id, Cents: cents}); err != nil {
		o.MarkFailed(ctx, id) // NL-O3
		return err
	}
	return nil
}`,
		Good: `import (
	"context"
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

type orders interface {
	MarkFailed(ctx context.Context, id string) error
}

func charge(ctx context.Context, pay pb.PaymentsClient, o orders, id string, cents int64) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{AccountId: id, Cents: cents}); err != nil {
		if status.Code(err) == codes.InvalidArgument {
			return o.MarkFailed(ctx, id)
		}
		return fmt.Errorf("charge %s: outcome unknown: %w", id, err)
	}
	return nil
}`,
		NotReported: `Read-only and idempotent calls; errors that are returned (the caller decides); retries, which are NL-R1's.`,
	},

	"NL-O4": {
		Failure: `Treating any error of a cache read as a miss turns an outage of the cache into a stampede on the database behind it, exactly when the system is under stress, and hides the outage.`,
		Bad: `import (
	"context"

	"github.com/redis/go-redis/v9"
)

func price(ctx context.Context, rdb *redis.Client, sku string, load func(context.Context, string) (string, error)) (string, error) {
	v, err := rdb.Get(ctx, "price:"+sku).Result()
	if err != nil { // NL-O4
		return load(ctx, sku)
	}
	return v, nil
}`,
		Good: `import (
	"context"
	"errors"

	"github.com/redis/go-redis/v9"
)

func price(ctx context.Context, rdb *redis.Client, sku string, load func(context.Context, string) (string, error)) (string, error) {
	v, err := rdb.Get(ctx, "price:"+sku).Result()
	if errors.Is(err, redis.Nil) {
		return load(ctx, sku)
	}
	if err != nil {
		return "", err
	}
	return v, nil
}`,
		NotReported: `Deliberate fail-open caches annotated //netlint:degraded.`,
	},

	"NL-O5": {
		Failure: `Answering a downstream timeout or outage with a 4xx status or a gRPC InvalidArgument tells the client that its request is at fault and must not be retried, so a transient failure becomes a permanent one, and the client's records are wrong.`,
		Bad: `import (
	"database/sql"
	"net/http"
)

type carts struct{ db *sql.DB }

func (c *carts) remove(w http.ResponseWriter, r *http.Request) {
	if _, err := c.db.ExecContext(r.Context(), "DELETE FROM carts WHERE id = $1", r.PathValue("id")); err != nil {
		http.Error(w, "no such cart", http.StatusNotFound) // NL-O5
		return
	}
	w.WriteHeader(http.StatusNoContent)
}`,
		Good: `import (
	"database/sql"
	"net/http"
)

type carts struct{ db *sql.DB }

func (c *carts) remove(w http.ResponseWriter, r *http.Request) {
	if _, err := c.db.ExecContext(r.Context(), "DELETE FROM carts WHERE id = $1", r.PathValue("id")); err != nil {
		http.Error(w, "could not delete the cart", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}`,
		NotReported: `5xx replies and the gRPC Unavailable and Internal statuses; 408, 425 and 429.`,
	},

	"NL-O7": {
		Failure: `A commit that fails with a timeout or a lost connection may have committed. Re-running the transaction or marking the work failed then applies it twice or records a failure for work that was done.`,
		Bad: `import (
	"context"
	"database/sql"
)

type jobs interface {
	MarkFailed(ctx context.Context, id int64) error
}

func finish(ctx context.Context, db *sql.DB, j jobs, id int64) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE jobs SET done = true WHERE id = $1", id); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return j.MarkFailed(ctx, id) // NL-O7
	}
	return nil
}`,
		Good: `import (
	"context"
	"database/sql"
	"fmt"
)

func finish(ctx context.Context, db *sql.DB, id int64) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE jobs SET done = true WHERE id = $1", id); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit job %d (outcome unknown): %w", id, err)
	}
	return nil
}`,
		NotReported: `Transaction helpers that tell a failed commit from a rolled-back one (mongo Session.WithTransaction, cockroach-go crdb.ExecuteTx); errors that prove a rollback (pgx.ErrTxCommitRollback).`,
	},

	"NL-R1": {
		Failure: `A timed-out attempt of an operation that is not idempotent may have been applied. Retrying it without an idempotency key charges, sends or inserts twice.`,
		Bad: `import (
	"bytes"
	"context"
	"net/http"

	"github.com/cenkalti/backoff/v5"
)

func notify(ctx context.Context, c *http.Client, url string, body []byte) (int, error) {
	return backoff.Retry(ctx, func() (int, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return 0, backoff.Permanent(err)
		}
		resp, err := c.Do(req) // NL-R1
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		return resp.StatusCode, nil
	}, backoff.WithMaxTries(3))
}`,
		Good: `import (
	"bytes"
	"context"
	"net/http"

	"github.com/cenkalti/backoff/v5"
)

func notify(ctx context.Context, c *http.Client, url, key string, body []byte) (int, error) {
	return backoff.Retry(ctx, func() (int, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return 0, backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		return resp.StatusCode, nil
	}, backoff.WithMaxTries(3))
}`,
		NotReported: `Safe, idempotent and conditional operations; keys that stay the same across attempts; retries restricted to errors that prove the request was not applied (a failed dial, HTTP 429); library retries that resend only requests the server never saw (net/http, database/sql on driver.ErrBadConn, gRPC transparent retries).`,
	},

	"NL-R2": {
		Failure: `Retrying at once hits a struggling server again while it is still down, turning a blip into sustained overload; with many clients, immediate retries multiply the load exactly when the server can least take it.`,
		Bad: `import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ { // NL-R2
		var p *pb.Payment
		if p, err = c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}); err == nil {
			return p, nil
		}
		if status.Code(err) != codes.Unavailable {
			return nil, err
		}
	}
	return nil, err
}`,
		Good: `import (
	"context"

	"github.com/cenkalti/backoff/v5"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	return backoff.Retry(ctx, func() (*pb.Payment, error) {
		p, err := c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id})
		if err != nil && status.Code(err) != codes.Unavailable {
			return nil, backoff.Permanent(err)
		}
		return p, err
	}, backoff.WithMaxTries(3))
}`,
		NotReported: `A single immediate retry (two attempts in all), which likely lands on another backend.`,
	},

	"NL-R3": {
		Failure: `Clients that failed together and back off by the same schedule retry together, in synchronized waves that keep the server overloaded. Jitter spreads them out.`,
		Bad: `import (
	"context"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *pb.Payment
		if p, err = c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}); err == nil {
			return p, nil
		}
		if status.Code(err) != codes.Unavailable {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond << attempt): // NL-R3
		}
	}
	return nil, err
}`,
		Good: `import (
	"context"
	"math/rand/v2"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *pb.Payment
		if p, err = c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}); err == nil {
			return p, nil
		}
		if status.Code(err) != codes.Unavailable {
			return nil, err
		}
		d := 100 * time.Millisecond << attempt
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(d/2 + rand.N(d/2)):
		}
	}
	return nil, err
}`,
		NotReported: `Library backoffs that add jitter by default (cenkalti/backoff ExponentialBackOff, the AWS SDK's standard retryer, gRPC service-config retries).`,
	},

	"NL-R4": {
		Failure: `A retry with no attempt limit, no time limit and no deadline never gives up: a permanent failure becomes an endless loop that holds resources and adds load forever.`,
		Bad: `import (
	"math/rand/v2"
	"net"
	"time"
)

func connect(addr string) net.Conn {
	for { // NL-R4
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			return conn
		}
		time.Sleep(time.Second + rand.N(time.Second))
	}
}`,
		Good: `import (
	"math/rand/v2"
	"net"
	"time"
)

func connect(addr string) (net.Conn, error) {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		var conn net.Conn
		if conn, err = net.DialTimeout("tcp", addr, time.Second); err == nil {
			return conn, nil
		}
		time.Sleep(time.Second + rand.N(time.Second))
	}
	return nil, err
}`,
		NotReported: `Background loops that are meant to run until the program stops and back off with jitter, annotated //netlint:forever.`,
	},

	"NL-R5": {
		Failure: `Retrying every error retries the ones that cannot succeed (invalid input, missing permission, not found) and the caller's own cancellation: each costs the full backoff schedule, delays the real error, and adds load for nothing.`,
		Bad: `import (
	"context"

	"github.com/cenkalti/backoff/v5"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	return backoff.Retry(ctx, func() (*pb.Payment, error) {
		return c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}) // NL-R5
	}, backoff.WithMaxTries(3))
}`,
		Good: `import (
	"context"

	"github.com/cenkalti/backoff/v5"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	return backoff.Retry(ctx, func() (*pb.Payment, error) {
		p, err := c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id})
		if err != nil && status.Code(err) != codes.Unavailable {
			return nil, backoff.Permanent(err)
		}
		return p, err
	}, backoff.WithMaxTries(3))
}`,
		NotReported: `Predicates that inspect the error in any way, even with a classifier netlint cannot place.`,
	},

	"NL-R6": {
		Failure: `Retrying a call that already retries multiplies the attempts: three retries around a client that makes three attempts send up to nine requests per call, and every layer above multiplies again, so an outage is met with a storm.`,
		Bad: `import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v5"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func fetch(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *pb.Payment
		if p, err = c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id}); err == nil {
			return p, nil
		}
		if status.Code(err) != codes.Unavailable {
			return nil, err
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, err
}

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	return backoff.Retry(ctx, func() (*pb.Payment, error) { // NL-R6
		return fetch(ctx, c, id)
	}, backoff.WithMaxTries(3))
}`,
		Good: `import (
	"context"

	"github.com/cenkalti/backoff/v5"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/pb"
)

func payment(ctx context.Context, c pb.PaymentsClient, id string) (*pb.Payment, error) {
	return backoff.Retry(ctx, func() (*pb.Payment, error) {
		p, err := c.GetPayment(ctx, &pb.GetPaymentRequest{PaymentId: id})
		if err != nil && status.Code(err) != codes.Unavailable {
			return nil, backoff.Permanent(err)
		}
		return p, err
	}, backoff.WithMaxTries(3))
}`,
		NotReported: `Layers whose retry conditions cannot overlap; transparent retries of requests that never reached the server.`,
	},

	"NL-V1": {
		Failure: `A non-2xx reply is not an error for net/http. Decoding a 500 or a proxy's HTML error page as if it were the answer yields an error at best and zero values taken for data at worst.`,
		Bad: `import (
	"encoding/json"
	"io"
	"net/http"
)

type quote struct{ Price int64 }

func get(c *http.Client, url string) (*quote, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var q quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q); err != nil {
		return nil, err
	}
	return &q, nil // NL-V1
}`,
		Good: `import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type quote struct{ Price int64 }

func get(c *http.Client, url string) (*quote, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	var q quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q); err != nil {
		return nil, err
	}
	return &q, nil
}`,
		NotReported: `Replies returned to the caller or handed to another function, which must check instead; bodies only drained or closed; HEAD requests; reads in a branch selected by a status test.`,
	},

	"NL-V2": {
		Failure: `Reading a peer-controlled body to the end with no limit lets one large or endless reply, or one hostile request, exhaust the process's memory.`,
		Bad: `import (
	"fmt"
	"io"
	"net/http"
)

func get(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	return io.ReadAll(resp.Body) // NL-V2
}`,
		Good: `import (
	"errors"
	"fmt"
	"io"
	"net/http"
)

const maxReply = 1 << 20

func get(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxReply+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxReply {
		return nil, errors.New("reply too large")
	}
	return b, nil
}`,
		NotReported: `Streaming reads (bufio.Scanner, io.Copy to a file or a ResponseWriter); servers whose handlers are wrapped in http.MaxBytesHandler in the same package.`,
	},

	"NL-V3": {
		Failure: `A decode error ignored leaves a zero or half-filled value that is then used as the reply; a read cut short by io.LimitReader passes as complete. Either way bad data is taken for good.`,
		Bad: `import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type quote struct{ Price int64 }

func get(c *http.Client, url string) (quote, error) {
	var q quote
	resp, err := c.Get(url)
	if err != nil {
		return q, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return q, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return q, err
	}
	json.Unmarshal(b, &q) // NL-V3
	return q, nil
}`,
		Good: `import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type quote struct{ Price int64 }

func get(c *http.Client, url string) (quote, error) {
	var q quote
	resp, err := c.Get(url)
	if err != nil {
		return q, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return q, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q)
	return q, err
}`,
		NotReported: `Data that does not come from the network.`,
	},

	"NL-V4": {
		Failure: `Proxies, load balancers and captive portals answer with HTML error pages, sometimes with status 200. Decoding one as JSON fails with a confusing error, or yields zero values.`,
		Bad: `import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type quote struct{ Price int64 }

func get(c *http.Client, url string) (*quote, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	var q quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q); err != nil { // NL-V4
		return nil, err
	}
	return &q, nil
}`,
		Good: `import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
)

type quote struct{ Price int64 }

func get(c *http.Client, url string) (*quote, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "application/json" {
		return nil, fmt.Errorf("get %s: unexpected content type %q", url, mt)
	}
	var q quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q); err != nil {
		return nil, err
	}
	return &q, nil
}`,
		NotReported: `The rule is opt-in: enable it with enable: [NL-V4] when the peers are not all trusted.`,
	},

	"NL-V5": {
		Failure: `JSON null and an empty protobuf payload decode without error into zero values. A reply accepted without validation lets an empty or default answer, often from a failing server, overwrite good state.`,
		Bad: `import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

type Quote struct {
	Symbol string
	Price  int64
}

func (q *Quote) Validate() error {
	if q.Symbol == "" || q.Price <= 0 {
		return errors.New("empty quote")
	}
	return nil
}

type book struct{ last Quote }

func (b *book) refresh(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("get %s: %s", url, resp.Status)
	}
	var q Quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q); err != nil {
		return err
	}
	b.last = q // NL-V5
	return nil
}`,
		Good: `import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

type Quote struct {
	Symbol string
	Price  int64
}

func (q *Quote) Validate() error {
	if q.Symbol == "" || q.Price <= 0 {
		return errors.New("empty quote")
	}
	return nil
}

type book struct{ last Quote }

func (b *book) refresh(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("get %s: %s", url, resp.Status)
	}
	var q Quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&q); err != nil {
		return err
	}
	if err := q.Validate(); err != nil {
		return err
	}
	b.last = q
	return nil
}`,
		NotReported: `Reply types that cannot validate themselves (no Validate method, no validator configured or annotated); replies returned whole to the caller; HTTP 204 and HEAD replies.`,
	},

	"NL-V6": {
		Failure: `A result set or stream that ends because the connection dropped looks exactly like a shorter, complete one unless the iterator's error is checked: the code acts on a partial answer as if it were whole.`,
		Bad: `import (
	"context"
	"database/sql"
)

func names(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() { // NL-V6
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}`,
		Good: `import (
	"context"
	"database/sql"
)

func names(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}`,
		NotReported: `Rows and scanners handed to other functions, which must check instead.`,
	},

	"NL-V7": {
		Failure: `A handler that returns without writing when a dependency fails sends an empty 200 OK. The server looks healthy and fast, so load balancers send it more traffic, and clients take the empty answer for data: a failure spreads instead of being contained.`,
		Bad: `import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/pb"
)

type api struct{ payments pb.PaymentsClient }

func (a *api) payment(w http.ResponseWriter, r *http.Request) {
	p, err := a.payments.GetPayment(r.Context(), &pb.GetPaymentRequest{PaymentId: r.PathValue("id")})
	if err != nil {
		log.Print(err)
		return // NL-V7
	}
	json.NewEncoder(w).Encode(p)
}`,
		Good: `import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/pb"
)

type api struct{ payments pb.PaymentsClient }

func (a *api) payment(w http.ResponseWriter, r *http.Request) {
	p, err := a.payments.GetPayment(r.Context(), &pb.GetPaymentRequest{PaymentId: r.PathValue("id")})
	if err != nil {
		log.Print(err)
		http.Error(w, "payments are unavailable", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(p)
}`,
		NotReported: `Handlers that have written before the failure or hand w to a helper; deliberate degraded answers annotated //netlint:degraded.`,
	},

	"NL-V9": {
		Failure: `A kafka-go Writer without RequiredAcks does not wait for any broker to store the message: WriteMessages returns nil for messages that were lost, and code that treats nil as delivered drops data silently.`,
		Bad: `import "github.com/segmentio/kafka-go"

var orders = &kafka.Writer{ // NL-V9
	Addr:  kafka.TCP("kafka:9092"),
	Topic: "orders",
}`,
		Good: `import "github.com/segmentio/kafka-go"

var orders = &kafka.Writer{
	Addr:         kafka.TCP("kafka:9092"),
	Topic:        "orders",
	RequiredAcks: kafka.RequireAll,
}`,
		NotReported: `Writers built with kafka.NewWriter (RequireAll by default); telemetry writers annotated //netlint:fireandforget.`,
	},
}
