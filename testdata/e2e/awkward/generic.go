package awkward

import (
	"context"
	"net/http"
)

// GetAs is a generic wrapper whose context comes from the caller.
func GetAs[T any](ctx context.Context, u string) (*T, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, nil
	}
	return new(T), nil
}

// UseGeneric instantiates it with context.Background.
func UseGeneric(u string) error {
	_, err := GetAs[int](context.Background(), u) // NL-T1
	return err
}
