// Package use calls net/http directly and through package lib, whose
// wrapper is known only from a fact.
package use

import (
	"context"
	"net/http"
	"time"

	"gclplugin/lib"
)

func badGet() error {
	resp, err := http.Get("http://example.com") // want `http.Get uses http.DefaultClient`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func badWrapper() error {
	return lib.Fetch(context.Background(), "http://example.com") // want `lib.Fetch receives context.Background\(\)`
}

// okWrapper: the context has a deadline.
func okWrapper() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return lib.Fetch(ctx, "http://example.com")
}
