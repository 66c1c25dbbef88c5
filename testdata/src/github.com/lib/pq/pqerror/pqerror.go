// Package pqerror is a hand-written stub of github.com/lib/pq/pqerror.
package pqerror

type Code string

func (ec Code) Name() string { return string(ec) }

func (ec Code) Class() Class { return Class(ec[:2]) }

type Class string

func (ec Class) Name() string { return string(ec) }
