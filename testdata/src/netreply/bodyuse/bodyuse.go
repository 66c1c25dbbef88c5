// Package bodyuse reads reply bodies through the helpers of bodylib.
package bodyuse

import (
	"net/http"

	"netreply/bodylib"
)

func okBoundedHelper(c *http.Client, req *http.Request) ([]byte, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, http.ErrNotSupported
	}
	return bodylib.ReadBody(resp.Body) // the helper bounds its reader
}

func badUnboundedHelper(c *http.Client, req *http.Request) ([]byte, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, http.ErrNotSupported
	}
	return bodylib.ReadAllBody(resp.Body) // want `bodylib.ReadAllBody reads the reply body of http.Client.Do with no size limit`
}

func badDecodeHelper(c *http.Client, req *http.Request, v any) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return http.ErrNotSupported
	}
	return bodylib.Decode(resp.Body, v) // want `bodylib.Decode reads the reply body`
}

func okLimitHelper(c *http.Client, req *http.Request, v any) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return http.ErrNotSupported
	}
	return bodylib.Decode(bodylib.Limit(resp.Body), v) // bounded by bodylib.Limit
}
