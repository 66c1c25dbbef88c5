#!/usr/bin/env bash
# Builds and tests netlint with the previous Go release, fetched as a
# toolchain module through the Go module proxy, so both supported releases
# are exercised.
set -euo pipefail
cd "$(dirname "$0")/.."
prev="${NETLINT_PREVIOUS_GO:-go1.25.14}"
export GOTOOLCHAIN="$prev"
go version
go vet ./...
go test ./rules/ ./analyzers/... ./internal/...
