package clients

import (
	"context"
	"errors"
	"math/rand"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/google/uuid"
	"github.com/segmentio/kafka-go"
)

func wait() { time.Sleep(time.Duration(rand.Intn(500)) * time.Millisecond) }

func badRunInstancesNoToken(ctx context.Context, c *ec2.Client) error {
	in := &ec2.RunInstancesInput{ImageId: aws.String("ami-1")}
	for i := 0; i < 3; i++ { // want `a retry loop around ec2.Client.RunInstances retries a call that already retries \(the AWS SDK's standard retryer\): up to 3 × 3 = 9 attempts`
		_, err := c.RunInstances(ctx, in) // want `ec2.Client.RunInstances is retried by a retry loop with ClientToken unset; the SDK generates a new token on every call` `retries every error of ec2.Client.RunInstances`
		if err == nil || errors.Is(err, context.Canceled) {
			return err
		}
		wait()
	}
	return nil
}

func badRunInstancesTokenPerAttempt(ctx context.Context, c *ec2.Client) error {
	for i := 0; i < 3; i++ { // want `already retries`
		in := &ec2.RunInstancesInput{ImageId: aws.String("ami-1"), ClientToken: aws.String(uuid.NewString())} // want `ec2.Client.RunInstances is retried by a retry loop with a new ClientToken generated on every attempt`
		_, err := c.RunInstances(ctx, in)                                                                     // want `retries every error of ec2.Client.RunInstances`
		if err == nil || errors.Is(err, context.Canceled) {
			return err
		}
		wait()
	}
	return nil
}

// okRunInstancesStableToken: the token is chosen once; EC2 deduplicates
// the attempts (the nested retries are still reported).
func okRunInstancesStableToken(ctx context.Context, c *ec2.Client) error {
	in := &ec2.RunInstancesInput{ImageId: aws.String("ami-1"), ClientToken: aws.String(uuid.NewString())}
	for i := 0; i < 3; i++ { // want `already retries`
		_, err := c.RunInstances(ctx, in) // want `retries every error of ec2.Client.RunInstances`
		if err == nil || errors.Is(err, context.Canceled) {
			return err
		}
		wait()
	}
	return nil
}

func badKafkaNested(ctx context.Context, w *kafka.Writer, m kafka.Message) error {
	var err error
	for i := 0; i < 3; i++ { // want `a retry loop around kafka.Writer.WriteMessages retries a call that already retries \(kafka.Writer MaxAttempts\)`
		if err = w.WriteMessages(ctx, m); err == nil || errors.Is(err, context.Canceled) { // want `kafka.Writer.WriteMessages is not idempotent and is retried by a retry loop` `retries every error of kafka.Writer.WriteMessages`
			return err
		}
		wait()
	}
	return err
}

// okDisjointLayers: the loop waits for a bucket to appear (404), which the
// SDK never retries, so the layers do not multiply.
func okDisjointLayers(ctx context.Context, c *ec2.Client, in *ec2.DescribeInstancesInput) error {
	for i := 0; i < 20; i++ {
		_, err := c.DescribeInstances(ctx, in)
		if !errors.Is(err, errNotFound) {
			return err
		}
		wait()
	}
	return nil
}

var errNotFound = errors.New("not found")
