// Package uuid is a hand-written stub of github.com/google/uuid (v1.6.0
// signatures) for netlint's tests.
package uuid

type UUID [16]byte

var Nil UUID

func New() UUID { return UUID{} }

func NewString() string { return New().String() }

func NewRandom() (UUID, error) { return UUID{}, nil }

func NewV7() (UUID, error) { return UUID{}, nil }

func Parse(s string) (UUID, error) { return UUID{}, nil }

func MustParse(s string) UUID { return UUID{} }

func (uuid UUID) String() string { return "00000000-0000-0000-0000-000000000000" }
