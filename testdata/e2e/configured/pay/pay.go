// Package pay is a payments client.
package pay

// Client calls the payments API.
type Client struct{ base string }

// Get fetches a payment.
func (c *Client) Get(id string) string { return c.base + "/" + id }
