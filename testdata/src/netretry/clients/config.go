package clients

import (
	"context"

	"github.com/redis/go-redis/v9"
	"google.golang.org/grpc"
)

const unsafeConfig = `{
  "methodConfig": [{
    "name": [{"service": "payments.Payments"}],
    "retryPolicy": {
      "maxAttempts": 4,
      "initialBackoff": "0.1s",
      "maxBackoff": "1s",
      "backoffMultiplier": 2,
      "retryableStatusCodes": ["UNAVAILABLE", "DEADLINE_EXCEEDED"]
    }
  }]
}`

func badServiceConfig() grpc.DialOption {
	return grpc.WithDefaultServiceConfig(unsafeConfig) // want `service config retries DEADLINE_EXCEEDED for every method of payments.Payments`
}

// okServiceConfig: UNAVAILABLE only, or only read methods.
func okServiceConfig() []grpc.DialOption {
	return []grpc.DialOption{
		grpc.WithDefaultServiceConfig(`{"methodConfig": [{"name": [{"service": "payments.Payments"}],
			"retryPolicy": {"maxAttempts": 3, "retryableStatusCodes": ["UNAVAILABLE"]}}]}`),
		grpc.WithDefaultServiceConfig(`{"methodConfig": [{"name": [{"service": "payments.Payments", "method": "GetPayment"}],
			"retryPolicy": {"maxAttempts": 3, "retryableStatusCodes": ["UNAVAILABLE", "DEADLINE_EXCEEDED", 2]}}]}`),
	}
}

func badServiceConfigFatal() grpc.DialOption {
	return grpc.WithDefaultServiceConfig(`{"methodConfig": [{"name": [{"service": "a.B"}], "retryPolicy": {"retryableStatusCodes": ["UNAVAILABLE", "INVALID_ARGUMENT"]}}]}`) // want `service config retries INVALID_ARGUMENT for every method of a.B, which will fail again`
}

func badRedisIncr(ctx context.Context) (int64, error) {
	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379"}) // want `redis.NewClient retries commands after timeouts and dropped connections \(MaxRetries\), and redis.Client.Incr is not idempotent`
	return rdb.Incr(ctx, "counter").Result()
}

// okRedisNoRetries: MaxRetries -1 turns the client's retries off.
func okRedisNoRetries(ctx context.Context) (int64, error) {
	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379", MaxRetries: -1})
	return rdb.Incr(ctx, "counter").Result()
}

// okRedisIdempotent: SET may be repeated.
func okRedisIdempotent(ctx context.Context) error {
	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379"})
	return rdb.Set(ctx, "k", "v", 0).Err()
}
