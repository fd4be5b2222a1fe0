#!/usr/bin/env bash
# Benchmark of `workout log import` of a generated Strong export (the
# common layout, pounds) of ROWS rows, in one run on one private server,
# against plain SQL loading the same file into the same schema
# (benches/import_baseline.sql: psql \copy into a staging table, then
# INSERT ... SELECT). Prints the team's table row
# (benches/scale/export_import.sh): <= 1.2x the SQL's time, peak RSS
# < 60 MB (/usr/bin/time), medians of RUNS runs each on empty users; then
# the time of importing the same file again (which adds nothing).
#
#   bash benches/import.sh [ROWS] [RUNS]        (defaults 1000000, 3)
set -euo pipefail
rows=${1:-1000000}
runs=${2:-3}

source "$(dirname "$0")/common.sh"
source benches/scale/export_import.sh

echo "| case | size | workout | anchor (what) | ratio | goal | ok |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
xi_import_rows "$rows"

file=$tmp/strong-$rows.csv
"$bin" -q user add again@bench.example >/dev/null
"$bin" -q --user again@bench.example log import "$file" --unit lb >/dev/null
again=$(xi_run "$bin" -q --user again@bench.example log import "$file" --unit lb)
"$bin" --user again@bench.example log import "$file" --unit lb --dry-run --format json >"$tmp/report.json"
echo
printf 'the same file again (adds nothing): %s s, peak %s\n' "${again% *}" "$(xi_mb "${again#* }")"
grep -E '"(sets|sessions|volumeKg|setsAdded|restRows)"' "$tmp/report.json" | sed 's/^/  /'
echo "runs: $runs each (median), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
