package awkward

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import "net/http"

// Twice calls C; the file must not crash the analysis.
func Twice(x int) int { return int(C.twice(C.int(x))) }

// CgoFetch is in a cgo file and still checked.
func CgoFetch(u string) error {
	resp, err := http.Get(u) // NL-T1
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
