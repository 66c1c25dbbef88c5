package rules

// grpcAPIs lists google.golang.org/grpc. Generated client methods (a
// context first and ...grpc.CallOption last) are recognised structurally.
// grpc.NewClient does no I/O and is listed by [Constructor].
//
// Facts read in google.golang.org/grpc v1.85.0: there is no default call
// deadline, so a call without one can wait forever; Dial and DialContext
// return at once unless grpc.WithBlock is given; a call with
// WaitForReady(true) waits for a connection until its deadline; the
// library retries only transparently (requests that never left the client)
// unless a service config sets a retryPolicy.
var grpcAPIs = []API{
	{Func: "(*google.golang.org/grpc.ClientConn).Close", Kind: GRPC, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*google.golang.org/grpc.ClientConn).Invoke", Kind: GRPC, Params: []Role{Ctx, Other, Request}, Idem: Unknown},
	{Func: "(*google.golang.org/grpc.ClientConn).NewStream", Kind: GRPC, Params: []Role{Ctx}, Idem: Unknown, Flags: Stream},
	{Func: "(*google.golang.org/grpc.Server).GracefulStop", Kind: Serve, Idem: Idempotent, Flags: Lifecycle,
		Note: "waits for pending RPCs with no bound; pair it with a timer that calls Stop"},
	{Func: "(*google.golang.org/grpc.Server).Serve", Kind: Serve, Flags: Server,
		Note: "handshakes are bounded by ConnectionTimeout (120s by default)"},
	{Func: "(*google.golang.org/grpc.Server).Stop", Kind: Serve, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(google.golang.org/grpc.ClientConnInterface).Invoke", Kind: GRPC, Params: []Role{Ctx, Other, Request}, Idem: Unknown},
	{Func: "(google.golang.org/grpc.ClientConnInterface).NewStream", Kind: GRPC, Params: []Role{Ctx}, Idem: Unknown, Flags: Stream},
	{Func: "google.golang.org/grpc.Dial", Kind: GRPC, Params: []Role{Addr}, Idem: Safe,
		Note: "deprecated; connects in the background unless grpc.WithBlock is given"},
	{Func: "google.golang.org/grpc.DialContext", Kind: GRPC, Params: []Role{Ctx, Addr}, Idem: Safe,
		Note: "deprecated; the context bounds only a blocking dial (grpc.WithBlock)"},
}
