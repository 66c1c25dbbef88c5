// Package netretry defines an Analyzer that checks that network calls are
// retried only when that is safe, with a delay, jitter and a bound, inside
// the caller's deadline.
//
// # Analyzer netretry
//
// netretry: check that retries of network calls are safe, delayed, jittered and bounded
//
// A retry sends a request again after an attempt failed. When the attempt
// timed out, the server may have applied it, so a retry of a
// non-idempotent operation can charge a card twice. Retries without delay
// or jitter, or without a bound, turn a brief outage into an overload.
// netretry recognises retry constructs (rules.md §9): loops whose back
// edge is reached from a network call's error or failed status while the
// call sends the same request; goto loops; functions that call themselves
// on error; cenkalti/backoff v4 and v5, avast/retry-go, sethvargo/go-retry,
// client-go's retry and apimachinery's wait helpers, and local or imported
// functions that retry a function parameter; and clients that retry by
// themselves: go-retryablehttp (and its StandardClient), gRPC service
// configs, go-redis and kafka-go. It reports:
//
//   - NL-R1: a non-idempotent call retried without idempotency evidence,
//     an idempotency key or AWS client token generated on every attempt,
//     an AWS token member left unset in an application-level retry, and
//     go-redis clients and gRPC service configs that retry such calls;
//   - NL-R2: a retry that does not wait between attempts (one immediate
//     retry is accepted);
//   - NL-R3: a delay that grows without randomness, and library backoffs
//     without jitter (with a fix for avast FixedDelay and a zero cenkalti
//     RandomizationFactor);
//   - NL-R4: a retry with no attempt limit, no elapsed-time limit and no
//     deadline, unless marked //netlint:forever;
//   - NL-R5: a retry decision that admits permanent errors (4xx statuses,
//     errors of calls that can be rejected) or the caller's cancellation;
//   - NL-R6: a retry around a call that already retries (AWS SDK,
//     go-retryablehttp, go-redis, kafka-go, a retrying function), with the
//     product of the attempts when both are constant;
//   - NL-T6: attempts that escape the caller's deadline: time.Sleep
//     between attempts, helpers not given the context or given one from
//     context.Background, retryablehttp.NewRequest (a per-attempt context
//     from context.Background is nettimeout's NL-T5).
//
// For example:
//
//	for i := 0; i < 3; i++ {
//		resp, err := c.Post(url, "application/json", body) // want "is retried by a retry loop without an idempotency key"
//		if err == nil {
//			return resp, nil
//		}
//	}
//
// Evidence that makes a retry safe: an idempotent or read-only operation
// (GET, PUT, SQL SELECT, Redis SET, etcd Txn …), //netlint:idempotent, an
// Idempotency-Key (or configured) header or a token field set from a value
// chosen before the retry, a conditional request (If-Match), and a retry
// decision that admits only errors proving the request was not applied
// (dial and DNS errors, pgconn.SafeToRetry, driver.ErrBadConn, HTTP 429).
//
// Not reported: loops that process a new item per iteration (ranging over
// a collection whose elements reach the call, receiving from a queue,
// following a page token, naming a new key each time), loops that go
// round again after success (heartbeats, renewals, consumers), and calls
// whose error is discarded; requests, methods, tokens and payloads that
// come from parameters or are built by helpers netretry does not see into
// (the caller may have set a key or put an ID in the payload); operations
// of unknown idempotency unless their name says they create or append
// (CreateOrder, SendEmail, but not CreateOrUpdate); retry decisions,
// options, delays and retriers netretry cannot evaluate (a function value,
// an interface that paces retries), which count as classified, delayed
// and bounded; NL-R5 for errors of calls that report rejections as
// statuses (net/http, wrappers returning the *http.Response); NL-R6 when
// the outer retry inspects the error (the layers may retry different
// errors), and inside the library that implements the inner retries;
// calls of a retrying client's methods inside its own package (Post
// calling Do in go-retryablehttp: the report belongs to its users);
// constant delays in hand-written loops (only growing ones need jitter);
// kafka-go's own retries on their own (at-least-once is its contract), and
// the retries of database/sql, MongoDB and etcd, which resend only what
// was not applied; gRPC service configs that retry only UNAVAILABLE, or
// name only read methods; test code (_test.go files, test doubles, test
// helpers, test support packages such as …/e2e suites), example programs
// (under example, testdata or *examples directories) and generated
// files.
package netretry
