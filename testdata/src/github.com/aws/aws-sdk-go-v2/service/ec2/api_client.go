// Package ec2 is a hand-written stub of github.com/aws/aws-sdk-go-v2/service/ec2
// (v1.344.2 signatures) for netlint's tests.
package ec2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	Region           string
	RetryMaxAttempts int
	Retryer          aws.Retryer
}

type Client struct {
	options Options
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type RunInstancesInput struct {
	MaxCount    *int32
	MinCount    *int32
	ClientToken *string
	DryRun      *bool
	ImageId     *string
	KeyName     *string
	SubnetId    *string
}

type RunInstancesOutput struct {
	OwnerId       *string
	ReservationId *string
}

func (c *Client) RunInstances(ctx context.Context, params *RunInstancesInput, optFns ...func(*Options)) (*RunInstancesOutput, error) {
	return &RunInstancesOutput{}, nil
}

type DescribeInstancesInput struct {
	DryRun      *bool
	InstanceIds []string
	MaxResults  *int32
	NextToken   *string
}

type DescribeInstancesOutput struct {
	NextToken *string
}

func (c *Client) DescribeInstances(ctx context.Context, params *DescribeInstancesInput, optFns ...func(*Options)) (*DescribeInstancesOutput, error) {
	return &DescribeInstancesOutput{}, nil
}
