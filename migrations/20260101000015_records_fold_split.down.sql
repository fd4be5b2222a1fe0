-- Back to migration 14's workout_records_log_insert.
CREATE OR REPLACE FUNCTION workout_records_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
DECLARE
    p record;
    v_u text[] := '{}';
    v_ex text[] := '{}';
    v_tz text[] := '{}';
    v_slow boolean := false;
BEGIN
    -- The pairs (each user's zone by its primary key, users gone skipped),
    -- in (userId, exerciseId) order, all locked at once.
    FOR p IN
        WITH z AS MATERIALIZED (
            SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
              FROM (SELECT DISTINCT n."userId" AS "id" FROM new_rows n) x)
        SELECT n."userId" AS u, n."exerciseId" AS ex, z.tz,
               bool_and(n."sessionId" IS NULL OR n."setType" = 'WARMUP') AS no_sids,
               bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
          FROM new_rows n JOIN z ON z."id" = n."userId" AND z.tz IS NOT NULL
         GROUP BY 1, 2, 3 ORDER BY 1, 2
    LOOP
        v_u := v_u || p.u;
        v_ex := v_ex || p.ex;
        v_tz := v_tz || p.tz;
        v_slow := v_slow OR p.no_sids OR p.any_days;
    END LOOP;
    IF cardinality(v_u) = 0 THEN RETURN NULL; END IF;
    PERFORM workout_records_lock(v_u, v_ex);
    -- The pairs whose counted sets are all in sessions, in one statement
    -- (only_new: nothing else of the pair in those sessions; a session's
    -- sets are its user's, by their foreign key, so the probe is by
    -- session and exercise, on their unique index).
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
