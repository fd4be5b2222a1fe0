#!/usr/bin/env bash
# Benchmark of `workout log export --format csv`, in one run on one private
# server: SETS sets of one user (in sessions of 50), exported by workout and
# by psql's `\copy (<the same query>) to stdout csv`. Prints the wall time
# and throughput of each, their ratio (goal: workout at least half psql's
# throughput), and workout's peak memory (goal: under 50 MB), measured by
# /usr/bin/time -v when present, else by polling VmHWM in /proc.
#
#   bash benches/export.sh [SETS]        (default 1000000)
set -euo pipefail
sets=${1:-1000000}
per_session=50
sessions=$((sets / per_session))

source "$(dirname "$0")/common.sh"


echo "filling: 1 user x $sessions sessions x $per_session sets ..."
start=$(date +%s)
q -v sessions="$sessions" -v per="$per_session" <<'SQL'
INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('bu1', 'u1@bench.example', 'User 1', now());
INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('bu2', 'u2@bench.example', 'User 2', now());
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "durationMinutes", "createdAt", "updatedAt")
SELECT 'bs' || s, 'bu1', 'Session ' || s, 'COMPLETED', t, t + interval '1 hour', 60, t, t
FROM generate_series(1, :sessions) s,
     LATERAL (SELECT timestamp '2000-01-01' + s * interval '1 day' AS t) w;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, rpe, "isWarmup", "createdAt", "updatedAt")
SELECT 'bl' || s || '_' || k, 'bu1', 'bs' || s, ex.ids[1 + k % 10], t + k * interval '2 minutes', k,
       5 + k % 6, 20 + (k % 10) * 2.5, CASE WHEN k % 5 = 0 THEN 8 END, k <= 2, t, t
FROM generate_series(1, :sessions) s, generate_series(1, :per) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise" ORDER BY name LIMIT 10) e) ex,
     LATERAL (SELECT timestamp '2000-01-01' + s * interval '1 day' AS t) w;
-- Another user's sets, which the export must not read.
INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", reps, weight, "createdAt", "updatedAt")
SELECT 'bo' || k, 'bu2', (SELECT id FROM "Exercise" ORDER BY name LIMIT 1), now(), k, 5, 100, now(), now()
FROM generate_series(1, 100000) k;
VACUUM ANALYZE;
SQL
echo "filled in $(( $(date +%s) - start ))s: $(q -c 'SELECT count(*) FROM "WorkoutLog" WHERE "userId" = '"'bu1'") sets of the exported user"

# The query `workout log export` sends (src/db/logs.rs, export_each), with
# the user's id written in, since \copy takes no parameters.
sql='SELECT l."id", l."date", l."sessionId", s."name" AS "sessionName", e."name" AS "exerciseName",
  l."setNumber", l."reps", l."weight", l."durationSeconds", l."distanceMeters", l."rpe",
  l."isWarmup", l."notes", s."status"::text AS "sessionStatus", s."scheduledAt", s."startedAt",
  s."completedAt", s."durationMinutes", s."notes" AS "sessionNotes", p."id" AS "planId",
  p."name" AS "planName", d."name" AS "dayName", e."id" AS "exerciseId",
  e."createdById" IS NOT NULL AS "exerciseOwn", e."category"::text AS "category",
  e."primaryMuscleGroup"::text AS "primaryMuscle",
  coalesce(array_to_string(e."secondaryMuscleGroups"::text[], '"';'"'), '"''"') AS "secondaryMuscles",
  e."equipment", e."difficulty"::text AS "difficulty", e."mechanic"::text AS "mechanic",
  e."force"::text AS "force"
FROM "WorkoutLog" l
JOIN "Exercise" e ON e."id" = l."exerciseId"
LEFT JOIN "WorkoutSession" s ON s."id" = l."sessionId" AND s."userId" = l."userId"
LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = l."userId"
LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id"
WHERE l."userId" = '"'bu1'"'
ORDER BY l."date" ASC, l."setNumber" ASC, l."id" ASC'
one_line=$(echo "$sql" | tr '\n' ' ')

secs() { # command... -> wall seconds of one run, output to /dev/null
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}

# Warm the cache once each, then measure.
"$bin" --user u1@bench.example log export --format csv >/dev/null
psql -X -q "$url" -c "\\copy ($one_line) to stdout csv header" >/dev/null
rows=$("$bin" --user u1@bench.example log export --format csv | tail -n +2 | wc -l)
w=$(secs "$bin" --user u1@bench.example log export --format csv)
p=$(secs psql -X -q "$url" -c "\\copy ($one_line) to stdout csv header")

if [ -x /usr/bin/time ]; then
    peak_kb=$( { /usr/bin/time -v "$bin" --user u1@bench.example log export --format csv >/dev/null; } 2>&1 \
        | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
else
    "$bin" --user u1@bench.example log export --format csv >/dev/null &
    pid=$!
    peak_kb=0
    while kill -0 "$pid" 2>/dev/null; do
        v=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$v" ] && peak_kb=$v
        sleep 0.05
    done
fi

echo
printf 'rows exported                     : %10s\n' "$rows"
printf 'workout log export --format csv   : %8s s  (%s rows/s)\n' "$w" "$(awk -v r="$rows" -v t="$w" 'BEGIN { printf "%d", r / t }')"
printf 'psql \\copy (same query) csv       : %8s s  (%s rows/s)\n' "$p" "$(awk -v r="$rows" -v t="$p" 'BEGIN { printf "%d", r / t }')"
printf 'throughput, workout / psql        : %8s    (goal: at least 0.5)\n' "$(ratio "$p" "$w")"
printf 'peak memory of workout            : %8s MB (goal: under 50 MB)\n' "$(awk -v k="$peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
