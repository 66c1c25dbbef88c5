package bodies

import (
	"encoding/json"
	"io"
	"net/http"
)

type Order struct{ ID string }

func badHandler(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil { // want `json.NewDecoder reads the request body with no size limit; wrap it in http.MaxBytesReader`
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func okHandler(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil { // bounded by MaxBytesReader above
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func register(mux *http.ServeMux) {
	mux.HandleFunc("/raw", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body) // want `io.ReadAll reads the request body with no size limit`
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Write(b)
	})
}

// okClientRequest reads a request it built itself, not an inbound one.
func okClientRequest(req *http.Request) ([]byte, error) { // want okClientRequest:`reply\(reads=0 unbounded returns\)`
	return io.ReadAll(req.Body)
}

// serveBounded bounds the body, then hands the request to a helper that
// has a handler's shape.
func serveBounded(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	decodeOrder(w, r) // bounded above
}

func serveUnbounded(w http.ResponseWriter, r *http.Request) {
	decodeOrder(w, r) // want `bodies.decodeOrder reads the request body with no size limit; bound the read inside decodeOrder or wrap the body in http.MaxBytesReader`
}

// decodeOrder is called directly, so its callers are judged by its fact.
func decodeOrder(w http.ResponseWriter, r *http.Request) { // want decodeOrder:`reply\(reads=1 unbounded\)`
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}
