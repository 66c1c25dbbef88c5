// Package redis is a hand-written stub of github.com/redis/go-redis/v9
// (v9.23.0 signatures and embedding layout) for netlint's tests. Only a
// handful of commands are declared.
package redis

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/redis/go-redis/v9/internal/proto"
)

const Nil = proto.Nil

const TxFailedErr = proto.RedisError("redis: transaction failed")

var (
	ErrClosed      = errors.New("redis: client is closed")
	ErrPoolTimeout = errors.New("redis: connection pool timeout")
)

type Error interface {
	error
	RedisError()
}

func HasErrorPrefix(err error, prefix string) bool {
	var rErr Error
	if !errors.As(err, &rErr) {
		return false
	}
	return strings.HasPrefix(rErr.Error(), prefix)
}

type Options struct {
	Network               string
	Addr                  string
	Password              string
	DB                    int
	MaxRetries            int
	MinRetryBackoff       time.Duration
	MaxRetryBackoff       time.Duration
	DialTimeout           time.Duration
	ReadTimeout           time.Duration
	WriteTimeout          time.Duration
	ContextTimeoutEnabled bool
	PoolSize              int
	PoolTimeout           time.Duration
}

type baseClient struct {
	opt *Options
}

type Client struct {
	*baseClient
	cmdable
}

func NewClient(opt *Options) *Client {
	c := &Client{baseClient: &baseClient{opt: opt}}
	c.cmdable = c.Process
	return c
}

func (c *Client) Process(ctx context.Context, cmd Cmder) error { return nil }

func (c *Client) Close() error { return nil }

func (c *Client) Pipeline() Pipeliner { return &Pipeline{} }

func (c *Client) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, fn(c.Pipeline())
}

func (c *Client) TxPipeline() Pipeliner { return &Pipeline{} }

func (c *Client) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, fn(c.TxPipeline())
}

func (c *Client) Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error {
	return fn(&Tx{})
}

func (c *Client) Subscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }

func (c *Client) PSubscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }

type UniversalClient interface {
	Cmdable
	Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error
	Subscribe(ctx context.Context, channels ...string) *PubSub
	Close() error
}

var _ UniversalClient = (*Client)(nil)

type Tx struct {
	baseClient
	cmdable
	statefulCmdable
}

func (c *Tx) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, fn(&Pipeline{})
}

type Pipeliner interface {
	StatefulCmdable
	Len() int
	Process(ctx context.Context, cmd Cmder) error
	Discard()
	Exec(ctx context.Context) ([]Cmder, error)
}

type Pipeline struct {
	cmdable
	statefulCmdable
	cmds []Cmder
}

func (c *Pipeline) Len() int                                     { return len(c.cmds) }
func (c *Pipeline) Process(ctx context.Context, cmd Cmder) error { return nil }
func (c *Pipeline) Discard()                                     { c.cmds = nil }
func (c *Pipeline) Exec(ctx context.Context) ([]Cmder, error)    { return c.cmds, nil }
func (c *Pipeline) Pipeline() Pipeliner                          { return c }
func (c *Pipeline) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, fn(c)
}
func (c *Pipeline) TxPipeline() Pipeliner { return c }
func (c *Pipeline) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, fn(c)
}

type Message struct {
	Channel string
	Pattern string
	Payload string
}

type PubSub struct{}

func (c *PubSub) Close() error { return nil }

func (c *PubSub) Receive(ctx context.Context) (interface{}, error) { return nil, nil }

func (c *PubSub) ReceiveMessage(ctx context.Context) (*Message, error) { return &Message{}, nil }

func (c *PubSub) Channel() <-chan *Message { return nil }
