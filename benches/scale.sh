#!/usr/bin/env bash
# Issue 16: the daily commands at 100k, 1M and 5M sets of one user (beside
# 1,000 other users), each against its SQL anchor, in one run on one
# private server:
#   log prs                 (time and peak RSS)   vs psql: the records as plain SQL
#   log stats --weeks 12    (time)                vs psql: the 12 weeks' sets + the streak's loose index scan
#   log progress EXERCISE   (time)                vs psql: DISTINCT ON the day's best estimate
#   log add 5 sets          (time)                vs psql: the same-day session lookup + one INSERT of 5 sets
# Times are medians of paired runs (workout, then psql, RUNS times); peak
# RSS from /usr/bin/time -v. The data grows in place (built once: each size
# adds the older history of the heavy user, set-based in SQL). At the
# largest size it prints each daily query's plan (EXPLAIN (ANALYZE,
# BUFFERS)) and fails on a Seq Scan of WorkoutLog or WorkoutSession.
# Not here: export via COPY and the streaming import (issue 16 items 3 and
# 4, being restructured under issue 11).
#
#   bash benches/scale.sh [RUNS] [SIZES...]     (defaults 7; 100000 1000000 5000000)
set -euo pipefail
runs=${1:-7}
shift || true
sizes=("${@:-100000 1000000 5000000}")
read -r -a sizes <<<"${sizes[*]}"
source "$(dirname "$0")/common.sh"

heavy=heavy@bench.example
hid=bheavy
now=2026-11-30T18:00:00Z
per_session=20

echo "filling: 999 users x 100 sets, and the heavy user ..."
q <<'SQL'
INSERT INTO "User" (id, email, name, timezone, "updatedAt")
SELECT 'bu' || u, 'u' || u || '@bench.example', 'User ' || u, 'Europe/Berlin', now() FROM generate_series(1, 999) u;
INSERT INTO "User" (id, email, name, timezone, "updatedAt") VALUES ('bheavy', 'heavy@bench.example', 'Heavy', 'Europe/Berlin', now());
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "createdAt", "updatedAt")
SELECT 'bs' || u || '_' || s, 'bu' || u, 'Session', 'COMPLETED', t, t, t, t
FROM generate_series(1, 999) u, generate_series(1, 10) s,
     LATERAL (SELECT timestamp '2026-01-01' + s * interval '3 days' + u * interval '1 minute' AS t) w;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "createdAt", "updatedAt")
SELECT 'bl' || u || '_' || s || '_' || k, 'bu' || u, 'bs' || u || '_' || s, ex.ids[1 + k % 20],
       t + k * interval '3 minutes', 1 + k / 20, 1 + k % 12, 20 + (k % 10) * 5, t, t
FROM generate_series(1, 999) u, generate_series(1, 10) s, generate_series(0, 9) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise" WHERE "createdById" IS NULL ORDER BY name LIMIT 20) e) ex,
     LATERAL (SELECT timestamp '2026-01-01' + s * interval '3 days' + u * interval '1 minute' AS t) w;
SQL

# grow N: the heavy user's sessions 1..N/per_session, session k 4 hours
# before session k-1 (the newest on the benchmark's day), 20 sets each.
have=0
grow() {
    local from=$((have / per_session + 1)) to=$(( $1 / per_session ))
    q -v from="$from" -v to="$to" -v per="$per_session" <<'SQL'
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "createdAt", "updatedAt")
SELECT 'hs' || s, 'bheavy', 'Session', 'COMPLETED', t, t + interval '1 hour', t, t
FROM generate_series(:from, :to) s, LATERAL (SELECT timestamp '2026-11-30 16:00' - s * interval '4 hours' AS t) w;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "isWarmup", "createdAt", "updatedAt")
SELECT 'hl' || s || '_' || k, 'bheavy', 'hs' || s, ex.ids[1 + (s + k / 5) % 20],
       t + k * interval '2 minutes', 1 + k % 5, 1 + (s * 7 + k) % 12, 20 + ((s * 13 + k * 3) % 40) * 2.5, k % 5 = 0, t, t
FROM generate_series(:from, :to) s, generate_series(0, :per - 1) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise" WHERE "createdById" IS NULL ORDER BY name LIMIT 20) e) ex,
     LATERAL (SELECT timestamp '2026-11-30 16:00' - s * interval '4 hours' AS t) w;
VACUUM ANALYZE "WorkoutLog";
VACUUM ANALYZE "WorkoutSession";
SQL
    have=$1
}

exercise=$(q -c "SELECT name FROM \"Exercise\" WHERE \"createdById\" IS NULL ORDER BY name LIMIT 1")
exid=$(q -c "SELECT id FROM \"Exercise\" WHERE \"createdById\" IS NULL ORDER BY name LIMIT 1")
tz=Europe/Berlin
local_day="((l.\"date\" AT TIME ZONE 'UTC') AT TIME ZONE '$tz')::date"

# The anchors: what a person would write by hand in psql.
prs_sql="WITH s AS MATERIALIZED (SELECT l.\"exerciseId\" AS ex, l.\"sessionId\" AS sid, $local_day AS day, l.reps, l.weight AS w
    FROM \"WorkoutLog\" l WHERE l.\"userId\" = '$hid' AND NOT l.\"isWarmup\")
SELECT e.name, h.w, h.day, r.v, r.day, m.reps, m.w, m.day, v.v, v.day
FROM (SELECT DISTINCT ex FROM s) x JOIN \"Exercise\" e ON e.id = x.ex
LEFT JOIN (SELECT DISTINCT ON (ex) ex, w, day FROM s WHERE reps >= 1 AND w IS NOT NULL ORDER BY ex, w DESC, day) h ON h.ex = x.ex
LEFT JOIN (SELECT DISTINCT ON (ex) ex, CASE WHEN reps = 1 THEN w ELSE w * (1 + reps / 30.0) END AS v, day FROM s
           WHERE reps BETWEEN 1 AND 10 AND w IS NOT NULL ORDER BY ex, 2 DESC, day) r ON r.ex = x.ex
LEFT JOIN (SELECT DISTINCT ON (ex) ex, reps, w, day FROM s WHERE reps >= 1 ORDER BY ex, reps DESC, coalesce(w, 0) DESC, day) m ON m.ex = x.ex
LEFT JOIN (SELECT DISTINCT ON (ex) ex, v, day FROM (SELECT ex, sum(w * reps) AS v, min(day) AS day FROM s
           WHERE reps >= 1 AND w IS NOT NULL GROUP BY ex, coalesce(sid, day::text)) g WHERE v > 0 ORDER BY ex, v DESC, day) v ON v.ex = x.ex
ORDER BY e.name"
stats_sql="SELECT l.\"sessionId\", $local_day, l.reps, l.weight, l.\"isWarmup\", e.\"primaryMuscleGroup\"
    FROM \"WorkoutLog\" l JOIN \"Exercise\" e ON e.id = l.\"exerciseId\"
    WHERE l.\"userId\" = '$hid' AND l.\"date\" >= timestamp '2026-09-07' ORDER BY l.\"date\";
WITH RECURSIVE w(d) AS ((SELECT \"date\" FROM \"WorkoutLog\" WHERE \"userId\" = '$hid' ORDER BY \"date\" LIMIT 1)
  UNION ALL SELECT (SELECT l.\"date\" FROM \"WorkoutLog\" l WHERE l.\"userId\" = '$hid'
    AND l.\"date\" >= ((date_trunc('week', (w.d AT TIME ZONE 'UTC') AT TIME ZONE '$tz') + interval '7 days') AT TIME ZONE '$tz') AT TIME ZONE 'UTC'
    ORDER BY l.\"date\" LIMIT 1) FROM w WHERE w.d IS NOT NULL)
SELECT ((d AT TIME ZONE 'UTC') AT TIME ZONE '$tz')::date FROM w WHERE d IS NOT NULL"
progress_sql="SELECT DISTINCT ON (day) day, CASE WHEN reps = 1 THEN w ELSE w * (1 + reps / 30.0) END AS e1, w, reps
    FROM (SELECT $local_day AS day, l.reps, l.weight AS w, l.\"date\", l.\"setNumber\", l.id FROM \"WorkoutLog\" l
          WHERE l.\"userId\" = '$hid' AND l.\"exerciseId\" = '$exid' AND NOT l.\"isWarmup\"
            AND l.reps BETWEEN 1 AND 10 AND l.weight IS NOT NULL) s
    ORDER BY day, 2 DESC, \"date\", \"setNumber\", id"
add_sql="BEGIN;
SELECT id FROM \"WorkoutSession\" s WHERE s.\"userId\" = '$hid' AND s.status = ANY('{IN_PROGRESS,COMPLETED}')
  AND coalesce(s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"createdAt\") >= timestamp '2026-11-29 23:00'
  AND coalesce(s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"createdAt\") < timestamp '2026-11-30 23:00'
  ORDER BY coalesce(s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"createdAt\") DESC LIMIT 1;
INSERT INTO \"WorkoutLog\" (id, \"userId\", \"sessionId\", \"exerciseId\", date, \"setNumber\", reps, weight, \"updatedAt\")
SELECT md5(random()::text), '$hid', 'hs0', '$exid', timestamp '2026-11-30 17:00',
       (SELECT coalesce(max(\"setNumber\"), 0) FROM \"WorkoutLog\" WHERE \"userId\" = '$hid' AND \"sessionId\" = 'hs0' AND \"exerciseId\" = '$exid') + k,
       5, 100, now() FROM generate_series(1, 5) k;
COMMIT;"
q -c "INSERT INTO \"WorkoutSession\" (id, \"userId\", name, status, \"startedAt\", \"completedAt\", \"createdAt\", \"updatedAt\")
      VALUES ('hs0', '$hid', 'Today', 'COMPLETED', '2026-11-30 16:30', '2026-11-30 17:30', '2026-11-30 16:30', now())"

# ms_of CMD...: wall milliseconds of one run.
ms_of() {
    local s e
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", (e - s) / 1e6 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# paired NAME "WORKOUT ARGS" "SQL": medians of RUNS paired runs; sets $w_ms $p_ms.
paired() {
    local sql=$2 wl pl i
    shift 2
    "$bin" --user "$heavy" "$@" >/dev/null
    psql -X -q -A -t "$url" -c "$sql" >/dev/null
    wl=() pl=()
    for ((i = 0; i < runs; i++)); do
        wl+=("$(WORKOUT_NOW=$now ms_of "$bin" --user "$heavy" "$@")")
        pl+=("$(ms_of psql -X -q -A -t "$url" -c "$sql")")
    done
    w_ms=$(printf '%s\n' "${wl[@]}" | median)
    p_ms=$(printf '%s\n' "${pl[@]}" | median)
}
rss_mb() { WORKOUT_NOW=$now /usr/bin/time -v "$bin" --user "$heavy" "$@" 2>&1 >/dev/null | awk '/Maximum resident/ { printf "%.1f", $6 / 1024 }'; }

rows=()
for n in "${sizes[@]}"; do
    start=$(date +%s)
    grow "$n"
    echo "heavy user: $(q -c "SELECT count(*) FROM \"WorkoutLog\" WHERE \"userId\" = '$hid'") sets (filled in $(( $(date +%s) - start ))s)"
    export WORKOUT_NOW=$now
    paired prs "$prs_sql" log prs --format json
    rows+=("| \`log prs\` | $n | $w_ms ms | $p_ms ms | $(ratio "$w_ms" "$p_ms")x | $(rss_mb log prs --format json) MB |")
    paired stats "$stats_sql" log stats --weeks 12 --format json
    rows+=("| \`log stats --weeks 12\` | $n | $w_ms ms | $p_ms ms | $(ratio "$w_ms" "$p_ms")x | $(rss_mb log stats --weeks 12 --format json) MB |")
    paired progress "$progress_sql" log progress "$exercise" --format json
    rows+=("| \`log progress\` | $n | $w_ms ms | $p_ms ms | $(ratio "$w_ms" "$p_ms")x | $(rss_mb log progress "$exercise" --format json) MB |")
    paired add "$add_sql" log add "$exercise" 5x5@100kg --date 2026-11-30 --format json
    rows+=("| \`log add\` 5 sets | $n | $w_ms ms | $p_ms ms | $(ratio "$w_ms" "$p_ms")x | |")
    unset WORKOUT_NOW
done

echo
echo "plans at $have sets (EXPLAIN (ANALYZE, BUFFERS)):"
seq_scan=0
for name in prs stats progress add; do
    var=${name}_sql
    sql=${!var}
    # The last statement of each anchor is the daily query (stats: both).
    plan=$(psql -X -q -A -t -v ON_ERROR_STOP=1 "$url" <<<"$(printf '%s' "$sql" | sed -e 's/^BEGIN;//' -e 's/^COMMIT;//' | awk 'BEGIN{RS=";"} NF { printf "EXPLAIN (ANALYZE, BUFFERS) %s;\n", $0 }')" 2>&1)
    echo "== $name"
    printf '%s\n' "$plan" | sed 's/^/  /'
    if grep -Eq 'Seq Scan on "?(WorkoutLog|WorkoutSession)' <<<"$plan"; then
        echo "!! $name: a sequential scan of WorkoutLog or WorkoutSession" >&2
        seq_scan=1
    fi
done

echo
echo "runs: $runs paired each (median), binary $bin, $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| command | sets of the user | workout | SQL anchor (psql) | ratio | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
exit "$seq_scan"
