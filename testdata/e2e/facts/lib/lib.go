// Package lib is a dependency outside the main module that wraps http.Get.
package lib

import "net/http"

// Fetch gets u with http.DefaultClient.
func Fetch(u string) (*http.Response, error) { return http.Get(u) }
