#!/usr/bin/env bash
# Benchmark of `workout log export` in one run on one private server: SETS
# sets of one user (in sessions of 50, beside another user's 100,000),
# exported by workout as csv, json and ndjson, and by psql's `\copy` of the
# same rows and joins as csv (the server's own csv: the anchor). Prints the
# team's table rows (benches/scale/export_import.sh): csv at >= 0.9x psql's
# throughput, json and ndjson within 1.3x of csv, peak RSS < 20 MB
# (/usr/bin/time), medians of RUNS paired runs.
#
#   bash benches/export.sh [SETS] [RUNS]        (defaults 1000000, 3)
set -euo pipefail
sets=${1:-1000000}
runs=${2:-3}
per_session=50
sessions=$((sets / per_session))

source "$(dirname "$0")/common.sh"
source benches/scale/export_import.sh

echo "filling: 1 user x $sessions sessions x $per_session sets ..."
start=$(date +%s)
q -v sessions="$sessions" -v per="$per_session" <<'SQL'
INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('bu1', 'u1@bench.example', 'User 1', now());
INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('bu2', 'u2@bench.example', 'User 2', now());
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "durationMinutes", "createdAt", "updatedAt")
SELECT 'bs' || s, 'bu1', 'Session ' || s, 'COMPLETED', t, t + interval '1 hour', 60, t, t
FROM generate_series(1, :sessions) s,
     LATERAL (SELECT timestamp '2000-01-01' + s * interval '1 day' AS t) w;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, rpe, "isWarmup", "setType", notes, "createdAt", "updatedAt")
SELECT 'bl' || s || '_' || k, 'bu1', 'bs' || s, ex.ids[1 + k % 10], t + k * interval '2 minutes', k,
       5 + k % 6, 20 + (k % 10) * 2.5, CASE WHEN k % 5 = 0 THEN 8 END, k <= 2,
       CASE WHEN k <= 2 THEN 'WARMUP' ELSE 'NORMAL' END::"SetType", CASE WHEN k % 7 = 0 THEN 'felt "ok", easy' END, t, t
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
rows=$("$bin" --user u1@bench.example log export --format csv | tail -n +2 | wc -l)
echo "rows exported: $rows"
echo
echo "| case | size | workout | anchor (what) | ratio | goal | ok |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
xi_export_rows u1@bench.example bu1 "$sets"
echo
echo "runs: $runs paired each (median), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
