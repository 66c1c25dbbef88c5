package rules

// pgxAPIs lists github.com/jackc/pgx/v5, its pgxpool and pgconn packages.
//
// Facts read in github.com/jackc/pgx/v5 v5.12.0: there is no default
// statement timeout, so the context is the only bound (pgxpool gives new
// connections a 2m connect timeout when none is configured); pgx retries
// nothing by itself, and pgconn.SafeToRetry reports errors raised before
// anything was sent; Query defers most errors to Rows.Err; a failed Commit
// returns pgx.ErrTxCommitRollback only when the server rolled back.
var pgxAPIs = []API{
	{Func: "(*github.com/jackc/pgx/v5.Conn).Begin", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5.Conn).BeginTx", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Close", Kind: SQL, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/jackc/pgx/v5.Conn).CopyFrom", Kind: SQL, Params: []Role{Ctx}, Idem: NonIdem},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Exec", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Ping", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Prepare", Kind: SQL, Params: []Role{Ctx, Other, Query}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Query", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: LaterErr},
	{Func: "(*github.com/jackc/pgx/v5.Conn).QueryRow", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: Absence | LaterErr,
		Note: "errors, pgx.ErrNoRows included, arrive from Row.Scan"},
	{Func: "(*github.com/jackc/pgx/v5.Conn).SendBatch", Kind: SQL, Params: []Role{Ctx}, Idem: Unknown, Flags: LaterErr},
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).Close", Kind: SQL, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).Exec", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: LaterErr},
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).ExecParams", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: LaterErr},
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).Ping", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Acquire", Kind: SQL, Params: []Role{Ctx}, Idem: Safe,
		Note: "waits for a free connection; the context is the only bound"},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Begin", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).BeginTx", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Close", Kind: SQL, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Exec", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Ping", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Query", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: LaterErr},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).QueryRow", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: Absence | LaterErr},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).SendBatch", Kind: SQL, Params: []Role{Ctx}, Idem: Unknown, Flags: LaterErr},
	{Func: "(github.com/jackc/pgx/v5.Tx).Begin", Kind: SQL, Params: []Role{Ctx}, Idem: Safe, Note: "starts a savepoint"},
	{Func: "(github.com/jackc/pgx/v5.Tx).Commit", Kind: SQL, Params: []Role{Ctx}, Idem: Unknown, Flags: Commit,
		Note: "an error other than pgx.ErrTxCommitRollback leaves the outcome unknown"},
	{Func: "(github.com/jackc/pgx/v5.Tx).Exec", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep},
	{Func: "(github.com/jackc/pgx/v5.Tx).Query", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: LaterErr},
	{Func: "(github.com/jackc/pgx/v5.Tx).QueryRow", Kind: SQL, Params: []Role{Ctx, Query}, Idem: Dep, Flags: Absence | LaterErr},
	{Func: "(github.com/jackc/pgx/v5.Tx).Rollback", Kind: SQL, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(github.com/jackc/pgx/v5.Tx).SendBatch", Kind: SQL, Params: []Role{Ctx}, Idem: Unknown, Flags: LaterErr},
	{Func: "github.com/jackc/pgx/v5.Connect", Kind: SQL, Params: []Role{Ctx}, Idem: Safe,
		Note: "connects at once; connect_timeout in the DSN also bounds it"},
	{Func: "github.com/jackc/pgx/v5.ConnectConfig", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
	{Func: "github.com/jackc/pgx/v5/pgconn.Connect", Kind: SQL, Params: []Role{Ctx}, Idem: Safe},
}
