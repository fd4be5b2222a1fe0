#!/usr/bin/env bash
# Issue 16: the daily commands at 100k, 1M and 5M sets of one user (beside
# 1,000 other users), each against its SQL anchor, in one run on one
# private server, as one markdown table (docs/benchmarks.md):
#   log prs                 (time and peak RSS)   vs psql: the records as plain SQL
#   log stats --weeks 12    (time)                vs psql: the 12 weeks' sets + the streak's loose index scan
#   log progress EXERCISE   (time)                vs psql: DISTINCT ON the day's best estimate
#   log add 5 sets          (time)                vs the same command for a user with the first size's
#                                                 history, in the same rounds (the goal), and psql: the
#                                                 same-day session lookup + one INSERT of 5 sets
# then, at each size, `scale_export_import SIZE NEXT` (benches/scale/export_import.sh:
# the exports; the imports, of a file as large as the size, up to 1M rows,
# at the largest size that file is imported at)
# and once at the end `scale_dispatch` (benches/scale/dispatch.sh), when
# those files are there. Times are medians of paired runs (workout, then
# psql, RUNS times); peak RSS from /usr/bin/time -v. The data grows in
# place (built once: each size adds the older history of the heavy user,
# set-based in SQL). At the largest size it prints the plan (EXPLAIN
# (ANALYZE, BUFFERS), by auto_explain in the server) of every query each
# daily command runs, and fails on a Seq Scan of WorkoutLog or
# WorkoutSession. Progress goes to stderr, the table and the plans to
# stdout.
#
#   bash benches/scale.sh [RUNS] [SIZES...]     (defaults 7; 100000 1000000 5000000)
#
# SCALE_CASES (default: all) picks the rows to measure, by name: prs stats
# progress add export import (benches/scale/export_import.sh) dispatch
# (benches/scale/dispatch.sh) plans (the auto_explain plans at the largest
# size). The data is built the same whatever the cases, so that, for
# example, `SCALE_CASES="stats progress" bash benches/scale.sh 5 5000000`
# re-measures those two rows at 5M alone.
set -euo pipefail
runs=${1:-7}
shift || true
sizes=("${@:-100000 1000000 5000000}")
read -r -a sizes <<<"${sizes[*]}"
cases=" ${SCALE_CASES:-prs stats progress add export import dispatch plans} "
# want CASE: whether SCALE_CASES names it.
want() { [[ $cases == *" $1 "* ]]; }
for c in $cases; do
    case $c in
    prs | stats | progress | add | export | import | dispatch | plans) ;;
    *) echo "SCALE_CASES: unknown case '$c' (prs stats progress add export import dispatch plans)" >&2; exit 2 ;;
    esac
done
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
# The other parts of the one table (issue 16 item 6), when present.
[ -f "$here/scale/export_import.sh" ] && source "$here/scale/export_import.sh"
[ -f "$here/scale/dispatch.sh" ] && source "$here/scale/dispatch.sh"

heavy=heavy@bench.example
hid=bheavy
# The reference user: the heavy user's history as it is at the first size,
# kept at that size, for `log add` at each size to be timed against the
# same command on the first size's history in the same rounds (below).
ref=ref@bench.example
rid=bref
now=2026-11-30T18:00:00Z
per_session=20

# calibrate: the machine's speed, to compare runs on different days (the
# same code's figures doubled on a slow day, stop 15): the median of three
# timings of a fixed server-side loop, printed at the start and the end.
calibrate() {
    local t=() i s e
    for i in 1 2 3; do
        s=$(date +%s%N)
        q -c "SELECT sum(i) FROM generate_series(1, 3000000) i" >/dev/null
        e=$(date +%s%N)
        t+=($(( (e - s) / 1000000 )))
    done
    printf '%s\n' "${t[@]}" | sort -n | sed -n 2p
}
calibration_start=$(calibrate)
summary() {
    echo "runs: $runs paired each (median; stats, progress and add $quick_runs), binary $bin, $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg);" \
        "calibration (SELECT sum over generate_series(1, 3000000), median of 3): $calibration_start ms at the start, $(calibrate) ms at the end"
}

echo "filling: 999 users x 100 sets, and the heavy user ..." >&2
q <<'SQL'
INSERT INTO "User" (id, email, name, timezone, "updatedAt")
SELECT 'bu' || u, 'u' || u || '@bench.example', 'User ' || u, 'Europe/Berlin', now() FROM generate_series(1, 999) u;
INSERT INTO "User" (id, email, name, timezone, "updatedAt") VALUES ('bheavy', 'heavy@bench.example', 'Heavy', 'Europe/Berlin', now()),
    ('bref', 'ref@bench.example', 'Reference', 'Europe/Berlin', now());
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
# Written with session_replication_role = replica (no foreign-key checks,
# no triggers: the rows are made consistent here, every CHECK still holds),
# then the records and training weeks the triggers would have kept are
# recomputed by `workout db rebuild` (the same result, which `db check`
# compares): the fill through every check and trigger ran at 1,600 sets a
# second at 1M on a slow machine (stop 16: 572 s for 900,000 sets, over 40
# minutes for the 4M more of 5M), this at about five times that.
# Then VACUUM ANALYZE (as autovacuum would in time) and a CHECKPOINT: the
# fill writes gigabytes of WAL at 5M, and without it the checkpoint that
# load starts runs during the measurements (spread over minutes): its writes
# and fsyncs slow every commit then, workout's and psql's alike (stop 13:
# `log add` 41 ms at 5M vs 29 ms at 100k, its psql anchor 69 vs 47 ms, while
# the INSERT and its triggers cost the same at both sizes by auto_explain:
# docs/benchmarks.md).
have=0
# history UID SESSION_PREFIX SET_PREFIX FROM TO: sessions FROM..TO of a
# user's history as above (session k 4 hours before session k-1).
history() {
    q -v uid="$1" -v sp="$2" -v lp="$3" -v from="$4" -v to="$5" -v per="$per_session" <<'SQL'
BEGIN;
SET LOCAL session_replication_role = replica;
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "createdAt", "updatedAt")
SELECT :'sp' || s, :'uid', 'Session', 'COMPLETED', t, t + interval '1 hour', t, t
FROM generate_series(:from, :to) s, LATERAL (SELECT timestamp '2026-11-30 16:00' - s * interval '4 hours' AS t) w;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "isWarmup", "setType",
                          "createdAt", "updatedAt")
SELECT :'lp' || s || '_' || k, :'uid', :'sp' || s, ex.ids[1 + (s + k / 5) % 20],
       t + k * interval '2 minutes', 1 + k % 5, 1 + (s * 7 + k) % 12, 20 + ((s * 13 + k * 3) % 40) * 2.5, k % 5 = 0,
       (CASE WHEN k % 5 = 0 THEN 'WARMUP' ELSE 'NORMAL' END)::"SetType", t, t
FROM generate_series(:from, :to) s, generate_series(0, :per - 1) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise" WHERE "createdById" IS NULL ORDER BY name LIMIT 20) e) ex,
     LATERAL (SELECT timestamp '2026-11-30 16:00' - s * interval '4 hours' AS t) w;
COMMIT;
SQL
}
# grow N: the heavy user's history to N sets. At the first size the
# reference user (below) gets the same history, which stays at that size.
grow() {
    history "$hid" hs hl $((have / per_session + 1)) $(($1 / per_session))
    "$bin" -q --user "$heavy" db rebuild >/dev/null
    if ((have == 0)); then
        history "$rid" rs rl 1 $(($1 / per_session))
        "$bin" -q --user "$ref" db rebuild >/dev/null
    fi
    q <<'SQL'
VACUUM ANALYZE "WorkoutLog";
VACUUM ANALYZE "WorkoutSession";
CHECKPOINT;
SQL
    have=$1
}

exercise=$(q -c "SELECT name FROM \"Exercise\" WHERE \"createdById\" IS NULL ORDER BY name LIMIT 1")
exid=$(q -c "SELECT id FROM \"Exercise\" WHERE \"createdById\" IS NULL ORDER BY name LIMIT 1")
# log progress: the first weight exercise of the heavy user's 20. (The
# first of all, "3/4 Sit-Up", is a bodyweight exercise and the heavy user
# has no body weight: workout's answer was empty, while the anchor, which
# reads the raw weights, returned a point a day. They now answer the same
# points; the anchor's e1 is float8 as workout's, not numeric.)
pexercise=$(q -c "SELECT name FROM (SELECT name, \"trackingType\" FROM \"Exercise\" WHERE \"createdById\" IS NULL ORDER BY name LIMIT 20) e WHERE \"trackingType\" = 'WEIGHT_REPS' ORDER BY name LIMIT 1")
pexid=$(q -c "SELECT id FROM \"Exercise\" WHERE \"createdById\" IS NULL AND name = '$pexercise'")
tz=Europe/Berlin
local_day="((l.\"date\" AT TIME ZONE 'UTC') AT TIME ZONE '$tz')::date"

# The anchors: what a person would write by hand in psql.
# log stats: the 12 weeks' sets, then the streaks as the best SQL for them
# since migration 10: runs of consecutive weeks (gaps and islands) over the
# user's kept "TrainingWeek" rows, the longest and the latest run (stop 12's
# anchor was a loose index scan of WorkoutLog, one probe per training week).
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
WITH r AS (SELECT week - (row_number() OVER (ORDER BY week) * 7)::int AS g, week FROM \"TrainingWeek\" WHERE \"userId\" = '$hid')
SELECT max(n), (array_agg(n ORDER BY last DESC))[1] FROM (SELECT g, count(*) AS n, max(week) AS last FROM r GROUP BY g) runs"
# log progress: the best plain SQL found for the same points (workout sends
# the same statement, db::records::BEST_E1RM_BY_WEIGHT): DISTINCT ON the
# day over plain columns, which the server may run in parallel workers.
# Measured against it at 1M sets (work_mem 1MB, as the 5M sort spills):
# a hash aggregate of each day's best as min(ARRAY[-e1, epoch, ...]) cost
# about twice the sort's CPU (an array built and compared per set), and a
# sort-based GROUP BY of the same no less than DISTINCT ON.
progress_sql="SELECT DISTINCT ON (day) day, e1, load, reps
  FROM (SELECT $local_day AS day, l.\"date\", l.\"setNumber\", l.\"id\", l.\"reps\" AS reps, l.\"weight\" AS load,
               CASE WHEN l.\"reps\" = 1 THEN l.\"weight\" WHEN l.\"weight\" > 1e308 THEN 'Infinity'::float8
                    ELSE l.\"weight\" * (1.0::float8 + l.\"reps\"::float8 / 30.0::float8) END AS e1
          FROM \"WorkoutLog\" l
         WHERE l.\"userId\" = '$hid' AND l.\"exerciseId\" = '$pexid' AND NOT l.\"isWarmup\"
           AND l.\"reps\" BETWEEN 1 AND 10 AND l.\"weight\" IS NOT NULL) d
 ORDER BY day, e1 DESC, \"date\", \"setNumber\", \"id\""
# log add: at each size the heavy and the reference user log into a
# session of their own on the benchmark's day (the day's newest, which the
# same-day lookup picks; the anchor's session is older). The records
# trigger reads the session's own sets (its volume), and one session taking
# every run's sets would grow with the runs, not with the history: in stop
# 16 it held about 300 sets by 5M.
# add_sql SESSION: the anchor for the heavy user, as psql would write it.
add_sql() {
    echo "BEGIN;
SELECT id FROM \"WorkoutSession\" s WHERE s.\"userId\" = '$hid' AND s.status = ANY('{IN_PROGRESS,COMPLETED}')
  AND coalesce(s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"createdAt\") >= timestamp '2026-11-29 23:00'
  AND coalesce(s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"createdAt\") < timestamp '2026-11-30 23:00'
  ORDER BY coalesce(s.\"scheduledAt\", s.\"startedAt\", s.\"completedAt\", s.\"createdAt\") DESC LIMIT 1;
INSERT INTO \"WorkoutLog\" (id, \"userId\", \"sessionId\", \"exerciseId\", date, \"setNumber\", reps, weight, \"updatedAt\")
SELECT md5(random()::text), '$hid', '$1', '$exid', timestamp '2026-11-30 17:00',
       (SELECT coalesce(max(\"setNumber\"), 0) FROM \"WorkoutLog\" WHERE \"userId\" = '$hid' AND \"sessionId\" = '$1' AND \"exerciseId\" = '$exid') + k,
       5, 100, now() FROM generate_series(1, 5) k;
COMMIT;"
}

# ms_of CMD...: wall milliseconds of one run.
ms_of() {
    local s e
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", (e - s) / 1e6 }'
}
# The commands of well under a second (stats, progress, add, and their
# anchors) run five times RUNS: on a slow, noisy machine three runs of
# `log add` varied by a third (stop 16: 66 ms at 100k, 83 ms at 1M, its
# anchor 105 and 116 ms), more than its goal's +-20%. `log prs`, whose
# anchor takes a minute at 5M, runs RUNS times.
quick_runs=$((runs * 5))
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# paired NAME "WORKOUT ARGS" "SQL": medians of $n paired runs (RUNS, or
# $PAIRED_RUNS); sets $w_ms $p_ms.
paired() {
    local sql=$2 wl pl i n=${PAIRED_RUNS:-$runs}
    shift 2
    "$bin" --user "$heavy" "$@" >/dev/null
    psql -X -q -A -t "$url" -c "$sql" >/dev/null
    wl=() pl=()
    for ((i = 0; i < n; i++)); do
        wl+=("$(WORKOUT_NOW=$now ms_of "$bin" --user "$heavy" "$@")")
        pl+=("$(PGOPTIONS='-c jit=off' ms_of psql -X -q -A -t "$url" -c "$sql")")
    done
    w_ms=$(printf '%s\n' "${wl[@]}" | median)
    p_ms=$(printf '%s\n' "${pl[@]}" | median)
}
# add_rounds ANCHOR_SESSION: `log add` of 5 sets for the heavy user, the
# same for the reference user (in alternating order) and the psql anchor
# (into a session of its own, so that the two users' sessions take the
# same sets), in each of $quick_runs rounds after a warm-up each; sets
# $w_ms, $r_ms, $p_ms (medians). The first size's cost is measured in the
# same rounds as the larger size's: stop 16's run compared it with the 100k
# figure taken an hour earlier and read 63.7 / 68.2 / 80.7 ms, while one
# kept database at 3M against one at 10k, interleaved, gave 73.6 against
# 70.6 ms (the slow machine's speed drifts within an hour).
add_rounds() {
    local args=(-q log add "$exercise" 5x5@100kg --date 2026-11-30 --format json) wl=() rl=() pl=() i sql
    sql=$(add_sql "$1")
    "$bin" --user "$heavy" "${args[@]}" >/dev/null
    "$bin" --user "$ref" "${args[@]}" >/dev/null
    psql -X -q -A -t "$url" -c "$sql" >/dev/null
    for ((i = 0; i < quick_runs; i++)); do
        if ((i % 2)); then
            rl+=("$(WORKOUT_NOW=$now ms_of "$bin" --user "$ref" "${args[@]}")")
            wl+=("$(WORKOUT_NOW=$now ms_of "$bin" --user "$heavy" "${args[@]}")")
        else
            wl+=("$(WORKOUT_NOW=$now ms_of "$bin" --user "$heavy" "${args[@]}")")
            rl+=("$(WORKOUT_NOW=$now ms_of "$bin" --user "$ref" "${args[@]}")")
        fi
        pl+=("$(PGOPTIONS='-c jit=off' ms_of psql -X -q -A -t "$url" -c "$sql")")
    done
    w_ms=$(printf '%s\n' "${wl[@]}" | median)
    r_ms=$(printf '%s\n' "${rl[@]}" | median)
    p_ms=$(printf '%s\n' "${pl[@]}" | median)
}
rss_mb() { WORKOUT_NOW=$now /usr/bin/time -v "$bin" --user "$heavy" "$@" 2>&1 >/dev/null | awk '/Maximum resident/ { printf "%.1f", $6 / 1024 }'; }

# label N: 100k, 1M, 5M, 20k.
label() { awk -v n="$1" 'BEGIN { if (n >= 1e6 && n % 1e6 == 0) printf "%dM", n / 1e6; else if (n >= 1000 && n % 1000 == 0) printf "%dk", n / 1000; else print n }'; }
# le A B: A <= B.
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
yes_no() { if "$@"; then echo yes; else echo no; fi; }
# row CASE SIZE WORKOUT ANCHOR RATIO GOAL OK: one row of the team's table.
row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }

echo "| case | size | workout | anchor (what) | ratio | goal | ok |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for ((at = 0; at < ${#sizes[@]}; at++)); do
    n=${sizes[at]} next=${sizes[at + 1]:-}
    start=$(date +%s)
    grow "$n"
    echo "heavy user: $(q -c "SELECT count(*) FROM \"WorkoutLog\" WHERE \"userId\" = '$hid'") sets (filled in $(( $(date +%s) - start ))s)" >&2
    size=$(label "$n")
    export WORKOUT_NOW=$now
    if want prs; then
        paired prs "$prs_sql" log prs --format json
        mb=$(rss_mb log prs --format json)
        row "log prs" "$size" "$w_ms ms, $mb MB" "psql: $p_ms ms (the records as plain SQL)" "$(ratio "$w_ms" "$p_ms")x" \
            "<= 150 ms, <= 30 MB" "$(yes_no eval 'le "$w_ms" 150 && le "$mb" 30')"
    fi
    if want stats; then
        PAIRED_RUNS=$quick_runs paired stats "$stats_sql" log stats --weeks 12 --format json
        row "log stats --weeks 12" "$size" "$w_ms ms" "psql: $p_ms ms (12 weeks' sets + streaks from TrainingWeek)" "$(ratio "$w_ms" "$p_ms")x" \
            "<= 100 ms" "$(yes_no le "$w_ms" 100)"
    fi
    if want progress; then
        PAIRED_RUNS=$quick_runs paired progress "$progress_sql" log progress "$pexercise" --format json
        r=$(ratio "$w_ms" "$p_ms")
        row "log progress" "$size" "$w_ms ms" "psql: $p_ms ms (DISTINCT ON the day's best, workout's statement)" "${r}x" "<= 1.0x" "$(yes_no le "$r" 1.0)"
    fi
    if want add; then
        q -c "INSERT INTO \"WorkoutSession\" (id, \"userId\", name, status, \"startedAt\", \"completedAt\", \"createdAt\", \"updatedAt\")
              SELECT id, u, 'Today', 'COMPLETED', t, t + interval '1 hour', t, now()
              FROM (VALUES ('hs0_$at', '$hid', 30), ('rs0_$at', '$rid', 30), ('hp0_$at', '$hid', 20)) v(id, u, m),
                   LATERAL (SELECT timestamp '2026-11-30 16:00' + (m + $at) * interval '1 minute' AS t) w"
        add_rounds "hp0_$at"
        r=$(ratio "$w_ms" "$r_ms")
        row "log add 5 sets" "$size" "$w_ms ms" "workout at $(label "${sizes[0]}") (the reference user, same rounds): $r_ms ms; psql: $p_ms ms (session lookup + INSERT)" \
            "${r}x" "<= 1.2x the first size's" "$(yes_no le "$r" 1.2)"
    fi
    unset WORKOUT_NOW
    if { want export || want import; } && declare -F scale_export_import >/dev/null; then scale_export_import "$n" "$next"; fi
done
if want dispatch && declare -F scale_dispatch >/dev/null; then scale_dispatch; fi
if ! want plans; then
    echo
    summary
    exit 0
fi

# The plans of every query the daily commands run, at the largest size:
# auto_explain in the server logs each statement's EXPLAIN (ANALYZE,
# BUFFERS) for this database's sessions.
dbname=$(q -c "SELECT current_database()")
q -v db="$dbname" <<'SQL'
ALTER DATABASE :"db" SET session_preload_libraries = 'auto_explain';
ALTER DATABASE :"db" SET auto_explain.log_min_duration = 0;
ALTER DATABASE :"db" SET auto_explain.log_analyze = on;
ALTER DATABASE :"db" SET auto_explain.log_buffers = on;
ALTER DATABASE :"db" SET auto_explain.log_nested_statements = on;
SQL
log=$(find "$WORKOUT_DATA_DIR" -name server.log | head -n 1)
echo
echo "plans at $have sets (EXPLAIN (ANALYZE, BUFFERS) of each query, by auto_explain):"
seq_scan=0
daily=(
    "log add|log add $exercise 5x5@100kg --date 2026-11-30"
    "log stats|log stats --weeks 12"
    "log history|log history --limit 50"
    "session list|session list"
    "next|session show next"
    "log prs|log prs"
    "log progress|log progress $pexercise"
)
for d in "${daily[@]}"; do
    name=${d%%|*}
    read -r -a args <<<"${d#*|}"
    # The exercise's name may hold spaces: pass it whole.
    case $name in
    "log add") args=(log add "$exercise" 5x5@100kg --date 2026-11-30) ;;
    "log progress") args=(log progress "$pexercise") ;;
    esac
    off=$(stat -c %s "$log")
    WORKOUT_NOW=$now "$bin" --user "$heavy" "${args[@]}" >/dev/null 2>&1 || true
    sleep 0.3
    plan=$(tail -c +$((off + 1)) "$log")
    echo "== $name (workout ${args[*]})"
    printf '%s\n' "$plan" | sed 's/^/  /'
    if grep -Eq 'Seq Scan on "?(WorkoutLog|WorkoutSession)"?' <<<"$plan"; then
        echo "!! $name: a sequential scan of WorkoutLog or WorkoutSession" >&2
        seq_scan=1
    fi
done
q -v db="$dbname" <<'SQL'
ALTER DATABASE :"db" RESET ALL;
SQL

echo
summary
exit "$seq_scan"
