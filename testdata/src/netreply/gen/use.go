package gen

import "net/http"

// badUseGenerated calls a generated helper from hand-written code: the
// finding is at this call.
func badUseGenerated(c *http.Client, req *http.Request) (*Item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return decodeItem(resp) // want `reply of http.Client.Do is used before` `gen.decodeItem reads the reply body of http.Client.Do with no size limit`
}
