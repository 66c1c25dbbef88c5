// Package unconfirmed holds core NATS publishes: fire-and-forget by
// protocol, so their errors report only local conditions.
package unconfirmed

import (
	"log"
	"time"

	"github.com/nats-io/nats.go"
)

// okPublishDropped: a core NATS publish is never acknowledged; its error
// only says the message was not handed to the connection.
func okPublishDropped(nc *nats.Conn) {
	nc.Publish("events", []byte("x"))
}

// okPublishSwallowed: the same error cannot mean UNKNOWN, so swallowing
// it is not NL-O3.
func okPublishSwallowed(nc *nats.Conn) error {
	if err := nc.Publish("events", nil); err != nil {
		log.Print(err)
		return nil
	}
	return nil
}

func badRequestDropped(nc *nats.Conn) {
	nc.Request("svc.charge", nil, time.Second) // want `error from nats.Conn.Request is discarded`
}
