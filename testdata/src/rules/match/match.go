// Package match holds one call per function for rules' Match tests: the
// first statement of each function is the call under test.
package match

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"example.com/pb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"
	"github.com/segmentio/kafka-go"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"google.golang.org/grpc"
)

var (
	ctx  context.Context
	buf  []byte
	conn *grpc.ClientConn
	gc   pb.GreeterClient
	in   *pb.HelloRequest
	s3c  *s3.Client
	ec2c *ec2.Client
	sqsc *sqs.Client
	rdb  *redis.Client
	uc   redis.UniversalClient
	etcd *clientv3.Client
	pool *pgxpool.Pool
	tx   pgx.Tx
	coll *mongo.Collection
	js   nats.JetStreamContext
	js2  jetstream.JetStream
	kc   *kafka.Conn
)

func grpcUnary()        { gc.SayHello(ctx, in) }
func grpcServerStream() { gc.SayHellos(ctx, in) }
func grpcBidiStream()   { gc.Chat(ctx) }
func grpcInvoke()       { conn.Invoke(ctx, "/s/M", in, in) }

func s3Get()   { s3c.GetObject(ctx, &s3.GetObjectInput{}) }
func s3Put()   { s3c.PutObject(ctx, &s3.PutObjectInput{}) }
func s3Pages() { s3.NewListObjectsV2Paginator(s3c, nil).NextPage(ctx) }
func s3Wait()  { s3.NewObjectExistsWaiter(s3c).Wait(ctx, nil, time.Minute) }
func ec2Run()  { ec2c.RunInstances(ctx, &ec2.RunInstancesInput{}) }
func ec2List() { ec2c.DescribeInstances(ctx, nil) }
func sqsSend() { sqsc.SendMessage(ctx, nil) }

func redisGet()       { rdb.Get(ctx, "k") }
func redisIncr()      { rdb.Incr(ctx, "k") }
func redisSetNX()     { rdb.SetNX(ctx, "k", 1, 0) }
func redisBLPop()     { rdb.BLPop(ctx, time.Second, "q") }
func redisInterface() { uc.Get(ctx, "k") }
func redisSubscribe() { rdb.Subscribe(ctx, "ch") }
func redisPing()      { rdb.Ping(ctx) }

func connRead(c net.Conn)                                       { c.Read(buf) }
func tcpWrite(c *net.TCPConn)                                   { c.Write(buf) }
func tlsRead(c *tls.Conn)                                       { c.Read(buf) }
func fileRead(f *os.File)                                       { f.Read(buf) }
func kafkaConnRead()                                            { kc.Read(buf) }
func kafkaConnMessage()                                         { kc.ReadMessage(1 << 20) }
func httpDo(c *http.Client)                                     { c.Do(nil) }
func notNetwork()                                               { strings.ToUpper("x") }
func etcdPut()                                                  { etcd.Put(ctx, "k", "v") }
func etcdWatch()                                                { etcd.Watch(ctx, "k") }
func pgxQueryRow()                                              { pool.QueryRow(ctx, "SELECT 1") }
func pgxCommit()                                                { tx.Commit(ctx) }
func mongoFindOne()                                             { coll.FindOne(ctx, nil) }
func natsPublish()                                              { js.Publish("s", nil) }
func jetstreamPublish()                                         { js2.Publish(ctx, "s", nil) }
func genericStream(s grpc.ServerStreamingClient[pb.HelloReply]) { s.Recv() }
