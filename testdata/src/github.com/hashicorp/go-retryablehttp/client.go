// Package retryablehttp is a hand-written stub of
// github.com/hashicorp/go-retryablehttp (v0.7.8 signatures) for netlint's
// tests.
package retryablehttp

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type ReaderFunc func() (io.Reader, error)

type Request struct {
	body ReaderFunc
	*http.Request
}

func (r *Request) WithContext(ctx context.Context) *Request { return r }

func (r *Request) SetBody(rawBody interface{}) error { return nil }

func FromRequest(r *http.Request) (*Request, error) { return &Request{Request: r}, nil }

func NewRequest(method, url string, rawBody interface{}) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, rawBody)
}

func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	r, err := http.NewRequestWithContext(ctx, method, url, nil)
	return &Request{Request: r}, err
}

type RequestLogHook func(Logger, *http.Request, int)

type ResponseLogHook func(Logger, *http.Response)

type Logger interface {
	Printf(string, ...interface{})
}

type CheckRetry func(ctx context.Context, resp *http.Response, err error) (bool, error)

type Backoff func(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration

type ErrorHandler func(resp *http.Response, err error, numTries int) (*http.Response, error)

type PrepareRetry func(req *http.Request) error

type Client struct {
	HTTPClient      *http.Client
	Logger          interface{}
	RetryWaitMin    time.Duration
	RetryWaitMax    time.Duration
	RetryMax        int
	RequestLogHook  RequestLogHook
	ResponseLogHook ResponseLogHook
	CheckRetry      CheckRetry
	Backoff         Backoff
	ErrorHandler    ErrorHandler
	PrepareRetry    PrepareRetry
}

func NewClient() *Client {
	return &Client{
		HTTPClient:   &http.Client{},
		RetryWaitMin: 1 * time.Second,
		RetryWaitMax: 30 * time.Second,
		RetryMax:     4,
		CheckRetry:   DefaultRetryPolicy,
		Backoff:      DefaultBackoff,
	}
}

func DefaultRetryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return err != nil, nil
}

func ErrorPropagatedRetryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return err != nil, err
}

func DefaultBackoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	return min << attemptNum
}

func LinearJitterBackoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	return min * time.Duration(attemptNum)
}

func PassthroughErrorHandler(resp *http.Response, err error, _ int) (*http.Response, error) {
	return resp, err
}

func (c *Client) Do(req *Request) (*http.Response, error) { return c.HTTPClient.Do(req.Request) }

func (c *Client) Get(url string) (*http.Response, error) { return nil, nil }

func (c *Client) Head(url string) (*http.Response, error) { return nil, nil }

func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return nil, nil
}

// PostForm forwards to Post, as the real library does. netretry's tests
// analyse this stub too: inside the retrying client's own package, calls
// of its methods are its implementation and are not reported (NL-R1 is
// reported where its users call PostForm).
func (c *Client) PostForm(url string, data url.Values) (*http.Response, error) {
	return c.Post(url, "application/x-www-form-urlencoded", strings.NewReader(data.Encode()))
}

func (c *Client) StandardClient() *http.Client { return &http.Client{} }

var defaultClient = NewClient()

func Get(url string) (*http.Response, error) { return defaultClient.Get(url) }

func Head(url string) (*http.Response, error) { return defaultClient.Head(url) }

func Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return defaultClient.Post(url, bodyType, body)
}

func PostForm(url string, data url.Values) (*http.Response, error) {
	return defaultClient.PostForm(url, data)
}
