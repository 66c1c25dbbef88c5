package rules

import "testing"

func TestClassifierTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range classifierTable {
		if seen[c.Name] {
			t.Errorf("duplicate classifier %s", c.Name)
		}
		seen[c.Name] = true
		if c.Classes == 0 || c.Kind == 0 {
			t.Errorf("classifier %s has no classes or kind", c.Name)
		}
		if UnversionedPath(c.Name) != c.Name {
			t.Errorf("classifier %s must be spelled without a /vN element", c.Name)
		}
	}
}

func TestClassifierLookups(t *testing.T) {
	for _, tc := range []struct {
		lookup func(string) (Class, bool)
		name   string
		want   Class
	}{
		{IsClassifierFunc, "github.com/jackc/pgx/v5/pgconn.SafeToRetry", ClassPF},
		{IsClassifierFunc, "google.golang.org/grpc/status.Code", ClassAll},
		{IsClassifierFunc, "(*net/url.Error).Timeout", ClassUN},
		{IsClassifierType, "github.com/jackc/pgx/v5/pgconn.PgError", ClassRT | ClassFA},
		{IsClassifierType, "github.com/aws/aws-sdk-go-v2/service/s3/types.NoSuchKey", ClassFA | ClassAB},
		{IsClassifierType, "github.com/aws/aws-sdk-go-v2/service/sqs/types.QueueDoesNotExist", ClassFA},
		{IsClassifierSentinel, "github.com/redis/go-redis/v9.Nil", ClassAB},
		{IsClassifierSentinel, "database/sql.ErrNoRows", ClassAB},
		{IsClassifierSentinel, "go.etcd.io/etcd/api/v3/v3rpc/rpctypes.ErrTimeout", ClassUN},
		{IsClassifierMethod, "Timeout", ClassUN},
	} {
		got, ok := tc.lookup(tc.name)
		if !ok || got != tc.want {
			t.Errorf("lookup(%q) = %v, %v; want %v", tc.name, got, ok, tc.want)
		}
	}
	if _, ok := IsClassifierFunc("database/sql.ErrNoRows"); ok {
		t.Error("a sentinel must not be found as a function")
	}
	if !IsErrorInspector("errors.As") || IsErrorInspector("errors.New") {
		t.Error("IsErrorInspector: wrong answer for errors.As or errors.New")
	}
}

func TestUnversionedPath(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/redis/go-redis/v9.Nil":                   "github.com/redis/go-redis.Nil",
		"(*github.com/jackc/pgx/v5/pgconn.PgError).Code":     "(*github.com/jackc/pgx/pgconn.PgError).Code",
		"go.etcd.io/etcd/api/v3/v3rpc/rpctypes.ErrTimeout":   "go.etcd.io/etcd/api/v3rpc/rpctypes.ErrTimeout",
		"gopkg.in/yaml.v3.Node":                              "gopkg.in/yaml.v3.Node",
		"github.com/aws/aws-sdk-go-v2/aws/retry.MaxAttempts": "github.com/aws/aws-sdk-go-v2/aws/retry.MaxAttempts",
		"github.com/x/vendor/pkg.F":                          "github.com/x/vendor/pkg.F",
	} {
		if got := UnversionedPath(in); got != want {
			t.Errorf("UnversionedPath(%q) = %q, want %q", in, got, want)
		}
	}
	if got := (ClassPF | ClassUN | ClassOther).String(); got != "PF|UN|OTHER" {
		t.Errorf("Class.String() = %q", got)
	}
}
