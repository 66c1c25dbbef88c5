package loops

import (
	"bytes"
	"net/http"
	"time"
)

func badGoto(c *http.Client, u string, body []byte) (*http.Response, error) {
	tries := 0
retry: // want `a goto retry around http.Client.Post \(POST\) does not wait between attempts`
	resp, err := c.Post(u, "application/json", bytes.NewReader(body)) // want `http.Client.Post \(POST\) is retried by a goto retry without an idempotency key`
	if err != nil {
		tries++
		if tries < 3 {
			goto retry
		}
		return nil, err
	}
	return resp, nil
}

func badRecursion(c *http.Client, u string, body []byte) (*http.Response, error) { // want `recursion on error \(badRecursion\) around http.Client.Post \(POST\) never gives up`
	resp, err := c.Post(u, "application/json", bytes.NewReader(body)) // want `http.Client.Post \(POST\) is retried by recursion on error \(badRecursion\) without an idempotency key`
	if err != nil {
		time.Sleep(time.Second)
		return badRecursion(c, u, body) // the same request again, forever
	}
	return resp, nil
}

// okRecursionNextPage: the recursive call asks for a different page, so
// it is not a retry of the same request.
func okRecursionNextPage(c *http.Client, u string, page int) error {
	resp, err := c.Post(u+"?page="+string(rune('0'+page)), "text/plain", nil)
	if err != nil && page < 3 {
		return okRecursionNextPage(c, u, page+1)
	}
	if err == nil {
		resp.Body.Close()
	}
	return err
}
