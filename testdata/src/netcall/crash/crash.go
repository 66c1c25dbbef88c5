// Package crash holds shapes that once crashed netcall or could: cyclic
// field assignments, self-referential variables, multi-value calls, too
// few arguments, dot imports. Nothing here is a finding.
package crash

import (
	"context"
	. "net/http"
)

type holder struct{ c *Client }

// swap assigns the field from itself: the flow analysis must not loop.
func (h *holder) swap(o *holder) {
	h.c = o.c
	o.c = h.c
	h.c.Get("http://x") // want `site http.Client.Get catalog safe GET`
}

// selfRef assigns a variable from itself.
func selfRef(ctx context.Context) {
	ctx = context.WithValue(ctx, "k", 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, _ := NewRequestWithContext(ctx, "GET", "http://x", nil)
	DefaultClient.Do(req) // want `site http.Client.Do catalog safe GET`
}

func pair() (string, string) { return "tcp", "x:1" }

// multi passes a multi-value call as the arguments.
func multi() {
	Get(first(pair())) // want `site http.Get catalog safe GET`
}

func first(a, _ string) string { return a }
