// Command paymentsvc serves the payments API.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"example.com/netlint-demo/api"
	"example.com/netlint-demo/store"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	h := &api.Handler{Store: store.New(db)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/pending", h.PendingChecked)
	mux.HandleFunc("GET /v1/pending-legacy", h.Pending)

	if os.Getenv("LEGACY_LISTENER") != "" {
		log.Fatal(http.ListenAndServe(":8080", mux)) // NL-T4: server without timeouts
	}
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	log.Fatal(srv.ListenAndServe())
}
