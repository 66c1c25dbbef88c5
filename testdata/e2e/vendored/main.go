// Package main calls a vendored wrapper with a context that has no
// deadline.
package main

import (
	"context"
	"fmt"

	"example.com/vlib"
)

func main() {
	resp, err := vlib.Fetch(context.Background(), "http://example.com") // NL-T1 with -deps=all
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
}
