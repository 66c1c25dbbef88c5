// Package libs holds NL-T1, NL-T2 and NL-T7 cases for third-party clients.
package libs

import (
	"context"
	"time"

	"example.com/pb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"
	clientv3 "go.etcd.io/etcd/client/v3"
	"google.golang.org/grpc"
)

func badGRPC(c pb.GreeterClient) (*pb.HelloReply, error) {
	return c.SayHello(context.Background(), &pb.HelloRequest{Name: "x"}) // want `pb.GreeterClient.SayHello is called with context.Background\(\) with no deadline`
}

// okGRPC: the call has a deadline.
func okGRPC(c pb.GreeterClient) (*pb.HelloReply, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return c.SayHello(ctx, &pb.HelloRequest{Name: "x"})
}

// okGRPCStream: a stream needs cancellation, not a deadline.
func okGRPCStream(c pb.GreeterClient) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := c.SayHellos(ctx, &pb.HelloRequest{})
	return err
}

func badWaitForReady(c pb.GreeterClient) error {
	_, err := c.SayHello(context.Background(), &pb.HelloRequest{}, grpc.WaitForReady(true)) // want `pb.GreeterClient.SayHello with grpc.WaitForReady\(true\) waits for a connection with no deadline`
	return err
}

func badDialBlock(target string) (*grpc.ClientConn, error) {
	return grpc.Dial(target, grpc.WithBlock()) // want `grpc.Dial with grpc.WithBlock waits for a connection with no deadline`
}

// okDialLazy: without WithBlock, Dial returns at once.
func okDialLazy(target string) (*grpc.ClientConn, error) {
	return grpc.Dial(target)
}

func badS3(c *s3.Client) error {
	_, err := c.GetObject(context.TODO(), &s3.GetObjectInput{}) // want `s3.Client.GetObject is called with context.TODO\(\) with no deadline`
	return err
}

// okRedis: go-redis bounds reads and writes by default.
func okRedis(rdb *redis.Client) error {
	return rdb.Get(context.Background(), "k").Err()
}

func badRedisOptions() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "localhost:6379", ReadTimeout: -1}) // want `redis.Options.ReadTimeout is negative`
}

func badPgx(conn *pgx.Conn) error {
	_, err := conn.Exec(context.Background(), "DELETE FROM t") // want `pgx.Conn.Exec is called with context.Background\(\) with no deadline`
	return err
}

func badEtcd(cli *clientv3.Client) error {
	_, err := cli.Put(context.Background(), "k", "v") // want `clientv3.KV.Put is called with context.Background\(\) with no deadline`
	return err
}

func badEtcdConfig() (*clientv3.Client, error) {
	return clientv3.New(clientv3.Config{Endpoints: []string{"x:2379"}, DialOptions: []grpc.DialOption{grpc.WithBlock()}}) // want `clientv3.Config blocks on dial`
}

// okEtcdConfig: DialTimeout bounds the blocking dial.
func okEtcdConfig() (*clientv3.Client, error) {
	return clientv3.New(clientv3.Config{Endpoints: []string{"x:2379"}, DialTimeout: 5 * time.Second, DialOptions: []grpc.DialOption{grpc.WithBlock()}})
}

// okEtcdWatch: a watch is a stream.
func okEtcdWatch(cli *clientv3.Client) {
	cli.Watch(context.Background(), "k")
}
