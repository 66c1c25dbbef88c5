// Package nettimeout defines an Analyzer that checks that network calls are
// bounded by a timeout or a deadline.
//
// # Analyzer nettimeout
//
// nettimeout: check that network calls are bounded by a timeout or deadline
//
// A call across the network that has no timeout can wait forever: the peer
// may never answer, the connection may be black-holed, a load balancer may
// hold it open. Go's defaults are unbounded almost everywhere: the zero
// http.Client, http.DefaultClient, net.Dial, a gRPC call without a
// deadline, database/sql methods without a context. nettimeout reports:
//
//   - NL-T1: an outbound call with nothing bounding its wait, such as
//     http.Get, a client without Timeout used with a context that has no
//     deadline, net.Dial, or a context.Background() that reaches a network
//     call, directly or through a wrapper function;
//   - NL-T2: an http.Client or http.Transport built without timeouts;
//   - NL-T3: reads and writes on a connection the function dialed or
//     accepted, with no deadline set on it;
//   - NL-T4: an HTTP server without a read or read-header timeout, and
//     http.ListenAndServe, which cannot have one;
//   - NL-T5: a handler that calls out with context.Background() while its
//     caller's context is at hand, dropping the caller's deadline, and a
//     name lookup that takes no context (net.LookupHost) in a function
//     that has one;
//   - NL-T7: a gRPC call or dial that waits for a connection
//     (WaitForReady, WithBlock) with no deadline;
//   - NL-D1: a malformed //netlint: directive.
//
// For example:
//
//	resp, err := http.Get(url) // want "http.Get uses http.DefaultClient, which has no timeout"
//
// Not reported: a context that arrives as a parameter (the caller owns the
// deadline, and netlint checks the callers instead); values netlint cannot
// trace (clients from other packages or from function results, contexts
// stored in fields); long-lived streams and subscriptions, which need
// cancellation rather than a deadline; name lookups outside a function
// that has its caller's context (the resolver's timeouts bound them);
// dials of Unix-domain sockets, which are local IPC; Close, Shutdown and
// other lifecycle calls; clients whose library bounds the wait by default (go-redis read
// and write timeouts); work started in a new goroutine, for NL-T5; test
// code (_test.go files, test doubles such as mock*.go, functions that take
// a *testing.T, Examples, test support packages such as …/e2e suites and
// harnesses named like httptest), example programs (packages under an
// example, testdata or *examples directory), generated files and in-memory
// transports such as httptest.
package nettimeout
