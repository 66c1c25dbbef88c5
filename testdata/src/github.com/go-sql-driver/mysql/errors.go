// Package mysql is a hand-written stub of github.com/go-sql-driver/mysql
// (v1.10.1 signatures) for netlint's tests.
package mysql

import "errors"

var ErrInvalidConn = errors.New("invalid connection")

type MySQLError struct {
	Number   uint16
	SQLState [5]byte
	Message  string
}

func (me *MySQLError) Error() string { return me.Message }

func (me *MySQLError) Is(err error) bool {
	merr, ok := err.(*MySQLError)
	return ok && merr.Number == me.Number
}
