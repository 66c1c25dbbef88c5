package rules

import (
	"go/types"
	"strings"
	"sync"
)

// tables lists every exact table; each file of this package contributes one.
func tables() [][]API {
	return [][]API{
		netAPIs, httpAPIs, tlsAPIs, rpcAPIs, smtpAPIs, sqlAPIs,
		grpcAPIs, awsAPIs, redisAPIs, pgxAPIs, mongoAPIs, kafkaAPIs, natsAPIs, etcdAPIs,
		retryablehttpAPIs,
	}
}

var (
	indexOnce sync.Once
	index     map[string]*API
)

// All returns every exact catalog entry, in table order.
func All() []*API {
	var out []*API
	for _, t := range tables() {
		for i := range t {
			out = append(out, &t[i])
		}
	}
	return out
}

// Lookup returns the exact catalog entry whose Func is full, or nil.
func Lookup(full string) *API {
	indexOnce.Do(func() {
		index = make(map[string]*API)
		for _, a := range All() {
			index[a.Func] = a
		}
	})
	return index[full]
}

// Match returns the catalog entry for fn: an exact entry if there is one,
// else one synthesised from a structural shape (generated gRPC clients,
// AWS SDK v2 operations, go-redis commands, I/O on connections with
// deadlines). It returns nil for functions that do not cross the network.
// The result must not be modified.
func Match(fn *types.Func) *API {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Origin() != fn {
		fn = fn.Origin()
	}
	if a := Lookup(fn.FullName()); a != nil {
		return a
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	return structural(fn, sig)
}

var (
	structMu    sync.Mutex
	structCache = map[string]*API{}
)

func structural(fn *types.Func, sig *types.Signature) *API {
	var a *API
	switch {
	case isGRPCClientMethod(sig):
		a = grpcMethod(fn, sig)
	case isAWSOperation(fn, sig):
		a = awsOperation(fn, sig)
	case isAWSPager(fn, sig):
		a = awsPager(fn)
	case isRedisCommand(fn, sig):
		a = redisCommand(fn, sig)
	case isConnIO(fn, sig):
		a = connIO(fn)
	default:
		return nil
	}
	structMu.Lock()
	defer structMu.Unlock()
	if old, ok := structCache[a.Func]; ok {
		return old
	}
	structCache[a.Func] = a
	return a
}

// isGRPCClientMethod reports whether sig's last parameter is ...grpc.CallOption
// and its first is a context.Context: the shape of generated client methods.
func isGRPCClientMethod(sig *types.Signature) bool {
	if sig.Recv() == nil || !sig.Variadic() || sig.Params().Len() < 2 {
		return false
	}
	last := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
	return isNamed(last, "google.golang.org/grpc", "CallOption") && isContext(sig.Params().At(0).Type())
}

func grpcMethod(fn *types.Func, sig *types.Signature) *API {
	a := &API{Func: fn.FullName(), Kind: GRPC, Params: []Role{Ctx, Request}, Idem: Unknown}
	if fn.Name() == "NewStream" || isStreamResult(sig) {
		a.Flags |= Stream
		if sig.Params().Len() == 2 { // client or bidi stream: no request parameter
			a.Params = []Role{Ctx}
		}
	}
	return a
}

// isStreamResult reports whether the first result has a Recv or Send method
// (a generated stream client).
func isStreamResult(sig *types.Signature) bool {
	if sig.Results().Len() == 0 {
		return false
	}
	t := sig.Results().At(0).Type()
	for _, m := range []string{"Recv", "Send", "CloseSend"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}

const awsServicePrefix = "github.com/aws/aws-sdk-go-v2/service/"

// isAWSOperation recognises (*<svc>.Client).Op(ctx, *OpInput, ...func(*Options)) (*OpOutput, error).
func isAWSOperation(fn *types.Func, sig *types.Signature) bool {
	if !strings.HasPrefix(fn.Pkg().Path(), awsServicePrefix) || sig.Recv() == nil {
		return false
	}
	if !isNamedPtr(sig.Recv().Type(), fn.Pkg().Path(), "Client") {
		return false
	}
	p, r := sig.Params(), sig.Results()
	if !sig.Variadic() || p.Len() != 3 || r.Len() != 2 || !isContext(p.At(0).Type()) {
		return false
	}
	return isNamedPtr(p.At(1).Type(), fn.Pkg().Path(), fn.Name()+"Input") &&
		isNamedPtr(r.At(0).Type(), fn.Pkg().Path(), fn.Name()+"Output")
}

func awsOperation(fn *types.Func, sig *types.Signature) *API {
	a := &API{Func: fn.FullName(), Kind: AWS, Params: []Role{Ctx, Request}, Flags: Retries, Idem: awsIdem(fn.Name())}
	if a.Idem != Safe {
		in := sig.Params().At(1).Type().(*types.Pointer).Elem()
		if st, ok := in.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if AWSTokenField(st.Field(i).Name()) {
					a.Idem = Token
				}
			}
		}
	}
	return a
}

// AWSTokenField reports whether name is an AWS idempotency-token member.
func AWSTokenField(name string) bool {
	switch name {
	case "ClientToken", "ClientRequestToken", "IdempotencyToken", "ClientRequestId", "CallerReference":
		return true
	}
	return false
}

// awsIdem classifies an AWS operation by its verb.
func awsIdem(op string) Idem {
	for _, p := range []string{"Describe", "Get", "List", "Head", "Query", "Scan", "BatchGet", "Search", "Lookup", "Select", "Validate", "Estimate", "Check", "Test", "Preview"} {
		if strings.HasPrefix(op, p) {
			return Safe
		}
	}
	switch op {
	case "PutRecord", "PutRecords", "PutRecordBatch", "PutEvents", "PutLogEvents", "PutMetricData", "PutEvaluations":
		return NonIdem // appends (Kinesis, Firehose, EventBridge, CloudWatch)
	}
	for _, p := range []string{"Put", "Delete", "Tag", "Untag", "Set", "Enable", "Disable", "Attach", "Detach", "Associate", "Disassociate", "Remove"} {
		if strings.HasPrefix(op, p) {
			return Idempotent
		}
	}
	return NonIdem
}

var redisPaths = []string{"github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8"}

// isRedisCommand recognises go-redis command methods: first parameter a
// context, one result that is a pointer to a *Cmd type.
func isRedisCommand(fn *types.Func, sig *types.Signature) bool {
	path := fn.Pkg().Path()
	found := false
	for _, p := range redisPaths {
		found = found || path == p
	}
	if !found || sig.Recv() == nil || sig.Params().Len() == 0 || !isContext(sig.Params().At(0).Type()) || sig.Results().Len() != 1 {
		return false
	}
	n := namedOf(sig.Results().At(0).Type())
	return n != nil && n.Obj().Pkg() == fn.Pkg() && strings.HasSuffix(n.Obj().Name(), "Cmd")
}

func redisCommand(fn *types.Func, sig *types.Signature) *API {
	a := &API{Func: fn.FullName(), Kind: Redis, Params: []Role{Ctx}, Flags: DefaultBound | LaterErr | Retries, Idem: RedisIdem(fn.Name())}
	// Blocking commands (BLPop, BZPopMin, BLMove …) wait up to their own
	// timeout argument, beyond the client's ReadTimeout; 0 waits forever.
	for i := 1; i < sig.Params().Len(); i++ {
		if p := sig.Params().At(i); p.Name() == "timeout" && isNamed(p.Type(), "time", "Duration") {
			a.Params = setRole(a.Params, i, Timeout)
			a.Flags &^= DefaultBound
		}
	}
	switch {
	case RedisAbsence(fn.Name()):
		a.Flags |= Absence
	case strings.HasPrefix(fn.Name(), "Subscribe") || strings.HasPrefix(fn.Name(), "PSubscribe") || strings.HasPrefix(fn.Name(), "SSubscribe"):
		a.Flags |= Stream
	}
	return a
}

// isConnIO recognises Read and Write on a type that has SetReadDeadline and
// SetWriteDeadline (net.Conn, *net.TCPConn, *tls.Conn, kafka-go's Conn …).
func isConnIO(fn *types.Func, sig *types.Signature) bool {
	switch fn.Name() {
	case "Read", "Write", "ReadFrom", "WriteTo", "ReadMsgUDP", "WriteMsgUDP", "ReadFromUDP", "WriteToUDP":
	default:
		return false
	}
	if sig.Recv() == nil || fn.Pkg().Path() == "os" { // *os.File has deadlines too
		return false
	}
	return HasDeadlines(sig.Recv().Type())
}

// HasDeadlines reports whether t has SetReadDeadline and SetWriteDeadline methods.
func HasDeadlines(t types.Type) bool {
	for _, m := range []string{"SetReadDeadline", "SetWriteDeadline"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m)
		if _, ok := obj.(*types.Func); !ok {
			return false
		}
	}
	return true
}

func connIO(fn *types.Func) *API {
	a := &API{Func: fn.FullName(), Kind: ConnIO, Idem: Unknown}
	if strings.HasPrefix(fn.Name(), "Read") {
		a.Flags = Read
	} else {
		a.Flags = Write
	}
	return a
}

// setRole returns roles with roles[i] = r, growing it with Other as needed.
func setRole(roles []Role, i int, r Role) []Role {
	roles = append([]Role(nil), roles...)
	for len(roles) <= i {
		roles = append(roles, Other)
	}
	roles[i] = r
	return roles
}

func isContext(t types.Type) bool { return isNamed(t, "context", "Context") }

func isNamed(t types.Type, path, name string) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

func isNamedPtr(t types.Type, path, name string) bool {
	p, ok := t.(*types.Pointer)
	return ok && isNamed(p.Elem(), path, name)
}

// namedOf returns the named type of t or of the type t points to.
func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}
