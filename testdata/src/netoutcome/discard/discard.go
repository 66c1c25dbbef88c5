// Package discard holds NL-O1 cases: errors of network calls dropped.
package discard

import (
	"context"
	"net"
	"net/http"
	"testing"

	"github.com/redis/go-redis/v9"
)

func badExprStmt(c *http.Client, req *http.Request) {
	c.Do(req) // want `error from http.Client.Do is discarded; check it or propagate it, or mark a deliberate fire-and-forget call //netlint:fireandforget`
}

func badBlankResult(c *http.Client, req *http.Request) int {
	resp, _ := c.Do(req) // want `error from http.Client.Do is discarded`
	return resp.StatusCode
}

func badBlank(ctx context.Context, rdb *redis.Client) {
	_ = rdb.Set(ctx, "k", "v", 0).Err() // want `error from redis.Client.Set is discarded`
}

func badCommandDropped(ctx context.Context, rdb *redis.Client) {
	rdb.Incr(ctx, "hits") // want `error from redis.Client.Incr is discarded`
}

func badOverwritten(c *http.Client, a, b *http.Request) error {
	_, err := c.Do(a) // want `error from http.Client.Do is overwritten before it is read; check it or propagate it`
	_, err = c.Do(b)
	return err
}

func badNeverRead(c *http.Client, a, b *http.Request) error {
	resp, err := c.Do(a)
	if err != nil {
		return err
	}
	resp.Body.Close()
	resp, err = c.Do(b) // want `error from http.Client.Do is never read; check it or propagate it`
	return resp.Body.Close()
}

// okDeferClose: closing after the exchange is exempt.
func okDeferClose(ctx context.Context, rdb *redis.Client) error {
	defer rdb.Close()
	return rdb.Set(ctx, "k", "v", 0).Err()
}

// okPipeline: queued commands report their errors through Exec.
func okPipeline(ctx context.Context, rdb *redis.Client) error {
	pipe := rdb.Pipeline()
	pipe.Incr(ctx, "hits")
	pipe.Set(ctx, "k", "v", 0)
	_, err := pipe.Exec(ctx)
	return err
}

// okFireAndForget: the annotation says delivery is not confirmed.
func okFireAndForget(ctx context.Context, rdb *redis.Client) {
	rdb.Publish(ctx, "events", "x") //netlint:fireandforget metrics only
}

// okRead: a dropped read error is NL-V3's to report.
func okRead(conn net.Conn, buf []byte) int {
	n, _ := conn.Read(buf)
	return n
}

// okChecked: the error is read.
func okChecked(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// okReadLater: the first error is read before the second assignment.
func okReadLater(c *http.Client, a, b *http.Request) error {
	_, err := c.Do(a)
	if err != nil {
		return err
	}
	_, err = c.Do(b)
	return err
}

// okNamedResult: a deferred function may read a named result.
func okNamedResult(c *http.Client, req *http.Request) (err error) {
	defer func() {
		if err != nil {
			err = nil
		}
	}()
	_, err = c.Do(req)
	return
}

type uploader struct{ hc *http.Client }

func (u *uploader) abortUpload(req *http.Request) error {
	_, err := u.hc.Do(req)
	return err
}

// okCleanup: an abort after a failure is best-effort cleanup.
func (u *uploader) okCleanup(req *http.Request) {
	u.abortUpload(req)
}

// okTestHelper: helpers that take a testing.TB are test code.
func okTestHelper(tb testing.TB, ctx context.Context, rdb *redis.Client) {
	rdb.Set(ctx, "seed", 1, 0)
}

// okResultTested: failure is handled through the result.
func okResultTested(c *http.Client, req *http.Request) int {
	if resp, _ := c.Do(req); resp != nil {
		return resp.StatusCode
	}
	return 0
}

// okRanged: a failed lookup yields no addresses, which the loop handles.
func okRanged(host string) []string {
	var out []string
	addrs, _ := net.LookupHost(host)
	for _, a := range addrs {
		out = append(out, a)
	}
	return out
}

// okGoroutineBlank: an explicit blank in a detached goroutine is a
// deliberate fire-and-forget.
func okGoroutineBlank(ctx context.Context, rdb *redis.Client) {
	go func() {
		_ = rdb.Del(ctx, "tmp").Err()
	}()
}

func badGoroutineDropped(ctx context.Context, rdb *redis.Client) {
	go func() {
		rdb.Incr(ctx, "hits") // want `error from redis.Client.Incr is discarded`
	}()
}

// okTryFirst: the preferred path's failure shows as a nil result, and the
// fallback that follows reports its own error.
func okTryFirst(near, far *http.Client, req *http.Request) (*http.Response, error) {
	var resp *http.Response
	if near != nil {
		resp, _ = near.Do(req)
	}
	if resp == nil {
		return far.Do(req)
	}
	return resp, nil
}
