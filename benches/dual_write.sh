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
# Prints the mean per workout of each and the ratios: of the means, and the
# median of the rounds' (each round times every copy back to back, so each
# round's ratio is the machine's speed of that moment cancelled out).
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
# --floor: one more copy, dw_floor, in phase expand with the same indexes
# as dw_off and, instead of dual-write, one deferred trigger that writes
# what the issue asks the carry to write and nothing else: the workout's
# session, its sets (one per set, linked to their rows) and, where the
# workout is the most recent of its name, its day's exercises in the
# imported plan, in plain statements, with v3's own foreign keys, indexes
# and triggers (records, weeks). No dual-write checks, locks, mirrors or
# bookkeeping: what v3 itself charges for the rows (a lower bound of any
# dual-write in the old app's transaction), timed in the same rounds.
# (Only for measuring: not a dual-write, and not in step with anything.)
#
# --recent: every workout the old app writes is dated after the ones before
# it, as when it logs today's workout: each timed write is the most recent of
# its name and rebuilds that day of the imported plan. By default the dates
# cycle over 300 days and about 40% of the writes do.
#
#   bash benches/dual_write.sh [--parts] [--floor] [--recent] [WORKOUT_EXERCISE_ROWS]   (default 200000)
#
# Uses a private embedded server in a temporary directory, so it touches
# none of yours. Needs the PostgreSQL server binaries, psql, node and npm
# (tests/prisma is installed with `npm ci --ignore-scripts` if needed).
# Goal: dual-write at most 2x.
set -euo pipefail
parts=false
floor=false
dates=cycle
while [[ ${1:-} == --* ]]; do
    case $1 in
        --parts) parts=true ;;
        --floor) floor=true ;;
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
user_id=$(psql_ -At "$(db_url dw_src)" -c 'SELECT "userId" FROM "Workout" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1')
floor_url=
if $floor; then
    psql_ "$(db_url postgres)" -c 'CREATE DATABASE dw_floor TEMPLATE dw_off'
    floor_url=$(db_url dw_floor)
    copies="$copies dw_floor"
    # The bench's names ("Bench 0" to "Bench 6") as days of the user's
    # imported plan, as dual-write's first writes of them make them on dw_on.
    psql_ "$floor_url" -v uid="$user_id" <<'SQL'
INSERT INTO "PlanDay" (id, "trainingPlanId", name, position, weekdays)
SELECT 'cfloorday' || k, p.id, 'Bench ' || k, (SELECT max(d.position) FROM "PlanDay" d WHERE d."trainingPlanId" = p.id) + 1 + k, '{}'
  FROM "TrainingPlan" p CROSS JOIN generate_series(0, 6) k WHERE p."userId" = :'uid' AND p."isLegacyImport";
CREATE FUNCTION bench_floor_carry() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_sid text := 'f' || NEW.id;
  v_day text;
BEGIN
  INSERT INTO "WorkoutSession" (id, "userId", name, status, "scheduledAt", "startedAt", "completedAt",
                                "durationMinutes", notes, "legacyWorkoutId", "legacyChecksum", "createdAt", "updatedAt")
  VALUES (v_sid, NEW."userId", NEW.name, 'COMPLETED', NEW.date, NEW.date, NEW.date + make_interval(mins => coalesce(NEW.duration, 0)),
          NEW.duration, NEW.notes, NEW.id, md5(ROW(NEW."userId", NEW.name, NEW.date, NEW.notes, NEW.duration)::text),
          NEW."createdAt", NEW."createdAt");
  INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, notes,
                            "legacyWorkoutExerciseId", "createdAt", "updatedAt")
  SELECT v_sid || lpad(to_hex(row_number() OVER (ORDER BY we."order", we.id, n)), 4, '0'), NEW."userId", v_sid, we."exerciseId",
         NEW.date, row_number() OVER (PARTITION BY we."exerciseId" ORDER BY we."order", we.id, n), we.reps, we.weight, we.notes,
         we.id, NEW."createdAt", NEW."createdAt"
    FROM "WorkoutExercise" we CROSS JOIN LATERAL generate_series(1, we.sets) n WHERE we."workoutId" = NEW.id;
  IF NOT EXISTS (SELECT 1 FROM "Workout" w WHERE w."userId" = NEW."userId" AND lower(btrim(w.name)) = lower(btrim(NEW.name))
                    AND (w.date, w.id) > (NEW.date, NEW.id)) THEN
    SELECT d.id INTO v_day FROM "TrainingPlan" p JOIN "PlanDay" d ON d."trainingPlanId" = p.id
     WHERE p."userId" = NEW."userId" AND p."isLegacyImport" AND lower(d.name) = lower(btrim(NEW.name));
    IF v_day IS NOT NULL THEN
      UPDATE "TrainingPlan" p SET "updatedAt" = NEW."createdAt" WHERE p."userId" = NEW."userId" AND p."isLegacyImport";
      DELETE FROM "PlanExercise" pe WHERE pe."planDayId" = v_day;
      INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "targetRepsMin", "targetRepsMax",
                                  "targetWeight", notes)
      SELECT v_sid || 'p' || we."order", v_day, we."exerciseId", row_number() OVER (ORDER BY we."order", we.id),
             we.sets, we.reps, we.reps, we.weight, we.notes
        FROM "WorkoutExercise" we WHERE we."workoutId" = NEW.id;
    END IF;
  END IF;
  RETURN NULL;
END
$fn$;
CREATE CONSTRAINT TRIGGER bench_floor_carry AFTER INSERT ON "Workout" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION bench_floor_carry();
SQL
fi
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

exercise_ids=$(psql_ -At "$(db_url dw_src)" -c 'SELECT string_agg(id, $$,$$ ORDER BY id) FROM (SELECT id FROM "Exercise" ORDER BY id LIMIT 12) e')
result=$(cd tests/prisma && OFF_URL="$(db_url dw_off)" ON_URL="$(db_url dw_on)" PLAIN_URL="$(db_url dw_plain)" FLOOR_URL="$floor_url" PARTS="$parts_env" DATES="$dates" USER_ID="$user_id" \
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
printf 'ratio, by round      : %8s x  the median of the %s rounds'"'"' ratios (lowest %sx, highest %sx)\n' \
    "$r_round_median" "$r_rounds" "$r_round_min" "$r_round_max"
printf 'ratio, no index      : %8s x  dual-write / the legacy schema as it is\n' "$r_plain_ratio"
if $floor; then
    printf '\nv3'"'"'s own rows alone  : %8s ms a workout  (dw_floor: the session, sets and plan day, no dual-write)\n' "$r_floor_ms"
    printf 'floor ratio          : %8s x  dw_floor / expand with the index (by round: median %sx)\n' "$r_floor_ratio" "$r_floor_round_median"
    printf 'dual-write over floor: %8s ms a workout  (what dual-write adds to v3'"'"'s own rows)\n' \
        "$(awk -v on="$r_on_ms" -v f="$r_floor_ms" 'BEGIN { printf "%.3f", on - f }')"
fi
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
