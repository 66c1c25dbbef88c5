// Package rules is netlint's catalog of network APIs.
//
// Each entry describes one function or method that crosses the network:
// what kind of call it is, which parameters carry the context, the
// address, the HTTP method or the SQL text, how safe it is to repeat,
// and whether the library bounds the wait by default. Entries are keyed
// by the spelling of [types.Func.FullName], for example
// "(*net/http.Client).Do" or "net.Dial".
//
// Besides the exact tables, a few shapes are recognised structurally
// (see [Match]): generated gRPC client methods, AWS SDK v2 service
// operations, go-redis commands and I/O on values that have deadlines
// (net.Conn and friends).
//
// The package imports no analysis framework; it is data plus lookup, so
// documentation generators and tests can load it on their own.
package rules

import "strings"

// Kind says what sort of network interaction an API performs.
type Kind uint8

// The kinds of network API.
const (
	KindNone Kind = iota
	HTTP          // an HTTP request by a client
	Dial          // establishing a connection
	ConnIO        // a read or write on an established connection
	DNS           // a name lookup
	SQL           // a database/sql or driver statement
	GRPC          // a gRPC call
	Redis         // a Redis command
	AWS           // an AWS SDK v2 operation
	RPC           // a net/rpc call
	SMTP          // sending mail
	Mongo         // a MongoDB operation
	Kafka         // a Kafka produce or fetch
	NATS          // a NATS publish or request
	Etcd          // an etcd operation
	Serve         // starting an inbound server
	Client        // a method of a client declared by annotation or configuration
)

var kindNames = [...]string{"none", "http", "dial", "conn", "dns", "sql", "grpc", "redis", "aws", "rpc", "smtp", "mongo", "kafka", "nats", "etcd", "serve", "client"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Idem is the idempotency class of an operation (rules.md §1.3).
type Idem uint8

// The idempotency classes. The zero value is Unknown, which analyzers
// treat like NonIdem.
const (
	Unknown    Idem = iota // nothing is known; treated as NonIdem
	Safe                   // read-only
	Idempotent             // repeating has the effect of doing it once
	Token                  // idempotent when a caller-chosen token stays the same across attempts
	Cond                   // guarded by a precondition, so a duplicate fails harmlessly
	NonIdem                // duplicates change the outcome
	Dep                    // depends on an argument (HTTP method, SQL text); resolved per call
)

var idemNames = [...]string{"unknown", "safe", "idempotent", "token", "conditional", "not idempotent", "dependent"}

func (i Idem) String() string {
	if int(i) < len(idemNames) {
		return idemNames[i]
	}
	return "idem?"
}

// Repeatable reports whether an operation of class i may be repeated after an
// UNKNOWN outcome without further evidence.
func (i Idem) Repeatable() bool { return i == Safe || i == Idempotent || i == Cond }

// Role names what a parameter of a network API carries.
type Role uint8

// The parameter roles. Other is any parameter with no role of interest.
const (
	Other   Role = iota
	Ctx          // a context.Context that bounds the call
	Network      // the network name ("tcp")
	Addr         // an address, URL or host
	Method       // an HTTP method
	Query        // SQL text or a command name
	Request      // an *http.Request or request message
	Body         // a request body
	Timeout      // an explicit time.Duration bound
	Conn         // a connection the call uses
)

var roleNames = [...]string{"other", "ctx", "network", "addr", "method", "query", "request", "body", "timeout", "conn"}

func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role?"
}

// Flag records a property of an API.
type Flag uint32

// The API flags.
const (
	// DefaultBound: the library bounds the wait by default (for example a
	// driver-level read timeout), so a context without a deadline is not a
	// finding on its own.
	DefaultBound Flag = 1 << iota
	// NoCtx: the API cannot take a deadline through a context and uses
	// context.Background or no context at all (http.Get, net.Dial, db.Query).
	NoCtx
	// DefaultClient: the API sends through http.DefaultClient.
	DefaultClient
	// Stream: a long-lived stream or subscription; it needs cancellation,
	// not a short deadline.
	Stream
	// Lifecycle: Close, Shutdown and the like; exempt from timeout rules.
	Lifecycle
	// Commit: the call is a commit point whose failure leaves the outcome
	// UNKNOWN (rules.md NL-O7).
	Commit
	// Absence: the error can mean "absent" (sql.ErrNoRows, redis.Nil, …).
	Absence
	// Response: the call returns a reply whose status must be checked
	// before it is trusted (*http.Response).
	Response
	// Read and Write mark connection I/O direction, for deadline matching.
	Read
	Write
	// LaterErr: the error arrives later, from a method of the returned value
	// (go-redis Cmd.Err, sql.Row.Scan, mongo SingleResult.Decode).
	LaterErr
	// Retries: the client retries by itself (go-retryablehttp, AWS SDK).
	Retries
	// Server: the API serves inbound connections (ListenAndServe).
	Server
)

// Has reports whether f contains all bits of g.
func (f Flag) Has(g Flag) bool { return f&g == g }

// API describes one network API.
type API struct {
	// Func is the API's types.Func.FullName spelling.
	Func string
	// Kind says what sort of call it is.
	Kind Kind
	// Params gives the role of each parameter by position, receiver
	// excluded; missing trailing entries are Other.
	Params []Role
	// Idem is the idempotency class. Dep means: resolve from the Method or
	// Query parameter, or from the request.
	Idem Idem
	// Flags records further properties.
	Flags Flag
	// Note is a one-line remark for generated documentation.
	Note string
}

// Param returns the index of the first parameter with role r, or -1.
func (a *API) Param(r Role) int {
	for i, p := range a.Params {
		if p == r {
			return i
		}
	}
	return -1
}

// Name returns the API's name as a reader writes it: "http.Client.Do",
// "net.Dial", "redis.Client.Get".
func (a *API) Name() string { return ReadableName(a.Func) }

// ReadableName turns a FullName spelling into the form used in messages:
// the package name instead of its path, and no pointer star or parentheses.
func ReadableName(full string) string {
	s := full
	for {
		open := strings.Index(s, "[")
		if open < 0 {
			break
		}
		close := strings.Index(s[open:], "]")
		if close < 0 {
			break
		}
		s = s[:open] + s[open+close+1:]
	}
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ")")
		if end < 0 {
			return s
		}
		recv := strings.TrimPrefix(s[1:end], "*")
		return shortPkg(recv) + s[end+1:]
	}
	return shortPkg(s)
}

// shortPkg rewrites "a/b/c.Name.M" as "c.Name.M", and drops a major-version
// element ("github.com/redis/go-redis/v9.Client" becomes "redis.Client").
func shortPkg(s string) string {
	dot := strings.LastIndex(s, ".")
	if dot < 0 || dot < strings.LastIndex(s, "/") {
		return s
	}
	pkg, rest := s[:dot], s[dot:]
	return PackageName(pkg) + rest
}

// PackageName guesses the package name of an import path the way goimports
// does: the last element, without a major-version suffix or a "go-" prefix.
func PackageName(path string) string {
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2]
	}
	name = strings.TrimPrefix(name, "go-")
	if i := strings.IndexAny(name, ".-"); i >= 0 {
		name = name[:i]
	}
	return name
}
