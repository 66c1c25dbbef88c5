// Package config is a hand-written stub of github.com/aws/aws-sdk-go-v2/config.
package config

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type LoadOptions struct {
	Region           string
	HTTPClient       HTTPClient
	Retryer          func() aws.Retryer
	RetryMaxAttempts int
}

type LoadOptionsFunc func(*LoadOptions) error

type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (cfg aws.Config, err error) {
	return aws.Config{}, nil
}

func WithRegion(v string) LoadOptionsFunc { return nil }

func WithHTTPClient(v HTTPClient) LoadOptionsFunc { return nil }

func WithRetryMaxAttempts(v int) LoadOptionsFunc { return nil }

func WithRetryer(v func() aws.Retryer) LoadOptionsFunc { return nil }
