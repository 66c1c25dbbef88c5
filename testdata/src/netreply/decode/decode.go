// Package decode holds NL-V3 cases: decode and read errors of network data
// dropped, and replies cut short by io.LimitReader.
package decode

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

const max = 1 << 20

type Quote struct{ Price int }

// fetch returns a reply whose status it has checked.
func fetch(c *http.Client, url string) (*http.Response, error) { // want fetch:`reply\(checked\)`
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	return resp, nil
}

func badUnmarshal(c *http.Client, url string) Quote {
	resp, err := fetch(c, url)
	if err != nil {
		return Quote{}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, max))
	if err != nil {
		return Quote{}
	}
	var q Quote
	_ = json.Unmarshal(b, &q) // want `error of json.Unmarshal on network data is discarded; a malformed reply would pass as a zero value`
	return q
}

func badDecode(c *http.Client, url string) Quote {
	resp, err := fetch(c, url)
	if err != nil {
		return Quote{}
	}
	defer resp.Body.Close()
	var q Quote
	json.NewDecoder(io.LimitReader(resp.Body, max)).Decode(&q) // want `error of json.Decoder.Decode on network data is discarded`
	return q
}

func badReadAll(c *http.Client, url string) []byte {
	resp, err := fetch(c, url)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, max)) // want `error of io.ReadAll on network data is discarded; a reply cut off mid-way would pass as complete`
	return b
}

func badScan(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM users")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n) // want `error of sql.Rows.Scan on network data is discarded; a failed read would pass as zero values`
		names = append(names, n)
	}
	return names, rows.Err()
}

func okChecked(c *http.Client, url string) (Quote, error) {
	resp, err := fetch(c, url)
	if err != nil {
		return Quote{}, err
	}
	defer resp.Body.Close()
	var q Quote
	if err := json.NewDecoder(io.LimitReader(resp.Body, max)).Decode(&q); err != nil { // checked
		return Quote{}, err
	}
	return q, nil
}

func okLocalData() Quote {
	var q Quote
	_ = json.Unmarshal([]byte(`{"Price":1}`), &q) // a constant, not network data
	return q
}
