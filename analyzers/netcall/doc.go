// Package netcall defines an Analyzer that finds network call sites for
// the netlint family analyzers. It reports nothing.
//
// # Analyzer netcall
//
// netcall: find network call sites for the netlint analyzers (reports nothing)
//
// netcall is the shared model of every netlint check. For each package it
// finds the calls that cross the network, from four sources:
//
//   - the catalog in package rules: exact entries such as
//     (*net/http.Client).Do and shapes such as generated gRPC client
//     methods, AWS SDK v2 operations and go-redis commands;
//   - methods of types annotated //netlint:client (every method crosses the
//     network and is not idempotent unless annotated //netlint:idempotent);
//   - methods of types listed in the clients setting
//     (-netcall.clients=example.com/pay.Client=Get|List);
//   - wrappers: functions that pass their context (or request) into a
//     network call, return its error, or return its *http.Response. They
//     are computed to a fixpoint inside a package and exported as a
//     FuncFact, so a helper in another package is followed too.
//
// The Result answers questions rather than exposing maps: Sites lists the
// calls (each a Site with the callee, its catalog entry, the resolved
// idempotency class and HTTP method, and the enclosing function), Flow
// traces contexts, requests and clients to where they were built, and
// Reportf reports a finding unless a //netlint:ignore directive, the
// configuration, or a generated or test file suppresses it.
//
// netcall also carries netlint's configuration as flags, so one vocabulary
// serves .netlint.yml, the command line, go vet and golangci-lint:
// clients, idempotency-headers, classifiers, validators, disable and
// enable.
package netcall
