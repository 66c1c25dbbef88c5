// Package bodies holds NL-V2 cases: peer-controlled bodies read with no
// size limit.
package bodies

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"io/ioutil"
	"net"
	"net/http"
	"os"
)

const maxReply = 1 << 20

var errStatus = errors.New("bad status")

func get(c *http.Client, url string) (*http.Response, error) { // want get:`reply\(checked\)`
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, errStatus
	}
	return resp, nil
}

func badReadAll(c *http.Client, url string) ([]byte, error) {
	resp, err := get(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body) // want `io.ReadAll reads the reply body of bodies.get \(wraps http.Client.Get\) with no size limit`
}

func badIoutil(c *http.Client, url string) ([]byte, error) {
	resp, err := get(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return ioutil.ReadAll(resp.Body) // want `ioutil.ReadAll reads the reply body`
}

func badDecoder(c *http.Client, url string, out any) error {
	resp, err := get(c, url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out) // want `json.NewDecoder reads the reply body`
}

func badBuffer(c *http.Client, url string) (string, error) {
	resp, err := get(c, url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil { // want `bytes.Buffer.ReadFrom reads the reply body`
		return "", err
	}
	return buf.String(), nil
}

func badGzipOverLimit(c *http.Client, url string) ([]byte, error) {
	resp, err := get(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	zr, err := gzip.NewReader(io.LimitReader(resp.Body, maxReply))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr) // want `io.ReadAll reads the reply body`
}

func okLimit(c *http.Client, url string) ([]byte, error) {
	resp, err := get(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, maxReply)) // bounded
}

func okLimitVar(c *http.Client, url string, out any) error {
	resp, err := get(c, url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body := io.LimitReader(resp.Body, maxReply)
	return json.NewDecoder(body).Decode(out) // bounded through a variable
}

func okContentLength(c *http.Client, url string) ([]byte, error) {
	resp, err := get(c, url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength < 0 || resp.ContentLength > maxReply {
		return nil, errStatus
	}
	return io.ReadAll(resp.Body) // net/http stops the body at the checked Content-Length
}

func okCopyToFile(c *http.Client, url string, f *os.File) error {
	resp, err := get(c, url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(f, resp.Body) // streamed to a file, not held in memory
	return err
}

func badConn(addr string) ([]byte, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	return io.ReadAll(conn) // want `io.ReadAll reads a connection from net.Dial to the end with no size limit`
}

func okLocalBytes(b []byte) ([]byte, error) {
	return io.ReadAll(bytes.NewReader(b)) // not from the network
}
