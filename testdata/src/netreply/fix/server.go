package fix

import (
	"encoding/json"
	"io"
	"net/http"
)

type order struct{ ID string }

func create(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil { // want `json.NewDecoder reads the request body with no size limit`
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/upload", func(rw http.ResponseWriter, req *http.Request) {
		data, err := io.ReadAll(req.Body) // want `io.ReadAll reads the request body with no size limit`
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		rw.Write(data)
	})
}

// No fix: the handler's ResponseWriter is unnamed, so there is no writer
// to hand to http.MaxBytesReader.
func unnamed(_ http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body with no size limit`
	_ = data
}
