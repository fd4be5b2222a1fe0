-- Issue 17 (dual-write's cost) and every native insert of sets: the records
-- fold of an INSERT into WorkoutLog runs fewer and smaller statements for
-- the same rows kept. Functions only: no table, column or index changes
-- (nothing to mirror in prisma/schema.prisma); the down migration restores
-- migration 14's body.
--
-- The pairs are grouped and their summary rows locked in one statement (a
-- LATERAL FOR UPDATE per pair, the pairs in (userId, exerciseId) order, as
-- workout_records_lock locks them), instead of a grouping, then a call of
-- workout_records_lock; that function is called only when a pair has no
-- row yet (it makes it). The fold of the pairs whose counted sets in their
-- sessions are only the statement's new ones (a new session's sets, a
-- carried legacy workout's) is an UPDATE with one workout_records_of call
-- (the new sets); the others (sets added to a session that has sets of the
-- exercise) take a second UPDATE with the sessions' volumes, run only when
-- there are such pairs. The same values as before: the two statements
-- split migration 14's one by its `only_new` test (the second reads the
-- pairs still locked, so the test gives the same answer in both). A plan
-- with one call is half the size, and its executor start-up was most of
-- the fold's cost: a session of 19 sets, 0.4 ms less (docs/benchmarks.md,
-- "Stop 19").
CREATE OR REPLACE FUNCTION workout_records_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
DECLARE
    p record;
    v_u text[];
    v_ex text[];
    v_tz text[];
    v_slow boolean;
    v_fast bigint;
    v_locked bigint;
    v_n bigint;
BEGIN
    -- The pairs (each user's zone by its primary key, users gone skipped),
    -- in (userId, exerciseId) order, their summary rows locked in that order
    -- in the same statement (a pair without one: made, then locked, by
    -- workout_records_lock).
    SELECT array_agg(pp.u), array_agg(pp.ex), array_agg(pp.tz), bool_or(pp.no_sids OR pp.any_days),
           count(*) FILTER (WHERE NOT pp.no_sids AND NOT pp.any_days), count(l.ok)
      INTO v_u, v_ex, v_tz, v_slow, v_fast, v_locked
      FROM (WITH z AS MATERIALIZED (
                SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
                  FROM (SELECT DISTINCT n."userId" AS "id" FROM new_rows n) x)
            SELECT n."userId" AS u, n."exerciseId" AS ex, z.tz,
                   bool_and(n."sessionId" IS NULL OR n."setType" = 'WARMUP') AS no_sids,
                   bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
              FROM new_rows n JOIN z ON z."id" = n."userId" AND z.tz IS NOT NULL
             GROUP BY 1, 2, 3 ORDER BY 1, 2) pp
      LEFT JOIN LATERAL (SELECT true AS ok FROM "ExerciseRecord" r
                          WHERE r."userId" = pp.u AND r."exerciseId" = pp.ex FOR UPDATE OF r) l ON true;
    IF v_u IS NULL THEN RETURN NULL; END IF;
    IF v_locked < cardinality(v_u) THEN
        PERFORM workout_records_lock(v_u, v_ex);
    END IF;
    -- The pairs whose counted sets are all in sessions, in one statement
    -- (only_new: nothing else of the pair in those sessions; a session's
    -- sets are its user's, by their foreign key, so the probe is by
    -- session and exercise, on their unique index).
    IF v_fast > 0 THEN
        WITH pr AS (
            SELECT n."userId" AS u, n."exerciseId" AS ex, k.tz, array_agg(n."id") AS ids,
                   array_agg(DISTINCT n."sessionId") FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS sids,
                   count(*) FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS counted,
                   bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
              FROM new_rows n JOIN unnest(v_u, v_ex, v_tz) AS k(u, ex, tz) ON k.u = n."userId" AND k.ex = n."exerciseId"
             GROUP BY 1, 2, 3),
        q AS MATERIALIZED (
            SELECT pr.*, (SELECT count(*) FROM unnest(pr.sids) AS s(id) JOIN "WorkoutLog" l
                             ON l."sessionId" = s.id AND l."exerciseId" = pr.ex
                          WHERE l."setType" <> 'WARMUP') = pr.counted AS only_new
              FROM pr WHERE pr.sids IS NOT NULL AND NOT pr.any_days)
        UPDATE "ExerciseRecord" r
           SET "sets" = r."sets" + coalesce(c."sets", 0), heaviest = least(r.heaviest, c.heaviest),
               e1rm = least(r.e1rm, c.e1rm), "mostReps" = least(r."mostReps", c."mostReps"),
               volume = least(r.volume, c.volume),
               added = least(r.added, c.added), longest = least(r.longest, c.longest),
               distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
          FROM q
          LEFT JOIN LATERAL workout_records_of(q.u, q.ex, q.tz, NULL, NULL, NULL, NULL, false, q.ids) c ON true
         WHERE r."userId" = q.u AND r."exerciseId" = q.ex AND q.only_new;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        -- Pairs with sets in those sessions before: their sessions' volumes.
        IF v_n < v_fast THEN
            WITH pr AS (
                SELECT n."userId" AS u, n."exerciseId" AS ex, k.tz, array_agg(n."id") AS ids,
                       array_agg(DISTINCT n."sessionId") FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS sids,
                       count(*) FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS counted,
                       bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
                  FROM new_rows n JOIN unnest(v_u, v_ex, v_tz) AS k(u, ex, tz) ON k.u = n."userId" AND k.ex = n."exerciseId"
                 GROUP BY 1, 2, 3),
            q AS MATERIALIZED (
                SELECT pr.*, (SELECT count(*) FROM unnest(pr.sids) AS s(id) JOIN "WorkoutLog" l
                                 ON l."sessionId" = s.id AND l."exerciseId" = pr.ex
                              WHERE l."setType" <> 'WARMUP') = pr.counted AS only_new
                  FROM pr WHERE pr.sids IS NOT NULL AND NOT pr.any_days)
            UPDATE "ExerciseRecord" r
               SET "sets" = r."sets" + coalesce(c."sets", 0), heaviest = least(r.heaviest, c.heaviest),
                   e1rm = least(r.e1rm, c.e1rm), "mostReps" = least(r."mostReps", c."mostReps"),
                   volume = least(r.volume, o.volume),
                   added = least(r.added, c.added), longest = least(r.longest, c.longest),
                   distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
              FROM q
              LEFT JOIN LATERAL workout_records_of(q.u, q.ex, q.tz, NULL, NULL, NULL, NULL, false, q.ids) c ON true
              LEFT JOIN LATERAL (SELECT o1.volume FROM workout_records_of(q.u, q.ex, q.tz, NULL, q.sids, NULL, NULL, false, NULL) o1
                                  OFFSET 0) o ON true
             WHERE r."userId" = q.u AND r."exerciseId" = q.ex AND NOT q.only_new;
        END IF;
    END IF;
    IF NOT v_slow THEN RETURN NULL; END IF;
    -- The others, one by one, as migration 9 folds them.
    FOR p IN
        SELECT n."userId" AS u, n."exerciseId" AS ex, k.tz, array_agg(n."id") AS ids,
               array_agg(DISTINCT n."sessionId") FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS sids,
               array_agg(DISTINCT ((n."date" AT TIME ZONE 'UTC') AT TIME ZONE k.tz)::date)
                   FILTER (WHERE n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS days
          FROM new_rows n JOIN unnest(v_u, v_ex, v_tz) AS k(u, ex, tz) ON k.u = n."userId" AND k.ex = n."exerciseId"
         GROUP BY 1, 2, 3 ORDER BY 1, 2
    LOOP
        IF p.sids IS NULL OR p.days IS NOT NULL THEN
            PERFORM workout_records_apply(p.u, p.ex, p.tz, p.ids, p.sids, p.days, 0, NULL, NULL);
        END IF;
    END LOOP;
    RETURN NULL;
END
$fn$;
