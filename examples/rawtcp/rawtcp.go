// Package rawtcp talks to a ledger daemon over a line-based TCP protocol.
package rawtcp

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"strings"
	"time"
)

// Balance asks the daemon at addr for an account's balance. Neither the
// dial nor the read is bounded: a silent peer blocks the caller forever.
func Balance(addr, account string) (string, error) {
	conn, err := net.Dial("tcp", addr) // NL-T1: net.Dial has no timeout
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if _, err := fmt.Fprintf(conn, "BALANCE %s\n", account); err != nil { // NL-T3: write on a connection without a deadline
		return "", err
	}
	buf := make([]byte, 128)
	n, err := conn.Read(buf) // also unbounded; NL-T3 is reported once per connection, at its first use
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(buf[:n])), nil
}

// BalanceWithin asks the same question with a bounded dial and a
// deadline on the exchange.
func BalanceWithin(ctx context.Context, addr, account string) (string, error) {
	d := net.Dialer{Timeout: 3 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
		return "", err
	}
	if _, err := fmt.Fprintf(conn, "BALANCE %s\n", account); err != nil {
		return "", err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(line), nil
}
