package kafka

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

type Dialer struct {
	ClientID        string
	DialFunc        func(ctx context.Context, network string, address string) (net.Conn, error)
	Timeout         time.Duration
	Deadline        time.Time
	LocalAddr       net.Addr
	DualStack       bool
	FallbackDelay   time.Duration
	KeepAlive       time.Duration
	TLS             *tls.Config
	TransactionalID string
}

var DefaultDialer = &Dialer{
	Timeout:   10 * time.Second,
	DualStack: true,
}

func (d *Dialer) Dial(network string, address string) (*Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

func (d *Dialer) DialContext(ctx context.Context, network string, address string) (*Conn, error) {
	return &Conn{}, nil
}

func (d *Dialer) DialLeader(ctx context.Context, network string, address string, topic string, partition int) (*Conn, error) {
	return &Conn{}, nil
}

func (d *Dialer) DialPartition(ctx context.Context, network string, address string, partition Partition) (*Conn, error) {
	return &Conn{}, nil
}

func Dial(network string, address string) (*Conn, error) {
	return DefaultDialer.Dial(network, address)
}

func DialContext(ctx context.Context, network string, address string) (*Conn, error) {
	return DefaultDialer.DialContext(ctx, network, address)
}

func DialLeader(ctx context.Context, network string, address string, topic string, partition int) (*Conn, error) {
	return DefaultDialer.DialLeader(ctx, network, address, topic, partition)
}

func DialPartition(ctx context.Context, network string, address string, partition Partition) (*Conn, error) {
	return DefaultDialer.DialPartition(ctx, network, address, partition)
}

type Conn struct{}

func (c *Conn) Close() error                       { return nil }
func (c *Conn) LocalAddr() net.Addr                { return nil }
func (c *Conn) RemoteAddr() net.Addr               { return nil }
func (c *Conn) SetDeadline(t time.Time) error      { return nil }
func (c *Conn) SetReadDeadline(t time.Time) error  { return nil }
func (c *Conn) SetWriteDeadline(t time.Time) error { return nil }
func (c *Conn) Read(b []byte) (int, error)         { return 0, nil }
func (c *Conn) Write(b []byte) (int, error)        { return len(b), nil }

func (c *Conn) ReadMessage(maxBytes int) (Message, error) { return Message{}, nil }

func (c *Conn) ReadBatch(minBytes, maxBytes int) *Batch { return &Batch{} }

func (c *Conn) WriteMessages(msgs ...Message) (int, error) { return 0, nil }

type Batch struct {
	err error
}

func (batch *Batch) Close() error                  { return batch.err }
func (batch *Batch) Err() error                    { return batch.err }
func (batch *Batch) Read(b []byte) (int, error)    { return 0, batch.err }
func (batch *Batch) ReadMessage() (Message, error) { return Message{}, batch.err }
