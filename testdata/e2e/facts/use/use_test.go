package use

import (
	"net/http"
	"testing"
)

func TestDirect(t *testing.T) {
	if false {
		http.Get("http://example.com/c")
	}
}
