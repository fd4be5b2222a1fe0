#!/usr/bin/env bash
# Benchmark: `workout migrate legacy` end to end against a plain-SQL
# baseline (benches/legacy_baseline.sql: the same mapping as one
# transaction of INSERT ... SELECT in psql), in one run, on two copies of
# the same generated legacy database on the same server.
#
#   bash benches/legacy_migration.sh [WORKOUT_EXERCISE_ROWS]   (default 1000000)
#
# Uses a private embedded server in a temporary directory, so it touches
# none of yours. Needs the PostgreSQL server binaries, psql and /usr/bin/time.
# Goal: workout at most 1.3x the baseline's wall time, peak RSS under 100 MB.
set -euo pipefail
rows=${1:-1000000}
users=${USERS:-1000}
per_user=${WORKOUTS_PER_USER:-$(( (rows / 4 + users - 1) / users ))}
batch=${BATCH_SIZE:-5000}

# The generator first: common.sh points HOME at a temporary directory.
(cd "$(dirname "$0")/.." && cargo build --release --quiet --example gen-legacy)
source "$(dirname "$0")/common.sh"
gen=$PWD/target/release/examples/gen-legacy
db_url() { printf '%s' "${url/\/workout\?//$1?}"; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_ "$(db_url postgres)" -c 'CREATE DATABASE legacy_src'
"$gen" --database-url "$(db_url legacy_src)" --users "$users" --workouts-per-user "$per_user" --exercise-rows "$rows"
"$bin" -q --database-url "$(db_url legacy_src)" migrate up
psql_ "$(db_url legacy_src)" -c 'VACUUM ANALYZE'
psql_ "$(db_url postgres)" -c 'CREATE DATABASE bench_baseline TEMPLATE legacy_src' \
                           -c 'CREATE DATABASE bench_workout TEMPLATE legacy_src'
sets=$(psql_ -At "$(db_url legacy_src)" -c 'SELECT sum(sets) FROM "WorkoutExercise"')

measure() { # name command... -> "seconds peak_kb" in $tmp/name.time
    local name=$1; shift
    psql_ "$(db_url postgres)" -c 'CHECKPOINT'
    /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@"
}
measure baseline psql -X -q -v ON_ERROR_STOP=1 "$(db_url bench_baseline)" -f benches/legacy_baseline.sql
measure workout "$bin" -q --database-url "$(db_url bench_workout)" migrate legacy \
    --batch-size "$batch" --format json >"$tmp/report.json"

# A second run finds everything migrated and adds nothing; verify reads it all.
measure rerun "$bin" -q --database-url "$(db_url bench_workout)" migrate legacy --format json >"$tmp/rerun.json"
measure verify "$bin" -q --database-url "$(db_url bench_workout)" migrate verify

count_sql='SELECT (SELECT count(*) FROM "WorkoutSession") || $$ sessions, $$ || (SELECT count(*) FROM "WorkoutLog")
  || $$ sets, $$ || (SELECT count(*) FROM "PlanExercise") || $$ plan exercises$$'
count() { psql_ -At "$(db_url "$1")" -c "$count_sql"; }
cb=$(count bench_baseline)
cw=$(count bench_workout)

read -r bt bm <"$tmp/baseline.time"
read -r wt wm <"$tmp/workout.time"
read -r rt rrss <"$tmp/rerun.time"
read -r vt _ <"$tmp/verify.time"
added=$(grep -o '"inserted": [0-9]*' "$tmp/rerun.json" | awk '{ s += $2 } END { print s + 0 }')
ratio=$(awk -v w="$wt" -v b="$bt" 'BEGIN { printf "%.2f", w / b }')
printf 'legacy data        : %s WorkoutExercise rows, %s sets, %s users\n' "$rows" "$sets" "$users"
printf 'baseline (psql)    : %8.1f s   peak RSS %6.1f MB (psql)   %s\n' "$bt" "$(awk -v k="$bm" 'BEGIN{print k/1024}')" "$cb"
printf 'workout            : %8.1f s   peak RSS %6.1f MB          %s\n' "$wt" "$(awk -v k="$wm" 'BEGIN{print k/1024}')" "$cw"
printf 'ratio              : %8s x  (goal: at most 1.3x; peak RSS goal: under 100 MB)\n' "$ratio"
printf 'second run         : %8.1f s   peak RSS %6.1f MB          %s rows inserted\n' "$rt" "$(awk -v k="$rrss" 'BEGIN{print k/1024}')" "$added"
printf 'migrate verify     : %8.1f s   (passed)\n' "$vt"
printf 'batch size         : %s workouts\n' "$batch"
[ "$cb" = "$cw" ] || { echo "the two runs wrote different counts" >&2; exit 1; }
