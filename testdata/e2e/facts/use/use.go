// Package use calls http.Get through wrappers in another package of the
// main module and in another module.
package use

import (
	"example.com/e2e/facts/wrap"
	"example.com/e2e/lib"
)

// ViaWrap calls a wrapper of the main module.
func ViaWrap() { wrap.Fetch("http://example.com/a") }

// ViaLib calls a wrapper of another module.
func ViaLib() { lib.Fetch("http://example.com/b") }
