// Package kafka holds NL-V9 cases: writers whose nil error proves no
// delivery.
package kafka

import (
	"github.com/segmentio/kafka-go"
)

func badDefaultAcks(broker string) *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP(broker), Topic: "orders"} // want `kafka.Writer without RequiredAcks does not wait for any broker to acknowledge a write`
}

func badRequireNone(broker string) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(broker),
		Topic:        "orders",
		RequiredAcks: kafka.RequireNone, // want `kafka.Writer with RequiredAcks: kafka.RequireNone does not wait`
	}
}

func badAsync(broker string) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(broker),
		Topic:        "orders",
		RequiredAcks: kafka.RequireAll,
		Async:        true, // want `kafka.Writer with Async: true and no Completion drops every write error`
	}
}

func okAll(broker string) *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP(broker), Topic: "orders", RequiredAcks: kafka.RequireAll} // acknowledged by all replicas
}

func okSetLater(broker string) *kafka.Writer {
	w := &kafka.Writer{Addr: kafka.TCP(broker), Topic: "orders"}
	w.RequiredAcks = kafka.RequireOne // set after construction
	return w
}

func okAsyncCompletion(broker string, failed func(error)) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(broker),
		Topic:        "orders",
		RequiredAcks: kafka.RequireAll,
		Async:        true,
		Completion:   func(_ []kafka.Message, err error) { failed(err) }, // errors are reported here
	}
}

// okMetrics ships metrics, where losing a batch is acceptable.
//
//netlint:fireandforget
func okMetrics(broker string) *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP(broker), Topic: "metrics", Async: true}
}

func okAnnotatedLiteral(broker string) *kafka.Writer {
	//netlint:fireandforget debug log shipping
	return &kafka.Writer{Addr: kafka.TCP(broker), Topic: "debug"}
}
