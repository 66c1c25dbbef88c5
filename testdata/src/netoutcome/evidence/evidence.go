// Package evidence holds NL-O2 cases: classification evidence destroyed.
package evidence

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	"example.com/pb"
	"github.com/redis/go-redis/v9"
)

func badDeadCompare(c *http.Client, req *http.Request) error {
	_, err := c.Do(req)
	if err == context.DeadlineExceeded { // want `error from http.Client.Do is always a \*url.Error, so err == context.DeadlineExceeded is never true; use errors.Is or errors.As`
		return nil
	}
	return err
}

func badDeadAssert(c *http.Client, req *http.Request) bool {
	_, err := c.Do(req)
	if err != nil {
		_, ok := err.(*net.OpError) // want `error from http.Client.Do is always a \*url.Error, so the assertion to \*net.OpError never succeeds`
		return ok
	}
	return false
}

func badDeadSwitch(c *http.Client, req *http.Request) error {
	_, err := c.Do(req)
	switch err {
	case nil:
		return nil
	case io.EOF: // want `error from http.Client.Do is always a \*url.Error, so case io.EOF never matches`
		return nil
	}
	return err
}

func badGRPCCompare(ctx context.Context, pay pb.PaymentsClient) error {
	_, err := pay.GetPayment(ctx, &pb.GetPaymentRequest{})
	if err != nil && err != context.Canceled { // want `error from pb.PaymentsClient.GetPayment is a gRPC status error, so err != context.Canceled is never true; use status.Code\(err\)`
		return err
	}
	return nil
}

func badTextMatch(c *http.Client, req *http.Request) error {
	_, err := c.Do(req)
	if err != nil {
		if strings.Contains(err.Error(), "timeout") { // want `error from http.Client.Do is classified by matching its text with strings.Contains; use errors.Is, errors.As or the library's classifier`
			return nil
		}
		return err
	}
	return nil
}

func badTextCompare(ctx context.Context, rdb *redis.Client) (string, error) {
	v, err := rdb.Get(ctx, "k").Result()
	if err != nil && err.Error() == "redis: nil" { // want `error from redis.Client.Get is classified by comparing its text`
		return "", nil
	}
	return v, err
}

func badFlattenV(c *http.Client, req *http.Request) error {
	if _, err := c.Do(req); err != nil {
		return fmt.Errorf("calling svc: %v", err) // want `error from http.Client.Do is wrapped with %v, which cuts the error chain so callers cannot classify it; use %w`
	}
	return nil
}

func badFlattenNew(c *http.Client, req *http.Request) error {
	if _, err := c.Do(req); err != nil {
		return errors.New("calling svc: " + err.Error()) // want `error from http.Client.Do is turned into text by errors.New`
	}
	return nil
}

// okWrap keeps the chain.
func okWrap(c *http.Client, req *http.Request) error {
	if _, err := c.Do(req); err != nil {
		return fmt.Errorf("calling svc: %w", err)
	}
	return nil
}

// okIs sees through the *url.Error.
func okIs(c *http.Client, req *http.Request) error {
	_, err := c.Do(req)
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timed out: %w", err)
	}
	return err
}

// okNetError: *url.Error implements net.Error, so the assertion can hold.
func okNetError(c *http.Client, req *http.Request) bool {
	_, err := c.Do(req)
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

// okEOF: Read returns io.EOF unwrapped, as io.Reader documents.
func okEOF(conn net.Conn, buf []byte) (int, error) {
	n, err := conn.Read(buf)
	if err == io.EOF {
		return n, nil
	}
	return n, err
}

// okNoRows: Row.Scan returns sql.ErrNoRows itself.
func okNoRows(ctx context.Context, db *sql.DB) (string, error) {
	var name string
	err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = 1").Scan(&name)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return name, err
}

// okRedisNil: commands return redis.Nil itself.
func okRedisNil(ctx context.Context, rdb *redis.Client) (string, error) {
	v, err := rdb.Get(ctx, "k").Result()
	if err == redis.Nil {
		return "", nil
	}
	return v, err
}

// okTranslate: a second %w makes the translation deliberate.
var ErrUpstream = errors.New("upstream failed")

func okTranslate(c *http.Client, req *http.Request) error {
	if _, err := c.Do(req); err != nil {
		return fmt.Errorf("%w: %v", ErrUpstream, err)
	}
	return nil
}

// okDecoration: the text match only adds a hint to the returned error.
func okDecoration(c *http.Client, req *http.Request) error {
	_, err := c.Do(req)
	if err != nil {
		if strings.Contains(err.Error(), "tls: oversized") {
			err = fmt.Errorf("%w (is the server speaking plain HTTP?)", err)
		}
		return err
	}
	return nil
}
