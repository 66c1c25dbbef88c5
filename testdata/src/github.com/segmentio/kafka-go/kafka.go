// Package kafka is a hand-written stub of github.com/segmentio/kafka-go
// (v0.4.51 signatures) for netlint's tests.
package kafka

import (
	"net"
	"strings"
	"time"

	"github.com/segmentio/kafka-go/compress"
	"github.com/segmentio/kafka-go/protocol"
)

type Compression = compress.Compression

type Header = protocol.Header

type Message struct {
	Topic         string
	Partition     int
	Offset        int64
	HighWaterMark int64
	Key           []byte
	Value         []byte
	Headers       []Header
	WriterData    interface{}
	Time          time.Time
}

type Partition struct {
	Topic string
	ID    int
}

type Logger interface {
	Printf(string, ...interface{})
}

type Balancer interface {
	Balance(msg Message, partitions ...int) (partition int)
}

type Hash struct{}

func (h *Hash) Balance(msg Message, partitions ...int) int { return 0 }

type LeastBytes struct{}

func (lb *LeastBytes) Balance(msg Message, partitions ...int) int { return 0 }

type RoundTripper interface{}

type IsolationLevel int8

type GroupBalancer interface{}

type networkAddress struct{ network, address string }

func (a *networkAddress) Network() string { return a.network }
func (a *networkAddress) String() string  { return a.address }

func TCP(address ...string) net.Addr {
	return &networkAddress{network: "tcp", address: strings.Join(address, ",")}
}

type RequiredAcks int

const (
	RequireNone RequiredAcks = 0
	RequireOne  RequiredAcks = 1
	RequireAll  RequiredAcks = -1
)

type Error int

const (
	LeaderNotAvailable  Error = 5
	RequestTimedOut     Error = 7
	MessageSizeTooLarge Error = 10
)

func (e Error) Error() string   { return "kafka error" }
func (e Error) Timeout() bool   { return e == RequestTimedOut }
func (e Error) Temporary() bool { return e == LeaderNotAvailable || e == RequestTimedOut }

type WriteErrors []error

func (err WriteErrors) Count() int    { return len(err) }
func (err WriteErrors) Error() string { return "kafka write errors" }
