// Package lookup holds name lookups and Unix-socket dials.
package lookup

import (
	"context"
	"net"
	"net/http"
)

// Not reported: the resolver bounds a lookup by its own timeouts and
// attempts, and there is no caller's context to honour here.
func resolve(host string) ([]string, error) {
	return net.LookupHost(host)
}

// The caller's deadline does not reach the lookup.
func resolveFor(ctx context.Context, host string) ([]string, error) {
	return net.LookupHost(host) // want `net.LookupHost ignores the caller's ctx, so the lookup outlives the caller's deadline and cancellation; use net.DefaultResolver.LookupHost\(ctx, …\)`
}

func handler(w http.ResponseWriter, r *http.Request) {
	_, addrs, err := net.LookupSRV("http", "tcp", r.URL.Host) // want `net.LookupSRV ignores the caller's r.Context\(\)`
	if err != nil || len(addrs) == 0 {
		http.Error(w, "no backend", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Not reported: the lookup takes the caller's context.
func resolveCtx(ctx context.Context, host string) ([]string, error) {
	return net.DefaultResolver.LookupHost(ctx, host)
}

// Not reported: the resolver bounds the lookup even with a context that
// has no deadline.
func resolveBackground(host string) ([]string, error) {
	return net.DefaultResolver.LookupHost(context.Background(), host)
}

// Not reported: a Unix-domain socket is local IPC, not a network call.
func agent(path string) (net.Conn, error) {
	return net.Dial("unix", path)
}

// A TCP dial with no timeout is still reported.
func remote(addr string) (net.Conn, error) {
	return net.Dial("tcp", addr) // want `net.Dial has no timeout and takes no context`
}
