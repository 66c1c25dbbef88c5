// Package stream holds NL-V6 cases: the end of a result set or stream
// mixed up with a failure.
package stream

import (
	"bufio"
	"context"
	"database/sql"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

func badRows(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() { // want `loop over sql.Rows.Next stops on a failure as if the results had ended; check rows.Err\(\) after the loop`
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, nil
}

func okRows(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err() // the failure is told apart from the end
}

func okDeferredErr(db *sql.DB) (names []string, err error) {
	rows, err := db.Query("SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer func() {
		if err == nil {
			err = rows.Err() // checked in a deferred function
		}
		rows.Close()
	}()
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, nil
}

func okEscapes(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		_ = rows.Scan(new(string)) // want `error of sql.Rows.Scan on network data is discarded`
	}
	return finish(rows) // the helper may check Err
}

func finish(rows *sql.Rows) ([]string, error) { return nil, rows.Err() }

func badPgx(ctx context.Context, conn *pgx.Conn) (int, error) {
	rows, err := conn.Query(ctx, "SELECT 1")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() { // want `loop over pgx.Rows.Next stops on a failure`
		n++
	}
	return n, nil
}

func badMongo(ctx context.Context, coll *mongo.Collection) (int, error) {
	cur, err := coll.Find(ctx, map[string]any{})
	if err != nil {
		return 0, err
	}
	defer cur.Close(ctx)
	n := 0
	for cur.Next(ctx) { // want `loop over mongo.Cursor.Next stops on a failure as if the results had ended; check cur.Err\(\) after the loop`
		n++
	}
	return n, nil
}

func badScanner(c *http.Client, url string) ([]string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, http.ErrNotSupported
	}
	sc := bufio.NewScanner(resp.Body)
	var lines []string
	for sc.Scan() { // want `loop over bufio.Scanner.Scan stops on a failure`
		lines = append(lines, sc.Text())
	}
	return lines, nil
}

func okLocalScanner(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s)) // not from the network
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}
