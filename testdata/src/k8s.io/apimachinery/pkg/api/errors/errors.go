// Package errors is a hand-written stub of k8s.io/apimachinery/pkg/api/errors
// (v0.37.2 signatures) for netlint's tests.
package errors

func IsConflict(err error) bool { return false }

func IsNotFound(err error) bool { return false }

func IsServiceUnavailable(err error) bool { return false }

func IsTooManyRequests(err error) bool { return false }
