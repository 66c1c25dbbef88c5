// Package s3 is a hand-written stub of github.com/aws/aws-sdk-go-v2/service/s3
// (v1.114.9 signatures) for netlint's tests.
package s3

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	Region           string
	HTTPClient       HTTPClient
	RetryMaxAttempts int
	RetryMode        aws.RetryMode
	Retryer          aws.Retryer
	UsePathStyle     bool
}

type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

type Client struct {
	options Options
}

func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type GetObjectInput struct {
	Bucket  *string
	Key     *string
	IfMatch *string
	Range   *string
}

type GetObjectOutput struct {
	Body          io.ReadCloser
	ContentLength *int64
	ContentType   *string
	ETag          *string
}

func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}

type PutObjectInput struct {
	Bucket      *string
	Key         *string
	Body        io.Reader
	ContentType *string
	IfNoneMatch *string
}

type PutObjectOutput struct {
	ETag *string
}

func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

type DeleteObjectInput struct {
	Bucket *string
	Key    *string
}

type DeleteObjectOutput struct {
	DeleteMarker *bool
}

func (c *Client) DeleteObject(ctx context.Context, params *DeleteObjectInput, optFns ...func(*Options)) (*DeleteObjectOutput, error) {
	return &DeleteObjectOutput{}, nil
}

type HeadObjectInput struct {
	Bucket *string
	Key    *string
}

type HeadObjectOutput struct {
	ContentLength *int64
	ETag          *string
}

func (c *Client) HeadObject(ctx context.Context, params *HeadObjectInput, optFns ...func(*Options)) (*HeadObjectOutput, error) {
	return &HeadObjectOutput{}, nil
}

type ListObjectsV2Input struct {
	Bucket            *string
	Prefix            *string
	ContinuationToken *string
	MaxKeys           *int32
}

type ListObjectsV2Output struct {
	KeyCount              *int32
	NextContinuationToken *string
	IsTruncated           *bool
}

func (c *Client) ListObjectsV2(ctx context.Context, params *ListObjectsV2Input, optFns ...func(*Options)) (*ListObjectsV2Output, error) {
	return &ListObjectsV2Output{}, nil
}

type ListObjectsV2APIClient interface {
	ListObjectsV2(context.Context, *ListObjectsV2Input, ...func(*Options)) (*ListObjectsV2Output, error)
}

type ListObjectsV2PaginatorOptions struct {
	Limit int32
}

type ListObjectsV2Paginator struct {
	client    ListObjectsV2APIClient
	params    *ListObjectsV2Input
	firstPage bool
}

func NewListObjectsV2Paginator(client ListObjectsV2APIClient, params *ListObjectsV2Input, optFns ...func(*ListObjectsV2PaginatorOptions)) *ListObjectsV2Paginator {
	return &ListObjectsV2Paginator{client: client, params: params, firstPage: true}
}

func (p *ListObjectsV2Paginator) HasMorePages() bool { return p.firstPage }

func (p *ListObjectsV2Paginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*ListObjectsV2Output, error) {
	p.firstPage = false
	return p.client.ListObjectsV2(ctx, p.params, optFns...)
}

type HeadObjectAPIClient interface {
	HeadObject(context.Context, *HeadObjectInput, ...func(*Options)) (*HeadObjectOutput, error)
}

type ObjectExistsWaiterOptions struct {
	MinDelay time.Duration
	MaxDelay time.Duration
}

type ObjectExistsWaiter struct {
	client HeadObjectAPIClient
}

func NewObjectExistsWaiter(client HeadObjectAPIClient, optFns ...func(*ObjectExistsWaiterOptions)) *ObjectExistsWaiter {
	return &ObjectExistsWaiter{client: client}
}

func (w *ObjectExistsWaiter) Wait(ctx context.Context, params *HeadObjectInput, maxWaitDur time.Duration, optFns ...func(*ObjectExistsWaiterOptions)) error {
	return nil
}
