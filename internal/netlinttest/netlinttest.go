// Package netlinttest holds helpers shared by the analyzers' tests.
package netlinttest

import (
	"path/filepath"
	"runtime"
)

// TestData returns the absolute path of the repository's testdata
// directory, which holds every analyzer's fixtures and the third-party
// stubs at their real import paths.
func TestData() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}
