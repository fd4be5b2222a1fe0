-- Issue 16 items 1-2: one set-load rule in SQL, and a records fold that
-- costs what a statement changes, not what the history holds
-- (docs/design/records.md "Migration 9"). Functions and triggers only: no
-- table, column or index changes (nothing to mirror in prisma/schema.prisma).

-- THE load of a set, in kg (tracking::load_kg), with the body weight in
-- force on its date (the latest measured weight on or before it, else the
-- profile's weight) for bodyweight and assisted exercises: the one copy
-- that migration 8's records, `db::records` (progress, stats) and
-- `db::logs` (every set read) use. A one-row set-returning SQL function, so
-- that the planner inlines it wherever it is called `CROSS JOIN LATERAL
-- workout_set_load(...)`. The body weight (written out three times here,
-- one rule) is looked up only for body-weight exercises, through
-- BodyMeasurement's (userId, date) index, and once per set: in the load it
-- sits in a subquery kept apart (`OFFSET 0`), so that the planner does not
-- copy the lookup into each use of it; a constant user (not a column) makes
-- the profile-weight lookup one InitPlan per query. (least: two finite
-- weights near the float8 maximum, which the schema allows, would overflow
-- their sum.)
CREATE FUNCTION workout_set_load(p_user text, p_date timestamp, p_tracking "TrackingType", p_weight float8)
RETURNS TABLE (body_kg float8, load float8) LANGUAGE sql STABLE ROWS 1 AS $fn$
    SELECT CASE WHEN p_tracking IN ('BODYWEIGHT_REPS', 'ASSISTED_BODYWEIGHT') THEN coalesce(
                  (SELECT b."weightKg" FROM "BodyMeasurement" b
                    WHERE b."userId" = p_user AND b."weightKg" IS NOT NULL AND b."date" <= p_date
                    ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1),
                  (SELECT u."weight" FROM "User" u WHERE u."id" = p_user)) END,
           CASE p_tracking
               WHEN 'BODYWEIGHT_REPS' THEN (
                   SELECT CASE WHEN q.kg IS NOT NULL THEN least(q.kg, 1e300::float8) + least(coalesce(p_weight, 0), 1e300::float8) END
                   FROM (SELECT coalesce(
                  (SELECT b."weightKg" FROM "BodyMeasurement" b
                    WHERE b."userId" = p_user AND b."weightKg" IS NOT NULL AND b."date" <= p_date
                    ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1),
                  (SELECT u."weight" FROM "User" u WHERE u."id" = p_user)) AS kg OFFSET 0) q)
               WHEN 'ASSISTED_BODYWEIGHT' THEN (
                   SELECT CASE WHEN q.kg IS NOT NULL THEN greatest(q.kg - coalesce(p_weight, 0), 0) END
                   FROM (SELECT coalesce(
                  (SELECT b."weightKg" FROM "BodyMeasurement" b
                    WHERE b."userId" = p_user AND b."weightKg" IS NOT NULL AND b."date" <= p_date
                    ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1),
                  (SELECT u."weight" FROM "User" u WHERE u."id" = p_user)) AS kg OFFSET 0) q)
               ELSE p_weight END
$fn$;

-- Migration 8's records of one exercise, the load now from
-- workout_set_load (the same expressions, so the same bits; every branch
-- keeps only p_user's sets, so the user is passed as the constant it is).
CREATE OR REPLACE FUNCTION workout_records_of(p_user text, p_ex text, p_tz text, p_without text, p_only text[],
                                   p_from timestamp, p_to timestamp, p_no_session boolean, p_ids text[])
RETURNS TABLE ("sets" bigint, heaviest float8[], e1rm float8[], "mostReps" float8[], volume float8[],
               added float8[], longest float8[], distance float8[], pace float8[])
LANGUAGE sql STABLE AS $fn$
    WITH x AS MATERIALIZED (
        SELECT coalesce(l."sessionId", 'day:' || ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE p_tz)::date::text) AS k,
               extract(epoch FROM l."date")::float8 AS t, l."date" AS d, l."setNumber" AS sn, l."id" AS id,
               l."reps" AS reps, l."weight" AS w, l."durationSeconds" AS dur, l."distanceMeters" AS dist,
               e."trackingType" IN ('DURATION', 'DISTANCE_DURATION') AS timed,
               CASE e."trackingType" WHEN 'BODYWEIGHT_REPS' THEN l."weight" WHEN 'ASSISTED_BODYWEIGHT' THEN -l."weight" END AS added,
               ld.load
        FROM "Exercise" e
        CROSS JOIN LATERAL (
            SELECT * FROM "WorkoutLog" l
             WHERE p_ids IS NULL AND p_only IS NULL AND l."userId" = p_user AND l."exerciseId" = p_ex
               AND l."date" >= coalesce(p_from, '-infinity'::timestamp) AND l."date" < coalesce(p_to, 'infinity'::timestamp)
               AND (p_without IS NULL OR l."sessionId" IS DISTINCT FROM p_without)
               AND (NOT p_no_session OR l."sessionId" IS NULL)
            UNION ALL
            SELECT * FROM "WorkoutLog" l
             WHERE p_ids IS NULL AND p_only IS NOT NULL AND l."sessionId" = ANY (p_only)
               AND (l."exerciseId" = p_ex AND l."userId" = p_user) IS TRUE
            UNION ALL
            SELECT * FROM "WorkoutLog" l
             WHERE p_ids IS NOT NULL AND l."id" = ANY (p_ids)
               AND (l."exerciseId" = p_ex AND l."userId" = p_user) IS TRUE) l
        CROSS JOIN LATERAL workout_set_load(p_user, l."date", e."trackingType", l."weight") ld
        WHERE e."id" = p_ex AND l."setType" <> 'WARMUP'),
    s AS (
        SELECT x.*, CASE WHEN x.reps = 1 THEN x.load
                         WHEN x.reps BETWEEN 2 AND 10 AND x.load > 1e308 THEN 'Infinity'::float8
                         WHEN x.reps BETWEEN 2 AND 10 THEN x.load * (1.0::float8 + x.reps::float8 / 30.0::float8) END AS e1,
               CASE WHEN x.load > 1e290 THEN 'Infinity'::float8 ELSE x.load * x.reps::float8 END AS lv
        FROM x),
    r AS (
        SELECT count(*) AS n,
               min(ARRAY[-load, t]) FILTER (WHERE reps >= 1 AND load IS NOT NULL AND NOT timed) AS heaviest,
               min(ARRAY[-e1, t]) FILTER (WHERE e1 IS NOT NULL AND NOT timed) AS e1rm,
               min(ARRAY[-reps::float8, -coalesce(coalesce(added, load), 0), t,
                         CASE WHEN coalesce(added, load) IS NULL THEN 1 ELSE 0 END])
                   FILTER (WHERE reps >= 1 AND NOT timed) AS "mostReps",
               min(ARRAY[-added, t]) FILTER (WHERE reps >= 1 AND added IS NOT NULL) AS added,
               min(ARRAY[-dur::float8, t]) FILTER (WHERE dur > 0) AS longest,
               min(ARRAY[-dist, t]) FILTER (WHERE dist > 0) AS distance,
               min(ARRAY[CASE WHEN dist > 1e-290 THEN dur::float8 / (dist / 1000.0::float8) ELSE 'Infinity'::float8 END, t])
                   FILTER (WHERE dur > 0 AND dist > 0) AS pace
        FROM s),
    v AS (
        SELECT min(ARRAY[-g.v, g.t]) FILTER (WHERE g.v > 0) AS volume
        FROM (SELECT sum(lv ORDER BY d, sn, id) AS v, min(t) AS t FROM s
              WHERE reps >= 1 AND load IS NOT NULL AND NOT timed
              GROUP BY k) g)
    SELECT r.n, r.heaviest, r.e1rm, r."mostReps", v.volume, r.added, r.longest, r.distance, r.pace
    FROM r, v WHERE r.n > 0
$fn$;

-- Folds sets into a locked summary row: the records of the sets `p_ids`
-- (as stored now, by primary key), the volumes of the sessions `p_sids`
-- and of the local days `p_days` (sets without a session) recomputed from
-- their sets and kept when they beat the record, and the count of the
-- sets that count changed by those of `p_ids` minus `p_gone`. Exact when
-- no set that holds a record lost value (an insert; a change or delete of
-- sets that hold none: workout_records_held). Costs the sets named, their
-- sessions' and days' sets: never the exercise's history.
CREATE FUNCTION workout_records_fold(p_user text, p_ex text, p_tz text, p_ids text[], p_sids text[], p_days date[],
                                     p_gone bigint) RETURNS void LANGUAGE plpgsql VOLATILE SET jit = off AS $fn$
DECLARE
    c record;
    v float8[];
    x float8[];
    d date;
BEGIN
    SELECT * INTO c FROM workout_records_of(p_user, p_ex, p_tz, NULL, NULL, NULL, NULL, false, coalesce(p_ids, '{}'));
    IF p_sids IS NOT NULL THEN
        SELECT o.volume INTO v FROM workout_records_of(p_user, p_ex, p_tz, NULL, p_sids, NULL, NULL, false, NULL) o;
    END IF;
    IF cardinality(p_days) > 8 THEN
        -- Many days (a backfill): one pass over the local days from the
        -- first to the last. The days between that the statement did not
        -- touch are in the record already (it is the best of every day's),
        -- so the best of the range is exact too, at the cost of one query
        -- instead of one (planned afresh) per day.
        SELECT o.volume INTO x FROM workout_records_of(p_user, p_ex, p_tz, NULL, NULL,
            ((SELECT min(d0) FROM unnest(p_days) d0)::timestamp AT TIME ZONE p_tz) AT TIME ZONE 'UTC',
            (((SELECT max(d0) FROM unnest(p_days) d0) + 1)::timestamp AT TIME ZONE p_tz) AT TIME ZONE 'UTC', true, NULL) o;
        v := least(v, x);
    ELSE
        FOREACH d IN ARRAY coalesce(p_days, '{}') LOOP
            SELECT o.volume INTO x FROM workout_records_of(p_user, p_ex, p_tz, NULL, NULL,
                (d::timestamp AT TIME ZONE p_tz) AT TIME ZONE 'UTC',
                ((d + 1)::timestamp AT TIME ZONE p_tz) AT TIME ZONE 'UTC', true, NULL) o;
            v := least(v, x);
        END LOOP;
    END IF;
    UPDATE "ExerciseRecord" r
       SET "sets" = r."sets" + coalesce(c."sets", 0) - p_gone, heaviest = least(r.heaviest, c.heaviest),
           e1rm = least(r.e1rm, c.e1rm), "mostReps" = least(r."mostReps", c."mostReps"), volume = least(r.volume, v),
           added = least(r.added, c.added), longest = least(r.longest, c.longest),
           distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
     WHERE r."userId" = p_user AND r."exerciseId" = p_ex;
END
$fn$;

-- Whether changing or deleting sets of a (locked) pair can lower one of its
-- records, so that only a recompute is exact: a set whose stored instant
-- (epoch) is a record's, or a session (local day) of the changed sets that
-- holds the session-volume record (it has a set at that record's instant).
-- A kept record names its set by that instant: a set at another instant
-- does not hold it, and removing or lowering it leaves the record as it
-- is. Also true when the pair has no row, or fewer sets than those gone
-- (a row out of step: recomputed). The volume's test is one lookup on
-- (userId, exerciseId, date).
CREATE FUNCTION workout_records_held(p_user text, p_ex text, p_tz text, p_epochs float8[], p_groups text[],
                                     p_gone bigint) RETURNS boolean LANGUAGE sql STABLE AS $fn$
    SELECT coalesce((
        SELECT r."sets" < p_gone
            OR ARRAY[r.heaviest[2], r.e1rm[2], r."mostReps"[3], r.added[2], r.longest[2], r.distance[2], r.pace[2],
                     r.volume[2]] && p_epochs
            OR EXISTS (SELECT 1 FROM "WorkoutLog" l
                        WHERE l."userId" = p_user AND l."exerciseId" = p_ex
                          AND l."date" BETWEEN (to_timestamp(r.volume[2] - 1) AT TIME ZONE 'UTC')
                                           AND (to_timestamp(r.volume[2] + 1) AT TIME ZONE 'UTC')
                          AND extract(epoch FROM l."date")::float8 = r.volume[2]
                          AND coalesce(l."sessionId", 'day:' || ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE p_tz)::date::text)
                              = ANY (p_groups))
          FROM "ExerciseRecord" r WHERE r."userId" = p_user AND r."exerciseId" = p_ex), true)
$fn$;

-- What a statement did to one pair, applied to its summary row (after
-- locking it): a recompute when a record may be lost, else the fold.
CREATE FUNCTION workout_records_apply(p_user text, p_ex text, p_tz text, p_ids text[], p_sids text[], p_days date[],
                                      p_gone bigint, p_epochs float8[], p_groups text[])
RETURNS void LANGUAGE plpgsql VOLATILE SET jit = off AS $fn$
BEGIN
    PERFORM workout_records_lock(ARRAY[p_user], ARRAY[p_ex]);
    IF p_epochs IS NOT NULL AND workout_records_held(p_user, p_ex, p_tz, p_epochs, p_groups, p_gone) THEN
        PERFORM workout_records_recompute(ARRAY[p_user], ARRAY[p_ex]);
    ELSE
        PERFORM workout_records_fold(p_user, p_ex, p_tz, p_ids, p_sids, p_days, p_gone);
    END IF;
END
$fn$;

-- Inserted sets, set-based: the new rows grouped once by (user, exercise)
-- (with each pair's sessions and local days; each user's zone by its
-- primary key, users gone skipped), then each pair, in
-- (userId, exerciseId) order, locked and folded. No pair is recomputed from
-- its history however many sets the statement inserts (migration 8
-- recomputed a pair above 20,000 new sets, and filtered the new rows once
-- per pair: quadratic in a multi-exercise backfill).
CREATE OR REPLACE FUNCTION workout_records_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
DECLARE
    p record;
BEGIN
    FOR p IN
        WITH z AS MATERIALIZED (
            SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
              FROM (SELECT DISTINCT n."userId" AS "id" FROM new_rows n) x)
        SELECT n."userId" AS u, n."exerciseId" AS ex, z.tz, array_agg(n."id") AS ids,
               array_agg(DISTINCT n."sessionId") FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS sids,
               array_agg(DISTINCT ((n."date" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date)
                   FILTER (WHERE n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS days
          FROM new_rows n JOIN z ON z."id" = n."userId" AND z.tz IS NOT NULL
         GROUP BY 1, 2, 3 ORDER BY 1, 2
    LOOP
        PERFORM workout_records_apply(p.u, p.ex, p.tz, p.ids, p.sids, p.days, 0, NULL, NULL);
    END LOOP;
    RETURN NULL;
END
$fn$;

-- Updated or deleted sets: per pair of the old and new versions of the
-- sets whose counted columns changed (a note or a timestamp edited costs
-- nothing), the summary is folded (the new versions in, the old ones'
-- count out) unless an old version may hold one of its records
-- (workout_records_held): only then is the pair recomputed from its
-- history. Migration 8 recomputed every touched pair.
CREATE OR REPLACE FUNCTION workout_records_log_change() RETURNS trigger LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
DECLARE
    p record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        FOR p IN
            WITH ch AS MATERIALIZED (
                SELECT coalesce(o."id", n."id") AS id
                  FROM old_rows o FULL JOIN new_rows n ON n."id" = o."id"
                 WHERE o."id" IS NULL OR n."id" IS NULL
                    OR (o."userId", o."exerciseId", o."sessionId", o."date", o."setNumber", o."reps", o."weight",
                        o."durationSeconds", o."distanceMeters", o."setType")
                       IS DISTINCT FROM
                       (n."userId", n."exerciseId", n."sessionId", n."date", n."setNumber", n."reps", n."weight",
                        n."durationSeconds", n."distanceMeters", n."setType")),
            a AS MATERIALIZED (
                SELECT true AS old, o."userId" AS u, o."exerciseId" AS ex, o."id", o."date", o."sessionId", o."setType"
                  FROM old_rows o WHERE o."id" IN (SELECT id FROM ch)
                UNION ALL
                SELECT false, n."userId", n."exerciseId", n."id", n."date", n."sessionId", n."setType"
                  FROM new_rows n WHERE n."id" IN (SELECT id FROM ch)),
            z AS MATERIALIZED (
                SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
                  FROM (SELECT DISTINCT a.u AS "id" FROM a) x)
            SELECT a.u, a.ex, z.tz,
                   coalesce(array_agg(a."id") FILTER (WHERE NOT a.old), '{}') AS ids,
                   array_agg(DISTINCT a."sessionId") FILTER (WHERE NOT a.old AND a."sessionId" IS NOT NULL AND a."setType" <> 'WARMUP') AS sids,
                   array_agg(DISTINCT ((a."date" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date)
                       FILTER (WHERE NOT a.old AND a."sessionId" IS NULL AND a."setType" <> 'WARMUP') AS days,
                   count(*) FILTER (WHERE a.old AND a."setType" <> 'WARMUP') AS gone,
                   coalesce(array_agg(extract(epoch FROM a."date")::float8) FILTER (WHERE a.old), '{}') AS epochs,
                   coalesce(array_agg(DISTINCT coalesce(a."sessionId", 'day:' || ((a."date" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date::text))
                       FILTER (WHERE a.old), '{}') AS groups
              FROM a JOIN z ON z."id" = a.u AND z.tz IS NOT NULL
             GROUP BY 1, 2, 3 ORDER BY 1, 2
        LOOP
            PERFORM workout_records_apply(p.u, p.ex, p.tz, p.ids, p.sids, p.days, p.gone, p.epochs, p.groups);
        END LOOP;
    ELSE
        FOR p IN
            WITH z AS MATERIALIZED (
                SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
                  FROM (SELECT DISTINCT o."userId" AS "id" FROM old_rows o) x)
            SELECT o."userId" AS u, o."exerciseId" AS ex, z.tz,
                   count(*) FILTER (WHERE o."setType" <> 'WARMUP') AS gone,
                   array_agg(extract(epoch FROM o."date")::float8) AS epochs,
                   array_agg(DISTINCT coalesce(o."sessionId", 'day:' || ((o."date" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date::text)) AS groups
              FROM old_rows o JOIN z ON z."id" = o."userId" AND z.tz IS NOT NULL
             GROUP BY 1, 2, 3 ORDER BY 1, 2
        LOOP
            PERFORM workout_records_apply(p.u, p.ex, p.tz, '{}', NULL, NULL, p.gone, p.epochs, p.groups);
        END LOOP;
    END IF;
    RETURN NULL;
END
$fn$;
