// Package conn holds NL-T3 cases: I/O on raw connections.
package conn

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"time"
)

func badRead(addr string) (string, error) {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	fmt.Fprintf(c, "PING\r\n") // want `fmt.Fprintf on a connection from net.DialTimeout has no deadline`
	return bufio.NewReader(c).ReadString('\n')
}

// okDeadline: the deadline bounds the exchange.
func okDeadline(addr string) (string, error) {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	fmt.Fprintf(c, "PING\r\n")
	return bufio.NewReader(c).ReadString('\n')
}

func badMethodRead(ctx context.Context, addr string) ([]byte, error) {
	d := net.Dialer{Timeout: time.Second}
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	buf := make([]byte, 512)
	n, err := c.Read(buf) // want `c.Read on a connection from net.Dialer.DialContext has no deadline`
	return buf[:n], err
}

// okClosedOnCancel: a goroutine closes the connection when ctx is done,
// which unblocks the read.
func okClosedOnCancel(ctx context.Context, addr string) ([]byte, error) {
	d := net.Dialer{Timeout: time.Second}
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	buf := make([]byte, 512)
	n, err := c.Read(buf)
	return buf[:n], err
}

// okParam: a connection received as a parameter; its owner sets deadlines.
func okParam(c net.Conn) error {
	_, err := c.Write([]byte("x"))
	return err
}

func badAccept(ln net.Listener) error {
	c, err := ln.Accept()
	if err != nil {
		return err
	}
	defer c.Close()
	buf := make([]byte, 64)
	_, err = c.Read(buf) // want `c.Read on a connection from net.Listener.Accept has no deadline`
	return err
}
