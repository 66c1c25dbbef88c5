// Package mongo is a hand-written stub of go.mongodb.org/mongo-driver/v2/mongo
// (v2.10.0 signatures) for netlint's tests.
package mongo

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo/readpref"
)

var (
	ErrNoDocuments        = errors.New("mongo: no documents in result")
	ErrClientDisconnected = errors.New("client is disconnected")
)

func IsDuplicateKeyError(err error) bool { return false }

func IsTimeout(err error) bool { return false }

func IsNetworkError(err error) bool { return false }

type ServerError interface {
	error
	HasErrorCode(int) bool
	HasErrorLabel(string) bool
	HasErrorMessage(string) bool
	HasErrorCodeWithMessage(int, string) bool
}

type Client struct{}

func Connect(opts ...*options.ClientOptions) (*Client, error) { return &Client{}, nil }

func (c *Client) Disconnect(ctx context.Context) error { return nil }

func (c *Client) Ping(ctx context.Context, rp *readpref.ReadPref) error { return nil }

func (c *Client) StartSession(opts ...options.Lister[options.SessionOptions]) (*Session, error) {
	return &Session{}, nil
}

func (c *Client) Database(name string, opts ...options.Lister[options.DatabaseOptions]) *Database {
	return &Database{client: c}
}

func (c *Client) UseSession(ctx context.Context, fn func(context.Context) error) error { return nil }

func (c *Client) Watch(ctx context.Context, pipeline any,
	opts ...options.Lister[options.ChangeStreamOptions]) (*ChangeStream, error) {
	return &ChangeStream{}, nil
}

type Database struct {
	client *Client
}

func (db *Database) Client() *Client { return db.client }

func (db *Database) Collection(name string, opts ...options.Lister[options.CollectionOptions]) *Collection {
	return &Collection{}
}

func (db *Database) RunCommand(ctx context.Context, runCommand any, opts ...options.Lister[options.RunCmdOptions]) *SingleResult {
	return &SingleResult{}
}

func (db *Database) Watch(ctx context.Context, pipeline any,
	opts ...options.Lister[options.ChangeStreamOptions]) (*ChangeStream, error) {
	return &ChangeStream{}, nil
}

type Session struct{}

func (s *Session) EndSession(ctx context.Context) {}

func (s *Session) WithTransaction(ctx context.Context, fn func(ctx context.Context) (any, error),
	opts ...options.Lister[options.TransactionOptions]) (any, error) {
	return fn(ctx)
}

func (s *Session) StartTransaction(opts ...options.Lister[options.TransactionOptions]) error {
	return nil
}

func (s *Session) AbortTransaction(ctx context.Context) error { return nil }

func (s *Session) CommitTransaction(ctx context.Context) error { return nil }

type SingleResult struct {
	err error
}

func (sr *SingleResult) Decode(v any) error { return sr.err }

func (sr *SingleResult) Err() error { return sr.err }

type Cursor struct {
	Current []byte
	err     error
}

func (c *Cursor) Next(ctx context.Context) bool { return false }

func (c *Cursor) TryNext(ctx context.Context) bool { return false }

func (c *Cursor) Decode(val any) error { return nil }

func (c *Cursor) Err() error { return c.err }

func (c *Cursor) Close(ctx context.Context) error { return nil }

func (c *Cursor) All(ctx context.Context, results any) error { return nil }

type ChangeStream struct {
	Current []byte
}

func (cs *ChangeStream) Next(ctx context.Context) bool { return false }

func (cs *ChangeStream) Decode(val any) error { return nil }

func (cs *ChangeStream) Err() error { return nil }

func (cs *ChangeStream) Close(ctx context.Context) error { return nil }
