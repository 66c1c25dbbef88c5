package kafka

import (
	"context"
	"time"
)

type ReaderConfig struct {
	Brokers               []string
	GroupID               string
	GroupTopics           []string
	Topic                 string
	Partition             int
	Dialer                *Dialer
	QueueCapacity         int
	MinBytes              int
	MaxBytes              int
	MaxWait               time.Duration
	ReadBatchTimeout      time.Duration
	HeartbeatInterval     time.Duration
	CommitInterval        time.Duration
	SessionTimeout        time.Duration
	RebalanceTimeout      time.Duration
	StartOffset           int64
	ReadBackoffMin        time.Duration
	ReadBackoffMax        time.Duration
	Logger                Logger
	ErrorLogger           Logger
	IsolationLevel        IsolationLevel
	MaxAttempts           int
	OffsetOutOfRangeError bool
}

type Reader struct {
	config ReaderConfig
}

func NewReader(config ReaderConfig) *Reader { return &Reader{config: config} }

func (r *Reader) Close() error { return nil }

func (r *Reader) ReadMessage(ctx context.Context) (Message, error) { return Message{}, nil }

func (r *Reader) FetchMessage(ctx context.Context) (Message, error) { return Message{}, nil }

func (r *Reader) CommitMessages(ctx context.Context, msgs ...Message) error { return nil }

func (r *Reader) SetOffset(offset int64) error { return nil }
