package rules

import "sort"

// Severity is the default severity of a rule.
type Severity uint8

// The severities, from rules.md §0.
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "severity?"
}

// Rule describes one rule ID.
type Rule struct {
	ID       string // "NL-T1"
	Analyzer string // the analyzer that reports it
	Title    string // short description, lowercase, no period
	Severity Severity
	OptIn    bool // off unless enabled by configuration
}

// Rules lists every rule netlint reports, sorted by ID.
var Rules = []Rule{
	{ID: "NL-D1", Analyzer: "nettimeout", Title: "malformed netlint directive", Severity: Error},
	{ID: "NL-O1", Analyzer: "netoutcome", Title: "error of a network call discarded", Severity: Error},
	{ID: "NL-O2", Analyzer: "netoutcome", Title: "classification evidence destroyed", Severity: Warning},
	{ID: "NL-O3", Analyzer: "netoutcome", Title: "terminal decision on a mutating call's error without separating UNKNOWN", Severity: Warning},
	{ID: "NL-O4", Analyzer: "netoutcome", Title: "absent conflated with failed", Severity: Warning},
	{ID: "NL-O5", Analyzer: "netoutcome", Title: "outcome class laundered across a service boundary", Severity: Warning},
	{ID: "NL-O7", Analyzer: "netoutcome", Title: "ambiguous commit treated as not committed", Severity: Warning},
	{ID: "NL-R1", Analyzer: "netretry", Title: "non-idempotent operation retried without idempotency evidence", Severity: Error},
	{ID: "NL-R2", Analyzer: "netretry", Title: "retry without delay", Severity: Warning},
	{ID: "NL-R3", Analyzer: "netretry", Title: "backoff without jitter", Severity: Warning},
	{ID: "NL-R4", Analyzer: "netretry", Title: "unbounded retries", Severity: Error},
	{ID: "NL-R5", Analyzer: "netretry", Title: "retry predicate admits fatal errors or the caller's cancellation", Severity: Warning},
	{ID: "NL-R6", Analyzer: "netretry", Title: "retry amplification through nested layers", Severity: Warning},
	{ID: "NL-T1", Analyzer: "nettimeout", Title: "outbound call with no bound on its wait", Severity: Error},
	{ID: "NL-T2", Analyzer: "nettimeout", Title: "client, transport or dialer constructed without timeouts", Severity: Warning},
	{ID: "NL-T3", Analyzer: "nettimeout", Title: "raw connection I/O without a deadline", Severity: Warning},
	{ID: "NL-T4", Analyzer: "nettimeout", Title: "inbound server without timeouts", Severity: Error},
	{ID: "NL-T5", Analyzer: "nettimeout", Title: "deadline and cancellation not propagated from inbound to outbound", Severity: Warning},
	{ID: "NL-T6", Analyzer: "netretry", Title: "retry attempts escape the caller's deadline", Severity: Warning},
	{ID: "NL-T7", Analyzer: "nettimeout", Title: "blocking wait for a connection without a deadline", Severity: Warning},
	{ID: "NL-V1", Analyzer: "netreply", Title: "reply consumed without checking the protocol status", Severity: Error},
	{ID: "NL-V2", Analyzer: "netreply", Title: "unbounded read of a peer-controlled body", Severity: Warning},
	{ID: "NL-V3", Analyzer: "netreply", Title: "decode or read error ignored, or truncation unchecked", Severity: Error},
	{ID: "NL-V4", Analyzer: "netreply", Title: "content type not checked before decoding", Severity: Info, OptIn: true},
	{ID: "NL-V5", Analyzer: "netreply", Title: "empty or zero-valued reply accepted as success", Severity: Warning},
	{ID: "NL-V6", Analyzer: "netreply", Title: "end of stream conflated with stream failure", Severity: Error},
	{ID: "NL-V7", Analyzer: "netreply", Title: "server answers fast and empty on failure", Severity: Error},
	{ID: "NL-V9", Analyzer: "netreply", Title: "unacknowledged write treated as durable", Severity: Warning},
}

// RuleByID returns the rule with the given ID, or nil.
func RuleByID(id string) *Rule {
	i := sort.Search(len(Rules), func(i int) bool { return Rules[i].ID >= id })
	if i < len(Rules) && Rules[i].ID == id {
		return &Rules[i]
	}
	return nil
}

// DocURL returns the documentation page of a rule.
func DocURL(id string) string {
	return "https://github.com/netlint/netlint/blob/main/docs/rules/" + id + ".md"
}
