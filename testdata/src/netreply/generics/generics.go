// Package generics holds generic reply helpers and method values.
package generics

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// decode is a generic helper that checks the status before decoding.
func decode[T any](r *http.Response) (T, error) { // want decode:`reply\(status=0 reads=0\)`
	var out T
	if r.StatusCode != http.StatusOK {
		return out, fmt.Errorf("status %d", r.StatusCode)
	}
	err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&out)
	return out, err
}

// read is a generic helper that decodes without a check.
func read[T any](r *http.Response) (T, error) { // want read:`reply\(consumes=0 reads=0\)`
	var out T
	err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&out)
	return out, err
}

type Point struct{ X, Y int }

func okGeneric(c *http.Client, req *http.Request) (Point, error) {
	resp, err := c.Do(req)
	if err != nil {
		return Point{}, err
	}
	defer resp.Body.Close()
	return decode[Point](resp) // decode tests the status
}

func badGeneric(c *http.Client, req *http.Request) (Point, error) {
	do := c.Do // a method value is still http.Client.Do
	resp, err := do(req)
	if err != nil {
		return Point{}, err
	}
	defer resp.Body.Close()
	return read[Point](resp) // want `reply of http.Client.Do is used before resp.StatusCode is checked`
}
