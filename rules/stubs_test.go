package rules

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"
)

// TestMatch classifies the call in each function of the rules/match
// fixture, which uses the third-party stubs, and checks the structural
// recognisers.
func TestMatch(t *testing.T) {
	const (
		cmdFlags  = DefaultBound | LaterErr | Retries
		redisPkg  = "github.com/redis/go-redis/v9"
		s3Client  = "(*github.com/aws/aws-sdk-go-v2/service/s3.Client)."
		etcdPkg   = "go.etcd.io/etcd/client/v3"
		noneMatch = KindNone
	)
	tests := []struct {
		fn     string // function in the fixture
		full   string // FullName of the callee; "" to skip the check
		kind   Kind   // KindNone: Match must return nil
		idem   Idem
		flags  Flag // flags that must be set
		absent Flag // flags that must not be set
		params []Role
	}{
		{"grpcUnary", "(example.com/pb.GreeterClient).SayHello", GRPC, Unknown, 0, Stream, []Role{Ctx, Request}},
		{"grpcServerStream", "(example.com/pb.GreeterClient).SayHellos", GRPC, Unknown, Stream, 0, []Role{Ctx, Request}},
		{"grpcBidiStream", "(example.com/pb.GreeterClient).Chat", GRPC, Unknown, Stream, 0, []Role{Ctx}},
		{"grpcInvoke", "(*google.golang.org/grpc.ClientConn).Invoke", GRPC, Unknown, 0, Stream, []Role{Ctx, Other, Request}},
		{"s3Get", s3Client + "GetObject", AWS, Safe, Retries, 0, []Role{Ctx, Request}},
		{"s3Put", s3Client + "PutObject", AWS, Idempotent, Retries, 0, []Role{Ctx, Request}},
		{"s3Pages", "(*github.com/aws/aws-sdk-go-v2/service/s3.ListObjectsV2Paginator).NextPage", AWS, Safe, Retries, 0, []Role{Ctx}},
		{"s3Wait", "(*github.com/aws/aws-sdk-go-v2/service/s3.ObjectExistsWaiter).Wait", AWS, Safe, 0, 0, []Role{Ctx, Request, Timeout}},
		{"ec2Run", "(*github.com/aws/aws-sdk-go-v2/service/ec2.Client).RunInstances", AWS, Token, Retries, 0, nil},
		{"ec2List", "(*github.com/aws/aws-sdk-go-v2/service/ec2.Client).DescribeInstances", AWS, Safe, 0, 0, nil},
		{"sqsSend", "(*github.com/aws/aws-sdk-go-v2/service/sqs.Client).SendMessage", AWS, NonIdem, Retries, 0, nil},
		{"redisGet", "(" + redisPkg + ".cmdable).Get", Redis, Safe, cmdFlags | Absence, Stream, []Role{Ctx}},
		{"redisIncr", "(" + redisPkg + ".cmdable).Incr", Redis, NonIdem, cmdFlags, Absence, []Role{Ctx}},
		{"redisSetNX", "(" + redisPkg + ".cmdable).SetNX", Redis, Cond, cmdFlags, Absence, []Role{Ctx}},
		{"redisBLPop", "(" + redisPkg + ".cmdable).BLPop", Redis, NonIdem, Absence | Retries, DefaultBound, []Role{Ctx, Timeout}},
		{"redisInterface", "(" + redisPkg + ".StringCmdable).Get", Redis, Safe, cmdFlags | Absence, 0, []Role{Ctx}},
		{"redisSubscribe", "(*" + redisPkg + ".Client).Subscribe", Redis, Safe, Stream, 0, []Role{Ctx}},
		{"redisPing", "(" + redisPkg + ".cmdable).Ping", Redis, Safe, cmdFlags, Absence, []Role{Ctx}},
		{"connRead", "(net.Conn).Read", ConnIO, Unknown, Read, Write, nil},
		{"tcpWrite", "", ConnIO, Unknown, Write, Read, nil},
		{"tlsRead", "(*crypto/tls.Conn).Read", ConnIO, Unknown, Read, 0, nil},
		{"fileRead", "(*os.File).Read", noneMatch, 0, 0, 0, nil},
		{"kafkaConnRead", "(*github.com/segmentio/kafka-go.Conn).Read", ConnIO, Unknown, Read, 0, nil},
		{"kafkaConnMessage", "(*github.com/segmentio/kafka-go.Conn).ReadMessage", ConnIO, Safe, Read, 0, nil},
		{"httpDo", "(*net/http.Client).Do", HTTP, Dep, Response, NoCtx, []Role{Request}},
		{"notNetwork", "strings.ToUpper", noneMatch, 0, 0, 0, nil},
		{"etcdPut", "(" + etcdPkg + ".KV).Put", Etcd, Idempotent, 0, Stream, []Role{Ctx}},
		{"etcdWatch", "(" + etcdPkg + ".Watcher).Watch", Etcd, Safe, Stream, 0, []Role{Ctx}},
		{"pgxQueryRow", "(*github.com/jackc/pgx/v5/pgxpool.Pool).QueryRow", SQL, Dep, Absence | LaterErr, 0, []Role{Ctx, Query}},
		{"pgxCommit", "(github.com/jackc/pgx/v5.Tx).Commit", SQL, Unknown, Commit, 0, []Role{Ctx}},
		{"mongoFindOne", "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).FindOne", Mongo, Safe, Absence | LaterErr, 0, []Role{Ctx}},
		{"natsPublish", "(github.com/nats-io/nats.go.JetStream).Publish", NATS, Token, DefaultBound, 0, nil},
		{"jetstreamPublish", "(github.com/nats-io/nats.go/jetstream.Publisher).Publish", NATS, Token, DefaultBound, 0, []Role{Ctx, Other, Body}},
		{"genericStream", "", noneMatch, 0, 0, 0, nil},
	}
	calls := fixtureCalls(t)
	for _, tt := range tests {
		fn, ok := calls[tt.fn]
		if !ok {
			t.Errorf("%s: not in the fixture", tt.fn)
			continue
		}
		delete(calls, tt.fn)
		if tt.full != "" && fn.FullName() != tt.full {
			t.Errorf("%s: callee is %s, want %s", tt.fn, fn.FullName(), tt.full)
		}
		a := Match(fn)
		if tt.kind == KindNone {
			if a != nil {
				t.Errorf("%s: Match(%s) = %+v, want nil", tt.fn, fn.FullName(), *a)
			}
			continue
		}
		if a == nil {
			t.Errorf("%s: Match(%s) = nil", tt.fn, fn.FullName())
			continue
		}
		if a.Kind != tt.kind || a.Idem != tt.idem {
			t.Errorf("%s: Match(%s) is %v/%v, want %v/%v", tt.fn, fn.FullName(), a.Kind, a.Idem, tt.kind, tt.idem)
		}
		if !a.Flags.Has(tt.flags) || a.Flags&tt.absent != 0 {
			t.Errorf("%s: Match(%s).Flags = %b, want %b set and %b clear", tt.fn, fn.FullName(), a.Flags, tt.flags, tt.absent)
		}
		if tt.params != nil && !slices.Equal(a.Params, tt.params) {
			t.Errorf("%s: Match(%s).Params = %v, want %v", tt.fn, fn.FullName(), a.Params, tt.params)
		}
		if again := Match(fn); again != a {
			t.Errorf("%s: a second Match returned a different entry", tt.fn)
		}
	}
	for name := range calls {
		t.Errorf("fixture function %s has no test case", name)
	}
}

// fixtureCalls returns, for each function of the fixture, the callee of
// the outermost call in its first statement.
func fixtureCalls(t *testing.T) map[string]*types.Func {
	p := load(t)[matchFixture]
	out := map[string]*types.Func{}
	for _, f := range p.Syntax {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || len(fd.Body.List) == 0 {
				continue
			}
			es, ok := fd.Body.List[0].(*ast.ExprStmt)
			if !ok {
				t.Fatalf("%s: first statement is not a call", fd.Name.Name)
			}
			call := es.X.(*ast.CallExpr)
			var id *ast.Ident
			switch fun := ast.Unparen(call.Fun).(type) {
			case *ast.SelectorExpr:
				id = fun.Sel
			case *ast.Ident:
				id = fun
			}
			fn, ok := p.TypesInfo.Uses[id].(*types.Func)
			if !ok {
				t.Fatalf("%s: callee is not a function", fd.Name.Name)
			}
			out[fd.Name.Name] = fn
		}
	}
	return out
}
