// Package options is a hand-written stub of
// go.mongodb.org/mongo-driver/v2/mongo/options (v2.10.0 signatures).
package options

import "time"

type Lister[T any] interface {
	List() []func(*T) error
}

type ClientOptions struct {
	Hosts                  []string
	RetryReads             *bool
	RetryWrites            *bool
	ConnectTimeout         *time.Duration
	ServerSelectionTimeout *time.Duration
	Timeout                *time.Duration
}

func Client() *ClientOptions { return &ClientOptions{} }

func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return c }

func (c *ClientOptions) SetConnectTimeout(d time.Duration) *ClientOptions {
	c.ConnectTimeout = &d
	return c
}

func (c *ClientOptions) SetRetryWrites(b bool) *ClientOptions {
	c.RetryWrites = &b
	return c
}

func (c *ClientOptions) SetRetryReads(b bool) *ClientOptions {
	c.RetryReads = &b
	return c
}

func (c *ClientOptions) SetServerSelectionTimeout(d time.Duration) *ClientOptions {
	c.ServerSelectionTimeout = &d
	return c
}

func (c *ClientOptions) SetTimeout(d time.Duration) *ClientOptions {
	c.Timeout = &d
	return c
}

type DatabaseOptions struct{}
type CollectionOptions struct{}
type SessionOptions struct{}
type TransactionOptions struct{}
type RunCmdOptions struct{}
type ChangeStreamOptions struct{}
type AggregateOptions struct{}
type CountOptions struct{}
type BulkWriteOptions struct{}
type InsertOneOptions struct{}
type InsertManyOptions struct{}
type DeleteOneOptions struct{}
type DeleteManyOptions struct{}
type ReplaceOptions struct{}
type FindOptions struct{}
type FindOneAndDeleteOptions struct{}
type FindOneAndUpdateOptions struct{}

type FindOneOptions struct {
	Sort any
}

type FindOneOptionsBuilder struct {
	Opts []func(*FindOneOptions) error
}

func FindOne() *FindOneOptionsBuilder { return &FindOneOptionsBuilder{} }

func (f *FindOneOptionsBuilder) List() []func(*FindOneOptions) error { return f.Opts }

func (f *FindOneOptionsBuilder) SetSort(sort any) *FindOneOptionsBuilder { return f }

type UpdateOneOptions struct {
	Upsert *bool
}

type UpdateOneOptionsBuilder struct {
	Opts []func(*UpdateOneOptions) error
}

func UpdateOne() *UpdateOneOptionsBuilder { return &UpdateOneOptionsBuilder{} }

func (uo *UpdateOneOptionsBuilder) List() []func(*UpdateOneOptions) error { return uo.Opts }

func (uo *UpdateOneOptionsBuilder) SetUpsert(b bool) *UpdateOneOptionsBuilder { return uo }

type UpdateManyOptions struct {
	Upsert *bool
}
