// Package bodylib holds reading helpers whose facts say whether they bound
// what they read.
package bodylib

import (
	"encoding/json"
	"fmt"
	"io"
)

const max = 1 << 20

// ReadBody reads within a limit: callers' bodies are bounded.
func ReadBody(r io.Reader) ([]byte, error) { // want ReadBody:`reply\(reads=0 returns\)`
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, fmt.Errorf("reply larger than %d bytes", max)
	}
	return b, nil
}

// ReadAllBody reads without a limit: the finding is at its callers.
func ReadAllBody(r io.Reader) ([]byte, error) { // want ReadAllBody:`reply\(reads=0 unbounded returns\)`
	return io.ReadAll(r)
}

// Decode decodes from a reader without a limit.
func Decode(r io.Reader, v any) error { // want Decode:`reply\(reads=0 unbounded\)`
	return json.NewDecoder(r).Decode(v)
}

// Limit returns the reader wrapped in a limit.
func Limit(r io.Reader) io.Reader { // want Limit:`reply\(bounds=0\)`
	return io.LimitReader(r, max)
}
