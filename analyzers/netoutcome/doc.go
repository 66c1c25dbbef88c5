// Package netoutcome defines an Analyzer that checks that errors of network
// calls are classified before the code decides what they mean.
//
// # Analyzer netoutcome
//
// netoutcome: check that network errors are classified before the code decides what they mean
//
// A failed network call has one of several outcomes: the request never
// left (POST_FAILED), the peer refused it for now (RETRYABLE) or for good
// (FATAL), or nobody knows whether it took effect (UNKNOWN: a timeout, a
// reset connection, a lost reply). Code that returns the error hands the
// decision to its caller and is never reported. Code that decides itself
// (logs and goes on, replies, falls back, compensates, marks the work
// failed) must first classify the error, so that an UNKNOWN outcome of a
// call with side effects is not treated as a definite failure. netoutcome
// reports:
//
//   - NL-O1: a network call's error discarded: an expression statement,
//     assigned to _, or overwritten or left unread;
//   - NL-O2: classification evidence destroyed: the error's text matched
//     with strings.Contains or ==, fmt.Errorf with %v or errors.New on the
//     way to the caller, and comparisons or assertions that cannot hold
//     because the library wraps every error (*url.Error from
//     http.Client.Do, gRPC status errors, AWS operation errors);
//   - NL-O3: the error of a call that is not idempotent marks work failed,
//     triggers a compensation, is swallowed (return nil, continue to the
//     next item) or falls back to another write path, with no classifier
//     that separates UNKNOWN;
//   - NL-O4: the error branch of a read that reports absence as an error
//     (redis.Nil, sql.ErrNoRows, pgx.ErrNoRows, mongo.ErrNoDocuments)
//     takes the miss path without testing for absence;
//   - NL-O5: an unclassified downstream error answered with a reply that
//     blames the client: an HTTP 4xx (other than 408, 425 and 429) or a
//     gRPC InvalidArgument, NotFound, AlreadyExists, FailedPrecondition,
//     PermissionDenied or OutOfRange status;
//   - NL-O7: the error of a commit (sql.Tx.Commit, pgx.Tx.Commit, mongo
//     CommitTransaction, etcd Txn.Commit) re-runs the transaction or marks
//     it failed without proof that it rolled back.
//
// Classifiers are the shapes of rules.md §8 (errors.Is and errors.As
// against known sentinels and types, net.Error's Timeout, status.Code,
// pgconn.SafeToRetry …), functions annotated //netlint:classifier or
// listed in the classifiers setting, and functions inferred to classify:
// a function with an error parameter and a bool, enum or error result that
// applies a classifier to it. The analyzer exports a fact for the latter,
// so a project's IsRetryable(err) counts in every package that calls it.
//
// For example:
//
//	if _, err := pay.Charge(ctx, req); err != nil {
//		orders.MarkFailed(ctx, id) // want "error from pb.PaymentsClient.Charge \(idempotency unknown\) is recorded as failed"
//		return err
//	}
//
// Not reported: errors that are returned, wrapped with %w, stored, sent on
// a channel or passed to a function netoutcome cannot see (the callee
// decides); branches with any classifier, even one of unknown class;
// errors handled in shapes netoutcome does not follow (tested by a helper
// before the nil check, handled after intervening statements that read
// them). For NL-O1: go and defer statements, an explicit _ = inside a
// goroutine, Close, Flush, Rollback, Abort…, Release…, Destroy…, Unlock…,
// Cancel…, Resign, Unwatch
// and other cleanup calls, reads (NL-V3 owns them), go-redis commands
// queued on a pipeline, Val() of a go-redis command, a dropped error whose
// other result is tested next (if v != nil, len(v), range v), a dropped
// error that also reaches the value kept (rows, _ := conn.Query(…) in
// pgx, directly or through a wrapper: the checks on rows count), core NATS
// publishes (unacknowledged by protocol), calls annotated
// //netlint:fireandforget and telemetry exporters. For NL-O2: == on APIs
// that return sentinels unwrapped (io.EOF from a Read or Recv,
// sql.ErrNoRows from Row.Scan, redis.Nil from a command) and on wrapper
// functions; text matches that only decorate the returned error; %v next
// to a %w (a deliberate translation). For NL-O3: read-only and idempotent
// calls, calls whose verb reads (GetUser, ListOrders) when their
// idempotency is unknown, retries (NL-R1's), and log-and-carry-on
// branches. For NL-O4: caches annotated //netlint:degraded. For NL-O5:
// 5xx, 408, 425 and 429 replies and Unavailable or Internal statuses. For
// NL-O7: continue in a loop over items (the next item, not a re-run).
// Nothing is reported in test files, test helpers (functions taking a
// testing.TB, test support packages such as …/e2e suites), Example
// functions, generated files, or packages under an example, *examples or
// testdata directory.
package netoutcome
