# netlint — make targets. Every target works from a fresh clone with only Go
# installed; tools are fetched from the Go module proxy at pinned versions.

GO          ?= go
BIN         := $(CURDIR)/bin
NETLINT     := $(BIN)/netlint
STATICCHECK_VERSION := v0.8.2
export GOFLAGS := -buildvcs=false

.PHONY: all build test test-short demo lint vet fmt-check staticcheck docs check-docs \
	bench corpus integration golangci-test precommit-test fuzz clean

all: build test

## build: build bin/netlint
build:
	$(GO) build -o $(NETLINT) ./cmd/netlint

## test: run every test with the race detector
test:
	$(GO) test -race ./...

## test-short: run the tests without the race detector
test-short:
	$(GO) test ./...

## demo: run netlint on the bundled example service (it has real findings)
demo: build
	@echo "$$ netlint ./...   (in examples/)"
	@cd examples && $(NETLINT) ./... ; status=$$?; \
	  echo "netlint exited $$status (3 means findings, as expected here)"; \
	  test $$status -eq 3

## lint: gofmt, go vet, staticcheck, and netlint on itself
lint: fmt-check vet staticcheck build
	$(NETLINT) ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^testdata/' | grep -v '/testdata/')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## docs: regenerate docs/rules and docs/catalog.md from the analyzers and rules/
docs:
	$(GO) run ./internal/docgen/gen.go -out docs

## check-docs: fail when the generated docs are stale
check-docs:
	$(GO) test ./internal/docgen/

## fuzz: run the fuzz targets briefly
fuzz:
	$(GO) test ./internal/config/ -run '^$$' -fuzz FuzzParse -fuzztime 20s
	$(GO) test ./analyzers/netcall/ -run '^$$' -fuzz FuzzDirective -fuzztime 20s

## bench: time netlint against the type-check floor and the peer linters
bench:
	bash bench/run.sh

## corpus: run netlint over the pinned corpus and $$GOROOT/src, count findings per rule
corpus:
	bash bench/corpus.sh

## integration: golangci-lint module plugin and pre-commit hook, end to end
integration: golangci-test precommit-test

golangci-test:
	bash .ci/golangci-test.sh

precommit-test:
	bash .ci/precommit-test.sh

clean:
	rm -rf $(BIN)
