package rules

import (
	"strings"
	"sync"
)

// Class is a set of outcome classes (rules.md §1.2) that an error
// classifier can positively recognise.
type Class uint8

// The outcome classes. ClassOther marks an inspection of the error's
// identity (a comparison, errors.Is or errors.As against a sentinel or type
// the registry does not know) whose class cannot be told statically; it
// still counts as classification.
const (
	ClassPF     Class = 1 << iota // POST_FAILED: the request never reached the server
	ClassRT                       // RETRYABLE: the peer says it was not applied
	ClassFA                       // FATAL: a deterministic rejection
	ClassUN                       // UNKNOWN: a timeout, reset or EOF after sending
	ClassAB                       // absent: no row, no key, no document
	ClassCancel                   // the caller's own cancellation
	ClassOther                    // some inspection of unknown class

	// ClassAll is what a code- or status-based classifier can tell apart.
	ClassAll = ClassPF | ClassRT | ClassFA | ClassUN | ClassAB | ClassCancel
)

var classNames = []string{"PF", "RT", "FA", "UN", "AB", "CANCEL", "OTHER"}

func (c Class) String() string {
	if c == 0 {
		return "none"
	}
	var parts []string
	for i, n := range classNames {
		if c&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

// Has reports whether c contains any class of d.
func (c Class) Has(d Class) bool { return c&d != 0 }

// ClassifierKind says what a classifier entry names.
type ClassifierKind uint8

// The kinds of classifier entry.
const (
	ClassifyFunc     ClassifierKind = iota + 1 // a function or method applied to the error
	ClassifyType                               // a type used with errors.As, an assertion or a type switch
	ClassifySentinel                           // a variable or constant compared with errors.Is or ==
)

// Classifier is one entry of the classifier registry (rules.md §8).
type Classifier struct {
	// Name is the FullName spelling with major-version path elements
	// removed: "github.com/jackc/pgx/pgconn.SafeToRetry",
	// "(*net/url.Error).Timeout", "database/sql.ErrNoRows". Types are named
	// without a pointer star.
	Name    string
	Kind    ClassifierKind
	Classes Class
}

// classifierTable is the registry. Versioned import paths appear without
// their /vN element, so one entry covers every major version.
var classifierTable = []Classifier{
	// Standard library: functions and methods.
	{"os.IsTimeout", ClassifyFunc, ClassUN},
	{"(net.Error).Timeout", ClassifyFunc, ClassUN},
	{"(net.Error).Temporary", ClassifyFunc, ClassRT},
	{"(*net.OpError).Timeout", ClassifyFunc, ClassUN},
	{"(*net.OpError).Temporary", ClassifyFunc, ClassRT},
	{"(*net.DNSError).Timeout", ClassifyFunc, ClassUN},
	{"(*net.DNSError).Temporary", ClassifyFunc, ClassRT},
	{"(*net/url.Error).Timeout", ClassifyFunc, ClassUN},
	{"(*net/url.Error).Temporary", ClassifyFunc, ClassRT},
	{"(context.Context).Err", ClassifyFunc, ClassUN | ClassCancel},
	// Standard library: types.
	{"net.Error", ClassifyType, ClassUN | ClassRT},
	{"net.OpError", ClassifyType, ClassPF | ClassUN},
	{"net.DNSError", ClassifyType, ClassPF | ClassFA | ClassRT},
	{"net/url.Error", ClassifyType, ClassUN},
	{"crypto/tls.CertificateVerificationError", ClassifyType, ClassPF | ClassFA},
	{"crypto/tls.RecordHeaderError", ClassifyType, ClassPF | ClassFA},
	{"crypto/x509.UnknownAuthorityError", ClassifyType, ClassPF | ClassFA},
	{"crypto/x509.HostnameError", ClassifyType, ClassPF | ClassFA},
	{"crypto/x509.CertificateInvalidError", ClassifyType, ClassPF | ClassFA},
	{"net/http.MaxBytesError", ClassifyType, ClassFA},
	{"net/textproto.Error", ClassifyType, ClassRT | ClassFA},
	{"net/rpc.ServerError", ClassifyType, ClassFA},
	{"os.SyscallError", ClassifyType, ClassPF | ClassUN},
	{"syscall.Errno", ClassifyType, ClassPF | ClassUN},
	// Standard library: sentinels.
	{"context.DeadlineExceeded", ClassifySentinel, ClassUN},
	{"context.Canceled", ClassifySentinel, ClassCancel},
	{"os.ErrDeadlineExceeded", ClassifySentinel, ClassUN},
	{"net.ErrClosed", ClassifySentinel, ClassUN},
	{"io.EOF", ClassifySentinel, ClassUN},
	{"io.ErrUnexpectedEOF", ClassifySentinel, ClassUN},
	{"syscall.ECONNREFUSED", ClassifySentinel, ClassPF},
	{"syscall.ECONNRESET", ClassifySentinel, ClassUN},
	{"syscall.EPIPE", ClassifySentinel, ClassUN},
	{"syscall.ETIMEDOUT", ClassifySentinel, ClassUN},
	{"net/http.ErrSchemeMismatch", ClassifySentinel, ClassPF | ClassFA},
	{"net/http.ErrUseLastResponse", ClassifySentinel, ClassUN},
	{"database/sql.ErrNoRows", ClassifySentinel, ClassAB},
	{"database/sql.ErrTxDone", ClassifySentinel, ClassFA},
	{"database/sql.ErrConnDone", ClassifySentinel, ClassFA},
	{"database/sql/driver.ErrBadConn", ClassifySentinel, ClassPF},
	{"net/rpc.ErrShutdown", ClassifySentinel, ClassUN},

	// gRPC.
	{"google.golang.org/grpc/status.Code", ClassifyFunc, ClassAll},
	{"google.golang.org/grpc/status.FromError", ClassifyFunc, ClassAll},
	{"google.golang.org/grpc/status.Convert", ClassifyFunc, ClassAll},
	{"google.golang.org/grpc/status.FromContextError", ClassifyFunc, ClassAll},
	{"(*google.golang.org/grpc/internal/status.Status).Code", ClassifyFunc, ClassAll},
	{"(*google.golang.org/grpc/status.Status).Code", ClassifyFunc, ClassAll},

	// pgx, pgconn, pgerrcode, lib/pq, go-sql-driver/mysql.
	{"github.com/jackc/pgx/pgconn.SafeToRetry", ClassifyFunc, ClassPF},
	{"github.com/jackc/pgx/pgconn.Timeout", ClassifyFunc, ClassUN},
	{"github.com/jackc/pgconn.SafeToRetry", ClassifyFunc, ClassPF},
	{"github.com/jackc/pgconn.Timeout", ClassifyFunc, ClassUN},
	{"github.com/jackc/pgx/pgconn.PgError", ClassifyType, ClassRT | ClassFA},
	{"github.com/jackc/pgconn.PgError", ClassifyType, ClassRT | ClassFA},
	{"github.com/jackc/pgx.ErrNoRows", ClassifySentinel, ClassAB},
	{"github.com/jackc/pgx.ErrTxCommitRollback", ClassifySentinel, ClassPF | ClassFA},
	{"github.com/jackc/pgx.ErrTxClosed", ClassifySentinel, ClassFA},
	{"github.com/jackc/pgerrcode.IsTransactionRollback", ClassifyFunc, ClassRT},
	{"github.com/jackc/pgerrcode.IsIntegrityConstraintViolation", ClassifyFunc, ClassFA},
	{"github.com/jackc/pgerrcode.IsConnectionException", ClassifyFunc, ClassUN},
	{"github.com/lib/pq.Error", ClassifyType, ClassRT | ClassFA},
	{"github.com/go-sql-driver/mysql.MySQLError", ClassifyType, ClassRT | ClassFA},

	// MongoDB.
	{"go.mongodb.org/mongo-driver/mongo.IsTimeout", ClassifyFunc, ClassUN},
	{"go.mongodb.org/mongo-driver/mongo.IsNetworkError", ClassifyFunc, ClassUN},
	{"go.mongodb.org/mongo-driver/mongo.IsDuplicateKeyError", ClassifyFunc, ClassFA},
	{"(go.mongodb.org/mongo-driver/mongo.ServerError).HasErrorLabel", ClassifyFunc, ClassRT | ClassUN},
	{"(go.mongodb.org/mongo-driver/mongo.ServerError).HasErrorCode", ClassifyFunc, ClassRT | ClassFA},
	{"(go.mongodb.org/mongo-driver/mongo.CommandError).HasErrorLabel", ClassifyFunc, ClassRT | ClassUN},
	{"go.mongodb.org/mongo-driver/mongo.ErrNoDocuments", ClassifySentinel, ClassAB},
	{"go.mongodb.org/mongo-driver/mongo.ErrClientDisconnected", ClassifySentinel, ClassPF},
	{"go.mongodb.org/mongo-driver/mongo.ServerError", ClassifyType, ClassRT | ClassFA | ClassUN},
	{"go.mongodb.org/mongo-driver/mongo.CommandError", ClassifyType, ClassRT | ClassFA | ClassUN},
	{"go.mongodb.org/mongo-driver/mongo.WriteException", ClassifyType, ClassRT | ClassFA},
	{"go.mongodb.org/mongo-driver/mongo.BulkWriteException", ClassifyType, ClassRT | ClassFA},

	// go-redis (v9 and v8).
	{"github.com/redis/go-redis.Nil", ClassifySentinel, ClassAB},
	{"github.com/redis/go-redis.TxFailedErr", ClassifySentinel, ClassRT},
	{"github.com/redis/go-redis.ErrPoolTimeout", ClassifySentinel, ClassPF},
	{"github.com/redis/go-redis.ErrClosed", ClassifySentinel, ClassPF},
	{"github.com/redis/go-redis.HasErrorPrefix", ClassifyFunc, ClassRT | ClassFA},
	{"github.com/redis/go-redis.IsLoadingError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsReadOnlyError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsClusterDownError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsTryAgainError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsMasterDownError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsMaxClientsError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsNoReplicasError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsMovedError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsAskError", ClassifyFunc, ClassRT},
	{"github.com/redis/go-redis.IsAuthError", ClassifyFunc, ClassFA},
	{"github.com/redis/go-redis.IsPermissionError", ClassifyFunc, ClassFA},
	{"github.com/redis/go-redis.IsExecAbortError", ClassifyFunc, ClassFA},
	{"github.com/redis/go-redis.IsOOMError", ClassifyFunc, ClassFA},
	{"github.com/redis/go-redis.ErrNoScript", ClassifySentinel, ClassFA},
	{"github.com/redis/go-redis.ErrCrossSlot", ClassifySentinel, ClassFA},
	{"github.com/redis/go-redis.Error", ClassifyType, ClassRT | ClassFA},
	{"github.com/go-redis/redis.Nil", ClassifySentinel, ClassAB},
	{"github.com/go-redis/redis.TxFailedErr", ClassifySentinel, ClassRT},
	{"github.com/go-redis/redis.ErrClosed", ClassifySentinel, ClassPF},
	{"github.com/go-redis/redis.Error", ClassifyType, ClassRT | ClassFA},

	// etcd.
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.Error", ClassifyFunc, ClassAll},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrorDesc", ClassifyFunc, ClassAll},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.EtcdError", ClassifyType, ClassAll},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrTimeout", ClassifySentinel, ClassUN},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrTimeoutDueToLeaderFail", ClassifySentinel, ClassUN},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrTimeoutDueToConnectionLost", ClassifySentinel, ClassUN},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrNoLeader", ClassifySentinel, ClassRT},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrTooManyRequests", ClassifySentinel, ClassRT},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrCompacted", ClassifySentinel, ClassFA},
	{"go.etcd.io/etcd/api/v3rpc/rpctypes.ErrPermissionDenied", ClassifySentinel, ClassFA},
	{"go.etcd.io/etcd/client.IsConnCanceled", ClassifyFunc, ClassCancel},

	// Kafka, NATS.
	{"github.com/segmentio/kafka-go.Error", ClassifyType, ClassRT | ClassFA | ClassUN},
	{"github.com/segmentio/kafka-go.WriteErrors", ClassifyType, ClassRT | ClassFA | ClassUN},
	{"(github.com/segmentio/kafka-go.Error).Temporary", ClassifyFunc, ClassRT},
	{"(github.com/segmentio/kafka-go.Error).Timeout", ClassifyFunc, ClassUN},
	{"github.com/nats-io/nats.go.ErrTimeout", ClassifySentinel, ClassUN},
	{"github.com/nats-io/nats.go.ErrNoResponders", ClassifySentinel, ClassRT},
	{"github.com/nats-io/nats.go.ErrConnectionClosed", ClassifySentinel, ClassPF},
	{"github.com/nats-io/nats.go.ErrNoServers", ClassifySentinel, ClassPF},
	{"github.com/nats-io/nats.go.ErrMaxPayload", ClassifySentinel, ClassFA},
	{"github.com/nats-io/nats.go.ErrBadSubject", ClassifySentinel, ClassFA},
	{"github.com/nats-io/nats.go/jetstream.ErrNoStreamResponse", ClassifySentinel, ClassRT | ClassUN},
	{"github.com/nats-io/nats.go/jetstream.APIError", ClassifyType, ClassRT | ClassFA},

	// AWS SDK v2 and smithy-go.
	{"github.com/aws/smithy-go.APIError", ClassifyType, ClassRT | ClassFA},
	{"github.com/aws/smithy-go.GenericAPIError", ClassifyType, ClassRT | ClassFA},
	{"github.com/aws/smithy-go.OperationError", ClassifyType, ClassOther},
	{"github.com/aws/smithy-go.CanceledError", ClassifyType, ClassCancel},
	{"(github.com/aws/smithy-go.APIError).ErrorCode", ClassifyFunc, ClassRT | ClassFA},
	{"(github.com/aws/smithy-go.APIError).ErrorFault", ClassifyFunc, ClassRT | ClassFA},
	{"github.com/aws/aws-sdk-go-v2/aws.RequestCanceledError", ClassifyType, ClassCancel},
	{"github.com/aws/aws-sdk-go-v2/aws/retry.MaxAttemptsError", ClassifyType, ClassUN},
	{"(github.com/aws/aws-sdk-go-v2/aws/retry.IsErrorRetryables).IsErrorRetryable", ClassifyFunc, ClassRT | ClassPF | ClassUN},
	{"(github.com/aws/aws-sdk-go-v2/aws/retry.RetryableConnectionError).IsErrorRetryable", ClassifyFunc, ClassPF | ClassUN},
	{"(github.com/aws/aws-sdk-go-v2/aws/retry.RetryableHTTPStatusCode).IsErrorRetryable", ClassifyFunc, ClassRT},
	{"(github.com/aws/aws-sdk-go-v2/aws/retry.RetryableErrorCode).IsErrorRetryable", ClassifyFunc, ClassRT},
	{"(github.com/aws/aws-sdk-go-v2/aws.Retryer).IsErrorRetryable", ClassifyFunc, ClassRT},
	{"github.com/aws/aws-sdk-go-v2/aws/transport/http.ResponseError", ClassifyType, ClassAll},

	// Kubernetes.
	{"k8s.io/apimachinery/pkg/api/errors.IsNotFound", ClassifyFunc, ClassAB | ClassFA},
	{"k8s.io/apimachinery/pkg/api/errors.IsAlreadyExists", ClassifyFunc, ClassFA},
	{"k8s.io/apimachinery/pkg/api/errors.IsConflict", ClassifyFunc, ClassFA | ClassRT},
	{"k8s.io/apimachinery/pkg/api/errors.IsInvalid", ClassifyFunc, ClassFA},
	{"k8s.io/apimachinery/pkg/api/errors.IsBadRequest", ClassifyFunc, ClassFA},
	{"k8s.io/apimachinery/pkg/api/errors.IsForbidden", ClassifyFunc, ClassFA},
	{"k8s.io/apimachinery/pkg/api/errors.IsUnauthorized", ClassifyFunc, ClassFA},
	{"k8s.io/apimachinery/pkg/api/errors.IsTimeout", ClassifyFunc, ClassUN | ClassRT},
	{"k8s.io/apimachinery/pkg/api/errors.IsServerTimeout", ClassifyFunc, ClassUN | ClassRT},
	{"k8s.io/apimachinery/pkg/api/errors.IsTooManyRequests", ClassifyFunc, ClassRT},
	{"k8s.io/apimachinery/pkg/api/errors.IsServiceUnavailable", ClassifyFunc, ClassRT},
	{"k8s.io/apimachinery/pkg/api/errors.IsInternalError", ClassifyFunc, ClassUN},
	{"k8s.io/apimachinery/pkg/api/errors.ReasonForError", ClassifyFunc, ClassAll},
	{"k8s.io/apimachinery/pkg/api/errors.StatusError", ClassifyType, ClassAll},
	{"k8s.io/apimachinery/pkg/util/net.IsConnectionRefused", ClassifyFunc, ClassPF},
	{"k8s.io/apimachinery/pkg/util/net.IsConnectionReset", ClassifyFunc, ClassUN},
	{"k8s.io/apimachinery/pkg/util/net.IsProbableEOF", ClassifyFunc, ClassUN},

	// Retry helpers that classify.
	{"github.com/avast/retry-go.IsRecoverable", ClassifyFunc, ClassFA},
	{"github.com/hashicorp/go-retryablehttp.DefaultRetryPolicy", ClassifyFunc, ClassRT | ClassFA},
	{"github.com/hashicorp/go-retryablehttp.ErrorPropagatedRetryPolicy", ClassifyFunc, ClassRT | ClassFA},
	{"github.com/cenkalti/backoff.PermanentError", ClassifyType, ClassFA},
	{"github.com/cenkalti/backoff.ErrPermanent", ClassifySentinel, ClassFA},

	// Service clients with typed errors.
	{"github.com/stripe/stripe-go.Error", ClassifyType, ClassRT | ClassFA},
	{"github.com/hashicorp/consul/api.StatusError", ClassifyType, ClassAll},
}

// classifierMethods are method names that classify by convention when
// called on an error value (rules.md §8, "method conventions").
var classifierMethods = map[string]Class{
	"SafeToRetry":      ClassPF,
	"Timeout":          ClassUN,
	"Temporary":        ClassRT,
	"RetryableError":   ClassRT,
	"IsRetryable":      ClassRT,
	"Retryable":        ClassRT,
	"GRPCStatus":       ClassAll,
	"HTTPStatusCode":   ClassAll,
	"StatusCode":       ClassAll,
	"ErrorCode":        ClassRT | ClassFA,
	"ErrorFault":       ClassRT | ClassFA,
	"HasErrorLabel":    ClassRT | ClassUN,
	"HasErrorCode":     ClassRT | ClassFA,
	"SQLState":         ClassRT | ClassFA,
	"Unrecoverable":    ClassFA,
	"IsNotFound":       ClassAB,
	"CanceledError":    ClassCancel,
	"IsErrorRetryable": ClassRT | ClassPF | ClassUN,
}

var (
	classifierOnce  sync.Once
	classifierIndex map[string]*Classifier
)

func classifierEntry(name string, kind ClassifierKind) *Classifier {
	classifierOnce.Do(func() {
		classifierIndex = make(map[string]*Classifier, len(classifierTable))
		for i := range classifierTable {
			c := &classifierTable[i]
			classifierIndex[c.Name] = c
		}
	})
	if c := classifierIndex[UnversionedPath(name)]; c != nil && c.Kind == kind {
		return c
	}
	return nil
}

// IsClassifierFunc reports the classes a function or method recognises
// when applied to an error; full is its types.Func.FullName.
func IsClassifierFunc(full string) (Class, bool) {
	if c := classifierEntry(full, ClassifyFunc); c != nil {
		return c.Classes, true
	}
	return 0, false
}

// IsClassifierType reports the classes recognised by testing an error
// against a named type (errors.As, a type assertion or a type switch);
// full is "import/path.Name", without a pointer star. Error types of AWS
// service packages (…/service/<svc>/types) are FATAL, or absent when
// their name says so.
func IsClassifierType(full string) (Class, bool) {
	if c := classifierEntry(full, ClassifyType); c != nil {
		return c.Classes, true
	}
	if i := strings.Index(full, awsServicePrefix); i == 0 && strings.Contains(full, "/types.") {
		name := full[strings.LastIndex(full, ".")+1:]
		if strings.HasPrefix(name, "NoSuch") || strings.Contains(name, "NotFound") {
			return ClassFA | ClassAB, true
		}
		return ClassFA, true
	}
	return 0, false
}

// IsClassifierSentinel reports the classes recognised by comparing an
// error with a package-level variable or constant; full is
// "import/path.Name".
func IsClassifierSentinel(full string) (Class, bool) {
	if c := classifierEntry(full, ClassifySentinel); c != nil {
		return c.Classes, true
	}
	return 0, false
}

// IsClassifierMethod reports the classes a method of this name recognises
// when called on an error value, by convention (Timeout, Temporary,
// SafeToRetry, GRPCStatus …).
func IsClassifierMethod(name string) (Class, bool) {
	c, ok := classifierMethods[name]
	return c, ok
}

// IsErrorInspector reports whether full (a types.Func.FullName) is
// errors.Is or errors.As or an equivalent whose class depends on its
// target argument.
func IsErrorInspector(full string) bool {
	switch full {
	case "errors.Is", "errors.As",
		"github.com/pkg/errors.Is", "github.com/pkg/errors.As",
		"golang.org/x/xerrors.Is", "golang.org/x/xerrors.As":
		return true
	}
	return false
}

// UnversionedPath removes major-version elements ("/v9") from an import
// path or a FullName spelling: "(*github.com/jackc/pgx/v5/pgconn.PgError)"
// becomes "(*github.com/jackc/pgx/pgconn.PgError)".
func UnversionedPath(s string) string {
	if !strings.Contains(s, "/v") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i+2 < len(s) && s[i+1] == 'v' && isVersionDigit(s[i+2]) {
			j := i + 2
			for j < len(s) && isVersionDigit(s[j]) {
				j++
			}
			if j == len(s) || s[j] == '/' || s[j] == '.' || s[j] == ')' {
				i = j - 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isVersionDigit(c byte) bool { return '0' <= c && c <= '9' }
