package netretry

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"sort"
	"strings"

	"github.com/netlint/netlint/analyzers/netcall"
)

// grpcCodes maps gRPC status code numbers to their service-config names.
var grpcCodes = []string{"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"}

// mayBeApplied are retryable codes that an attempt can return after the
// server applied it (rules.md §7.3).
var mayBeApplied = map[string]bool{"DEADLINE_EXCEEDED": true, "UNKNOWN": true, "INTERNAL": true, "ABORTED": true, "DATA_LOSS": true}

// fatal are codes that repeat on an identical request.
var fatal = map[string]bool{"INVALID_ARGUMENT": true, "NOT_FOUND": true, "ALREADY_EXISTS": true, "PERMISSION_DENIED": true, "UNAUTHENTICATED": true, "FAILED_PRECONDITION": true, "OUT_OF_RANGE": true, "UNIMPLEMENTED": true, "CANCELLED": true}

// readVerbs begin the names of methods that only read.
var readVerbs = []string{"Get", "List", "Describe", "Read", "Watch", "Check", "Search", "Lookup", "Query", "Fetch", "Head", "Count", "BatchGet", "Stat", "Exists", "Ping"}

type serviceConfig struct {
	MethodConfig []struct {
		Name []struct {
			Service string `json:"service"`
			Method  string `json:"method"`
		} `json:"name"`
		RetryPolicy *struct {
			RetryableStatusCodes []any `json:"retryableStatusCodes"`
		} `json:"retryPolicy"`
	} `json:"methodConfig"`
}

// serviceConfigs parses the constant JSON of grpc.WithDefaultServiceConfig
// and reports retry policies that retry codes an applied call can return
// (NL-R1) or codes that will fail again (NL-R5), for methods not known to
// only read.
func (c *checker) serviceConfigs() {
	for _, f := range c.pass.Files {
		if !netcall.Imports(f, "google.golang.org/grpc") {
			continue // the call names the package
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || !c.isPkgFunc(call, "google.golang.org/grpc", "WithDefaultServiceConfig") {
				return true
			}
			js, ok := c.fl.StringValue(call.Args[0])
			if !ok {
				return true
			}
			var cfg serviceConfig
			if json.Unmarshal([]byte(js), &cfg) != nil {
				return true
			}
			for _, mc := range cfg.MethodConfig {
				if mc.RetryPolicy == nil || allReads(mc.Name) {
					continue
				}
				applied, doomed := codeNames(mc.RetryPolicy.RetryableStatusCodes)
				who := methodsText(mc.Name)
				switch {
				case len(applied) > 0:
					c.nc.Reportf(c.pass, call.Args[0], "NL-R1", "service config retries %s for %s; an attempt that returns it may have been applied, so a non-idempotent method can run twice; retry only UNAVAILABLE, or list only idempotent methods", strings.Join(applied, ", "), who)
				case len(doomed) > 0:
					c.nc.Reportf(c.pass, call.Args[0], "NL-R5", "service config retries %s for %s, which will fail again; retry only transient codes such as UNAVAILABLE", strings.Join(doomed, ", "), who)
				}
			}
			return true
		})
	}
}

func codeNames(codes []any) (applied, doomed []string) {
	for _, code := range codes {
		var name string
		switch v := code.(type) {
		case string:
			name = strings.ToUpper(v)
		case float64:
			if i := int(v); i >= 0 && i < len(grpcCodes) && float64(i) == v {
				name = grpcCodes[i]
			}
		}
		switch {
		case mayBeApplied[name]:
			applied = append(applied, name)
		case fatal[name]:
			doomed = append(doomed, name)
		}
	}
	sort.Strings(applied)
	sort.Strings(doomed)
	return applied, doomed
}

func allReads(names []struct {
	Service string `json:"service"`
	Method  string `json:"method"`
}) bool {
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		read := false
		for _, v := range readVerbs {
			read = read || strings.HasPrefix(n.Method, v)
		}
		if !read {
			return false
		}
	}
	return true
}

func methodsText(names []struct {
	Service string `json:"service"`
	Method  string `json:"method"`
}) string {
	if len(names) == 0 {
		return "every method"
	}
	var parts []string
	for _, n := range names {
		switch {
		case n.Service == "":
			parts = append(parts, "every method")
		case n.Method == "":
			parts = append(parts, "every method of "+n.Service)
		default:
			parts = append(parts, n.Service+"/"+n.Method)
		}
	}
	if len(parts) > 2 {
		return fmt.Sprintf("%s and %d more", strings.Join(parts[:2], ", "), len(parts)-2)
	}
	return strings.Join(parts, ", ")
}
