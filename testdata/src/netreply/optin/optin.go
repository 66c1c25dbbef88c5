// Package optin holds cases that need configuration: the opt-in NL-V4 and
// a validator named in the validators setting.
package optin

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
)

type Order struct{ ID string }

// Verify is configured as a validator with
// -netcall.validators=(*netreply/optin.Order).Verify.
func (o *Order) Verify() error {
	if o.ID == "" {
		return errors.New("empty order")
	}
	return nil
}

type Store struct{ last *Order }

func (s *Store) badNoContentType(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	o := &Order{}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(o); err != nil { // want `reply of http.Client.Get is decoded without checking its Content-Type`
		return err
	}
	s.last = o // want `reply decoded by json.Decoder.Decode is stored before o.Verify is called`
	return nil
}

func (s *Store) okContentType(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	if mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return errors.New("not JSON") // the media type is checked first
	}
	o := &Order{}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(o); err != nil {
		return err
	}
	if err := o.Verify(); err != nil { // the configured validator
		return err
	}
	s.last = o
	return nil
}
