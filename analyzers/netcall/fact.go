package netcall

import (
	"fmt"
	"strings"

	"github.com/netlint/netlint/rules"
)

// FuncFact summarises a function for its callers in other packages. It is
// exported for functions that wrap a network call (they pass their context
// into one, return its error, or return its reply unchanged) and for
// functions that carry a netlint annotation. Fields are small and
// gob-friendly; a zero field means "does not apply".
type FuncFact struct {
	// Kind is the kind of the innermost network call.
	Kind rules.Kind
	// API names the innermost catalog API, as rules.ReadableName spells it.
	API string
	// Idem is the combined idempotency class of the wrapped calls.
	Idem rules.Idem
	// Method is the constant HTTP method of the wrapped request, if known.
	Method string
	// MethodParam is 1 + the index of a string parameter that becomes the
	// HTTP method of the wrapped request, or 0.
	MethodParam int
	// CtxParam is 1 + the index of the parameter (a context.Context or an
	// *http.Request) whose deadline bounds the wrapped call, or 0. Callers
	// that pass a context without a deadline there have an unbounded wait.
	CtxParam int
	// ClientParam is 1 + the index of an *http.Client parameter that sends
	// the wrapped request, or 0. The call needs a deadline only when the
	// caller's client has no timeout.
	ClientParam int
	// ErrResult is 1 + the index of the error result that carries the
	// wrapped call's error, or 0.
	ErrResult int
	// Flags carries rules.Flag bits of the wrapped calls (Response,
	// Retries, Stream …).
	Flags rules.Flag
	// Annot is the set of netlint annotations on the function.
	Annot Annot
}

// AFact marks FuncFact as an analysis fact.
func (*FuncFact) AFact() {}

// IsWrapper reports whether the function crosses the network for its callers.
func (f *FuncFact) IsWrapper() bool { return f.Kind != rules.KindNone }

func (f *FuncFact) String() string {
	var parts []string
	if f.IsWrapper() {
		parts = append(parts, fmt.Sprintf("wrapper(%s %s %s)", f.Kind, f.API, f.Idem))
		if f.Method != "" {
			parts = append(parts, "method="+f.Method)
		}
		if f.MethodParam > 0 {
			parts = append(parts, fmt.Sprintf("methodparam=%d", f.MethodParam-1))
		}
		if f.CtxParam > 0 {
			parts = append(parts, fmt.Sprintf("ctx=%d", f.CtxParam-1))
		}
		if f.ClientParam > 0 {
			parts = append(parts, fmt.Sprintf("client=%d", f.ClientParam-1))
		}
		if f.ErrResult > 0 {
			parts = append(parts, fmt.Sprintf("err=%d", f.ErrResult-1))
		}
		if f.Flags.Has(rules.Response) {
			parts = append(parts, "response")
		}
	}
	if f.Annot != 0 {
		parts = append(parts, "annot="+f.Annot.String())
	}
	return strings.Join(parts, " ")
}

// ClientFact marks a named type annotated //netlint:client: every method
// crosses the network and is not idempotent unless listed in Idempotent.
type ClientFact struct {
	Idempotent []string // sorted method names annotated //netlint:idempotent
}

// AFact marks ClientFact as an analysis fact.
func (*ClientFact) AFact() {}

func (f *ClientFact) String() string {
	return "client(idempotent=" + strings.Join(f.Idempotent, ",") + ")"
}
