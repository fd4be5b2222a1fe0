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
runs=${1:-200}
source "$(dirname "$0")/common.sh"

email=$("$bin" user show --format csv | tail -1 | cut -d, -f2)
# What `workout user show` asks the server, as psql would ask it.
sql="SELECT version FROM _sqlx_migrations WHERE success ORDER BY version;
SELECT \"id\", \"email\", \"name\", \"timezone\", \"weightUnit\", \"weight\", \"height\", \"fitnessLevel\",
       \"goals\", \"isActive\", \"createdAt\", \"updatedAt\", \"lastLogin\" FROM \"User\" WHERE \"email\" = '$email';"


w=$(time_ms "$bin" user show --format json)
p=$(time_ms psql -X -q -A -t "$url" -c "$sql")
printf 'runs: %s each\n' "$runs"
printf 'workout user show : %8s ms\n' "$w"
printf 'psql (same SQL)   : %8s ms\n' "$p"
printf 'ratio             : %8s x  (goal: at most 1.5x)\n' "$(ratio "$w" "$p")"
