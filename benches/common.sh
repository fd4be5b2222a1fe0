# Shared by the benchmark scripts (sourced, not run): a release build, a
# private embedded database in a temporary directory that is removed at
# exit (it touches none of yours), and timing helpers. Needs the PostgreSQL
# server binaries and psql. The sourcing script has `set -euo pipefail` and
# sets `runs` before calling time_ms.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# WORKOUT_BENCH_BIN: time that binary instead of building the release one.
if [[ -n ${WORKOUT_BENCH_BIN:-} ]]; then
    bin=$WORKOUT_BENCH_BIN
else
    cargo build --release --quiet
    bin=${CARGO_TARGET_DIR:-$PWD/target}/release/workout
fi
tmp=$(mktemp -d /tmp/workout-bench.XXXXXX)
chmod 755 "$tmp"
export HOME=$tmp/home WORKOUT_DATA_DIR=$tmp/data
mkdir -p "$HOME"
cleanup() { "$bin" db stop >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT

"$bin" -q user show >/dev/null # creates, starts and migrates the database; makes the local user
url=$("$bin" db url)
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$url" "$@"; }

# time_ms COMMAND...: mean wall milliseconds per run over $runs runs, after one warm-up.
time_ms() {
    local start end i
    "$@" >/dev/null
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN { printf "%.2f", (e - s) / 1e6 / n }'
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
