// Package api serves the service's HTTP API.
package api

import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/netlint-demo/store"
)

// Handler serves orders from a store.
type Handler struct{ Store *store.Store }

// Pending answers 200 OK with an empty body when the store fails: the
// caller cannot tell "no pending orders" from "the database is down".
func (h *Handler) Pending(w http.ResponseWriter, r *http.Request) {
	orders, err := h.Store.PendingContext(r.Context())
	if err != nil {
		log.Printf("pending: %v", err)
		return // NL-V7: returns without writing, so the client gets an empty 200
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(orders)
}

// PendingChecked reports a store failure with a failure status.
func (h *Handler) PendingChecked(w http.ResponseWriter, r *http.Request) {
	orders, err := h.Store.PendingContext(r.Context())
	if err != nil {
		log.Printf("pending: %v", err)
		http.Error(w, "store unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(orders); err != nil {
		log.Printf("pending: writing reply: %v", err)
	}
}
