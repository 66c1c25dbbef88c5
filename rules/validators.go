package rules

import "go/types"

// A Validator is a function or method that checks a decoded message for
// substance and reports a bad one as an error (rules.md NL-V5).
type Validator struct {
	// Func is the types.Func.FullName spelling.
	Func string
	// Arg is the index of the parameter that is validated; -1 means the
	// receiver.
	Arg int
	// Note is a one-line remark for generated documentation.
	Note string
}

// validators lists library validators that take the message as an
// argument. Methods that validate their receiver are recognised by shape
// (see [IsValidateMethod]).
var validators = []Validator{
	{Func: "buf.build/go/protovalidate.Validate", Arg: 0,
		Note: "the package-level validator of protovalidate"},
	{Func: "(buf.build/go/protovalidate.Validator).Validate", Arg: 0},
	{Func: "github.com/bufbuild/protovalidate-go.Validate", Arg: 0,
		Note: "the module path of protovalidate before v1"},
	{Func: "(*github.com/bufbuild/protovalidate-go.Validator).Validate", Arg: 0},
	{Func: "(github.com/bufbuild/protovalidate-go.Validator).Validate", Arg: 0},
	{Func: "(*github.com/go-playground/validator/v10.Validate).Struct", Arg: 0},
	{Func: "(*github.com/go-playground/validator/v10.Validate).StructCtx", Arg: 1},
	{Func: "(*github.com/go-playground/validator/v10.Validate).StructPartial", Arg: 0},
	{Func: "(*github.com/go-playground/validator/v10.Validate).StructExcept", Arg: 0},
	{Func: "(*gopkg.in/go-playground/validator.v9.Validate).Struct", Arg: 0},
	{Func: "github.com/go-ozzo/ozzo-validation/v4.ValidateStruct", Arg: 0},
	{Func: "github.com/go-ozzo/ozzo-validation/v4.Validate", Arg: 0},
	{Func: "github.com/asaskevich/govalidator.ValidateStruct", Arg: 0},
}

// Validators returns the library validators that take the message as an
// argument.
func Validators() []Validator { return validators }

// LookupValidator returns the index of the parameter that fn validates, or
// false when fn is not a known validator function.
func LookupValidator(full string) (arg int, ok bool) {
	for _, v := range validators {
		if v.Func == full {
			return v.Arg, true
		}
	}
	return 0, false
}

// ValidateMethods are the names of the methods that validate their
// receiver: protoc-gen-validate generates both for every message, and
// hand-written reply types follow the same convention.
var ValidateMethods = []string{"Validate", "ValidateAll"}

// IsValidateMethod reports whether fn is a method named like a validator
// with the shape func() error.
func IsValidateMethod(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	if !types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	for _, name := range ValidateMethods {
		if fn.Name() == name {
			return true
		}
	}
	return false
}
