// Package wrap is a package of the main module that wraps http.Get.
package wrap

import "net/http"

// Fetch gets u with http.DefaultClient.
func Fetch(u string) (*http.Response, error) { return http.Get(u) }
