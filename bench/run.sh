#!/usr/bin/env bash
# bench/run.sh: time netlint against the type-check floor and the peer
# linters on the corpus (bench/corpus/packages.txt), and print a Markdown
# table of wall time and peak memory.
#
# Measured, each BENCH_RUNS times (default 3), reporting the median:
#   floor            netlint's driver with one no-op analyzer (bench/floor):
#                    loading, parsing and type-checking, nothing else
#   netlint          netlint standalone, default flags
#   vet floor cold   go vet -vettool=floor: a build cache that holds the
#                    compiled corpus but no results of this vet tool
#   vet netlint cold the same for netlint (what CI pays after a netlint
#                    upgrade, or for every package that changed)
#   vet netlint warm go vet -vettool=netlint again: all results cached
#   golangci-lint    v2, only noctx, bodyclose and contextcheck
#                    (bench/golangci-peers.yml), with an empty cache
#   gosec            all rules
#
# Wall time, peak RSS and CPU time (user + system) come from GNU time.
# Every tool runs from bench/corpus in the workspace that bench/cmd/benchws
# writes, on the same directory patterns (gosec on the package directories
# they expand to). The standalone runs leave test files out (netlint's
# default); go vet always includes them.
#
# Environment:
#   BENCH_RUNS=N          repetitions of the netlint and floor rows (default 3)
#   BENCH_PEER_RUNS=N     repetitions of golangci-lint and gosec (default 1:
#                         each takes minutes, and they are an order of
#                         magnitude slower than netlint, so one run is
#                         enough for the ratio)
#   BENCH_WRITE_DOCS=1    also write docs/benchmarks.md
#   BENCH_NETLINT=path    use this netlint binary instead of building one
#   BENCH_ONLY="a b"      measure only these rows (floor netlint vet
#                         golangci gosec)
#   BENCH_GOCACHE, BENCH_CACHE, BENCH_BIN, BENCH_KEEP=1: see bench/lib.sh
#
# Exits non-zero when a tool fails: netlint exiting 1 (or 2), any panic or
# analysis error in netlint's stderr, golangci-lint or gosec exiting with
# anything but 0 or 1. netlint's exit code 3 (findings) is expected.
set -euo pipefail

# shellcheck source=bench/lib.sh source-path=SCRIPTDIR/..
source "$(dirname "$0")/lib.sh"

runs=${BENCH_RUNS:-3}
mkdir -p "$results"
pkgdirs=()
peer_runs=${BENCH_PEER_RUNS:-1}
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS=$runs: want a positive integer"
[[ $peer_runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_PEER_RUNS=$peer_runs: want a positive integer"
only=${BENCH_ONLY:-floor netlint vet golangci gosec}
want() { [[ " $only " == *" $1 "* ]]; }

need_time
build_netlint

if want golangci || want gosec; then
	log "building the peer tools (bench/tools: several minutes the first time)"
	(cd "$bench/tools" && go build -o "$bin/" github.com/golangci/golangci-lint/v2/cmd/golangci-lint)
	(cd "$bench/tools/gosec" && go build -o "$bin/" github.com/securego/gosec/v2/cmd/gosec)
fi

setup_corpus
cd "$corpus"

log "compiling the corpus and its tests into the build cache (slow the first time)"
go vet -vettool="$floor" "${patterns[@]}" >/dev/null 2>"$work/prime.err" ||
	{ tail -20 "$work/prime.err" >&2; die "go vet -vettool=floor failed on the corpus"; }
mapfile -t pkgdirs < <(go list -f '{{.Dir}}' "${patterns[@]}")

# check KIND RC STDERR: whether a run of KIND that exited RC succeeded.
check() {
	local kind=$1 rc=$2 err=$3
	case $kind in
	floor) [[ $rc == 0 ]] && ! crashed "$err" ;;
	netlint) [[ $rc == 0 || $rc == 3 ]] && ! crashed "$err" ;;
	vet) [[ $rc == 0 || $rc == 1 ]] && ! crashed "$err" && ! grep -q '^vet: ' "$err" ;;
	golangci) [[ $rc == 0 || $rc == 1 ]] && ! grep -q 'panic' "$err" ;;
	gosec) [[ $rc == 0 || $rc == 1 ]] && ! grep -q 'panic' "$err" ;;
	*) return 1 ;;
	esac
}

# findings KIND STDOUT STDERR: the number of findings a run printed.
findings() {
	local kind=$1 out=$2 err=$3
	case $kind in
	floor | netlint) grep -c '\.go:[0-9]*:[0-9]*: ' "$out" || true ;;
	vet) grep -c '\.go:[0-9]*:[0-9]*: ' "$err" || true ;;
	golangci) grep -c '\.go:[0-9]*:[0-9]*: ' "$out" || true ;;
	gosec) grep -c '\.go:[0-9]*:[0-9]*: ' "$out" || true ;;
	esac
}

# abbrev shortens a command line for messages: the corpus patterns and
# package directories become <corpus> and <dirs>, paths get shorter.
abbrev() {
	local c=$1
	c=${c//"${patterns[*]}"/<corpus>}
	c=${c//"${pkgdirs[*]}"/<dirs>}
	c=${c//$work/\$WORK}
	c=${c//$repo\//}
	printf '%s' "$c"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A wall rss cpu found cmdline nruns
rows=()

# measure NAME KIND N PREPARE CMD...: run CMD N times from bench/corpus,
# after calling PREPARE with the run number (":" for nothing), outside the
# timing. In CMD, the word @RUN@ is replaced by the run number.
measure() {
	local name=$1 kind=$2 n=$3 prepare=$4
	shift 4
	local i rc w=() m=() c=() f=()
	cmdline[$name]=$*
	nruns[$name]=$n
	for ((i = 1; i <= n; i++)); do
		$prepare "$i"
		local args=("${@//@RUN@/$i}")
		local out=$work/run.out err=$work/run.err tf=$work/run.time
		set +e
		/usr/bin/time -f '%e %M %U %S' -o "$tf" "${args[@]}" >"$out" 2>"$err"
		rc=$?
		set -e
		if ! check "$kind" "$rc" "$err"; then
			# The start of a crash is more telling than its last goroutine.
			if grep -Eq -m1 '(^|[^a-z])panic: |fatal error: ' "$err"; then
				grep -E -m1 -A20 '(^|[^a-z])panic: |fatal error: ' "$err" >&2
			else
				tail -30 "$err" >&2
			fi
			cp "$err" "$results/failed.stderr"
			die "$name (run $i) failed with exit code $rc (stderr in bench/results/failed.stderr): $(abbrev "${args[*]}")"
		fi
		local e k u s
		read -r e k u s < <(tail -n 1 "$tf")
		w+=("$e")
		m+=("$k")
		c+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
		f+=("$(findings "$kind" "$out" "$err")")
		log "$name run $i/$n: $e s, ${c[-1]} s CPU, $((k / 1024)) MiB, exit $rc, ${f[-1]} findings"
	done
	wall[$name]=$(printf '%s\n' "${w[@]}" | median)
	rss[$name]=$(printf '%s\n' "${m[@]}" | median)
	cpu[$name]=$(printf '%s\n' "${c[@]}" | median)
	found[$name]=$(printf '%s\n' "${f[@]}" | median)
	rows+=("$name")
}

# Copies of a tool with a unique trailer: go vet keys its cache on the
# tool's content hash (-V=full), so each copy starts cold while the
# compiled packages stay cached.
nonce=$(date +%s).$$
fresh_tool() { # fresh_tool TOOL RUN
	local copy
	copy=$work/vettool/$(basename "$1")-$2
	mkdir -p "$work/vettool"
	cp "$1" "$copy"
	printf '\nnetlint-bench nonce %s.%s\n' "$nonce" "$2" >>"$copy"
}
prep_vet_floor() { fresh_tool "$floor" "$1"; }
prep_vet_netlint() { fresh_tool "$netlint" "$1"; }
prep_golangci() { rm -rf "$work/golangci-cache"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if want floor; then
	measure "floor" floor "$runs" : "$floor" "${patterns[@]}"
fi
if want netlint; then
	measure "netlint" netlint "$runs" : "$netlint" "${patterns[@]}"
	# Facts: one more (untimed) run that writes their sizes per package.
	(cd "$corpus" && "$netlint" -factstats "$work/facts.tsv" "${patterns[@]}" >/dev/null 2>&1) || true
fi
if want vet; then
	measure "vet floor cold" vet "$runs" prep_vet_floor go vet -vettool="$work/vettool/floor-@RUN@" "${patterns[@]}"
	measure "vet netlint cold" vet "$runs" prep_vet_netlint go vet -vettool="$work/vettool/$(basename "$netlint")-@RUN@" "${patterns[@]}"
	# Warm: the last cold copy's results are all cached now.
	measure "vet netlint warm" vet "$runs" : go vet -vettool="$work/vettool/$(basename "$netlint")-$runs" "${patterns[@]}"
fi
if want golangci; then
	export GOLANGCI_LINT_CACHE=$work/golangci-cache
	measure "golangci-lint (noctx, bodyclose, contextcheck)" golangci "$peer_runs" prep_golangci \
		"$bin/golangci-lint" run -c "$bench/golangci-peers.yml" --output.text.path=stdout "${patterns[@]}"
fi
if want gosec; then
	measure "gosec" gosec "$peer_runs" : "$bin/gosec" -quiet -fmt=golint "${pkgdirs[@]}"
fi

# The report.
ratio() { # ratio A B [ARRAY]: ARRAY[A]/ARRAY[B] (default wall) with two decimals, or ""
	local -n v=${3:-wall}
	[[ -n ${v[$1]:-} && -n ${v[$2]:-} ]] || return 0
	awk -v a="${v[$1]}" -v b="${v[$2]}" 'BEGIN { if (b > 0) printf "%.2f", a / b }'
}
# ratios A B: "wall X, CPU Y, peak RSS Z"
ratios() {
	local w c m
	w=$(ratio "$1" "$2") c=$(ratio "$1" "$2" cpu) m=$(ratio "$1" "$2" rss)
	[[ -n $w ]] && printf 'wall **%s**, CPU **%s**, peak RSS **%s**' "$w" "$c" "$m"
}
report() {
	local npkg
	npkg=$(go list "${patterns[@]}" | wc -l)
	echo "# netlint benchmarks"
	echo
	echo "Generated by \`bench/run.sh\` on $(date -u +%Y-%m-%d). Machine: $(machine_info)."
	echo "Corpus: ${#patterns[@]} patterns from \`bench/corpus/packages.txt\`, $npkg packages (go vet adds their tests)."
	echo "Load average before the runs: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo "Each row is the median of its runs. CPU is user + system time of all processes."
	echo "Peak RSS is that of the largest single process (for go vet: one vet tool process)."
	echo
	echo "| measurement | runs | wall (s) | CPU (s) | peak RSS (MiB) | findings | wall vs floor |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	local r base
	for r in "${rows[@]}"; do
		case $r in
		"vet floor cold" | "vet netlint cold") base="vet floor cold" ;;
		"vet netlint warm") base="" ;;
		*) base=floor ;;
		esac
		printf '| %s | %s | %s | %s | %d | %s | %s |\n' "$r" "${nruns[$r]}" "${wall[$r]}" "${cpu[$r]}" \
			"$((${rss[$r]%.*} / 1024))" "${found[$r]}" \
			"$([[ -n $base && $r != "$base" ]] && ratio "$r" "$base")"
	done
	echo
	echo "Ratios:"
	echo
	local x gcl="golangci-lint (noctx, bodyclose, contextcheck)"
	x=$(ratios netlint floor) && echo "- netlint / floor: $x"
	x=$(ratios "vet netlint cold" "vet floor cold") && echo "- netlint / floor under go vet, cold: $x"
	x=$(ratios "vet netlint cold" netlint) && echo "- go vet cold / standalone, netlint: $x (go vet also analyses every dependency, the standard library included, and the tests)"
	x=$(ratios "vet netlint warm" "vet netlint cold") && echo "- go vet warm / cold, netlint: $x"
	x=$(ratios netlint "$gcl") && echo "- netlint / golangci-lint with noctx, bodyclose, contextcheck: $x"
	x=$(ratios netlint gosec) && echo "- netlint / gosec: $x"
	if [[ -s $work/facts.tsv ]]; then
		echo
		# facts.tsv: package, analyzer, number of facts, encoded bytes.
		awk -F'\t' '{b[$1] += $4; n[$1] += $3; if ($4 > 0) e[$1] = 1}
			END {for (p in b) print b[p], n[p], (p in e), p}' "$work/facts.tsv" | sort -n |
			awk '{s += $1; c += $2; x += $3; a[NR] = $1; top = $4}
				END {printf "- facts (gob-encoded, one stream per package and analyzer, as go vet writes them): %d packages, %d export facts; %d facts, %.1f KiB in all; per package median %d B, 90th percentile %d B, largest %d B (%s)\n",
					NR, x, c, s / 1024, a[int(NR / 2) + 1], a[int(NR * 0.9)], a[NR], top}'
	fi
	echo
	echo "Commands (run in \`bench/corpus\` with \`GOWORK\` set to the generated workspace;"
	echo "\`<corpus>\` stands for the ${#patterns[@]} directory patterns, \`<dirs>\` for the $npkg package directories):"
	echo
	echo '```sh'
	for r in "${rows[@]}"; do
		echo "$(abbrev "${cmdline[$r]}")   # $r"
	done
	echo '```'
	echo
	echo "Versions: netlint $("$netlint" -version 2>/dev/null | cut -d' ' -f3 || echo '?')," \
		"golangci-lint $(grep -m1 'golangci/golangci-lint/v2 ' "$bench/tools/go.mod" | awk '{print $2}')," \
		"gosec $(grep -m1 'securego/gosec/v2 ' "$bench/tools/gosec/go.mod" | awk '{print $2}')," \
		"$(go version | cut -d' ' -f3)."
}

report >"$results/latest.md"
cat "$results/latest.md"
if [[ ${BENCH_WRITE_DOCS:-0} == 1 ]]; then
	mkdir -p "$repo/docs"
	cp "$results/latest.md" "$repo/docs/benchmarks.md"
	log "wrote docs/benchmarks.md"
fi
log "wrote bench/results/latest.md"
