package loops

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"math/rand"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	clientv3 "go.etcd.io/etcd/client/v3"
)

const insertOrder = "INSERT INTO orders (id, total) VALUES ($1, $2)"

var errLeaderLost = errors.New("leader lost")

func nap() { time.Sleep(time.Duration(rand.Intn(50)) * time.Millisecond) }

func badInsertRetried(ctx context.Context, db *pgxpool.Pool, id string, total int) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = db.Exec(ctx, insertOrder, id, total); err == nil { // want `pgxpool.Pool.Exec is not idempotent and is retried by a retry loop` `retries every error of pgxpool.Pool.Exec`
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		nap()
	}
	return err
}

// okInsertSafeToRetry: pgconn.SafeToRetry admits only errors raised
// before the statement was sent.
func okInsertSafeToRetry(ctx context.Context, db *pgxpool.Pool, id string, total int) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = db.Exec(ctx, insertOrder, id, total); err == nil || !pgconn.SafeToRetry(err) {
			return err
		}
		nap()
	}
	return err
}

// okInsertBadConn: driver.ErrBadConn means the driver did not send it.
func okInsertBadConn(ctx context.Context, db *sql.DB, id string, total int) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = db.ExecContext(ctx, insertOrder, id, total)
		if !errors.Is(err, driver.ErrBadConn) {
			return err
		}
		nap()
	}
	return err
}

// okEtcdTxn: the transaction compares the revision, so a duplicate
// commit fails harmlessly.
func okEtcdTxn(ctx context.Context, kv clientv3.KV, key string, rev int64) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = kv.Txn(ctx).If(clientv3.Compare(clientv3.ModRevision(key), "=", rev)).Then(clientv3.OpPut(key, "v")).Commit()
		if err == nil || !errors.Is(err, errLeaderLost) {
			return err
		}
		nap()
	}
	return err
}

func badHotTxn(ctx context.Context, kv clientv3.KV, key string, rev int64) {
	cmp := clientv3.Compare(clientv3.ModRevision(key), "<", rev)
	for ctx.Err() == nil { // want `a retry loop around clientv3.Txn.Commit does not wait between attempts`
		if _, err := kv.Txn(ctx).If(cmp).Then(clientv3.OpDelete(key)).Commit(); err == nil { // want `retries every error`
			return
		}
	}
}
