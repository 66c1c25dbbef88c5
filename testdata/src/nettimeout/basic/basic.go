// Package basic holds NL-T1 and NL-T2 cases for HTTP clients, dialers and
// database/sql.
package basic

import (
	"context"
	"crypto/tls"
	"database/sql"
	"net"
	"net/http"
	"time"
)

func badGet(u string) {
	resp, err := http.Get(u) // want `http.Get uses http.DefaultClient, which has no timeout`
	if err == nil {
		resp.Body.Close()
	}
}

func badZeroClient(u string) {
	c := &http.Client{} // want `http.Client has no Timeout`
	req, _ := http.NewRequest("GET", u, nil)
	c.Do(req) // want `http.Client.Do can wait forever`
}

func badDefaultClientBackground(u string) {
	req, _ := http.NewRequestWithContext(context.Background(), "GET", u, nil)
	http.DefaultClient.Do(req) // want `http.Client.Do can wait forever`
}

func badTimeoutZeroed(u string) {
	c := new(http.Client) // want `http.Client has no Timeout`
	c.Timeout = 0
	c.Get(u) // want `http.Client.Get can wait forever`
}

// okClientTimeout: the client bounds every call.
func okClientTimeout(u string) {
	c := &http.Client{Timeout: 5 * time.Second}
	c.Get(u)
}

// okTimeoutSetLater: a later assignment gives the client its timeout.
func okTimeoutSetLater(u string) {
	c := &http.Client{}
	c.Timeout = 10 * time.Second
	c.Get(u)
}

// okRequestDeadline: the request's context has a deadline; the client is
// only used with bounded requests, so NL-T2 is not reported either.
func okRequestDeadline(u string) error {
	c := &http.Client{}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// okCallerContext: the context is a parameter, so the deadline is the
// caller's business.
func okCallerContext(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// okUnknownClient: a client from a parameter may well have a timeout.
func okUnknownClient(c *http.Client, u string) {
	c.Get(u)
}

// okStreamingClient: a transport with a response-header timeout bounds the
// wait for the reply without cutting off long bodies.
func okStreamingClient(u string) {
	c := &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: 5 * time.Second, TLSHandshakeTimeout: 5 * time.Second}}
	c.Get(u)
}

func badTransport() *http.Transport {
	return &http.Transport{MaxIdleConns: 10} // want `http.Transport has no TLSHandshakeTimeout`
}

// okCloneTransport: DefaultTransport's clone keeps its dial and TLS timeouts.
func okCloneTransport() *http.Transport {
	return http.DefaultTransport.(*http.Transport).Clone()
}

func badDial(addr string) (net.Conn, error) {
	return net.Dial("tcp", addr) // want `net.Dial has no timeout and takes no context`
}

// okDialTimeout: the connect is bounded.
func okDialTimeout(addr string) (net.Conn, error) {
	return net.DialTimeout("tcp", addr, time.Second)
}

func badDialer(addr string) (net.Conn, error) {
	var d net.Dialer
	return d.DialContext(context.Background(), "tcp", addr) // want `net.Dialer.DialContext is called with context.Background\(\) and the dialer has no Timeout`
}

// okDialerTimeout: the dialer carries the bound.
func okDialerTimeout(addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: 3 * time.Second}
	return d.DialContext(context.Background(), "tcp", addr)
}

func badQuery(db *sql.DB) error {
	rows, err := db.Query("SELECT 1") // want `sql.DB.Query has no timeout and takes no context`
	if err != nil {
		return err
	}
	return rows.Close()
}

func badQueryBackground(db *sql.DB) error {
	_, err := db.ExecContext(context.TODO(), "DELETE FROM t") // want `sql.DB.ExecContext is called with context.TODO\(\) with no deadline`
	return err
}

// okQueryCtx: the caller's context bounds the query.
func okQueryCtx(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "DELETE FROM t")
	return err
}

// okClose: lifecycle calls are exempt.
func okClose(db *sql.DB) error { return db.Close() }

func suppressed(u string) {
	//netlint:ignore NL-T1 a one-shot CLI call, bounded by the process timeout
	http.Get(u)
	http.Get(u) //netlint:ignore nettimeout trailing form
}

func badDirective(u string) {
	//netlint:ignore NL-T1 // want `netlint:ignore NL-T1 needs a reason`
	http.Get(u) // want `http.Get uses http.DefaultClient`
}

// badVerb carries a misspelt directive, itself a finding.
//
//netlint:idempotnet // want `unknown netlint directive "idempotnet"`
func badVerb() {}

// okDialWithDialer: the dialer passed in bounds the connect.
func okDialWithDialer(addr string) error {
	d := &net.Dialer{Timeout: time.Second}
	c, err := tls.DialWithDialer(d, "tcp", addr, nil)
	if err != nil {
		return err
	}
	return c.Close()
}

func badDialWithDialer(addr string) error {
	c, err := tls.DialWithDialer(&net.Dialer{}, "tcp", addr, nil) // want `tls.DialWithDialer has no timeout: the dialer has no Timeout or Deadline`
	if err != nil {
		return err
	}
	return c.Close()
}
