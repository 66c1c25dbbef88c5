package rules

import "strings"

// RetryLib names a retry helper library (rules.md §9.2).
type RetryLib uint8

// The retry helper libraries.
const (
	LibNone       RetryLib = iota
	LibCenkaltiV4          // github.com/cenkalti/backoff/v4
	LibCenkalti            // github.com/cenkalti/backoff/v5 and later
	LibAvast               // github.com/avast/retry-go/v4
	LibSethvargo           // github.com/sethvargo/go-retry
	LibClientGo            // k8s.io/client-go/util/retry
	LibWait                // k8s.io/apimachinery/pkg/util/wait
)

// RetryProtocol says how a retried function asks for another attempt.
type RetryProtocol uint8

// The protocols of retried functions.
const (
	// RetryOnError: any non-nil error retries, unless wrapped in the
	// library's stop marker (backoff.Permanent, retry.Unrecoverable).
	RetryOnError RetryProtocol = iota + 1
	// RetryOnMarked: only errors wrapped in the library's retry marker
	// (sethvargo retry.RetryableError) retry; any other error stops.
	RetryOnMarked
	// RetryOnNotDone: a condition returning (false, nil) retries; a
	// non-nil error stops (k8s wait conditions).
	RetryOnNotDone
)

// RetryPolicy is what a helper, a backoff or a retrying client does
// across attempts when nothing configures it otherwise.
type RetryPolicy struct {
	// Attempts is the number of attempts when it is a known constant, else 0.
	Attempts int
	// Bounded: it stops by itself, after a number of attempts or an
	// elapsed time.
	Bounded bool
	// Delay: it waits between attempts.
	Delay bool
	// Jitter: the wait is randomised.
	Jitter bool
	// Growth: the wait grows from attempt to attempt.
	Growth bool
}

// RetryHelper describes a function that calls its function argument
// until it succeeds. Indexes count parameters from 0; -1 means absent.
type RetryHelper struct {
	Func     string // types.Func.FullName
	Lib      RetryLib
	Op       int // the retried function
	Ctx      int // a context bounding all attempts
	Policy   int // a backoff value (BackOff, wait.Backoff)
	Options  int // the first variadic option
	Pred     int // a func(error) bool choosing the errors to retry
	Interval int // a constant wait between attempts
	Timeout  int // a bound on the whole retry
	Protocol RetryProtocol
	// Default is the policy when the call configures nothing: the
	// helper's own defaults, or the defaults of the backoff it builds.
	Default RetryPolicy
	// ConflictOnly: only 409 Conflict is retried (client-go
	// RetryOnConflict), a conditional-update pattern.
	ConflictOnly bool
}

func helper(fn string, lib RetryLib, op, ctx, policy, opts int, p RetryProtocol, def RetryPolicy) RetryHelper {
	return RetryHelper{Func: fn, Lib: lib, Op: op, Ctx: ctx, Policy: policy, Options: opts, Pred: -1, Interval: -1, Timeout: -1, Protocol: p, Default: def}
}

const (
	cenkaltiV4 = "github.com/cenkalti/backoff/v4"
	cenkaltiV5 = "github.com/cenkalti/backoff/v5"
	avast      = "github.com/avast/retry-go/v4"
	sethvargo  = "github.com/sethvargo/go-retry"
	clientGo   = "k8s.io/client-go/util/retry"
	waitPkg    = "k8s.io/apimachinery/pkg/util/wait"
)

// Facts read in cenkalti/backoff v4.3.0 and v5.0.3, avast/retry-go v4.7.0,
// sethvargo/go-retry v0.5.0 and k8s.io client-go/apimachinery v0.37.2:
// cenkalti's exponential backoff starts at 500ms, grows 1.5x with
// randomization 0.5 up to 60s, and v4 stops after MaxElapsedTime (15 min)
// while v5 has the same bound in Retry; v4 ignores cancellation unless the
// backoff is wrapped with WithContext. avast makes 10 attempts, 100ms
// apart, with CombineDelay(BackOffDelay, RandomDelay), and retries every
// error not wrapped in Unrecoverable. sethvargo retries only errors
// wrapped in RetryableError and its base backoffs never stop and have no
// jitter. client-go's DefaultRetry and DefaultBackoff make 5 and 4
// attempts with 10% jitter. wait.ExponentialBackoff runs the condition
// up to Steps times; a condition error stops it.
var retryHelpers = []RetryHelper{
	helper(cenkaltiV4+".Retry", LibCenkaltiV4, 0, -1, 1, -1, RetryOnError, RetryPolicy{}),
	helper(cenkaltiV4+".RetryNotify", LibCenkaltiV4, 0, -1, 1, -1, RetryOnError, RetryPolicy{}),
	helper(cenkaltiV4+".RetryNotifyWithTimer", LibCenkaltiV4, 0, -1, 1, -1, RetryOnError, RetryPolicy{}),
	helper(cenkaltiV4+".RetryWithData", LibCenkaltiV4, 0, -1, 1, -1, RetryOnError, RetryPolicy{}),
	helper(cenkaltiV4+".RetryNotifyWithData", LibCenkaltiV4, 0, -1, 1, -1, RetryOnError, RetryPolicy{}),
	helper(cenkaltiV5+".Retry", LibCenkalti, 1, 0, -1, 2, RetryOnError,
		RetryPolicy{Bounded: true, Delay: true, Jitter: true, Growth: true}),
	helper(avast+".Do", LibAvast, 0, -1, -1, 1, RetryOnError,
		RetryPolicy{Attempts: 10, Bounded: true, Delay: true, Jitter: true, Growth: true}),
	helper(avast+".DoWithData", LibAvast, 0, -1, -1, 1, RetryOnError,
		RetryPolicy{Attempts: 10, Bounded: true, Delay: true, Jitter: true, Growth: true}),
	helper(sethvargo+".Do", LibSethvargo, 2, 0, 1, -1, RetryOnMarked, RetryPolicy{}),
	helper(sethvargo+".DoValue", LibSethvargo, 2, 0, 1, -1, RetryOnMarked, RetryPolicy{}),
	{Func: sethvargo + ".Constant", Lib: LibSethvargo, Op: 2, Ctx: 0, Policy: -1, Options: -1, Pred: -1, Interval: 1, Timeout: -1,
		Protocol: RetryOnMarked, Default: RetryPolicy{Delay: true}},
	{Func: sethvargo + ".Exponential", Lib: LibSethvargo, Op: 2, Ctx: 0, Policy: -1, Options: -1, Pred: -1, Interval: 1, Timeout: -1,
		Protocol: RetryOnMarked, Default: RetryPolicy{Delay: true, Growth: true}},
	{Func: sethvargo + ".Fibonacci", Lib: LibSethvargo, Op: 2, Ctx: 0, Policy: -1, Options: -1, Pred: -1, Interval: 1, Timeout: -1,
		Protocol: RetryOnMarked, Default: RetryPolicy{Delay: true, Growth: true}},
	{Func: clientGo + ".RetryOnConflict", Lib: LibClientGo, Op: 1, Ctx: -1, Policy: 0, Options: -1, Pred: -1, Interval: -1, Timeout: -1,
		Protocol: RetryOnError, ConflictOnly: true},
	{Func: clientGo + ".OnError", Lib: LibClientGo, Op: 2, Ctx: -1, Policy: 0, Options: -1, Pred: 1, Interval: -1, Timeout: -1,
		Protocol: RetryOnError},
	helper(waitPkg+".ExponentialBackoff", LibWait, 1, -1, 0, -1, RetryOnNotDone, RetryPolicy{}),
	helper(waitPkg+".ExponentialBackoffWithContext", LibWait, 2, 0, 1, -1, RetryOnNotDone, RetryPolicy{}),
	{Func: waitPkg + ".PollUntilContextTimeout", Lib: LibWait, Op: 4, Ctx: 0, Policy: -1, Options: -1, Pred: -1, Interval: 1, Timeout: 2,
		Protocol: RetryOnNotDone, Default: RetryPolicy{Bounded: true, Delay: true}},
	{Func: waitPkg + ".PollUntilContextCancel", Lib: LibWait, Op: 3, Ctx: 0, Policy: -1, Options: -1, Pred: -1, Interval: 1, Timeout: -1,
		Protocol: RetryOnNotDone, Default: RetryPolicy{Delay: true}},
	{Func: waitPkg + ".Poll", Lib: LibWait, Op: 2, Ctx: -1, Policy: -1, Options: -1, Pred: -1, Interval: 0, Timeout: 1,
		Protocol: RetryOnNotDone, Default: RetryPolicy{Bounded: true, Delay: true}},
	{Func: waitPkg + ".PollImmediate", Lib: LibWait, Op: 2, Ctx: -1, Policy: -1, Options: -1, Pred: -1, Interval: 0, Timeout: 1,
		Protocol: RetryOnNotDone, Default: RetryPolicy{Bounded: true, Delay: true}},
	{Func: waitPkg + ".PollInfinite", Lib: LibWait, Op: 1, Ctx: -1, Policy: -1, Options: -1, Pred: -1, Interval: 0, Timeout: -1,
		Protocol: RetryOnNotDone, Default: RetryPolicy{Delay: true}},
}

// RetryHelperByName returns the helper whose FullName is full, or nil.
// cenkalti/backoff v6 and later are looked up as v5, whose shape they keep.
func RetryHelperByName(full string) *RetryHelper {
	full = cenkaltiLatest(full)
	for i := range retryHelpers {
		if retryHelpers[i].Func == full {
			return &retryHelpers[i]
		}
	}
	return nil
}

// cenkaltiLatest rewrites github.com/cenkalti/backoff/vN (N ≥ 6) as v5.
func cenkaltiLatest(s string) string {
	const p = "github.com/cenkalti/backoff/v"
	i := strings.Index(s, p)
	if i < 0 {
		return s
	}
	j := i + len(p)
	k := j
	for k < len(s) && '0' <= s[k] && s[k] <= '9' {
		k++
	}
	if k == j || s[j:k] == "4" || s[j:k] == "5" || (k-j == 1 && s[j] < '4') {
		return s
	}
	return s[:j] + "5" + s[k:]
}

// RetryKnob is what an option, a backoff wrapper or a configuration field
// changes about a retry.
type RetryKnob uint8

// The knobs. Arg (of RetryOption, Backoff or RetryField) carries the value.
const (
	KnobNone          RetryKnob = iota
	KnobAttempts                // the number of attempts; 0 means forever (avast Attempts)
	KnobRetries                 // the number of retries after the first attempt; -1 disables (go-redis)
	KnobForever                 // retry until success (avast UntilSucceeded)
	KnobElapsed                 // a bound on the total time; 0 disables it
	KnobContext                 // a context that stops the retries
	KnobDelay                   // the base wait; 0 means none
	KnobDelayType               // avast DelayType: the delay function
	KnobJitter                  // a randomisation amount; 0 means none
	KnobRandomization           // cenkalti RandomizationFactor; 0 removes the jitter
	KnobRetryIf                 // a predicate choosing the errors to retry
	KnobBackOff                 // the backoff to use (cenkalti v5 WithBackOff)
)

// RetryOption is a functional option of a retry helper or a backoff
// constructor.
type RetryOption struct {
	Func string
	Knob RetryKnob
	Arg  int
}

var retryOptions = []RetryOption{
	{avast + ".Attempts", KnobAttempts, 0},
	{avast + ".UntilSucceeded", KnobForever, -1},
	{avast + ".Delay", KnobDelay, 0},
	{avast + ".MaxJitter", KnobJitter, 0},
	{avast + ".DelayType", KnobDelayType, 0},
	{avast + ".RetryIf", KnobRetryIf, 0},
	{avast + ".Context", KnobContext, 0},
	{cenkaltiV5 + ".WithBackOff", KnobBackOff, 0},
	{cenkaltiV5 + ".WithMaxTries", KnobAttempts, 0},
	{cenkaltiV5 + ".WithMaxElapsedTime", KnobElapsed, 0},
	{cenkaltiV4 + ".WithRandomizationFactor", KnobRandomization, 0},
	{cenkaltiV4 + ".WithMaxElapsedTime", KnobElapsed, 0},
	{cenkaltiV4 + ".WithInitialInterval", KnobDelay, 0},
}

// RetryOptionByName returns the option whose FullName is full, or nil.
func RetryOptionByName(full string) *RetryOption {
	full = cenkaltiLatest(full)
	for i := range retryOptions {
		if retryOptions[i].Func == full {
			return &retryOptions[i]
		}
	}
	return nil
}

// Backoff describes a constructor of a backoff value, or a wrapper that
// changes one. For composite literals, Func is the type's "path.Name" and
// the fields are in [RetryFieldOf].
type Backoff struct {
	Func string
	// Policy is what a fresh value does (constructors only).
	Policy RetryPolicy
	// Inner is the index of the wrapped backoff (wrappers), or -1.
	Inner int
	// Knob is what a wrapper changes, with its value at index Arg (-1: none).
	Knob RetryKnob
	Arg  int
	// Literal: Func names a type built by a composite literal, whose zero
	// fields mean no delay, no jitter and no bound unless set.
	Literal bool
}

var exponential = RetryPolicy{Bounded: true, Delay: true, Jitter: true, Growth: true}

var backoffs = []Backoff{
	{Func: cenkaltiV4 + ".NewExponentialBackOff", Policy: exponential, Inner: -1, Arg: -1},
	{Func: cenkaltiV4 + ".NewConstantBackOff", Policy: RetryPolicy{Delay: true}, Inner: -1, Knob: KnobDelay, Arg: 0},
	{Func: cenkaltiV4 + ".WithMaxRetries", Inner: 0, Knob: KnobRetries, Arg: 1},
	{Func: cenkaltiV4 + ".WithContext", Inner: 0, Knob: KnobContext, Arg: 1},
	{Func: cenkaltiV4 + ".ExponentialBackOff", Inner: -1, Arg: -1, Literal: true},
	{Func: cenkaltiV4 + ".ConstantBackOff", Policy: RetryPolicy{Delay: true}, Inner: -1, Arg: -1, Literal: true},
	{Func: cenkaltiV4 + ".ZeroBackOff", Inner: -1, Arg: -1, Literal: true},
	{Func: cenkaltiV4 + ".StopBackOff", Policy: RetryPolicy{Attempts: 1, Bounded: true}, Inner: -1, Arg: -1, Literal: true},
	// In v5 the exponential backoff has no elapsed bound of its own; Retry has.
	{Func: cenkaltiV5 + ".NewExponentialBackOff", Policy: RetryPolicy{Delay: true, Jitter: true, Growth: true}, Inner: -1, Arg: -1},
	{Func: cenkaltiV5 + ".NewConstantBackOff", Policy: RetryPolicy{Delay: true}, Inner: -1, Knob: KnobDelay, Arg: 0},
	{Func: cenkaltiV5 + ".ExponentialBackOff", Inner: -1, Arg: -1, Literal: true},
	{Func: cenkaltiV5 + ".ConstantBackOff", Policy: RetryPolicy{Delay: true}, Inner: -1, Arg: -1, Literal: true},
	{Func: cenkaltiV5 + ".ZeroBackOff", Inner: -1, Arg: -1, Literal: true},
	{Func: cenkaltiV5 + ".StopBackOff", Policy: RetryPolicy{Attempts: 1, Bounded: true}, Inner: -1, Arg: -1, Literal: true},
	{Func: sethvargo + ".NewConstant", Policy: RetryPolicy{Delay: true}, Inner: -1, Knob: KnobDelay, Arg: 0},
	{Func: sethvargo + ".NewExponential", Policy: RetryPolicy{Delay: true, Growth: true}, Inner: -1, Knob: KnobDelay, Arg: 0},
	{Func: sethvargo + ".NewFibonacci", Policy: RetryPolicy{Delay: true, Growth: true}, Inner: -1, Knob: KnobDelay, Arg: 0},
	{Func: sethvargo + ".WithMaxRetries", Inner: 1, Knob: KnobRetries, Arg: 0},
	{Func: sethvargo + ".WithMaxDuration", Inner: 1, Knob: KnobElapsed, Arg: 0},
	{Func: sethvargo + ".WithCappedDuration", Inner: 1, Arg: -1},
	{Func: sethvargo + ".WithJitter", Inner: 1, Knob: KnobJitter, Arg: 0},
	{Func: sethvargo + ".WithJitterPercent", Inner: 1, Knob: KnobJitter, Arg: 0},
	{Func: sethvargo + ".WithFullJitter", Inner: 0, Knob: KnobJitter, Arg: -1},
	{Func: waitPkg + ".Backoff", Inner: -1, Arg: -1, Literal: true},
	{Func: clientGo + ".DefaultRetry", Policy: RetryPolicy{Attempts: 5, Bounded: true, Delay: true, Jitter: true}, Inner: -1, Arg: -1},
	{Func: clientGo + ".DefaultBackoff", Policy: RetryPolicy{Attempts: 4, Bounded: true, Delay: true, Jitter: true, Growth: true}, Inner: -1, Arg: -1},
}

// BackoffByName returns the backoff constructor, wrapper, literal type or
// predefined value named full, or nil.
func BackoffByName(full string) *Backoff {
	full = cenkaltiLatest(full)
	for i := range backoffs {
		if backoffs[i].Func == full {
			return &backoffs[i]
		}
	}
	return nil
}

// RetryField is a configuration field of a backoff struct.
type RetryField struct {
	Type  string // "path.Name" of the struct
	Field string
	Knob  RetryKnob
}

var retryFields = []RetryField{
	{cenkaltiV4 + ".ExponentialBackOff", "InitialInterval", KnobDelay},
	{cenkaltiV4 + ".ExponentialBackOff", "RandomizationFactor", KnobRandomization},
	{cenkaltiV4 + ".ExponentialBackOff", "MaxElapsedTime", KnobElapsed},
	{cenkaltiV4 + ".ConstantBackOff", "Interval", KnobDelay},
	{cenkaltiV5 + ".ExponentialBackOff", "InitialInterval", KnobDelay},
	{cenkaltiV5 + ".ExponentialBackOff", "RandomizationFactor", KnobRandomization},
	{cenkaltiV5 + ".ConstantBackOff", "Interval", KnobDelay},
	{waitPkg + ".Backoff", "Duration", KnobDelay},
	{waitPkg + ".Backoff", "Jitter", KnobJitter},
	{waitPkg + ".Backoff", "Steps", KnobAttempts},
}

// RetryFieldOf returns the knob of field name of the struct type typ
// ("path.Name"), or KnobNone.
func RetryFieldOf(typ, name string) RetryKnob {
	typ = cenkaltiLatest(typ)
	for _, f := range retryFields {
		if f.Type == typ && f.Field == name {
			return f.Knob
		}
	}
	return KnobNone
}

// DelayType describes an avast/retry-go delay function.
type DelayType struct {
	Func    string
	Jitter  bool
	Growth  bool
	Combine bool // combines its arguments (CombineDelay)
}

var delayTypes = []DelayType{
	{Func: avast + ".BackOffDelay", Growth: true},
	{Func: avast + ".FixedDelay"},
	{Func: avast + ".RandomDelay", Jitter: true},
	{Func: avast + ".FullJitterBackoffDelay", Jitter: true, Growth: true},
	{Func: avast + ".CombineDelay", Combine: true},
}

// DelayTypeByName returns the avast delay function named full, or nil.
func DelayTypeByName(full string) *DelayType {
	for i := range delayTypes {
		if delayTypes[i].Func == full {
			return &delayTypes[i]
		}
	}
	return nil
}

// RetryMarker is a function that marks an error for a retry helper.
type RetryMarker struct {
	Func  string
	Retry bool // marks the error retryable (else: stop retrying)
}

var retryMarkers = []RetryMarker{
	{cenkaltiV4 + ".Permanent", false},
	{cenkaltiV5 + ".Permanent", false},
	{avast + ".Unrecoverable", false},
	{sethvargo + ".RetryableError", true},
}

// RetryMarkerByName returns the marker function named full, or nil.
func RetryMarkerByName(full string) *RetryMarker {
	full = cenkaltiLatest(full)
	for i := range retryMarkers {
		if retryMarkers[i].Func == full {
			return &retryMarkers[i]
		}
	}
	return nil
}

// DefaultAttempts returns how many attempts a call of kind k makes by
// default when its API carries the Retries flag, or 0 when unknown.
func DefaultAttempts(k Kind) int {
	switch k {
	case AWS:
		return 3 // retry.Standard
	case Redis:
		return 4 // MaxRetries 3
	case HTTP:
		return 5 // go-retryablehttp RetryMax 4
	case Kafka:
		return 10 // Writer.MaxAttempts
	}
	return 0
}

// notApplied lists classifiers whose positive answer proves that the
// request never reached the server's application logic, so repeating it
// is safe for any operation (rules.md §5 NL-R1, §7). Names are
// unversioned, as in the classifier registry.
var notApplied = map[string]bool{
	"net.DNSError":                                         true,
	"database/sql/driver.ErrBadConn":                       true,
	"syscall.ECONNREFUSED":                                 true,
	"github.com/jackc/pgx/pgconn.SafeToRetry":              true,
	"github.com/jackc/pgconn.SafeToRetry":                  true,
	"github.com/nats-io/nats.go.ErrNoResponders":           true,
	"github.com/nats-io/nats.go.ErrNoServers":              true,
	"github.com/redis/go-redis.ErrPoolTimeout":             true,
	"k8s.io/apimachinery/pkg/util/net.IsConnectionRefused": true,
	"crypto/tls.CertificateVerificationError":              true,
	"crypto/x509.UnknownAuthorityError":                    true,
	"crypto/x509.HostnameError":                            true,
	"crypto/x509.CertificateInvalidError":                  true,
	"net/http.ErrSchemeMismatch":                           true,
}

// NotApplied reports whether a classifier (a function, sentinel or type,
// named as in the classifier registry, versions allowed) admits only
// errors that prove the request was not applied.
func NotApplied(name string) bool { return notApplied[UnversionedPath(name)] }

// PreSendOps are the values of (*net.OpError).Op that mean the connection
// was never established (rules.md §7.1).
var PreSendOps = []string{"dial", "proxyconnect"}

// ConditionalHeaders are request headers that make an HTTP request
// conditional, so a duplicate fails harmlessly (rules.md §1.3 COND).
var ConditionalHeaders = []string{"If-Match", "If-None-Match", "If-Unmodified-Since"}

// NATSMsgIDHeader is the JetStream header that deduplicates publishes.
const NATSMsgIDHeader = "Nats-Msg-Id"

// TokenFieldNames are struct field names that carry a caller-chosen
// idempotency token in request messages (rules.md §9.3), beside the AWS
// members of [AWSTokenField].
var TokenFieldNames = []string{"IdempotencyKey", "IdempotencyToken", "RequestId", "RequestID", "ClientToken", "ClientRequestToken", "ClientRequestId", "MessageDeduplicationId", "DeduplicationId", "MsgId", "MsgID"}

// TokenField reports whether a struct field name carries an idempotency token.
func TokenField(name string) bool {
	if AWSTokenField(name) {
		return true
	}
	for _, n := range TokenFieldNames {
		if n == name {
			return true
		}
	}
	return false
}

// TokenGenerator reports whether a function (package path and name)
// returns a fresh value on every call, so a key it produces inside a
// retry is different on every attempt: UUID, ULID, KSUID and xid
// generators, math/rand and crypto/rand, and time.Now.
func TokenGenerator(pkg, name string) bool {
	switch UnversionedPath(pkg) {
	case "math/rand", "crypto/rand":
		return true
	case "time":
		return name == "Now"
	case "github.com/google/uuid", "github.com/gofrs/uuid", "github.com/satori/go.uuid", "github.com/hashicorp/go-uuid":
		return strings.HasPrefix(name, "New") || strings.HasPrefix(name, "Generate") || name == "Must"
	case "github.com/oklog/ulid":
		return name == "Make" || name == "New" || name == "MustNew"
	case "github.com/segmentio/ksuid", "github.com/rs/xid":
		return strings.HasPrefix(name, "New")
	}
	return false
}

// mutatingVerbs start the names of operations that create or append
// something, so repeating them duplicates it.
var mutatingVerbs = []string{"Create", "Insert", "Add", "Append", "Send", "Publish", "Submit", "Enqueue", "Push", "Incr", "Increment", "Decr", "Charge", "Pay", "Transfer", "Post", "Issue", "Allocate", "Launch", "Run", "Start", "Execute", "Exec", "Place", "Book", "Order", "Reserve", "Register", "Mint"}

// MutatingName reports whether an operation name of unknown idempotency
// begins with a verb that creates or appends (CreateOrder, SendEmail,
// IncrementCounter), so a retry would likely duplicate its effect.
func MutatingName(name string) bool {
	for _, up := range []string{"OrUpdate", "OrReplace", "Upsert", "IfNotExist", "IfAbsent"} {
		if strings.Contains(name, up) {
			return false // an upsert converges
		}
	}
	for _, v := range mutatingVerbs {
		if strings.HasPrefix(name, v) && (len(name) == len(v) || !isLower(name[len(v)])) {
			return true
		}
	}
	return false
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
