// Package netreply defines an Analyzer that checks that replies of network
// calls are validated before they are trusted, and that servers fail loudly.
//
// # Analyzer netreply
//
// netreply: check that replies are validated before they are trusted
//
// A nil error from a network call is not success. An HTTP reply may carry
// a 500 with an HTML page, a body may be endless or cut short, a result set
// may end because the connection dropped, and a server that fails may
// answer at once with an empty 200, so that balancers send it more traffic.
// netreply reports:
//
//   - NL-V1: what an *http.Response body yields reaches a sink before
//     StatusCode is tested on that path: it is returned as a success
//     value, stored outside the function, decoded into memory the caller
//     owns, written or copied somewhere, sent to another network call, or
//     passed to a call made for its side effects. Reading or decoding into
//     locals first and testing the status before acting is fine. A test
//     clears what it guards (switch resp.StatusCode { case 200: … }) and
//     what follows an early return or a recorded error; a test on one
//     branch does not clear the other. Helpers that test the status, or
//     consume the body before testing it, are followed through facts, in
//     any package, and so are wrappers that test the status of the reply
//     they return;
//   - NL-V2: a reply body, an inbound request body or a dialed connection
//     read to the end (io.ReadAll, json.NewDecoder, bytes.Buffer.ReadFrom,
//     io.Copy into a buffer) with no io.LimitReader or http.MaxBytesReader
//     in front; through a helper that reads its parameter unbounded, the
//     finding is at the caller's call. When the read's argument is the
//     body itself, a suggested fix wraps it in
//     http.MaxBytesReader(w, r.Body, 10<<20) (nil for a reply's body),
//     which fails the read past the limit rather than truncating it as
//     io.LimitReader would;
//   - NL-V3: the error of json.Unmarshal, a Decoder's Decode, proto and
//     protojson Unmarshal, io.ReadAll or rows.Scan on network data dropped;
//     and bytes read through io.LimitReader returned as the whole reply
//     without a length check;
//   - NL-V4 (opt-in): a reply body decoded in a function that never looks
//     at the Content-Type;
//   - NL-V5: a reply whose type validates itself (a Validate() error method,
//     protoc-gen-validate's ValidateAll, a method named in the validators
//     setting or annotated //netlint:validator) stored, returned in parts or
//     sent to another network call before it is validated or inspected;
//   - NL-V6: for rows.Next() (database/sql, pgx), cur.Next(ctx) (mongo) or
//     sc.Scan() over a reply or connection with no Err() check; a gRPC Recv
//     loop that ends quietly on any error, or returns io.EOF as a failure;
//   - NL-V7: an HTTP handler that returns without writing, or writes a 2xx
//     status, when a network call fails (net/http then answers 200 OK with
//     an empty body), and a gRPC method that returns &Reply{}, nil then;
//   - NL-V9: a kafka.Writer built with RequiredAcks unset (RequireNone) or
//     RequireNone, or Async without Completion.
//
// For example:
//
//	resp, err := c.Do(req)
//	if err != nil {
//		return err
//	}
//	return json.NewDecoder(resp.Body).Decode(out) // want "reply of http.Client.Do is used before resp.StatusCode is checked"
//
// Facts: replyFact on functions, saying which parameter's status they test,
// which reply they consume unchecked, which reader they read (bounded or
// not) or return bounded, which value they validate, and whether they test
// the status of the reply they return.
//
// Not reported: a reply returned, stored or handed to a function value or
// interface method (the check moves with it); bodies only drained or
// closed; HEAD requests; uses in log calls and error messages; reply
// fields other than Body (headers are often read first); bare returns of
// named results; a test of one specific code such as == 404 counts as a
// status check; reads and decodes in a branch selected by a status test
// (error bodies read on a best-effort basis), decoding into an error type,
// and bytes read only to build a message, for NL-V3; protobuf getters
// whose presence matters, which cannot be decided without the schema;
// reply types with no exported fields, and replies returned whole, for
// NL-V5; request bodies in a package that uses http.MaxBytesHandler
// (middleware elsewhere is not seen) or whose Content-Length is compared;
// streaming reads (bufio.Scanner, io.Copy to a file or a writer) for
// NL-V2; a helper's unbounded read is reported once per package, at its
// first call, since bounding it inside the helper fixes every call; rows
// and scanners that escape to other functions; Recv loops in functions
// that mention io.EOF, or whose error branch looks at the error;
// handlers that have written before the failure, hand w to a helper, or
// are annotated //netlint:degraded; kafka writers built with
// kafka.NewWriter (RequireAll by default) or annotated
// //netlint:fireandforget; uses in closures of a reply declared outside
// them; test doubles (mock*.go, fake*.go, packages named mock, fake,
// testutil) and test support packages (…/e2e, harnesses named like
// httptest); example programs (under example, testdata or *examples directories);
// test files, generated files and the standard library.
package netreply
