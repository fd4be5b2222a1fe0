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
-- row yet (it makes it). Then one statement asks, for the pairs whose
-- counted sets are all in sessions, whether those sessions hold only the
-- statement's new sets of the pair (migration 14's `only_new`). When every
-- pair's do (a new session's sets, a carried legacy workout's: almost
-- every insert of several sets), the fold is an UPDATE with one
-- workout_records_of call (the new sets); otherwise (a set added to a
-- session that has sets of that exercise: `workout log add` during a
-- workout) it is migration 14's UPDATE as it was, which also reads those
-- sessions. The same values as before in both cases. Migration 14's one
-- UPDATE held both workout_records_of calls in its plan, and starting that
-- plan on every execution was most of the fold's cost: a session of 19
-- sets, about 0.4 ms less (docs/benchmarks.md, "Stop 19").

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
    v_all_new boolean;
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
    -- The pairs whose counted sets are all in sessions (v_fast of them):
    -- are those sessions' counted sets of the pair only the new ones
    -- (only_new; asked after the lock, so a concurrent writer's sets are
    -- seen once it has committed; a session's sets are its user's, by
    -- their foreign key, so the probe is by session and exercise, on their
    -- unique index)? When all are (a new session's sets, a carried legacy
    -- workout's), one UPDATE with one workout_records_of call (the new
    -- sets: their sessions' volumes among them); else migration 14's
    -- UPDATE, which reads the sessions of the others. The pairs stay locked
    -- between the two statements, so the answer holds for the second.
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
        SELECT bool_and(q.only_new) INTO v_all_new FROM q;
        IF v_all_new THEN
            WITH pr AS (
                SELECT n."userId" AS u, n."exerciseId" AS ex, k.tz, array_agg(n."id") AS ids,
                       array_agg(DISTINCT n."sessionId") FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS sids,
                       bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
                  FROM new_rows n JOIN unnest(v_u, v_ex, v_tz) AS k(u, ex, tz) ON k.u = n."userId" AND k.ex = n."exerciseId"
                 GROUP BY 1, 2, 3)
            UPDATE "ExerciseRecord" r
               SET "sets" = r."sets" + coalesce(c."sets", 0), heaviest = least(r.heaviest, c.heaviest),
                   e1rm = least(r.e1rm, c.e1rm), "mostReps" = least(r."mostReps", c."mostReps"),
                   volume = least(r.volume, c.volume),
                   added = least(r.added, c.added), longest = least(r.longest, c.longest),
                   distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
              FROM pr
              LEFT JOIN LATERAL workout_records_of(pr.u, pr.ex, pr.tz, NULL, NULL, NULL, NULL, false, pr.ids) c ON true
             WHERE r."userId" = pr.u AND r."exerciseId" = pr.ex AND pr.sids IS NOT NULL AND NOT pr.any_days;
        ELSE
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
                   volume = least(r.volume, CASE WHEN q.only_new THEN c.volume ELSE o.volume END),
                   added = least(r.added, c.added), longest = least(r.longest, c.longest),
                   distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
              FROM q
              LEFT JOIN LATERAL workout_records_of(q.u, q.ex, q.tz, NULL, NULL, NULL, NULL, false, q.ids) c ON true
              LEFT JOIN LATERAL (SELECT o1.volume FROM workout_records_of(q.u, q.ex, q.tz, NULL, q.sids, NULL, NULL, false, NULL) o1
                                  WHERE NOT q.only_new OFFSET 0) o ON true
             WHERE r."userId" = q.u AND r."exerciseId" = q.ex;
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
