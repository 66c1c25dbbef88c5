// Package protocol is a hand-written stub of github.com/segmentio/kafka-go/protocol.
package protocol

type Header struct {
	Key   string
	Value []byte
}
