//go:build ignore

// Gen writes netlint's generated documentation (docs/rules, docs/catalog.md).
// Run it from the repository root:
//
//	go run ./internal/docgen/gen.go -out docs
//
// It is a file excluded from the build, not a command package, so that
// go install ./... (as pre-commit runs it) does not install it.
package main

import (
	"flag"
	"log"

	"github.com/netlint/netlint/internal/docgen"
)

func main() {
	root := flag.String("root", ".", "repository root")
	out := flag.String("out", "docs", "output directory")
	flag.Parse()
	if err := docgen.Write(*root, *out); err != nil {
		log.Fatal(err)
	}
}
