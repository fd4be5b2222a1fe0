#!/usr/bin/env bash
# `workout log import` of a Strong export of ROWS rows in 5-set workouts (a
# session every five rows: 200,000 at 1,000,000 rows), in one run on one
# private server, against plain SQL loading the same file
# (benches/import_baseline.sql), with the import's peak RSS
# (/usr/bin/time): issue 16's import memory must not grow with the file's
# sessions (< 60 MB). Prints the team's table row
# (benches/scale/export_import.sh), medians of RUNS runs each on empty
# users, then the --dry-run report's counts.
#
#   bash benches/import_sessions.sh [ROWS] [RUNS]     (defaults 1000000, 3)
set -euo pipefail
rows=${1:-1000000}
runs=${2:-3}

source "$(dirname "$0")/common.sh"
source benches/scale/export_import.sh

echo "| case | size | workout | anchor (what) | ratio | goal | ok |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
xi_import_rows "$rows" xi_sessions_file ", 5-set workouts"

file=$tmp/xi_sessions_file-$rows.csv
"$bin" -q user add dry@bench.example >/dev/null
dry=$(xi_run "$bin" -q --user dry@bench.example log import "$file" --unit lb --dry-run)
"$bin" --user dry@bench.example log import "$file" --unit lb --dry-run --format json >"$tmp/report.json"
echo
printf -- '--dry-run: %s s, peak %s\n' "${dry% *}" "$(xi_mb "${dry#* }")"
grep -E '"(sets|sessions|setsAdded|sessionsAdded)"' "$tmp/report.json" | sed 's/^/  /'
echo "runs: $runs each (median), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
