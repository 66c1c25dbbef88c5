package basic

import "net/http"

// A test double (the file name starts with mock): not reported by any
// analyzer, as rules.md §2 exempts test code.
func mockUpstream(u string) { http.Get(u) }
