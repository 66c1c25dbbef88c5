// Package nats is a hand-written stub of github.com/nats-io/nats.go
// (v1.55.0 signatures) for netlint's tests.
package nats

import (
	"context"
	"errors"
	"time"
)

const (
	DefaultURL     = "nats://127.0.0.1:4222"
	DefaultTimeout = 2 * time.Second
)

var (
	ErrConnectionClosed = errors.New("nats: connection closed")
	ErrBadSubject       = errors.New("nats: invalid subject")
	ErrTimeout          = errors.New("nats: timeout")
	ErrNoServers        = errors.New("nats: no servers available for connection")
	ErrMaxPayload       = errors.New("nats: maximum payload exceeded")
	ErrNoResponders     = errors.New("nats: no responders available for request")
)

type Options struct {
	Url           string
	Name          string
	MaxReconnect  int
	ReconnectWait time.Duration
	Timeout       time.Duration
	DrainTimeout  time.Duration
}

type Option func(*Options) error

func Name(name string) Option { return func(o *Options) error { o.Name = name; return nil } }

func MaxReconnects(max int) Option {
	return func(o *Options) error { o.MaxReconnect = max; return nil }
}

func Timeout(t time.Duration) Option { return func(o *Options) error { o.Timeout = t; return nil } }

type Header map[string][]string

type Msg struct {
	Subject string
	Reply   string
	Header  Header
	Data    []byte
	Sub     *Subscription
}

func NewMsg(subject string) *Msg { return &Msg{Subject: subject} }

func (m *Msg) Respond(data []byte) error { return nil }

type MsgHandler func(msg *Msg)

type Conn struct{}

func Connect(url string, options ...Option) (*Conn, error) { return &Conn{}, nil }

func (nc *Conn) Publish(subj string, data []byte) error { return nil }

func (nc *Conn) PublishMsg(m *Msg) error { return nil }

func (nc *Conn) Request(subj string, data []byte, timeout time.Duration) (*Msg, error) {
	return &Msg{}, nil
}

func (nc *Conn) RequestMsg(msg *Msg, timeout time.Duration) (*Msg, error) { return &Msg{}, nil }

func (nc *Conn) RequestWithContext(ctx context.Context, subj string, data []byte) (*Msg, error) {
	return &Msg{}, nil
}

func (nc *Conn) RequestMsgWithContext(ctx context.Context, msg *Msg) (*Msg, error) {
	return &Msg{}, nil
}

func (nc *Conn) Subscribe(subj string, cb MsgHandler) (*Subscription, error) {
	return &Subscription{}, nil
}

func (nc *Conn) ChanSubscribe(subj string, ch chan *Msg) (*Subscription, error) {
	return &Subscription{}, nil
}

func (nc *Conn) SubscribeSync(subj string) (*Subscription, error) { return &Subscription{}, nil }

func (nc *Conn) QueueSubscribe(subj, queue string, cb MsgHandler) (*Subscription, error) {
	return &Subscription{}, nil
}

func (nc *Conn) Flush() error { return nc.FlushTimeout(10 * time.Second) }

func (nc *Conn) FlushTimeout(timeout time.Duration) (err error) { return nil }

func (nc *Conn) FlushWithContext(ctx context.Context) error { return nil }

func (nc *Conn) Drain() error { return nil }

func (nc *Conn) Close() {}

type Subscription struct {
	Subject string
	Queue   string
}

func (s *Subscription) NextMsg(timeout time.Duration) (*Msg, error) { return &Msg{}, nil }

func (s *Subscription) NextMsgWithContext(ctx context.Context) (*Msg, error) { return &Msg{}, nil }

func (s *Subscription) Unsubscribe() error { return nil }

func (s *Subscription) Drain() error { return nil }
