// Package pgconn is a hand-written stub of github.com/jackc/pgx/v5/pgconn
// (v5.12.0 signatures) for netlint's tests.
package pgconn

import (
	"context"
	"errors"
	"net"
	"time"
)

type Config struct {
	Host           string
	Port           uint16
	Database       string
	User           string
	Password       string
	ConnectTimeout time.Duration
}

type PgConn struct{}

func Connect(ctx context.Context, connString string) (*PgConn, error) { return &PgConn{}, nil }

func (pgConn *PgConn) Close(ctx context.Context) error { return nil }

func (pgConn *PgConn) Ping(ctx context.Context) error { return nil }

func (pgConn *PgConn) Exec(ctx context.Context, sql string) *MultiResultReader {
	return &MultiResultReader{}
}

func (pgConn *PgConn) ExecParams(ctx context.Context, sql string, paramValues [][]byte, paramOIDs []uint32, paramFormats, resultFormats []int16) *ResultReader {
	return &ResultReader{}
}

type MultiResultReader struct{}

func (mrr *MultiResultReader) ReadAll() ([]*Result, error) { return nil, nil }
func (mrr *MultiResultReader) Close() error                { return nil }

type ResultReader struct{}

func (rr *ResultReader) Read() *Result              { return &Result{} }
func (rr *ResultReader) Close() (CommandTag, error) { return CommandTag{}, nil }

type Result struct {
	CommandTag CommandTag
	Err        error
}

type CommandTag struct {
	s string
}

func NewCommandTag(s string) CommandTag { return CommandTag{s: s} }

func (ct CommandTag) RowsAffected() int64 { return 0 }
func (ct CommandTag) String() string      { return ct.s }
func (ct CommandTag) Insert() bool        { return false }
func (ct CommandTag) Update() bool        { return false }
func (ct CommandTag) Delete() bool        { return false }
func (ct CommandTag) Select() bool        { return false }

type FieldDescription struct {
	Name string
}

type StatementDescription struct {
	Name   string
	SQL    string
	Fields []FieldDescription
}

type PgError struct {
	Severity       string
	Code           string
	Message        string
	Detail         string
	Hint           string
	SchemaName     string
	TableName      string
	ColumnName     string
	ConstraintName string
}

func (pe *PgError) Error() string {
	return pe.Severity + ": " + pe.Message + " (SQLSTATE " + pe.Code + ")"
}

func (pe *PgError) SQLState() string { return pe.Code }

func SafeToRetry(err error) bool {
	var retryableErr interface{ SafeToRetry() bool }
	if errors.As(err, &retryableErr) {
		return retryableErr.SafeToRetry()
	}
	return false
}

func Timeout(err error) bool { return false }

// CancelRequest asks the server, on a new connection, to cancel the query
// running on this one.
func (pgConn *PgConn) CancelRequest(ctx context.Context) error {
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", "localhost:5432")
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte{0, 0, 0, 16})
	return err
}
