//go:build netlint_never

package awkward

import "net/http"

// Tagged is excluded by its build tag, so it is not analysed.
func Tagged(u string) { http.Get(u) }
