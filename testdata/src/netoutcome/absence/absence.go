// Package absence holds NL-O4 cases: "absent" conflated with "failed".
package absence

import (
	"context"
	"database/sql"
	"errors"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"
)

var ErrNotFound = errors.New("not found")

func loadFromDB(ctx context.Context, k string) (string, error) { return "", nil }

func badCacheFallback(ctx context.Context, rdb *redis.Client, k string) (string, error) {
	v, err := rdb.Get(ctx, k).Result()
	if err != nil { // want `error from redis.Client.Get is treated as a miss without testing for redis.Nil, so an outage looks like a missing value; test errors.Is\(err, redis.Nil\) first and propagate other errors`
		return loadFromDB(ctx, k)
	}
	return v, nil
}

func badLogAndGoOn(ctx context.Context, rdb *redis.Client, k string) string {
	v, err := rdb.Get(ctx, k).Result()
	if err != nil { // want `error from redis.Client.Get is treated as a miss without testing for redis.Nil`
		log.Printf("cache: %v", err)
	}
	return v
}

func badNoRows(ctx context.Context, db *sql.DB, id int) (string, error) {
	var name string
	err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name)
	if err != nil { // want `error from sql.DB.QueryRowContext is treated as a miss without testing for sql.ErrNoRows`
		return "", ErrNotFound
	}
	return name, nil
}

func badPgx(ctx context.Context, conn *pgx.Conn, id int) (string, bool) {
	var name string
	row := conn.QueryRow(ctx, "SELECT name FROM users WHERE id = $1", id)
	if err := row.Scan(&name); err != nil { // want `error from pgx.Conn.QueryRow is treated as a miss without testing for pgx.ErrNoRows`
		return "", false
	}
	return name, true
}

func badHandler404(w http.ResponseWriter, r *http.Request, rdb *redis.Client) {
	v, err := rdb.Get(r.Context(), r.URL.Path).Result()
	if err != nil { // want `error from redis.Client.Get is treated as a miss`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write([]byte(v))
}

// okNilFirst tests the absence signal first and propagates other errors.
func okNilFirst(ctx context.Context, rdb *redis.Client, k string) (string, error) {
	v, err := rdb.Get(ctx, k).Result()
	if errors.Is(err, redis.Nil) {
		return loadFromDB(ctx, k)
	} else if err != nil {
		return "", err
	}
	return v, nil
}

// okNoRows separates sql.ErrNoRows in the condition.
func okNoRows(ctx context.Context, db *sql.DB, id int) (string, error) {
	var name string
	err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	return name, nil
}

// okPropagate: every error goes to the caller.
func okPropagate(ctx context.Context, rdb *redis.Client, k string) (string, error) {
	v, err := rdb.Get(ctx, k).Result()
	if err != nil {
		return "", err
	}
	return v, nil
}

// okDegraded: a deliberate fail-open cache.
//
//netlint:degraded the cache is optional and the database is rate limited
func okDegraded(ctx context.Context, rdb *redis.Client, k string) (string, error) {
	v, err := rdb.Get(ctx, k).Result()
	if err != nil {
		return loadFromDB(ctx, k)
	}
	return v, nil
}

// okNotAbsence: HSet does not report absence, and it is idempotent, so
// logging its error and going on is accepted.
func okNotAbsence(ctx context.Context, rdb *redis.Client, k string) {
	if err := rdb.HSet(ctx, k, "f", 1).Err(); err != nil {
		log.Print(err)
	}
}
