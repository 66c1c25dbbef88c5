// Command chat is an example program that documents a client API: code
// under an examples directory leaves timeouts out for brevity, and nothing
// in it is reported.
package main

import (
	"fmt"
	"net/http"
)

func main() {
	resp, err := http.Get("http://localhost:8080/messages") // not reported: example program
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
}
