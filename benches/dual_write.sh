#!/usr/bin/env bash
# Benchmark: what dual-write costs the old app's writes. The old app's
# write as it makes it (its Prisma Client creating a workout with its five
# exercises, tests/prisma/bench_dual_write.ts), timed on two copies of one
# generated legacy database on one server, interleaved in one run:
#   dw_on    after `workout migrate dual-write enable` (triggers and index);
#   dw_off   phase expand, with the same indexes made by hand: the trigger
#            cost alone (the ratio of the goal);
#   dw_plain phase expand as the legacy schema is, without the index: the
#            old app's nested create reads its rows back by workoutId, which
#            is a full scan there.
# Prints the mean per workout of each and the ratios.
#
# --parts: where dual-write's time goes. Four more copies of dw_on, each
# with one part of the work switched off, timed in the same rounds (the
# difference to dw_on is that part's cost, including what it waits for):
#   records  the records triggers on WorkoutLog (ExerciseRecord, migrations
#            8, 9, 11) disabled: their fold of the carried sets;
#   plan     workout_dw_plans emptied: the imported plan's rebuild;
#   fk       the foreign-key checks of WorkoutLog and WorkoutSession
#            disabled: v3's checks of the carried rows;
#   carry    workout_dw_carry emptied: the whole carry (session, sets, their
#            indexes, checks and triggers); what is left is the triggers'
#            bookkeeping on the old app's own statements and the plan.
# (Only for measuring: those copies are not in step afterwards.)
#
# --recent: every workout the old app writes is dated after the ones before
# it, as when it logs today's workout: each timed write is the most recent of
# its name and rebuilds that day of the imported plan. By default the dates
# cycle over 300 days and about 40% of the writes do.
#
#   bash benches/dual_write.sh [--parts] [--recent] [WORKOUT_EXERCISE_ROWS]   (default 200000)
#
# Uses a private embedded server in a temporary directory, so it touches
# none of yours. Needs the PostgreSQL server binaries, psql, node and npm
# (tests/prisma is installed with `npm ci --ignore-scripts` if needed).
# Goal: dual-write at most 2x.
set -euo pipefail
parts=false
dates=cycle
while [[ ${1:-} == --* ]]; do
    case $1 in
        --parts) parts=true ;;
        --recent) dates=recent ;;
        *) echo "dual_write.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
rows=${1:-200000}
users=${USERS:-200}
per_user=$(( (rows / 4 + users - 1) / users ))
workouts=${WORKOUTS:-500}

# WORKOUT_BENCH_GEN: that gen-legacy instead of building the release one
# (as WORKOUT_BENCH_BIN for workout, benches/common.sh).
if [[ -z ${WORKOUT_BENCH_GEN:-} ]]; then
    (cd "$(dirname "$0")/.." && cargo build --release --quiet --example gen-legacy)
fi
source "$(dirname "$0")/common.sh"
gen=${WORKOUT_BENCH_GEN:-$PWD/target/release/examples/gen-legacy}
db_url() { printf '%s' "${url/\/workout\?//$1?}"; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# The Prisma Client of prisma/schema.prisma (as the contract test makes it).
(cd tests/prisma && { [ -x node_modules/.bin/tsx ] || npm ci --ignore-scripts --no-audit --no-fund >/dev/null; } \
    && CHECKPOINT_DISABLE=1 npm run --silent generate >/dev/null)

psql_ "$(db_url postgres)" -c 'CREATE DATABASE dw_src'
"$gen" --database-url "$(db_url dw_src)" --users "$users" --workouts-per-user "$per_user" --exercise-rows "$rows" >/dev/null
"$bin" -q --database-url "$(db_url dw_src)" migrate up
"$bin" -q --database-url "$(db_url dw_src)" migrate legacy >/dev/null
psql_ "$(db_url dw_src)" -c 'VACUUM ANALYZE'
psql_ "$(db_url postgres)" -c 'CREATE DATABASE dw_off TEMPLATE dw_src' -c 'CREATE DATABASE dw_on TEMPLATE dw_src' \
                           -c 'CREATE DATABASE dw_plain TEMPLATE dw_src'
# The same database in all three, but for dual-write on one and its index on two.
"$bin" -q --database-url "$(db_url dw_on)" migrate dual-write enable >/dev/null
psql_ "$(db_url dw_off)" -c 'CREATE INDEX "WorkoutExercise_workoutId_dw_idx" ON "WorkoutExercise" ("workoutId") WHERE "workoutId" IS NOT NULL' \
                         -c 'CREATE INDEX "WorkoutSession_planDayId_dw_idx" ON "WorkoutSession" ("planDayId") WHERE "planDayId" IS NOT NULL' \
                         -c 'CREATE INDEX "Workout_userId_name_dw_idx" ON "Workout" ("userId", lower(btrim(name)), date, id) WHERE "userId" IS NOT NULL'
copies="dw_on dw_off dw_plain"
parts_env=
if $parts; then
    for p in records plan fk carry; do
        psql_ "$(db_url postgres)" -c "CREATE DATABASE dw_no_$p TEMPLATE dw_on"
        parts_env="${parts_env:+$parts_env,}$p=$(db_url dw_no_$p)"
        copies="$copies dw_no_$p"
    done
    psql_ "$(db_url dw_no_records)" -c 'ALTER TABLE "WorkoutLog" DISABLE TRIGGER "WorkoutLog_records_insert"' \
        -c 'ALTER TABLE "WorkoutLog" DISABLE TRIGGER "WorkoutLog_records_update"' \
        -c 'ALTER TABLE "WorkoutLog" DISABLE TRIGGER "WorkoutLog_records_delete"'
    psql_ "$(db_url dw_no_plan)" -c 'CREATE OR REPLACE FUNCTION workout_dw_plans(p_users text[], p_keys text[] DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$BEGIN RETURN; END$$'
    psql_ -At "$(db_url dw_no_fk)" -c "SELECT format('ALTER TABLE %s DISABLE TRIGGER %I;', tgrelid::regclass, tgname) FROM pg_trigger
        WHERE tgrelid IN ('\"WorkoutLog\"'::regclass, '\"WorkoutSession\"'::regclass) AND tgisinternal AND tgname LIKE 'RI\_ConstraintTrigger\_c\_%'" \
        | psql_ "$(db_url dw_no_fk)"
    psql_ "$(db_url dw_no_carry)" -c 'CREATE OR REPLACE FUNCTION workout_dw_carry(p_ids text[], p_lock boolean DEFAULT true) RETURNS void LANGUAGE plpgsql AS $$BEGIN RETURN; END$$'
fi
for d in $copies; do psql_ "$(db_url $d)" -c 'VACUUM ANALYZE'; done

user_id=$(psql_ -At "$(db_url dw_src)" -c 'SELECT "userId" FROM "Workout" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1')
exercise_ids=$(psql_ -At "$(db_url dw_src)" -c 'SELECT string_agg(id, $$,$$ ORDER BY id) FROM (SELECT id FROM "Exercise" ORDER BY id LIMIT 12) e')
result=$(cd tests/prisma && OFF_URL="$(db_url dw_off)" ON_URL="$(db_url dw_on)" PLAIN_URL="$(db_url dw_plain)" PARTS="$parts_env" DATES="$dates" USER_ID="$user_id" \
    EXERCISE_IDS="$exercise_ids" WORKOUTS="$workouts" npx --no-install tsx bench_dual_write.ts)

# The copy with dual-write is in step after it all.
"$bin" -q --database-url "$(db_url dw_on)" migrate verify
in_step=$(psql_ -At "$(db_url dw_on)" -c 'SELECT count(*) FROM "WorkoutSession" s JOIN "Workout" w ON w.id = s."legacyWorkoutId" WHERE w.name LIKE $$Bench %$$')

eval "$(tr ' ' '\n' <<<"$result" | sed 's/^/r_/')"
printf 'legacy data          : %s WorkoutExercise rows, %s users (%s workouts each)\n' "$rows" "$users" "$per_user"
printf 'old app writes       : %s workouts, each a Prisma nested create of 5 WorkoutExercise rows\n' "$r_workouts"
if [[ $dates == recent ]]; then
    printf 'dates                : each after the last (every write the most recent of its name: a day of the plan rebuilt)\n'
else
    printf 'dates                : cycling over 300 days (about 40%% of the writes the most recent of their name)\n'
fi
printf 'expand, no index     : %8s ms a workout  (the legacy schema as it is)\n' "$r_plain_ms"
printf 'expand, with index   : %8s ms a workout\n' "$r_off_ms"
printf 'dual-write           : %8s ms a workout  (%s sessions carried, migrate verify passed)\n' "$r_on_ms" "$in_step"
printf 'ratio                : %8s x  dual-write / expand with the index (goal: at most 2x)\n' "$r_ratio"
printf 'ratio, no index      : %8s x  dual-write / the legacy schema as it is\n' "$r_plain_ratio"
if $parts; then
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    part() { awk -v on="$r_on_ms" -v x="$1" -v off="$r_off_ms" 'BEGIN { printf "%8.3f ms  (%4.1f%% of what dual-write adds)", on - x, 100 * (on - x) / (on - off) }'; }
    printf '\nwhere dual-write adds its %s ms a workout (dual-write minus a copy with that part off; load average %s):\n' \
        "$(awk -v on="$r_on_ms" -v off="$r_off_ms" 'BEGIN { printf "%.3f", on - off }')" "$load"
    printf '  records fold of the carried sets : %s\n' "$(part "$r_part_records_ms")"
    printf '  imported plan rebuild            : %s\n' "$(part "$r_part_plan_ms")"
    printf '  foreign-key checks (sets, session): %s\n' "$(part "$r_part_fk_ms")"
    printf '  the whole carry at commit        : %s\n' "$(part "$r_part_carry_ms")"
    printf '  the rest (statement triggers, plan): %s\n' "$(awk -v c="$r_part_carry_ms" -v off="$r_off_ms" 'BEGIN { printf "%8.3f ms", c - off }')"
fi
