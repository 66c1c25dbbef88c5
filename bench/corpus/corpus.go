// Package corpus keeps the network client libraries that netlint is
// benchmarked and tested on in this module's build list. It is never
// linted itself: bench/run.sh and bench/corpus.sh lint the libraries'
// own packages, listed in packages.txt.
//
// Refresh with bench/corpus/update.sh; `go mod tidy` alone would drop the
// checksums that only the libraries' tests need.
package corpus

import (
	_ "github.com/avast/retry-go/v4"
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/elastic/elastic-transport-go/v8/elastictransport"
	_ "github.com/go-resty/resty/v2"
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/google/go-github/v84/github"
	_ "github.com/hashicorp/consul/api"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "github.com/hashicorp/vault/api"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/minio/minio-go/v7"
	_ "github.com/nats-io/nats.go"
	_ "github.com/nats-io/nats.go/jetstream"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/segmentio/kafka-go"
	_ "github.com/slack-go/slack"
	_ "github.com/stripe/stripe-go/v85"
	_ "github.com/twilio/twilio-go/client"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.mongodb.org/mongo-driver/v2/mongo"
)
