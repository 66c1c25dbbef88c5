// Package status holds NL-V1 cases: a reply body used before its status
// code is checked.
package status

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

type Item struct{ ID string }

func badDecodeFirst(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var it Item
	err = json.NewDecoder(limit(resp.Body)).Decode(&it)
	return &it, err // want `reply of http.Client.Do is used before resp.StatusCode is checked`
}

func okEarlyReturn(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // the early return clears what follows
		return nil, fmt.Errorf("get item: %s", resp.Status)
	}
	var it Item
	return &it, json.NewDecoder(limit(resp.Body)).Decode(&it)
}

func okSwitchCase(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK: // the decode only runs on 200
		var it Item
		return &it, json.NewDecoder(limit(resp.Body)).Decode(&it)
	case http.StatusNotFound:
		return nil, nil
	}
	return nil, fmt.Errorf("status %d", resp.StatusCode)
}

func badLogOnly(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusOK {
		log.Print("ok") // both paths go on to the decode
	}
	var it Item
	err = json.NewDecoder(limit(resp.Body)).Decode(&it)
	return &it, err // want `reply of http.Client.Do is used before`
}

func badOneBranch(c *http.Client, req *http.Request, strict bool) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if strict {
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("status %d", resp.StatusCode)
		}
	}
	var it Item
	err = json.NewDecoder(limit(resp.Body)).Decode(&it)
	return &it, err // want `reply of http.Client.Do is used before`
}

func badReturnBytes(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(limit(resp.Body))
	return b, err // want `reply of http.Get is used before`
}

func badCopyToFile(c *http.Client, url string, f *os.File) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(f, resp.Body) // want `reply of http.Client.Get is used before`
	return err
}

// limit bounds a reader; its fact lets callers' reads count as bounded.
func limit(r io.Reader) io.Reader { return io.LimitReader(r, 1<<20) } // want limit:`reply\(bounds=0\)`

func badDecodeIntoCaller(c *http.Client, req *http.Request, out any) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(limit(resp.Body)).Decode(out) // want `reply of http.Client.Do is used before resp.StatusCode is checked`
}

func badSideEffect(c *http.Client, req *http.Request, sink func(Item)) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var it Item
	if err := json.NewDecoder(limit(resp.Body)).Decode(&it); err != nil {
		return err
	}
	sink(it) // want `reply of http.Client.Do is used before`
	return nil
}
