package status

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
)

// okReadThenCheck reads the bytes first and decodes them only after the
// check: reading alone is not a use.
func okReadThenCheck(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, b)
	}
	var it Item
	return &it, json.Unmarshal(b, &it)
}

// okFlag keeps the test in a variable first.
func okFlag(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	ok := resp.StatusCode >= 200 && resp.StatusCode < 300
	if !ok {
		return nil, errors.New("bad status")
	}
	var it Item
	return &it, json.NewDecoder(limit(resp.Body)).Decode(&it)
}

// okRecordedError records the failure and acts on it later.
func okRecordedError(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("status %d", resp.StatusCode)
	}
	if err != nil {
		return nil, err
	}
	var it Item
	return &it, json.NewDecoder(limit(resp.Body)).Decode(&it)
}

// okHandedOn returns the status with the bytes: the caller decides.
type Raw struct {
	Code int
	Body []byte
}

func okHandedOn(c *http.Client, req *http.Request) (*Raw, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return &Raw{Code: resp.StatusCode, Body: b}, err
}

// okReturnsReply hands the reply to its caller, who owns the check.
func okReturnsReply(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	log.Printf("got %s", resp.Status)
	return resp, nil
}

// okDrain only drains and closes the body.
func okDrain(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// okHead: a HEAD reply has no body to trust.
func okHead(url string) (int64, error) {
	resp, err := http.Head(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.ContentLength, nil
}

// okLocalChecker: a helper in this package tests the status.
func okLocalChecker(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if err := checkStatus(resp); err != nil {
		return nil, err
	}
	var it Item
	return &it, json.NewDecoder(limit(resp.Body)).Decode(&it)
}

func checkStatus(r *http.Response) error { // want checkStatus:`reply\(status=0\)`
	if r.StatusCode >= 300 {
		return fmt.Errorf("status %s", r.Status)
	}
	return nil
}

// okLoggedOnly uses the reply only in a log line.
func okLoggedOnly(c *http.Client, req *http.Request) {
	resp, err := c.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	log.Printf("status %d, length %d", resp.StatusCode, resp.ContentLength)
}

// okNamedResult reads into a named result and tests the status before it
// returns: the failure path returns an error with the bytes.
func okNamedResult(c *http.Client, req *http.Request) (body []byte, err error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err = io.ReadAll(limit(resp.Body))
	if err != nil {
		return nil, err
	}
	switch resp.StatusCode {
	case http.StatusOK, http.StatusNoContent:
	default:
		err = fmt.Errorf("status %d", resp.StatusCode)
	}
	return body, err
}
