// Package jetstream is a hand-written stub of
// github.com/nats-io/nats.go/jetstream (v1.55.0 signatures).
package jetstream

import (
	"context"
	"errors"

	"github.com/nats-io/nats.go"
)

var ErrNoStreamResponse = errors.New("nats: no response from stream")

type (
	JetStreamOptions struct{}

	JetStreamOpt func(*JetStreamOptions) error

	JetStream interface {
		Conn() *nats.Conn
		Consumer(ctx context.Context, stream string, consumer string) (Consumer, error)
		Publisher
	}

	Publisher interface {
		Publish(ctx context.Context, subject string, payload []byte, opts ...PublishOpt) (*PubAck, error)
		PublishMsg(ctx context.Context, msg *nats.Msg, opts ...PublishOpt) (*PubAck, error)
	}

	pubOpts struct {
		id string
	}

	PublishOpt func(*pubOpts) error

	PubAck struct {
		Stream    string `json:"stream"`
		Sequence  uint64 `json:"seq"`
		Duplicate bool   `json:"duplicate,omitempty"`
		Domain    string `json:"domain,omitempty"`
	}

	Msg interface {
		Data() []byte
		Subject() string
		Ack() error
		Nak() error
		Term() error
	}

	MessageHandler func(msg Msg)

	MessageBatch interface {
		Messages() <-chan Msg
		Error() error
	}

	ConsumeContext interface {
		Stop()
	}

	MessagesContext interface {
		Next() (Msg, error)
		Stop()
	}

	pullRequest struct{}

	consumeOpts struct{}

	FetchOpt func(*pullRequest) error

	PullConsumeOpt interface {
		configureConsume(*consumeOpts) error
	}

	PullMessagesOpt interface {
		configureMessages(*consumeOpts) error
	}

	Consumer interface {
		Fetch(batch int, opts ...FetchOpt) (MessageBatch, error)
		Consume(handler MessageHandler, opts ...PullConsumeOpt) (ConsumeContext, error)
		Messages(opts ...PullMessagesOpt) (MessagesContext, error)
		Next(opts ...FetchOpt) (Msg, error)
	}
)

func New(nc *nats.Conn, opts ...JetStreamOpt) (JetStream, error) { return nil, nil }

func WithMsgID(id string) PublishOpt {
	return func(opts *pubOpts) error {
		opts.id = id
		return nil
	}
}
