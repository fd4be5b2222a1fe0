#!/usr/bin/env bash
# Benchmark of `workout log import` of a generated Strong export (the
# common layout, pounds) of ROWS rows, in one run on one private server.
# Prints the wall time of the import (goal: under 10 seconds for 100,000
# rows) and of importing the same file again (which adds nothing).
#
#   bash benches/import.sh [ROWS]        (default 100000)
set -euo pipefail
rows=${1:-100000}

source "$(dirname "$0")/common.sh"


# 25 sets per workout over 5 exercises (catalog names, app names, unknown
# names), a rest timer row now and then, float noise, W/D/F set orders.
file=$tmp/strong.csv
awk -v rows="$rows" 'BEGIN {
    srand(42)
    split("Bench Press (Barbell)|Squat (Barbell)|Deadlift (Barbell)|Overhead Press (Barbell)|Pull Up|Lat Pulldown (Cable)|Leg Press|Bicep Curl (Barbell)|Zercher Carry|Landmine Press|Face Pull (Cable)|Hip Thrust (Barbell)", ex, "|")
    print "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"
    n = 0; w = 0
    while (n < rows) {
        w++
        t = 946728000 + w * 86400
        date = strftime("%Y-%m-%d %H:%M:%S", t, 1)
        name = "Workout " (w % 7)
        for (e = 0; e < 5 && n < rows; e++) {
            exn = ex[1 + (w + e * 3) % 12]
            for (s = 1; s <= 5 && n < rows; s++) {
                order = (s == 1 ? "W" : (s == 5 && w % 3 == 0 ? "F" : s - 1))
                weight = 45 + (w % 40) * 5 + s * 10
                if (s == 3) weight = weight - 0.00000000000003
                printf "%s,\"%s\",1h %dm,\"%s\",%s,%s,%d,0,0,\"\",\"\",\n", date, name, w % 60, exn, order, weight, 5 + s % 4
                n++
            }
            if (e == 2) printf "%s,\"%s\",1h %dm,\"%s\",Rest Timer,0,0,0,90,\"\",\"\",\n", date, name, w % 60, exn
        }
    }
}' > "$file"
echo "generated: $(($(wc -l < "$file") - 1)) rows ($(du -h "$file" | cut -f1)), $rows of them sets"

secs() { # command... -> wall seconds of one run
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}

first=$(secs "$bin" -q log import "$file" --unit lb)
again=$(secs "$bin" -q log import "$file" --unit lb)
"$bin" -q log import "$file" --unit lb --dry-run --format json > "$tmp/report.json"
in_db=$(psql -X -q -A -t "$url" -c 'SELECT count(*) FROM "WorkoutLog"')

echo
printf 'sets in the database after both   : %8s\n' "$in_db"
printf 'workout log import (%s rows)  : %8s s  (goal: under 10 s)\n' "$rows" "$first"
printf 'the same file again (adds nothing): %8s s\n' "$again"
grep -E '"(sets|sessions|volumeKg|setsAdded|restRows)"' "$tmp/report.json" | sed 's/^/  /'
