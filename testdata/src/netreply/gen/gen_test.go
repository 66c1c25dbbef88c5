package gen

import (
	"encoding/json"
	"net/http"
	"testing"
)

// Test files are not reported.
func TestGetItem(t *testing.T) {
	resp, err := http.Get("http://127.0.0.1:1/item")
	if err != nil {
		t.Skip(err)
	}
	var it Item
	json.NewDecoder(resp.Body).Decode(&it)
}
