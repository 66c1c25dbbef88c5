package discard

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// Not reported: pgx's Query also reports its error through Rows ("it is
// allowed to ignore the error returned from Query and handle it in
// Rows"), and rows.Err is checked.
func okQueryErrInRows(ctx context.Context, conn *pgx.Conn) error {
	rows, _ := conn.Query(ctx, "select id from orders")
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}

// Through a wrapper that only calls Query, the same holds.
func query(ctx context.Context, conn *pgx.Conn, q string) (pgx.Rows, error) {
	return conn.Query(ctx, q)
}

func okWrapperErrInRows(ctx context.Context, conn *pgx.Conn) error {
	rows, _ := query(ctx, conn, "select id from orders")
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}

// The rows' error is dropped too: reported at the call whose error goes.
func badQueryErrDropped(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "select id from orders")
	defer rows.Close()
	for rows.Next() {
	}
	rows.Err() // want `error from pgx.Conn.Query is discarded`
}

// Both results dropped: reported.
func badQueryDropped(ctx context.Context, conn *pgx.Conn) {
	_, _ = conn.Query(ctx, "delete from orders") // want `error from pgx.Conn.Query is discarded`
}

// Not reported: a cancel request is best effort; whether the server got it
// changes nothing for the caller, who returns its own error.
func okCancelBestEffort(ctx context.Context, conn *pgx.Conn, err error) error {
	conn.PgConn().CancelRequest(ctx)
	return err
}
