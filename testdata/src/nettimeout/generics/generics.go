// Package generics checks that generic wrappers are followed and do not
// crash the analysis.
package generics

import (
	"context"
	"encoding/json"
	"net/http"
)

// GetJSON is a generic wrapper.
func GetJSON[T any](ctx context.Context, url string) (T, error) {
	var out T
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return out, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

type user struct{ Name string }

func badGeneric(url string) (user, error) {
	return GetJSON[user](context.Background(), url) // want `generics.GetJSON receives context.Background\(\), which reaches http.Client.Do with no deadline`
}

// Pool is a generic type with a method that wraps a call.
type Pool[T any] struct{ items []T }

// Do sends the request; the context is the caller's.
func (p *Pool[T]) Do(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func badGenericMethod(p *Pool[int], url string) error {
	return p.Do(context.Background(), url) // want `generics.Pool.Do receives context.Background\(\)`
}

// okMethodValue: a method value is still a call of Do, with a deadline-free
// context from the caller.
func okMethodValue(ctx context.Context, p *Pool[string], url string) error {
	do := p.Do
	return do(ctx, url)
}
