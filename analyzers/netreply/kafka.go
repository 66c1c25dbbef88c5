package netreply

import (
	"go/ast"
	"go/types"

	"github.com/netlint/netlint/analyzers/netcall"
)

const kafkaGo = "github.com/segmentio/kafka-go"

// writers reports NL-V9: a kafka-go Writer built so that a nil error from
// WriteMessages proves nothing. RequiredAcks left at its zero value is
// RequireNone (no broker acknowledges the write), and an Async writer
// without Completion drops every error.
func (c *checker) writers() {
	for _, file := range c.pass.Files {
		if c.nc.InGeneratedOrTest(file.Package) || !netcall.Imports(file, kafkaGo) {
			continue // a kafka.Writer literal names the package
		}
		vars := map[*ast.CompositeLit]*types.Var{}
		var decl *ast.FuncDecl
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				decl = n
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, r := range n.Rhs {
						if lit, ok := stripAddr(r).(*ast.CompositeLit); ok {
							vars[lit] = c.varOf(n.Lhs[i])
						}
					}
				}
			case *ast.CompositeLit:
				if t := c.info.TypeOf(n); t != nil && isNamed(t, kafkaGo, "Writer") && !c.fireAndForget(n, decl) {
					c.writer(n, vars[n])
				}
			}
			return true
		})
	}
}

func (c *checker) fireAndForget(lit *ast.CompositeLit, decl *ast.FuncDecl) bool {
	if c.nc.AnnotatedAt(lit.Pos(), netcall.AnnotFireAndForget) {
		return true
	}
	if decl == nil || lit.Pos() < decl.Pos() || lit.Pos() >= decl.End() {
		return false
	}
	obj, _ := c.info.Defs[decl.Name].(*types.Func)
	return obj != nil && c.nc.Annotated(obj, netcall.AnnotFireAndForget)
}

// writer checks one Writer literal; v is the variable it is assigned to,
// whose later field assignments count too.
func (c *checker) writer(lit *ast.CompositeLit, v *types.Var) {
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return // a positional literal: not worth guessing
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			fields[id.Name] = kv.Value
		}
	}
	set := func(name string) []ast.Expr {
		var out []ast.Expr
		if e, ok := fields[name]; ok {
			out = append(out, e)
		}
		if v != nil {
			out = append(out, c.fl.SetOn(v, name)...)
		}
		return out
	}
	acks := set("RequiredAcks")
	switch {
	case len(acks) == 0:
		c.report(lit, "NL-V9", "kafka.Writer without RequiredAcks does not wait for any broker to acknowledge a write, so a nil error proves nothing; set RequiredAcks: kafka.RequireAll")
	case len(acks) == 1 && c.isZeroInt(acks[0]):
		c.report(acks[0], "NL-V9", "kafka.Writer with RequiredAcks: kafka.RequireNone does not wait for any broker to acknowledge a write; use kafka.RequireAll")
	}
	async := set("Async")
	if len(async) == 1 && c.isTrue(async[0]) && len(set("Completion")) == 0 {
		c.report(async[0], "NL-V9", "kafka.Writer with Async: true and no Completion drops every write error; set Completion or write synchronously")
	}
}

func (c *checker) isZeroInt(e ast.Expr) bool {
	v, ok := c.intValue(e)
	return ok && v == 0
}

func (c *checker) isTrue(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == "true"
}
