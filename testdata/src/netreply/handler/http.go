// Package handler holds NL-V7 cases: handlers that answer success, fast
// and empty, when a downstream call fails.
package handler

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

type Server struct{ db *sql.DB }

func (s *Server) badImplicitOK(w http.ResponseWriter, r *http.Request) {
	var n int
	err := s.db.QueryRowContext(r.Context(), "SELECT count(*) FROM items").Scan(&n)
	if err != nil {
		log.Print(err)
		return // want `handler returns without writing a status when sql.DB.QueryRowContext fails, so the client gets an empty 200 OK`
	}
	fmt.Fprintf(w, "%d", n)
}

func (s *Server) okHTTPError(w http.ResponseWriter, r *http.Request) {
	var n int
	err := s.db.QueryRowContext(r.Context(), "SELECT count(*) FROM items").Scan(&n)
	if err != nil {
		http.Error(w, "count failed", http.StatusBadGateway) // a failure status
		return
	}
	fmt.Fprintf(w, "%d", n)
}

func (s *Server) badWriteOK(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT name FROM items")
	if err != nil {
		w.WriteHeader(http.StatusOK) // want `handler answers with a success status when sql.DB.QueryContext fails`
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (s *Server) okDegraded(w http.ResponseWriter, r *http.Request) {
	var n int
	err := s.db.QueryRowContext(r.Context(), "SELECT count(*) FROM items").Scan(&n)
	//netlint:degraded the count is advisory; an empty page is the documented fallback
	if err != nil {
		return
	}
	fmt.Fprintf(w, "%d", n)
}

func (s *Server) okHelperWrites(w http.ResponseWriter, r *http.Request) {
	var n int
	if err := s.db.QueryRowContext(r.Context(), "SELECT 1").Scan(&n); err != nil {
		writeError(w, err) // the helper receives w and writes the status
		return
	}
	json.NewEncoder(w).Encode(n)
}

func (s *Server) okAlreadyStreaming(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	fmt.Fprintln(w, "starting")
	var n int
	if err := s.db.QueryRowContext(r.Context(), "SELECT 1").Scan(&n); err != nil {
		return // the status is already on the wire; nothing better can be said
	}
	fmt.Fprintln(w, n)
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) {
		if err := s.db.PingContext(r.Context()); err != nil {
			return // want `handler returns without writing a status when sql.DB.PingContext fails`
		}
		w.Write([]byte("pong"))
	})
}

// notAHandler has the same shape of code but writes to no client.
func (s *Server) notAHandler(r *http.Request) int {
	var n int
	if err := s.db.QueryRowContext(r.Context(), "SELECT 1").Scan(&n); err != nil {
		return 0
	}
	return n
}

func writeError(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

func writeRows(w http.ResponseWriter, rows *sql.Rows) {
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		fmt.Fprintln(w, name)
	}
	if err := rows.Err(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
