package rules

import (
	"net/textproto"
	"testing"
)

func TestHTTPMethodIdem(t *testing.T) {
	for method, want := range map[string]Idem{
		"":        Safe,
		"GET":     Safe,
		"get":     Safe,
		"HEAD":    Safe,
		"OPTIONS": Safe,
		"TRACE":   Safe,
		"PUT":     Idempotent,
		"DELETE":  Idempotent,
		"POST":    NonIdem,
		"PATCH":   NonIdem,
		"CONNECT": NonIdem,
		"PURGE":   Unknown,
	} {
		if got := HTTPMethodIdem(method); got != want {
			t.Errorf("HTTPMethodIdem(%q) = %v, want %v", method, got, want)
		}
	}
}

func TestIdempotencyHeaders(t *testing.T) {
	if len(IdempotencyHeaders) == 0 || IdempotencyHeaders[0] != "Idempotency-Key" {
		t.Fatalf("IdempotencyHeaders = %q, want Idempotency-Key first", IdempotencyHeaders)
	}
	for _, h := range IdempotencyHeaders {
		if c := textproto.CanonicalMIMEHeaderKey(h); c != h {
			t.Errorf("header %q is not canonical (%q)", h, c)
		}
	}
}

func TestSQLIdem(t *testing.T) {
	for _, tt := range []struct {
		query string
		want  Idem
	}{
		{"SELECT * FROM t WHERE id = $1", Safe},
		{"  select 1", Safe},
		{"-- lookup\nSELECT name FROM users WHERE id = ?", Safe},
		{"/* hint */ SELECT 1", Safe},
		{"SHOW TABLES", Safe},
		{"EXPLAIN SELECT 1", Safe},
		{"EXPLAIN ANALYZE DELETE FROM t", Idempotent},
		{"WITH x AS (SELECT 1) SELECT * FROM x", Safe},
		{"WITH moved AS (DELETE FROM a RETURNING *) INSERT INTO b SELECT * FROM moved", NonIdem},
		{"SELECT nextval('seq')", Unknown},
		{"SELECT 'INSERT INTO t' AS s", Safe},
		{"SELECT $tag$ UPDATE t SET n = n + 1 $tag$", Safe},
		{"INSERT INTO t (a) VALUES ($1)", NonIdem},
		{"insert into t values (1) on conflict do nothing", Idempotent},
		{"INSERT INTO t (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v", Idempotent},
		{"INSERT INTO t (k, n) VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET n = t.n + 1", NonIdem},
		{"INSERT IGNORE INTO t VALUES (1)", Idempotent},
		{"INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE hits = hits + 1", NonIdem},
		{"REPLACE INTO t VALUES (1)", Idempotent},
		{"UPDATE t SET a = $1 WHERE id = $2", Idempotent},
		{"UPDATE accounts SET balance = balance - $1 WHERE id = $2", NonIdem},
		{"UPDATE t SET n = t.n + 1", NonIdem},
		{"UPDATE t SET name = name || 'x'", NonIdem},
		{"UPDATE t SET a = b + 1 WHERE id = 1", Idempotent},
		{"UPDATE t SET a = $1, version = version + 1 WHERE id = $2 AND version = $3", Cond},
		{"DELETE FROM t WHERE id = $1", Idempotent},
		{"TRUNCATE t", Idempotent},
		{"CREATE TABLE IF NOT EXISTS t (a int)", Idempotent},
		{"CREATE TABLE t (a int)", Unknown},
		{"CALL transfer($1, $2)", Unknown},
		{"SELECT 1; INSERT INTO t VALUES (1)", NonIdem},
		{"DELETE FROM a; UPDATE b SET c = 1", Idempotent},
		{"", Unknown},
		{"   ;  ", Unknown},
	} {
		if got := SQLIdem(tt.query); got != tt.want {
			t.Errorf("SQLIdem(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestRedisIdem(t *testing.T) {
	seen := map[string]Idem{}
	for class, names := range redisClasses {
		for i, n := range names {
			if prev, ok := seen[n]; ok {
				t.Errorf("%s is both %v and %v", n, prev, class)
			}
			seen[n] = class
			if i > 0 && names[i-1] >= n {
				t.Errorf("%v list: %s is not sorted after %s", class, n, names[i-1])
			}
		}
	}
	for method, want := range map[string]Idem{
		"Get": Safe, "HGetAll": Safe, "Set": Idempotent, "Del": Idempotent, "SetNX": Cond,
		"Incr": NonIdem, "LPush": NonIdem, "XAdd": NonIdem, "Publish": NonIdem,
		"Eval": Unknown, "Do": Unknown, "get": Unknown,
	} {
		if got := RedisIdem(method); got != want {
			t.Errorf("RedisIdem(%q) = %v, want %v", method, got, want)
		}
	}
	for method, want := range map[string]bool{
		"Get": true, "HGet": true, "GetDel": true, "LPop": true, "BLPop": true, "ZScore": true,
		"MGet": false, "Set": false, "Exists": false, "HGetAll": false,
	} {
		if got := RedisAbsence(method); got != want {
			t.Errorf("RedisAbsence(%q) = %v, want %v", method, got, want)
		}
	}
}

func TestAWSIdem(t *testing.T) {
	for op, want := range map[string]Idem{
		"GetObject": Safe, "DescribeInstances": Safe, "ListTables": Safe,
		"PutObject": Idempotent, "DeleteItem": Idempotent,
		"PutRecord": NonIdem, "PutEvents": NonIdem, "SendMessage": NonIdem, "RunInstances": NonIdem,
	} {
		if got := awsIdem(op); got != want {
			t.Errorf("awsIdem(%q) = %v, want %v", op, got, want)
		}
	}
}

func TestReadableName(t *testing.T) {
	for full, want := range map[string]string{
		"(*net/http.Client).Do": "http.Client.Do",
		"net.Dial":              "net.Dial",
		"net/http.Get":          "http.Get",
		"(net.Conn).Read":       "net.Conn.Read",
		"(github.com/redis/go-redis/v9.cmdable).Get":                  "redis.cmdable.Get",
		"(*github.com/aws/aws-sdk-go-v2/service/s3.Client).GetObject": "s3.Client.GetObject",
		"github.com/segmentio/kafka-go.Dial":                          "kafka.Dial",
		"github.com/hashicorp/go-retryablehttp.Get":                   "retryablehttp.Get",
	} {
		if got := ReadableName(full); got != want {
			t.Errorf("ReadableName(%q) = %q, want %q", full, got, want)
		}
	}
}
