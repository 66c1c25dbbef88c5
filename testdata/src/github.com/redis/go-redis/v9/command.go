package redis

import "context"

type Cmder interface {
	Name() string
	Args() []interface{}
	Err() error
}

type baseCmd struct {
	ctx  context.Context
	args []interface{}
	err  error
}

func (cmd *baseCmd) Name() string        { return "" }
func (cmd *baseCmd) Args() []interface{} { return cmd.args }
func (cmd *baseCmd) Err() error          { return cmd.err }

type StatusCmd struct {
	baseCmd
	val string
}

func (cmd *StatusCmd) Val() string             { return cmd.val }
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }
func (cmd *StatusCmd) String() string          { return cmd.val }

type IntCmd struct {
	baseCmd
	val int64
}

func (cmd *IntCmd) Val() int64              { return cmd.val }
func (cmd *IntCmd) Result() (int64, error)  { return cmd.val, cmd.err }
func (cmd *IntCmd) Uint64() (uint64, error) { return uint64(cmd.val), cmd.err }

type BoolCmd struct {
	baseCmd
	val bool
}

func (cmd *BoolCmd) Val() bool             { return cmd.val }
func (cmd *BoolCmd) Result() (bool, error) { return cmd.val, cmd.err }

type StringCmd struct {
	baseCmd
	val string
}

func (cmd *StringCmd) Val() string                { return cmd.val }
func (cmd *StringCmd) Result() (string, error)    { return cmd.val, cmd.err }
func (cmd *StringCmd) Bytes() ([]byte, error)     { return []byte(cmd.val), cmd.err }
func (cmd *StringCmd) Int64() (int64, error)      { return 0, cmd.err }
func (cmd *StringCmd) Scan(val interface{}) error { return cmd.err }

type StringSliceCmd struct {
	baseCmd
	val []string
}

func (cmd *StringSliceCmd) Val() []string             { return cmd.val }
func (cmd *StringSliceCmd) Result() ([]string, error) { return cmd.val, cmd.err }
