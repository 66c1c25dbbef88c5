// Package clientv3 is a hand-written stub of go.etcd.io/etcd/client/v3
// (v3.7.3 signatures and embedding layout) for netlint's tests.
package clientv3

import (
	"context"
	"crypto/tls"
	"time"

	pb "go.etcd.io/etcd/api/v3/etcdserverpb"
	"google.golang.org/grpc"
)

type Config struct {
	Endpoints            []string
	AutoSyncInterval     time.Duration
	DialTimeout          time.Duration
	DialKeepAliveTime    time.Duration
	DialKeepAliveTimeout time.Duration
	TLS                  *tls.Config
	Username             string
	Password             string
	DialOptions          []grpc.DialOption
	Context              context.Context
	PermitWithoutStream  bool
	MaxUnaryRetries      uint
}

type Client struct {
	Cluster
	KV
	Lease
	Watcher
	Auth
	Maintenance

	conn *grpc.ClientConn
	cfg  Config
}

func New(cfg Config) (*Client, error) { return &Client{cfg: cfg}, nil }

func (c *Client) Close() error { return nil }

func (c *Client) Ctx() context.Context { return context.Background() }

func (c *Client) Endpoints() []string { return c.cfg.Endpoints }

func (c *Client) Sync(ctx context.Context) error { return nil }

func IsConnCanceled(err error) bool { return false }

func WithRequireLeader(ctx context.Context) context.Context { return ctx }

type (
	MemberListResponse   pb.MemberListResponse
	AuthenticateResponse pb.AuthenticateResponse
	StatusResponse       pb.StatusResponse
)

type Cluster interface {
	MemberList(ctx context.Context, opts ...OpOption) (*MemberListResponse, error)
}

type Auth interface {
	Authenticate(ctx context.Context, name string, password string) (*AuthenticateResponse, error)
}

type Maintenance interface {
	Status(ctx context.Context, endpoint string) (*StatusResponse, error)
}
