// Package readpref is a hand-written stub of go.mongodb.org/mongo-driver/v2/mongo/readpref.
package readpref

type ReadPref struct {
	mode int
}

func Primary() *ReadPref { return &ReadPref{} }

func Nearest() *ReadPref { return &ReadPref{mode: 5} }
