#!/usr/bin/env bash
# Benchmark: `workout user show` against psql running the equivalent queries
# (the schema check and the user lookup `workout` does) on the same server,
# in one run. Prints the mean wall time of each and the ratio.
#
#   bash benches/user_show.sh [RUNS]        (default 200 runs each)
#
# Uses a private embedded database in a temporary directory, so it touches
# none of yours. Needs the PostgreSQL server binaries and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}

cargo build --release --quiet
bin=$PWD/target/release/workout
tmp=$(mktemp -d /tmp/workout-bench.XXXXXX)
chmod 755 "$tmp"
export HOME=$tmp/home WORKOUT_DATA_DIR=$tmp/data
mkdir -p "$HOME"
cleanup() { "$bin" db stop >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT

"$bin" -q user show >/dev/null        # creates, starts, migrates, makes the local user
url=$("$bin" db url)
email=$("$bin" user show --format csv | tail -1 | cut -d, -f2)
# What `workout user show` asks the server, as psql would ask it.
sql="SELECT version FROM _sqlx_migrations WHERE success ORDER BY version;
SELECT \"id\", \"email\", \"name\", \"timezone\", \"weightUnit\", \"weight\", \"height\", \"fitnessLevel\",
       \"goals\", \"isActive\", \"createdAt\", \"updatedAt\", \"lastLogin\" FROM \"User\" WHERE \"email\" = '$email';"

time_ms() { # command... -> mean milliseconds per run over $runs runs
    local start end
    "$@" >/dev/null # warm-up
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN { printf "%.2f", (e - s) / 1e6 / n }'
}

w=$(time_ms "$bin" user show --format json)
p=$(time_ms psql -X -q -A -t "$url" -c "$sql")
ratio=$(awk -v w="$w" -v p="$p" 'BEGIN { printf "%.2f", w / p }')
printf 'runs: %s each\n' "$runs"
printf 'workout user show : %8s ms\n' "$w"
printf 'psql (same SQL)   : %8s ms\n' "$p"
printf 'ratio             : %8s x  (goal: at most 1.5x)\n' "$ratio"
