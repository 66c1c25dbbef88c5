// Package server holds NL-T4 cases.
package server

import (
	"net/http"
	"time"
)

func badListen(mux *http.ServeMux) error {
	return http.ListenAndServe(":8080", mux) // want `http.ListenAndServe cannot set server timeouts`
}

func badServer(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8080", Handler: mux} // want `http.Server has no ReadHeaderTimeout or ReadTimeout`
	return srv.ListenAndServe()
}

// okServer: ReadHeaderTimeout bounds slow clients.
func okServer(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return srv.ListenAndServe()
}

// okSetLater: the field is assigned before the server starts.
func okSetLater(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8080", Handler: mux}
	srv.ReadTimeout = 10 * time.Second
	return srv.ListenAndServe()
}

// okConfiguredByHelper: the server is handed to a helper that may set the
// timeouts; netlint does not guess.
func okConfiguredByHelper(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8080", Handler: mux}
	applyTimeouts(srv)
	return srv.ListenAndServe()
}

func applyTimeouts(s *http.Server) { s.ReadHeaderTimeout = 3 * time.Second }

// okShutdown: lifecycle calls are exempt.
func okShutdown(srv *http.Server) error { return srv.Close() }
