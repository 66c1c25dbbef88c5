// Command demo is example code: an examples path element means brevity
// wins, and nothing here is reported.
package main

import "net/http"

func main() {
	req, _ := http.NewRequest("POST", "http://localhost/x", nil)
	http.DefaultClient.Do(req)
}
