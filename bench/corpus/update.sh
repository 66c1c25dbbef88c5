#!/usr/bin/env bash
# bench/corpus/update.sh: re-resolve the corpus after editing packages.txt
# or corpus.go, or to move versions:
#
#	bench/corpus/update.sh                       # tidy, refresh checksums
#	bench/corpus/update.sh github.com/redis/go-redis/v9@latest
#
# Then check that it loads (bench/corpus.sh) and commit go.mod, go.sum and
# go.work.sum. Needs the module proxy.
set -euo pipefail
cd "$(dirname "$0")"
export GOWORK=off GOTOOLCHAIN=local GOFLAGS=-buildvcs=false

if [[ $# -gt 0 ]]; then
	go get "$@"
fi
go mod tidy
# bench/cmd/benchws makes the linted libraries main modules of a workspace,
# so their own test and tool requirements join the build list. minio-go's
# bring in google.golang.org/genproto from 2022, which still holds
# googleapis/api and googleapis/rpc, and loading etcd then fails with
# "ambiguous import" against the split-off genproto/googleapis/* modules.
# Requiring a genproto from after the split removes the clash (tidy drops
# this requirement, hence this line).
go get google.golang.org/genproto@v0.0.0-20240401170217-c3f982113cda

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd ../.. && go build -o "$tmp/benchws" ./bench/cmd/benchws)
rm -f go.work.sum
"$tmp/benchws" -corpus . -o "$tmp/ws" >"$tmp/patterns"
mapfile -t patterns <"$tmp/patterns"
# Resolve and record every checksum the workspace needs, tests included
# (go vet type-checks them). Errors here mean a pattern must go.
GOWORK=$tmp/ws/go.work go list -deps -test "${patterns[@]}" >/dev/null
if [[ -f $tmp/ws/go.work.sum ]]; then
	cp "$tmp/ws/go.work.sum" go.work.sum
fi
go build ./...
echo "corpus: $(GOWORK=$tmp/ws/go.work go list "${patterns[@]}" | wc -l) packages in ${#patterns[@]} patterns"
