#!/usr/bin/env bash
# Benchmark of logging, in one run on one private server:
#  1. `workout log history --limit 50` with SETS sets of USERS users in the
#     database, against psql sending the same SQL (the schema check, the user
#     lookup and the history query); and the plan of that query, which must
#     use "WorkoutLog_userId_date_idx".
#  2. `workout log add` of one set, against psql running one INSERT of a set.
#
#   bash benches/log.sh [RUNS] [SETS] [USERS]     (defaults 100 1000000 1000)
set -euo pipefail
runs=${1:-100}
sets=${2:-1000000}
users=${3:-1000}
sessions_per_user=100
sets_per_session=$((sets / users / sessions_per_user))
source "$(dirname "$0")/common.sh"


echo "filling: $users users x $sessions_per_user sessions x $sets_per_session sets ..."
start=$(date +%s)
q -v users="$users" -v spu="$sessions_per_user" -v sps="$sets_per_session" <<'SQL'
INSERT INTO "User" (id, email, name, "updatedAt")
SELECT 'bu' || u, 'u' || u || '@bench.example', 'User ' || u, now() FROM generate_series(1, :users) u;
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "createdAt", "updatedAt")
SELECT 'bs' || u || '_' || s, 'bu' || u, 'Session ' || s, 'COMPLETED', t, t, t, t
FROM generate_series(1, :users) u, generate_series(1, :spu) s,
     LATERAL (SELECT timestamp '2024-01-01' + s * interval '2 days' + u * interval '1 minute' AS t) w;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "createdAt", "updatedAt")
SELECT 'bl' || u || '_' || s || '_' || k, 'bu' || u, 'bs' || u || '_' || s, ex.ids[1 + k % 20],
       t + k * interval '3 minutes', k, 5 + k % 6, 20 + (k % 10) * 5, t, t
FROM generate_series(1, :users) u, generate_series(1, :spu) s, generate_series(1, :sps) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise" ORDER BY name LIMIT 20) e) ex,
     LATERAL (SELECT timestamp '2024-01-01' + s * interval '2 days' + u * interval '1 minute' AS t) w;
ANALYZE;
SQL
echo "filled in $(( $(date +%s) - start ))s: $(q -c 'SELECT count(*) FROM "WorkoutLog"') sets"

user=u500@bench.example
uid=bu500
history_sql="SELECT l.\"id\", l.\"sessionId\", s.\"name\" AS \"sessionName\", l.\"exerciseId\", e.\"name\" AS \"exerciseName\",
    e.\"primaryMuscleGroup\"::text AS \"muscle\", l.\"date\", l.\"setNumber\", l.\"reps\", l.\"weight\",
    l.\"durationSeconds\", l.\"distanceMeters\", l.\"rpe\", l.\"isWarmup\", l.\"notes\", l.\"createdAt\", l.\"updatedAt\"
  FROM \"WorkoutLog\" l JOIN \"Exercise\" e ON e.\"id\" = l.\"exerciseId\"
  LEFT JOIN \"WorkoutSession\" s ON s.\"id\" = l.\"sessionId\" AND s.\"userId\" = l.\"userId\"
  WHERE l.\"userId\" = '$uid' ORDER BY l.\"date\" DESC, l.\"setNumber\" DESC, l.\"id\" DESC LIMIT 50"
workout_sql="SELECT version FROM _sqlx_migrations WHERE success ORDER BY version;
SELECT \"id\", \"email\", \"name\", \"timezone\", \"weightUnit\", \"weight\", \"height\", \"fitnessLevel\",
       \"goals\", \"isActive\", \"createdAt\", \"updatedAt\", \"lastLogin\" FROM \"User\" WHERE \"email\" = '$user';
$history_sql;"


echo
echo "plan of the history query:"
q -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $history_sql" | sed 's/^/  /'
q -c "EXPLAIN $history_sql" | grep -q 'WorkoutLog_userId_date_idx' || { echo "the plan does not use WorkoutLog_userId_date_idx" >&2; exit 1; }

w=$(time_ms "$bin" --user "$user" log history --limit 50 --format json)
p=$(time_ms psql -X -q -A -t "$url" -c "$workout_sql")
echo
printf 'runs: %s each, %s sets in the database\n' "$runs" "$sets"
printf 'workout log history --limit 50 : %8s ms\n' "$w"
printf 'psql (same SQL)                 : %8s ms\n' "$p"
printf 'ratio                           : %8s x  (goal: at most 1.5x)\n' "$(ratio "$w" "$p")"

insert_sql="INSERT INTO \"WorkoutLog\" (\"id\", \"userId\", \"sessionId\", \"exerciseId\", \"date\", \"setNumber\", \"reps\", \"weight\", \"createdAt\", \"updatedAt\")
 SELECT 'bp' || md5(random()::text), '$uid', 'bs500_1', (SELECT id FROM \"Exercise\" WHERE name = 'Barbell Squat'), now(), 1, 5, 100, now(), now()"
w=$(time_ms "$bin" --user "$user" -q log add "Barbell Squat" 1x5@100kg --format json)
p=$(time_ms psql -X -q -A -t "$url" -c "$insert_sql")
echo
printf 'workout log add (one set)       : %8s ms\n' "$w"
printf 'psql (one INSERT)               : %8s ms\n' "$p"
printf 'ratio                           : %8s x  (goal: at most 1.5x)\n' "$(ratio "$w" "$p")"
