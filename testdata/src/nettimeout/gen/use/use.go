// Package use calls a generated wrapper.
package use

import (
	"context"

	"nettimeout/gen"
)

func bad(url string) error {
	return gen.Call(context.Background(), url) // want `gen.Call receives context.Background\(\)`
}
