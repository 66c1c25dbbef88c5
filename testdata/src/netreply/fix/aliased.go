package fix

import (
	"io"
	nethttp "net/http"
)

// The fix uses the file's name for net/http.
func aliased(c *nethttp.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != nethttp.StatusOK {
		return nil, io.ErrUnexpectedEOF
	}
	return io.ReadAll(resp.Body) // want `io.ReadAll reads the reply body of http.Client.Get with no size limit`
}
