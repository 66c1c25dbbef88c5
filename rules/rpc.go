package rules

// rpcAPIs lists net/rpc and net/rpc/jsonrpc. Neither takes a context: a
// call is bounded only by deadlines on the conn given to rpc.NewClient.
var rpcAPIs = []API{
	{Func: "(*net/rpc.Client).Call", Kind: RPC, Idem: Unknown, Flags: NoCtx,
		Note: "waits for the reply with no bound unless the client's conn has deadlines"},
	{Func: "(*net/rpc.Client).Close", Kind: RPC, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*net/rpc.Client).Go", Kind: RPC, Idem: Unknown, Flags: NoCtx | LaterErr,
		Note: "the error arrives in Call.Error when Call.Done fires"},
	{Func: "net/rpc.Dial", Kind: RPC, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx},
	{Func: "net/rpc.DialHTTP", Kind: RPC, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx},
	{Func: "net/rpc.DialHTTPPath", Kind: RPC, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx},
	{Func: "net/rpc/jsonrpc.Dial", Kind: RPC, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx},
}
