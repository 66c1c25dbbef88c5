#!/usr/bin/env bash
# End-to-end test of the golangci-lint module plugin (package gclplugin).
#
# It builds golangci-lint v2 with the plugin from the nested module
# tools/golangci (recipe C in docs/golangci.md: no git, only the Go module
# proxy), then runs the binary with .golangci-plugin.yml on the sample
# module testdata/integration/sample and checks:
#   - the NL-T1 findings of package bad are reported under the linter
#     netlint, including one that needs a fact from another package;
#   - //nolint:netlint suppresses a finding;
#   - exit codes: 1 with issues, 0 when clean, 3 on a settings error;
#   - --fix applies the suggested fixes of testdata/e2e/fixable (NL-T5,
#     NL-V2) and gives its fix.go.fixed.
#
# Environment:
#   NETLINT_GCL_GOCACHE  Go build cache for the build, about 700 MB
#                        (default: a private directory under $TMPDIR,
#                        kept between runs)
#   NETLINT_GCL_BIN      where to write the binary (default: bin/netlint-gcl)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export GOFLAGS=-buildvcs=false
export GOCACHE="${NETLINT_GCL_GOCACHE:-${TMPDIR:-/tmp}/netlint-gcl-gocache}"
bin="${NETLINT_GCL_BIN:-$root/bin/netlint-gcl}"
cfg="$root/.golangci-plugin.yml"
sample="$root/testdata/integration/sample"
export GOLANGCI_LINT_CACHE
GOLANGCI_LINT_CACHE=$(mktemp -d)
out=$(mktemp)
fixdir=$(mktemp -d)
trap 'rm -rf "$GOLANGCI_LINT_CACHE" "$out" "$fixdir"' EXIT

fail() { echo "FAIL: $*" >&2; echo "--- output:" >&2; cat "$out" >&2; exit 1; }

echo "==> tools/golangci/go.mod is tidy"
if ! go -C tools/golangci mod tidy -diff >"$out" 2>&1; then
	fail "tools/golangci/go.mod or go.sum is stale: run (cd tools/golangci && go mod tidy)"
fi

echo "==> build $bin (GOCACHE=$GOCACHE)"
start=$(date +%s)
go build -C tools/golangci -o "$bin" .
echo "built in $(($(date +%s) - start)) s: $("$bin" version)"

# run <want-exit> <args...>: runs the binary in the sample module. Runs use
# a private cache, so they need not wait for other golangci-lint processes.
run() {
	local want=$1 got=0
	shift
	(cd "$sample" && "$bin" "$@") >"$out" 2>&1 || got=$?
	[ "$got" -eq "$want" ] || fail "netlint-gcl $*: exit $got, want $want"
}

echo "==> findings: exit 1, reported under netlint"
run 1 run --allow-parallel-runners -c "$cfg" ./...
grep -q 'bad/bad.go:13:.*http.Get uses http.DefaultClient.*(netlint)$' "$out" ||
	fail "no NL-T1 finding for http.Get in bad/bad.go"
grep -q 'bad/bad.go:22:.*lib.Fetch receives context.Background().*(netlint)$' "$out" ||
	fail "no NL-T1 finding for the wrapper lib.Fetch (facts did not flow)"
grep -q 'suppressed/suppressed.go:9:' "$out" && fail "//nolint:netlint did not suppress the finding"
grep -q 'suppressed/suppressed.go' "$out" && fail "//netlint:ignore did not suppress the finding"
grep -Eq 'clean/|lib/lib.go' "$out" && fail "findings in clean code"

echo "==> clean and suppressed packages: exit 0"
run 0 run --allow-parallel-runners -c "$cfg" ./clean/... ./lib/... ./suppressed/...

echo "==> unknown settings key: exit 3"
run 3 run --allow-parallel-runners -c "$root/testdata/integration/golangci-bad-settings.yml" ./...
grep -q 'unknown field "disabled"' "$out" || fail "the settings error does not name the unknown key"

echo "==> --fix applies the suggested fixes"
cp "$root"/testdata/e2e/fixable/* "$fixdir"
(cd "$fixdir" && "$bin" run --allow-parallel-runners -c "$cfg" ./...) >"$out" 2>&1 && fail "no findings in testdata/e2e/fixable before --fix"
grep -q 'fix.go:24:.*\[NL-T5\]\|fix.go:24:.*derive it from r.Context()' "$out" || fail "no NL-T5 finding in fixable/fix.go"
got=0
(cd "$fixdir" && "$bin" run --allow-parallel-runners -c "$cfg" --fix ./...) >"$out" 2>&1 || got=$?
[ "$got" -eq 0 ] || fail "netlint-gcl run --fix: exit $got, want 0 (every finding fixed)"
diff -u "$root/testdata/e2e/fixable/fix.go.fixed" "$fixdir/fix.go" >"$out" || fail "fix.go after --fix differs from fix.go.fixed"

echo "==> the run configuration passes config verify"
run 0 config verify -c "$cfg"

echo "PASS: golangci-lint module plugin"
