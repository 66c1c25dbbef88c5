# shellcheck shell=bash disable=SC2034 # variables used by the scripts that source this
# Shared setup of bench/run.sh and bench/corpus.sh; sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench=$repo/bench
corpus=$bench/corpus
bin=${BENCH_BIN:-$repo/bin}
patterns=() # set by setup_corpus
results=$bench/results

# A build cache of our own: the tools and the corpus take minutes to
# compile on 2 cores, and a shared cache emptied by other work halfway
# through a run makes builds fail spuriously. Keep it between runs (CI can
# cache it); BENCH_GOCACHE overrides it.
cache=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netlint-bench}
export GOCACHE=${BENCH_GOCACHE:-$cache/go-build}
export GOTOOLCHAIN=local
export GOFLAGS=-buildvcs=false
unset GOWORK

log() { printf '%s bench: %s\n' "$(date +%T)" "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# work is a scratch directory, removed on exit unless BENCH_KEEP=1.
work=$(mktemp -d "${TMPDIR:-/tmp}/netlint-bench.XXXXXX")
cleanup() {
	if [[ ${BENCH_KEEP:-0} == 1 ]]; then
		log "kept $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT

# need_time makes sure GNU time is at /usr/bin/time (Debian package "time").
need_time() {
	if [[ ! -x /usr/bin/time ]]; then
		if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
			log "installing GNU time (apt-get install time)"
			apt-get install -y --no-install-recommends time >/dev/null 2>&1 ||
				{ apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends time >/dev/null; } ||
				die "could not install GNU time"
		else
			die "/usr/bin/time (GNU time) is missing: install the Debian package \"time\""
		fi
	fi
	/usr/bin/time -f '%e %M' true 2>/dev/null || die "/usr/bin/time is not GNU time"
}

# build_netlint builds bin/netlint (unless BENCH_NETLINT names a binary to
# use instead), bin/floor and the helpers benchws and countfindings.
build_netlint() {
	mkdir -p "$bin"
	if [[ -n ${BENCH_NETLINT:-} ]]; then
		netlint=$BENCH_NETLINT
		[[ -x $netlint ]] || die "BENCH_NETLINT=$netlint is not executable"
	else
		log "building bin/netlint"
		(cd "$repo" && go build -o "$bin/netlint" ./cmd/netlint)
		netlint=$bin/netlint
	fi
	log "building bin/floor, bin/benchws, bin/countfindings"
	(cd "$repo" && go build -o "$bin/" ./bench/floor ./bench/cmd/benchws ./bench/cmd/countfindings)
	floor=$bin/floor
}

# setup_corpus downloads the corpus modules, writes the workspace
# ($work/ws/go.work, exported as GOWORK) and sets the array patterns to
# the corpus as directory patterns.
setup_corpus() {
	log "downloading the corpus modules (no-op when the module cache is warm)"
	(cd "$corpus" && go mod download)
	"$bin/benchws" -corpus "$corpus" -o "$work/ws" >"$work/patterns" || die "benchws failed"
	mapfile -t patterns <"$work/patterns"
	export GOWORK=$work/ws/go.work
	# Fetch what the libraries' tests import too (go vet needs it).
	(cd "$corpus" && go list -e -deps -test "${patterns[@]}" >/dev/null)
	log "corpus: ${#patterns[@]} patterns, $(cd "$corpus" && go list "${patterns[@]}" | wc -l) packages," \
		"$(cd "$corpus" && go list -test "${patterns[@]}" | wc -l) with test variants"
}

# crashed reports whether a netlint or go vet stderr file shows a crash or
# an analysis (as opposed to a type-checking) error.
crashed() {
	grep -Eq '(^|[^a-z])panic: |internal error|fatal error: |^goroutine [0-9]+ \[|^netlint: [a-z]+: ' "$1"
}

machine_info() {
	local mem
	mem=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
	printf '%s, %s CPUs, %s RAM, %s' "$(uname -sm)" "$(nproc)" "$mem" "$(go version | cut -d' ' -f3-)"
}
