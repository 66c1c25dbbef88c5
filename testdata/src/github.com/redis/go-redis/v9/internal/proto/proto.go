// Package proto is a hand-written stub of github.com/redis/go-redis/v9/internal/proto.
package proto

type RedisError string

func (e RedisError) Error() string { return string(e) }

func (RedisError) RedisError() {}

const Nil = RedisError("redis: nil")
