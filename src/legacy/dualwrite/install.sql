-- Dual-write (issue 17): functions and triggers that keep the legacy model
-- (Workout, WorkoutExercise) and v2 (WorkoutSession, WorkoutLog) in step, in
-- the transaction of the write that caused it. Installed by
-- `workout migrate dual-write enable`, removed by `disable`; never by a
-- schema migration, so Prisma's schema (and the drift check) is unaffected.
--
-- The placeholders (a dollar sign and capitals) are filled in by src/legacy/dualwrite/mod.rs with the very SQL
-- the batch migration (src/legacy/mod.rs) runs: the checksum, the validity
-- rule, the session and set mapping, the conflict rule. One copy of the rules.
--
-- No loops: every trigger fires only for a statement that no trigger runs
-- (WHEN (pg_trigger_depth() < 1), checked again inside each function): a
-- write made by a trigger (ours, or a foreign key's cascade) is not carried.
-- A mirrored row is written from inside a trigger, so it is never carried back.

-- A 16-character id prefix per call (the batch uses 16 characters of a cuid).
CREATE FUNCTION workout_dw_prefix() RETURNS text LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  RETURN substr(md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text), 1, 16);
END
$fn$;

-- The functions below plan their statements once per connection
-- (plan_cache_mode = force_generic_plan): their arguments are a few ids,
-- and planning each call anew cost more than running it.

-- Serialises the carrying of one workout / session (keyed by its id) between
-- concurrent transactions, so the last one to write sees every committed row.
-- (PL/pgSQL, not SQL: a SQL function is planned again on every call.)
CREATE FUNCTION workout_dw_lock(p_ids text[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  IF cardinality(p_ids) = 1 THEN
    PERFORM pg_advisory_xact_lock(7261002, hashtext(p_ids[1]));
  ELSE
    PERFORM pg_advisory_xact_lock(7261002, k) FROM (SELECT DISTINCT hashtext(x) AS k FROM unnest(p_ids) x ORDER BY 1) y;
  END IF;
END
$fn$;

-- Legacy -> v2: the workouts p_ids (not mirrors) as `migrate legacy` carries them.
-- p_lock: take the per-workout locks (`enable` holds table locks instead).
CREATE FUNCTION workout_dw_carry(p_ids text[], p_lock boolean DEFAULT true) RETURNS void LANGUAGE plpgsql VOLATILE
  SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  v_st timestamp(3)[];
  v_stamp timestamp(3);
  v_pfx text;
  r record;
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  IF p_lock THEN PERFORM workout_dw_lock(p_ids); END IF;
  SELECT coalesce(array_agg("startedAt") FILTER (WHERE mode IN ('apply', 'dual-write')), '{}'),
         max("startedAt") FILTER (WHERE mode = 'dual-write' AND status = 'active')
    INTO v_st, v_stamp FROM "LegacyMigrationRun";
  IF v_stamp IS NULL THEN
    RAISE EXCEPTION 'workout dual-write: no active dual-write run; run `workout migrate dual-write enable` again';
  END IF;
  FOR r IN
    SELECT w.id, w."userId" AS user_id, w.name, w.date, w.notes, w.duration, $CHECKSUM AS checksum,
           s.id AS old_sid, s."userId" AS old_user, s."updatedAt" AS old_updated, s."legacyChecksum" AS old_checksum,
           coalesce(s.id, 'c' || workout_dw_prefix() || lpad(to_hex(row_number() OVER ()), 8, '0')) AS sid
      FROM "Workout" w
      LEFT JOIN ($CONTENT) c ON c.workout_id = w.id
      LEFT JOIN "WorkoutSession" s ON s."legacyWorkoutId" = w.id
     WHERE w.id = ANY(p_ids) AND $NOT_MIRROR
     ORDER BY w.id
  LOOP
    IF r.old_sid IS NOT NULL AND r.old_checksum IS NOT DISTINCT FROM r.checksum THEN
      CONTINUE; -- same
    END IF;
    IF r.old_sid IS NOT NULL AND $EDITED THEN
      CONTINUE; -- conflict: edited natively, left as it is (status and verify report it)
    END IF;
    IF r.old_sid IS NULL THEN
      INSERT INTO "WorkoutSession" ($SESSION_COLUMNS)
      SELECT $SESSION_VALUES
        FROM (SELECT r.id AS id, r.user_id AS user_id, r.name AS name, r.date AS date, r.notes AS notes,
                     r.duration AS duration, r.checksum AS checksum, r.sid AS sid) w;
    ELSE
      UPDATE "WorkoutSession" s SET $SESSION_SET
        FROM (SELECT r.id AS id, r.user_id AS user_id, r.name AS name, r.date AS date, r.notes AS notes,
                     r.duration AS duration, r.checksum AS checksum, r.sid AS sid) w
       WHERE s.id = r.old_sid AND s."userId" = r.old_user;
      DELETE FROM "WorkoutLog" l WHERE l."sessionId" = r.old_sid AND l."userId" = r.old_user;
    END IF;
    v_pfx := workout_dw_prefix();
    -- A legacy row moved here from another workout: its old sets give way.
    -- (Looked for first: a DELETE fires WorkoutLog's statement triggers,
    -- the records fold's among them, even when it deletes nothing, and
    -- almost no write moves a row.)
    IF EXISTS (SELECT 1 FROM "WorkoutLog" l JOIN "WorkoutExercise" we ON l."legacyWorkoutExerciseId" = we.id
                WHERE we."workoutId" = r.id AND l."sessionId" IS DISTINCT FROM r.sid) THEN
      DELETE FROM "WorkoutLog" l USING "WorkoutExercise" we
       WHERE we."workoutId" = r.id AND l."legacyWorkoutExerciseId" = we.id AND l."sessionId" IS DISTINCT FROM r.sid;
    END IF;
    INSERT INTO "WorkoutLog" ($LOG_COLUMNS)
    SELECT $LOG_VALUES
      FROM (SELECT e.*, $LOG_BEFORE
              FROM (SELECT we.id, r.id AS workout_id, r.user_id AS user_id, r.sid AS sid, we."exerciseId" AS exercise_id,
                           r.date AS date, we.sets, we.reps, we.weight, we.notes, we."order"
                      FROM "WorkoutExercise" we LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
                     WHERE we."workoutId" = r.id AND $VALID) e) e $LOG_EXPAND;
  END LOOP;
END
$fn$;

-- v2 -> legacy: the mirror of each native session in p_sids (one Workout with
-- the session's id, one WorkoutExercise per run of consecutive sets of one
-- exercise with the same reps and weight); a mirror whose session is gone
-- (or is not native) goes.
CREATE FUNCTION workout_dw_mirror(p_sids text[], p_lock boolean DEFAULT true) RETURNS void LANGUAGE plpgsql VOLATILE
  SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  v_native text[];
BEGIN
  IF p_sids IS NULL OR cardinality(p_sids) = 0 THEN RETURN; END IF;
  -- Only native sessions and existing mirrors matter (a `migrate legacy`
  -- batch writes thousands of migrated sessions: they take no lock).
  p_sids := ARRAY(SELECT s.id FROM "WorkoutSession" s WHERE s.id = ANY(p_sids) AND $NATIVE_S
                  UNION SELECT w.id FROM "Workout" w WHERE w.id = ANY(p_sids));
  IF cardinality(p_sids) = 0 THEN RETURN; END IF;
  IF p_lock THEN PERFORM workout_dw_lock(p_sids); END IF;
  v_native := ARRAY(SELECT s.id FROM "WorkoutSession" s WHERE s.id = ANY(p_sids) AND $NATIVE_S);
  DELETE FROM "Workout" w WHERE w.id = ANY(p_sids) AND NOT (w.id = ANY(v_native));
  IF cardinality(v_native) = 0 THEN RETURN; END IF;
  INSERT INTO "Workout" (id, name, date, notes, duration, "userId", "createdAt", "updatedAt")
  SELECT s.id, s.name, $MIRROR_DATE, s.notes, s."durationMinutes", s."userId", s."createdAt", s."updatedAt"
    FROM "WorkoutSession" s WHERE s.id = ANY(v_native)
  ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, date = EXCLUDED.date, notes = EXCLUDED.notes,
         duration = EXCLUDED.duration, "userId" = EXCLUDED."userId", "updatedAt" = EXCLUDED."updatedAt"
   WHERE ("Workout".name, "Workout".date, "Workout".notes, "Workout".duration, "Workout"."userId", "Workout"."updatedAt")
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.date, EXCLUDED.notes, EXCLUDED.duration, EXCLUDED."userId", EXCLUDED."updatedAt");
  DELETE FROM "WorkoutExercise" we WHERE we."workoutId" = ANY(v_native);
  INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, notes, "order")
  SELECT (array_agg(x.id ORDER BY x.k))[1], x.sid, x.ex, count(*), x.reps, x.weight,
         (array_agg(x.notes ORDER BY x.k))[1], x.run - 1
    FROM (SELECT y.*, sum(y.brk) OVER (PARTITION BY y.sid ORDER BY y.k) AS run
            FROM (SELECT l.id, l."sessionId" AS sid, l."exerciseId" AS ex, l.reps, l.weight, l.notes,
                         row_number() OVER (PARTITION BY l."sessionId" ORDER BY $SET_ORDER) AS k,
                         CASE WHEN lag(ROW(l."exerciseId", l.reps, l.weight)) OVER (PARTITION BY l."sessionId" ORDER BY $SET_ORDER)
                                   IS NOT DISTINCT FROM ROW(l."exerciseId", l.reps, l.weight) THEN 0 ELSE 1 END AS brk
                    FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId" AND s."userId" = l."userId"
                   WHERE l."sessionId" = ANY(v_native) AND $MIRRORABLE) y) x
   GROUP BY x.sid, x.run, x.ex, x.reps, x.weight;
END
$fn$;

-- v2 -> legacy for *migrated* sessions (p_sids; others are ignored): the sets
-- written natively into a session that came from a legacy workout (their
-- "createdAt" is none of the runs' stamps) are mirrored into that workout as
-- rows after its own, one per run of consecutive such sets of one exercise
-- with the same reps and weight (id = the run's first set's id), and those
-- sets are linked to their row ("legacyWorkoutExerciseId"), as migrated sets
-- are. Every call rewrites them all; p_gone: ids of sets that left the
-- session in this statement (their row goes too). A session in step with its
-- workout before stays in step (its checksum now covers the new rows); one
-- in conflict stays in conflict.
CREATE FUNCTION workout_dw_mirror_migrated(p_sids text[], p_gone text[] DEFAULT '{}', p_lock boolean DEFAULT true)
  RETURNS void LANGUAGE plpgsql VOLATILE
  SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  v_st timestamp(3)[];
  v_in_step boolean;
  v_base int;
  v_users text[] := '{}';
  r record;
BEGIN
  IF p_sids IS NULL OR cardinality(p_sids) = 0 THEN RETURN; END IF;
  SELECT coalesce(array_agg("startedAt") FILTER (WHERE mode IN ('apply', 'dual-write')), '{}')
    INTO v_st FROM "LegacyMigrationRun";
  FOR r IN
    SELECT s.id AS sid, s."userId" AS user_id, s."legacyWorkoutId" AS wid
      FROM "WorkoutSession" s JOIN "Workout" w ON w.id = s."legacyWorkoutId" AND w."userId" = s."userId"
     WHERE s.id = ANY(p_sids) ORDER BY s."legacyWorkoutId"
  LOOP
    -- The carry of this workout takes the same lock.
    IF p_lock THEN PERFORM workout_dw_lock(ARRAY[r.wid]); END IF;
    SELECT s."legacyChecksum" IS NOT DISTINCT FROM
           (SELECT $CHECKSUM FROM "Workout" w LEFT JOIN ($CONTENT_ONE) c ON c.workout_id = w.id WHERE w.id = r.wid)
      INTO v_in_step FROM "WorkoutSession" s WHERE s.id = r.sid;
    -- The rows mirrored before (their sets' links go with them: ON DELETE SET NULL).
    DELETE FROM "WorkoutExercise" we
     WHERE we."workoutId" = r.wid
       AND (we.id = ANY(p_gone)
            OR we.id IN (SELECT l.id FROM "WorkoutLog" l WHERE l."sessionId" = r.sid AND l."createdAt" <> ALL(v_st))
            OR we.id IN (SELECT l."legacyWorkoutExerciseId" FROM "WorkoutLog" l
                          WHERE l."sessionId" = r.sid AND l."createdAt" <> ALL(v_st)));
    v_base := coalesce((SELECT max(we."order") + 1 FROM "WorkoutExercise" we WHERE we."workoutId" = r.wid), 0);
    WITH y AS (
      SELECT l.id, l."exerciseId" AS ex, l.reps, l.weight, l.notes,
             row_number() OVER (ORDER BY $SET_ORDER) AS k,
             CASE WHEN lag(ROW(l."exerciseId", l.reps, l.weight)) OVER (ORDER BY $SET_ORDER)
                       IS NOT DISTINCT FROM ROW(l."exerciseId", l.reps, l.weight) THEN 0 ELSE 1 END AS brk
        FROM "WorkoutLog" l
       WHERE l."sessionId" = r.sid AND l."userId" = r.user_id AND l."createdAt" <> ALL(v_st) AND $MIRRORABLE),
    x AS (SELECT y.*, sum(y.brk) OVER (ORDER BY y.k) AS run FROM y),
    g AS (SELECT x.run, (array_agg(x.id ORDER BY x.k))[1] AS row_id FROM x GROUP BY x.run),
    ins AS (
      INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, notes, "order")
      SELECT (array_agg(x.id ORDER BY x.k))[1], r.wid, x.ex, count(*), x.reps, x.weight,
             (array_agg(x.notes ORDER BY x.k))[1], v_base + x.run - 1
        FROM x GROUP BY x.run, x.ex, x.reps, x.weight
      RETURNING id)
    UPDATE "WorkoutLog" l SET "legacyWorkoutExerciseId" = g.row_id
      FROM x JOIN g USING (run)
     WHERE l.id = x.id AND EXISTS (SELECT 1 FROM ins WHERE ins.id = g.row_id);
    IF v_in_step THEN
      UPDATE "WorkoutSession" s
         SET "legacyChecksum" = (SELECT $CHECKSUM FROM "Workout" w LEFT JOIN ($CONTENT_ONE) c ON c.workout_id = w.id
                                  WHERE w.id = r.wid)
       WHERE s.id = r.sid;
    END IF;
    v_users := v_users || r.user_id;
  END LOOP;
  -- The workout's rows changed: its user's imported plan may follow.
  PERFORM workout_dw_plans_later(v_users);
END
$fn$;

-- Legacy -> v2: the imported plan ("Imported workouts") of the users p_users,
-- rebuilt where the legacy workouts now give a different one, exactly as
-- `migrate legacy` rebuilds it: the same statements (src/legacy/plan.rs,
-- PLAN_*), on the same session-private temporary tables, scoped to p_users,
-- stamped with the dual-write run's stamp; a plan edited natively is a
-- conflict and left as it is. p_keys (not NULL): only the days of those name
-- keys can have changed, and none can have moved, appeared or gone
-- (PLAN_RECENT without PLAN_FIRST): the same statements read and compare
-- only those days (each from the most recent workout of its key, found on
-- the name index: KEYED_PLAN_DAYS), at their places in the plan
-- (PLAN_POSITIONS), and a day that changed keeps its row: its name and
-- exercises are replaced (KEYED_PLAN_RENAME, KEYED_PLAN_CLEAR_EXERCISES,
-- PLAN_INSERT_EXERCISES);
-- where the plan there does not have exactly those days, the whole plan.
-- Its temporary tables are never analyzed (a few rows each, and ANALYZE on
-- every call would re-plan every statement), so the planner takes them for
-- hundreds of rows and would hash-join them with a scan of all of
-- WorkoutExercise: nested loops over the indexes instead.
CREATE FUNCTION workout_dw_plans(p_users text[], p_keys text[] DEFAULT NULL) RETURNS void LANGUAGE plpgsql VOLATILE
  SET plan_cache_mode = force_generic_plan SET client_min_messages = warning
  SET enable_hashjoin = off SET enable_mergejoin = off AS $fn$
DECLARE
  v_st timestamp(3)[];
  v_stamp timestamp(3);
  v_pfx text;
  v_n bigint;
  v_plan text;
  v_updated timestamp(3);
  v_day text;
  v_day_name text;
  v_recent text;
  v_name text;
  v_same boolean;
BEGIN
  IF p_users IS NULL OR cardinality(p_users) = 0 THEN RETURN; END IF;
  -- One rebuild of a user's plan at a time; the plan rows locked, so what
  -- is compared is what is updated.
  PERFORM workout_dw_lock(ARRAY(SELECT 'plan ' || u FROM unnest(p_users) u));
  PERFORM 1 FROM "TrainingPlan" p WHERE p."isLegacyImport" AND p."userId" = ANY(p_users) ORDER BY p.id FOR UPDATE;
  SELECT coalesce(array_agg("startedAt") FILTER (WHERE mode IN ('apply', 'dual-write')), '{}'),
         max("startedAt") FILTER (WHERE mode = 'dual-write' AND status = 'active')
    INTO v_st, v_stamp FROM "LegacyMigrationRun";
  IF v_stamp IS NULL THEN
    RAISE EXCEPTION 'workout dual-write: no active dual-write run; run `workout migrate dual-write enable` again';
  END IF;
  -- One day of one user (almost every old-app write that changes a plan):
  -- rebuilt on its own rows (ONE_DAY in src/legacy/plan.rs), where the plan
  -- has exactly one day of the key and the key a workout; else below.
  IF p_keys IS NOT NULL AND cardinality(p_users) = 1 AND cardinality(p_keys) = 1 THEN
    $ONE_DAY INTO v_plan, v_updated, v_day, v_day_name, v_recent, v_name, v_n;
    IF v_n = 1 THEN
      v_same := ($ONE_DAY_SAME);
      -- Same: nothing to do. Edited since a run stamped it: a conflict, left
      -- as it is (PLAN_ACTIONS' rules).
      IF v_same AND v_day_name = v_name OR v_updated <> ALL(v_st) THEN RETURN; END IF;
      UPDATE "TrainingPlan" p SET "updatedAt" = v_stamp WHERE p.id = v_plan AND p."updatedAt" = v_updated;
      IF v_day_name <> v_name THEN
        UPDATE "PlanDay" d SET name = v_name WHERE d.id = v_day;
      END IF;
      IF NOT v_same THEN
        DELETE FROM "PlanExercise" pe WHERE pe."planDayId" = v_day;
        v_pfx := workout_dw_prefix();
        $ONE_DAY_INSERT;
      END IF;
      RETURN;
    END IF;
  END IF;
  -- The temporary tables are the connection's: made on its first rebuild,
  -- then emptied by each rebuild as it starts. Made again where an earlier
  -- version's tables are still there, and where they have grown past
  -- 64 KiB: temporary tables are never vacuumed, so the space of the rows
  -- deleted is not all reused, and an old app's pooled connection rebuilds
  -- plans thousands of times (a few hundred rebuilds between two makes; a
  -- make costs a re-planning of these statements).
  IF to_regclass('pg_temp.lm_pp') IS NULL OR to_regclass('pg_temp.lm_pd') IS NULL OR to_regclass('pg_temp.lm_pe') IS NULL
     OR NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('pg_temp.lm_pd') AND attname = 'kept_id')
     OR pg_relation_size(to_regclass('pg_temp.lm_pd')) + pg_relation_size(to_regclass('pg_temp.lm_pe'))
        + pg_relation_size(to_regclass('pg_temp.lm_pp')) > 65536 THEN
    $PLAN_TABLES
  ELSE
    WITH d AS (DELETE FROM lm_pd), e AS (DELETE FROM lm_pe) DELETE FROM lm_pp;
  END IF;
  v_pfx := workout_dw_prefix();
  IF p_keys IS NOT NULL THEN
    $KEYED_PLAN_DAYS;
    $KEYED_PLAN_POSITIONS;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    IF v_n <> (SELECT count(*) FROM lm_pd) OR v_n <> ($KEYED_PLAN_SCOPED_DAYS) THEN
      DELETE FROM lm_pd;
      p_keys := NULL;
    END IF;
  END IF;
  IF p_keys IS NULL THEN
    $PLAN_DAYS;
  END IF;
  $PLAN_EXERCISES;
  v_pfx := workout_dw_prefix();
  IF p_keys IS NULL THEN
    $PLAN_ACTIONS;
  ELSE
    $KEYED_PLAN_ACTIONS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM lm_pp WHERE action IN ('new', 'changed')) THEN RETURN; END IF;
  -- A rebuild of one key's days has nothing to keep (a plan 'changed' there
  -- has its one day of the key changed: PLAN_KEEP compares all that
  -- PLAN_ACTIONS does, and more) and no plan to make (one without a plan
  -- fails the check above and is rebuilt whole): those statements are left out.
  IF p_keys IS NULL OR cardinality(p_keys) > 1 THEN
    $PLAN_KEEP;
  END IF;
  $PLAN_TOUCH;
  -- A whole rebuild replaces the days that changed; a rebuild of some days
  -- keeps each day's row (PLAN_POSITIONS gave lm_pd its id) and replaces
  -- only its name and exercises, so sessions planned from it keep their
  -- planDayId.
  IF p_keys IS NULL THEN
    $PLAN_CLEAR;
    $PLAN_INSERT_PLANS;
    $PLAN_INSERT_DAYS;
  ELSE
    $KEYED_PLAN_RENAME;
    $KEYED_PLAN_CLEAR_EXERCISES;
  END IF;
  v_pfx := workout_dw_prefix();
  $PLAN_INSERT_EXERCISES;
END
$fn$;

-- The users whose imported plan is rebuilt when the transaction commits
-- (once per transaction, however many statements it has: the old app's
-- nested create is two). Kept in transaction-local settings: the users
-- whose whole plan is rebuilt (p_keys NULL), and the users and name keys
-- (p_keys: one per user in p_users) of which only those days are.
CREATE FUNCTION workout_dw_plans_later(p_users text[], p_keys text[] DEFAULT NULL) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  IF p_users IS NULL OR cardinality(p_users) = 0 THEN RETURN; END IF;
  IF p_keys IS NULL THEN
    PERFORM set_config('workout_dw.plan_users',
                       (coalesce(nullif(current_setting('workout_dw.plan_users', true), ''), '{}')::text[] || p_users)::text,
                       true);
  ELSE
    PERFORM set_config('workout_dw.plan_key_users',
                       (coalesce(nullif(current_setting('workout_dw.plan_key_users', true), ''), '{}')::text[] || p_users)::text,
                       true);
    PERFORM set_config('workout_dw.plan_keys',
                       (coalesce(nullif(current_setting('workout_dw.plan_keys', true), ''), '{}')::text[] || p_keys)::text,
                       true);
  END IF;
END
$fn$;

-- The users whose imported plan the write of these workout versions (each
-- user, name, date and id: as they are now, or as they were) can change,
-- by the batch's own rule (PLAN_RECENT, PLAN_FIRST in src/legacy/plan.rs), noted for
-- the rebuild at commit; the others' plans stay as they are without being
-- read. p_rows_only: only the workouts' rows changed, not their names or
-- dates. Most of an old app's writes add a workout that is not the most
-- recent of its name, or change an older one: no rebuild. One that makes a
-- workout the most recent of its name, but not the first, changes at most
-- that name's day: only that day is rebuilt (PLAN_RECENT, PLAN_FIRST).
-- (OFFSET 0: each probe runs once a version; pulled up into the aggregate,
-- they ran once per FILTER naming them, five probes instead of two.)
CREATE FUNCTION workout_dw_plans_touch(p_users text[], p_names text[], p_dates timestamp(3)[], p_ids text[],
                                       p_rows_only boolean) RETURNS void LANGUAGE plpgsql VOLATILE
  SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  v_whole text[];
  v_users text[];
  v_keys text[];
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  SELECT array_agg(DISTINCT f.user_id) FILTER (WHERE f.first),
         array_agg(f.user_id ORDER BY f.user_id, f.key) FILTER (WHERE f.recent AND NOT f.first),
         array_agg(f.key ORDER BY f.user_id, f.key) FILTER (WHERE f.recent AND NOT f.first)
    INTO v_whole, v_users, v_keys
    FROM (SELECT t.user_id, t.key, $PLAN_RECENT AS recent, (NOT p_rows_only AND $PLAN_FIRST) AS first
            FROM (SELECT x.u AS user_id, lower(btrim(x.n)) AS key, x.d AS date, x.i AS id
                    FROM unnest(p_users, p_names, p_dates, p_ids) AS x(u, n, d, i)) t
          OFFSET 0) f;
  PERFORM workout_dw_plans_later(v_whole);
  PERFORM workout_dw_plans_later(v_users, v_keys);
END
$fn$;

-- The legacy workouts carried over when the transaction commits (once per
-- transaction, however many statements wrote them: the old app's nested
-- create is an INSERT of the workout, then one of its rows, and carrying
-- after each made a session with no sets, then replaced it). Kept in a
-- transaction-local setting, as the plans' users are.
CREATE FUNCTION workout_dw_carry_later(p_ids text[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  PERFORM set_config('workout_dw.carry_ids',
                     (coalesce(nullif(current_setting('workout_dw.carry_ids', true), ''), '{}')::text[] || p_ids)::text,
                     true);
END
$fn$;

-- At commit (a deferred constraint trigger on the legacy tables): the
-- workouts noted by workout_dw_carry_later are carried over, then the plans
-- of the users noted by workout_dw_plans_later are rebuilt, once each: the
-- whole plan of a user noted so, else the days of the keys noted (all of
-- the keys for all of those users: a day not touched is read and kept).
CREATE FUNCTION workout_dw_on_commit() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids text[];
  v_users text[];
  v_key_users text[];
  v_keys text[];
BEGIN
  PERFORM set_config('workout_dw.commit_queued', '', true);
  v_ids := nullif(current_setting('workout_dw.carry_ids', true), '')::text[];
  IF v_ids IS NOT NULL AND cardinality(v_ids) > 0 THEN
    PERFORM set_config('workout_dw.carry_ids', '', true);
    PERFORM workout_dw_carry(ARRAY(SELECT DISTINCT i FROM unnest(v_ids) i ORDER BY 1));
  END IF;
  v_users := coalesce(nullif(current_setting('workout_dw.plan_users', true), '')::text[], '{}');
  v_key_users := coalesce(nullif(current_setting('workout_dw.plan_key_users', true), '')::text[], '{}');
  v_keys := coalesce(nullif(current_setting('workout_dw.plan_keys', true), '')::text[], '{}');
  IF cardinality(v_users) = 0 AND cardinality(v_key_users) = 0 THEN RETURN NULL; END IF;
  PERFORM set_config('workout_dw.plan_users', '', true);
  PERFORM set_config('workout_dw.plan_key_users', '', true);
  PERFORM set_config('workout_dw.plan_keys', '', true);
  -- Every user's plan lock at once, in order (then the rebuilds' own are held).
  PERFORM workout_dw_lock(ARRAY(SELECT DISTINCT 'plan ' || u FROM unnest(v_users || v_key_users) u));
  IF cardinality(v_users) > 0 THEN
    PERFORM workout_dw_plans(ARRAY(SELECT DISTINCT u FROM unnest(v_users) u ORDER BY 1));
  END IF;
  v_keys := ARRAY(SELECT DISTINCT k FROM unnest(v_key_users, v_keys) AS x(u, k) WHERE u <> ALL(v_users) ORDER BY 1);
  IF cardinality(v_keys) > 0 THEN
    PERFORM workout_dw_plans(ARRAY(SELECT DISTINCT u FROM unnest(v_key_users) u WHERE u <> ALL(v_users) ORDER BY 1), v_keys);
  END IF;
  RETURN NULL;
END
$fn$;

-- The old app edited a mirror (p_ids: Workout ids, only mirrors are taken):
-- the session takes its name, notes, duration and date, and, where the
-- mirror's rows no longer describe its sets, its sets that the old model
-- holds are replaced by the rows' sets (`sets` = N gives N sets); warm-ups,
-- cardio and sets with RPE the mirror never showed stay.
CREATE FUNCTION workout_dw_reverse(p_ids text[]) RETURNS void LANGUAGE plpgsql VOLATILE
  SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  v_now timestamp(3) := (now() AT TIME ZONE 'UTC')::timestamp(3);
  v_pfx text;
  r record;
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  FOR r IN
    SELECT w.id, w."userId" AS user_id, w.name, w.date, w.notes, w.duration
      FROM "Workout" w JOIN "WorkoutSession" s ON s.id = w.id AND s."userId" = w."userId"
     WHERE w.id = ANY(p_ids) AND $NATIVE_S ORDER BY w.id
  LOOP
    PERFORM workout_dw_lock(ARRAY[r.id]);
    UPDATE "WorkoutSession" s
       SET name = r.name, notes = r.notes, "durationMinutes" = r.duration,
           "scheduledAt" = CASE WHEN s."startedAt" IS NULL AND s."scheduledAt" IS NOT NULL THEN r.date ELSE s."scheduledAt" END,
           "startedAt" = CASE WHEN s."startedAt" IS NULL AND s."scheduledAt" IS NOT NULL THEN NULL ELSE r.date END,
           "updatedAt" = v_now
     WHERE s.id = r.id AND s."userId" = r.user_id
       AND (s.name, s.notes, s."durationMinutes", $MIRROR_DATE) IS DISTINCT FROM (r.name, r.notes, r.duration, r.date);
    IF (SELECT $SESSION_PRINT FROM "WorkoutSession" s WHERE s.id = r.id)
       IS DISTINCT FROM (SELECT $MIRROR_PRINT FROM "Workout" w WHERE w.id = r.id) THEN
      v_pfx := workout_dw_prefix();
      DELETE FROM "WorkoutLog" l WHERE l."sessionId" = r.id AND l."userId" = r.user_id AND $MIRRORABLE;
      INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, notes,
                                "createdAt", "updatedAt")
      SELECT 'c' || v_pfx || lpad(to_hex(row_number() OVER (ORDER BY e."order", e.id, n)), 8, '0'),
             r.user_id, r.id, e."exerciseId", r.date,
             coalesce((SELECT max(k."setNumber") FROM "WorkoutLog" k WHERE k."sessionId" = r.id AND k."exerciseId" = e."exerciseId"), 0)
               + row_number() OVER (PARTITION BY e."exerciseId" ORDER BY e."order", e.id, n),
             e.reps, e.weight, e.notes, v_now, v_now
        FROM (SELECT we.* FROM "WorkoutExercise" we LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
               WHERE we."workoutId" = r.id AND $VALID) e
        CROSS JOIN LATERAL generate_series(1, e.sets) AS n;
    END IF;
  END LOOP;
END
$fn$;

CREATE FUNCTION workout_dw_on_workout() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids text[];
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  v_ids := ARRAY(SELECT id FROM new_rows);
  PERFORM workout_dw_carry_later(v_ids);
  IF TG_OP = 'UPDATE' THEN
    PERFORM workout_dw_reverse(v_ids);
    PERFORM workout_dw_plans_touch(array_agg(x."userId"), array_agg(x.name), array_agg(x.date), array_agg(x.id), false)
       FROM (SELECT "userId", name, date, id FROM new_rows UNION ALL SELECT "userId", name, date, id FROM old_rows) x;
  ELSE
    PERFORM workout_dw_plans_touch(array_agg("userId"), array_agg(name), array_agg(date), array_agg(id), false)
       FROM new_rows;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION workout_dw_on_workout_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
  PERFORM workout_dw_lock(ARRAY[OLD.id]);
  DELETE FROM "WorkoutSession" s
   WHERE s."userId" = OLD."userId" AND (s."legacyWorkoutId" = OLD.id OR (s.id = OLD.id AND $NATIVE_S));
  RETURN OLD;
END
$fn$;

-- After a delete of legacy workouts: their users' imported plans, where
-- a deleted workout was the most recent or the first of its name.
CREATE FUNCTION workout_dw_on_workout_deleted() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  PERFORM workout_dw_plans_touch(array_agg("userId"), array_agg(name), array_agg(date), array_agg(id), false)
     FROM old_rows;
  RETURN NULL;
END
$fn$;

-- A workout already noted for the carry in this transaction (its own
-- INSERT or UPDATE, or an earlier statement on its rows: the old app's
-- nested create is the workout, then its rows) had its plan checked then,
-- and a rows-only change cannot make a plan change that check did not note:
-- whether it is the most recent or first of its name changes only by a
-- statement on "Workout", which notes that name itself. Its rows are not
-- checked again.
CREATE FUNCTION workout_dw_on_workout_exercise() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids text[];
  v_noted text[];
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    v_ids := ARRAY(SELECT DISTINCT "workoutId" FROM new_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    v_ids := ARRAY(SELECT "workoutId" FROM new_rows UNION SELECT "workoutId" FROM old_rows);
  ELSE
    v_ids := ARRAY(SELECT DISTINCT "workoutId" FROM old_rows);
  END IF;
  v_noted := coalesce(nullif(current_setting('workout_dw.carry_ids', true), '')::text[], '{}');
  PERFORM workout_dw_carry_later(v_ids);
  PERFORM workout_dw_reverse(v_ids);
  v_ids := ARRAY(SELECT i FROM unnest(v_ids) i WHERE i <> ALL(v_noted));
  IF cardinality(v_ids) > 0 THEN
    PERFORM workout_dw_plans_touch(array_agg(w."userId"), array_agg(w.name), array_agg(w.date), array_agg(w.id), true)
       FROM "Workout" w WHERE w.id = ANY(v_ids);
  END IF;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION workout_dw_on_session() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  IF TG_OP = 'DELETE' THEN
    -- A native session takes its mirror along; a migrated one its legacy workout.
    DELETE FROM "Workout" w USING old_rows o
     WHERE w."userId" = o."userId"
       AND ((w.id = o.id AND o."legacyWorkoutId" IS NULL AND o."legacyChecksum" IS NULL) OR w.id = o."legacyWorkoutId");
  ELSE
    PERFORM workout_dw_mirror(ARRAY(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION workout_dw_on_log() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids text[];
  v_mig text[];
  v_gone text[] := '{}';
  v_st timestamp(3)[];
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    v_ids := ARRAY(SELECT DISTINCT "sessionId" FROM new_rows WHERE "sessionId" IS NOT NULL);
  ELSIF TG_OP = 'UPDATE' THEN
    v_ids := ARRAY(SELECT "sessionId" FROM new_rows WHERE "sessionId" IS NOT NULL
                   UNION SELECT "sessionId" FROM old_rows WHERE "sessionId" IS NOT NULL);
  ELSE
    v_ids := ARRAY(SELECT DISTINCT "sessionId" FROM old_rows WHERE "sessionId" IS NOT NULL);
  END IF;
  -- A native session's sets make its mirror; a migrated session's sets
  -- written natively are mirrored into its legacy workout (the sets the
  -- carry wrote bear a run's stamp and are left alone).
  v_mig := ARRAY(SELECT s.id FROM "WorkoutSession" s WHERE s.id = ANY(v_ids) AND s."legacyWorkoutId" IS NOT NULL);
  v_ids := ARRAY(SELECT s.id FROM "WorkoutSession" s WHERE s.id = ANY(v_ids) AND $NATIVE_S);
  PERFORM workout_dw_mirror(v_ids);
  IF cardinality(v_mig) > 0 THEN
    v_st := ARRAY(SELECT "startedAt" FROM "LegacyMigrationRun" WHERE mode IN ('apply', 'dual-write'));
    IF TG_OP = 'INSERT' THEN
      v_mig := ARRAY(SELECT DISTINCT "sessionId" FROM new_rows WHERE "sessionId" = ANY(v_mig) AND "createdAt" <> ALL(v_st));
    ELSIF TG_OP = 'UPDATE' THEN
      v_mig := ARRAY(SELECT "sessionId" FROM new_rows WHERE "sessionId" = ANY(v_mig) AND "createdAt" <> ALL(v_st)
                     UNION SELECT "sessionId" FROM old_rows WHERE "sessionId" = ANY(v_mig) AND "createdAt" <> ALL(v_st));
      v_gone := ARRAY(SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                       WHERE n."sessionId" IS DISTINCT FROM o."sessionId");
    ELSE
      v_mig := ARRAY(SELECT DISTINCT "sessionId" FROM old_rows WHERE "sessionId" = ANY(v_mig) AND "createdAt" <> ALL(v_st));
      v_gone := ARRAY(SELECT id FROM old_rows);
    END IF;
    PERFORM workout_dw_mirror_migrated(v_mig, v_gone);
  END IF;
  RETURN NULL;
END
$fn$;

-- TRIGGERS
CREATE TRIGGER workout_dw_workout_insert AFTER INSERT ON "Workout"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout();
CREATE TRIGGER workout_dw_workout_update AFTER UPDATE ON "Workout"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout();
CREATE TRIGGER workout_dw_workout_delete BEFORE DELETE ON "Workout"
  FOR EACH ROW
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout_delete();
CREATE TRIGGER workout_dw_workout_deleted AFTER DELETE ON "Workout"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout_deleted();
CREATE TRIGGER workout_dw_workout_exercise_insert AFTER INSERT ON "WorkoutExercise"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout_exercise();
CREATE TRIGGER workout_dw_workout_exercise_update AFTER UPDATE ON "WorkoutExercise"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout_exercise();
CREATE TRIGGER workout_dw_workout_exercise_delete AFTER DELETE ON "WorkoutExercise"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_workout_exercise();
CREATE TRIGGER workout_dw_session_insert AFTER INSERT ON "WorkoutSession"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_session();
CREATE TRIGGER workout_dw_session_update AFTER UPDATE ON "WorkoutSession"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_session();
CREATE TRIGGER workout_dw_session_delete AFTER DELETE ON "WorkoutSession"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_session();
CREATE TRIGGER workout_dw_log_insert AFTER INSERT ON "WorkoutLog"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_log();
CREATE TRIGGER workout_dw_log_update AFTER UPDATE ON "WorkoutLog"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_log();
CREATE TRIGGER workout_dw_log_delete AFTER DELETE ON "WorkoutLog"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION workout_dw_on_log();
-- One deferred call per transaction, not one per written row (the old app's
-- nested create is six rows): the first row queues the event and sets a
-- transaction-local flag, the WHEN (evaluated as each row is queued: the
-- flag is read, then set) leaves the others out. workout_dw_on_commit
-- clears the flag as it starts, so a row written after it (or by it) queues
-- again; a rolled-back savepoint takes its queued event and its flag along.
CREATE CONSTRAINT TRIGGER workout_dw_workout_commit AFTER INSERT OR UPDATE OR DELETE ON "Workout"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (coalesce(current_setting('workout_dw.commit_queued', true), '') <> set_config('workout_dw.commit_queued', '1', true))
  EXECUTE FUNCTION workout_dw_on_commit();
CREATE CONSTRAINT TRIGGER workout_dw_workout_exercise_commit AFTER INSERT OR UPDATE OR DELETE ON "WorkoutExercise"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (coalesce(current_setting('workout_dw.commit_queued', true), '') <> set_config('workout_dw.commit_queued', '1', true))
  EXECUTE FUNCTION workout_dw_on_commit();
