// Package fix holds NL-V2 cases with and without the bounded-read fix.
package fix

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
)

func readAll(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, io.ErrUnexpectedEOF
	}
	return io.ReadAll(resp.Body) // want `io.ReadAll reads the reply body of http.Client.Get with no size limit`
}

func decode(c *http.Client, url string, out any) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return io.ErrUnexpectedEOF
	}
	return json.NewDecoder(resp.Body).Decode(out) // want `json.NewDecoder reads the reply body of http.Client.Get with no size limit`
}

func copyToMemory(c *http.Client, url string) (string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", io.ErrUnexpectedEOF
	}
	var buf bytes.Buffer
	_, err = io.Copy(&buf, (resp.Body)) // want `io.Copy reads the reply body of http.Client.Get with no size limit`
	return buf.String(), err
}

// No fix: the read's argument is a decompressor over the body, and a limit
// written around it would bound the decompressed size, a different
// decision than the one the finding asks for.
func gunzip(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, io.ErrUnexpectedEOF
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr) // want `io.ReadAll reads the reply body of http.Client.Get with no size limit`
}

// No fix: a local variable shadows the http package at the read, so the
// fix's http.MaxBytesReader would not compile.
func shadowed(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, io.ErrUnexpectedEOF
	}
	http := "shadows the package"
	_ = http
	return io.ReadAll(resp.Body) // want `io.ReadAll reads the reply body of http.Client.Get with no size limit`
}
