package rules

import "testing"

func TestRetryTables(t *testing.T) {
	seen := map[string]bool{}
	for _, h := range retryHelpers {
		if seen[h.Func] {
			t.Errorf("duplicate helper %s", h.Func)
		}
		seen[h.Func] = true
		if h.Op < 0 || h.Protocol == 0 || h.Lib == LibNone {
			t.Errorf("%s: needs an operation parameter, a protocol and a library", h.Func)
		}
		if RetryHelperByName(h.Func) == nil {
			t.Errorf("%s: not found by RetryHelperByName", h.Func)
		}
	}
	for _, o := range retryOptions {
		if RetryOptionByName(o.Func) == nil || o.Knob == KnobNone {
			t.Errorf("%s: bad option entry", o.Func)
		}
	}
	for _, b := range backoffs {
		if BackoffByName(b.Func) == nil {
			t.Errorf("%s: not found by BackoffByName", b.Func)
		}
		if b.Inner >= 0 && b.Literal {
			t.Errorf("%s: a literal cannot wrap a backoff", b.Func)
		}
	}
}

func TestCenkaltiLatest(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/cenkalti/backoff/v4.Retry":        "github.com/cenkalti/backoff/v4.Retry",
		"github.com/cenkalti/backoff/v5.Retry":        "github.com/cenkalti/backoff/v5.Retry",
		"github.com/cenkalti/backoff/v7.Retry":        "github.com/cenkalti/backoff/v5.Retry",
		"github.com/cenkalti/backoff/v12.WithBackOff": "github.com/cenkalti/backoff/v5.WithBackOff",
		"github.com/cenkalti/backoff.Retry":           "github.com/cenkalti/backoff.Retry",
	} {
		if got := cenkaltiLatest(in); got != want {
			t.Errorf("cenkaltiLatest(%q) = %q, want %q", in, got, want)
		}
	}
	if RetryHelperByName("github.com/cenkalti/backoff/v6.Retry") == nil {
		t.Error("v6 Retry should be looked up as v5")
	}
}

func TestMutatingName(t *testing.T) {
	for name, want := range map[string]bool{
		"CreateOrder": true, "SendEmail": true, "Charge": true, "IncrementCounter": true, "Post": true,
		"GetOrder": false, "Creates": false, "Sender": false, "CreateOrUpdateConsumer": false, "UpsertUser": false, "List": false,
	} {
		if got := MutatingName(name); got != want {
			t.Errorf("MutatingName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestTokenGenerator(t *testing.T) {
	for _, c := range []struct {
		pkg, name string
		want      bool
	}{
		{"github.com/google/uuid", "NewString", true},
		{"github.com/google/uuid", "Parse", false},
		{"math/rand/v2", "Int64", true},
		{"crypto/rand", "Read", true},
		{"time", "Now", true},
		{"time", "Since", false},
		{"github.com/oklog/ulid/v2", "Make", true},
		{"github.com/rs/xid", "New", true},
	} {
		if got := TokenGenerator(c.pkg, c.name); got != c.want {
			t.Errorf("TokenGenerator(%s, %s) = %v, want %v", c.pkg, c.name, got, c.want)
		}
	}
}

func TestNotApplied(t *testing.T) {
	for name, want := range map[string]bool{
		"github.com/jackc/pgx/v5/pgconn.SafeToRetry": true,
		"database/sql/driver.ErrBadConn":             true,
		"net.DNSError":                               true,
		"net.OpError":                                false,
		"io.EOF":                                     false,
	} {
		if got := NotApplied(name); got != want {
			t.Errorf("NotApplied(%q) = %v, want %v", name, got, want)
		}
	}
}
