#!/usr/bin/env bash
# End-to-end test of the pre-commit hook in .pre-commit-hooks.yaml.
#
# It makes a throwaway git repository from the current working tree (so
# uncommitted and untracked files are tested too, and a clean clone works
# the same), then runs `pre-commit try-repo <that repository> netlint
# --all-files` in a sample project made from testdata/integration/sample:
#   - with package bad, the hook fails with netlint's exit code 3 and shows
#     the NL-T1 finding;
#   - the netlint-vet hook (go vet -vettool) fails too, with vet's exit 1;
#   - with only clean code, the hook passes.
#
# pre-commit's golang language builds the hook with `go install ./...` in a
# fresh GOPATH, so modules come from GOPROXY. pre-commit itself comes from
# Debian when it is missing (PyPI is not needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export GOFLAGS=-buildvcs=false

if ! command -v pre-commit >/dev/null; then
	echo "==> install pre-commit from Debian"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y --no-install-recommends pre-commit >/dev/null ||
		{ $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends pre-commit >/dev/null; }
fi
pre-commit --version

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
out="$tmp/out"
commit() { git -C "$1" add -A && git -C "$1" -c user.name=ci -c user.email=ci@example.com commit -qm "$2"; }
fail() { echo "FAIL: $*" >&2; echo "--- output:" >&2; cat "$out" >&2; exit 1; }

echo "==> hook repository: the working tree, committed"
hooks="$tmp/netlint"
mkdir "$hooks"
# Tracked and untracked files, without ignored ones; files deleted from
# the working tree are skipped.
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
	tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$hooks"
git -C "$hooks" init -q
commit "$hooks" "netlint working tree"

echo "==> sample project with a finding"
proj="$tmp/project"
mkdir "$proj"
cp -r "$root/testdata/integration/sample/go.mod" "$root/testdata/integration/sample/bad" \
	"$root/testdata/integration/sample/lib" "$root/testdata/integration/sample/clean" "$proj/"
git -C "$proj" init -q
commit "$proj" "sample"

# try <hook> <want>: runs the hook with a fresh store; want is pass or fail.
try() {
	local status=0 start
	start=$(date +%s)
	(cd "$proj" && pre-commit try-repo "$hooks" "$1" --all-files) >"$out" 2>&1 || status=$?
	echo "pre-commit try-repo $1 took $(($(date +%s) - start)) s, exit $status"
	case $2 in
	pass) [ "$status" -eq 0 ] || fail "the hook failed on clean code" ;;
	fail) [ "$status" -ne 0 ] || fail "the hook passed on code with a finding" ;;
	esac
}

try netlint fail
grep -q 'exit code: 3' "$out" || fail "netlint did not exit 3 (findings)"
grep -q 'bad/bad.go:13:.*http.Get uses http.DefaultClient' "$out" || fail "no NL-T1 finding for bad/bad.go"

try netlint-vet fail
grep -q 'exit code: 1' "$out" || fail "go vet did not exit 1 (findings)"
grep -q 'bad/bad.go:13:.*http.Get uses http.DefaultClient' "$out" || fail "no NL-T1 finding from go vet"

echo "==> sample project without findings"
git -C "$proj" rm -rq bad
commit "$proj" "remove the finding"
try netlint pass
grep -q '^netlint\.*Passed' "$out" || fail "the hook did not report Passed"

echo "PASS: pre-commit hook"
