// Package commit holds NL-O7 cases: an ambiguous commit treated as "not
// committed".
package commit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

type Jobs struct{}

func (Jobs) MarkFailed(ctx context.Context, id int) error { return nil }

func badRerun(ctx context.Context, db *sql.DB) error {
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO t VALUES (1)"); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			continue // want `error from sql.Tx.Commit re-runs the transaction although a failed commit may have committed \(UNKNOWN outcome\); re-run only after an error that proves a rollback, or reconcile first`
		}
		return nil
	}
	return errors.New("gave up")
}

func badMarkFailed(ctx context.Context, conn *pgx.Conn, jobs Jobs, id int) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "UPDATE jobs SET done = true WHERE id = $1", id); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		jobs.MarkFailed(ctx, id) // want `error from pgx.Tx.Commit is recorded as failed by commit.Jobs.MarkFailed although a failed commit may have committed \(UNKNOWN outcome\)`
		return err
	}
	return nil
}

func badRecursion(ctx context.Context, db *sql.DB, n int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return badRecursion(ctx, db, n) // want `error from sql.Tx.Commit re-runs the transaction`
	}
	return nil
}

// okPropagate reports the commit as unknown to the caller.
func okPropagate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit (outcome unknown): %w", err)
	}
	return nil
}

// okProvenRollback re-runs only when pgx says the server rolled back.
func okProvenRollback(ctx context.Context, conn *pgx.Conn) error {
	for {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return err
		}
		err = tx.Commit(ctx)
		if errors.Is(err, pgx.ErrTxCommitRollback) {
			continue
		}
		return err
	}
}

// okNextItem: continue in a loop over items moves on to the next item;
// it does not re-run this transaction.
func okNextItem(ctx context.Context, db *sql.DB, ids []int) {
	for _, id := range ids {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM t WHERE id = $1", id); err != nil {
			tx.Rollback()
			continue
		}
		if err := tx.Commit(); err != nil {
			continue
		}
	}
}
