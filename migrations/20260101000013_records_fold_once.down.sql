-- Back to migration 8's workout_records_lock and migration 11's
-- workout_records_log_insert.
CREATE OR REPLACE FUNCTION workout_records_lock(p_users text[], p_exs text[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    INSERT INTO "ExerciseRecord" ("userId", "exerciseId")
    SELECT p.u, p.ex FROM unnest(p_users, p_exs) AS p(u, ex)
     WHERE EXISTS (SELECT 1 FROM "User" WHERE "id" = p.u) AND EXISTS (SELECT 1 FROM "Exercise" WHERE "id" = p.ex)
     ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
    PERFORM 1 FROM "ExerciseRecord" r JOIN unnest(p_users, p_exs) AS p(u, ex) ON r."userId" = p.u AND r."exerciseId" = p.ex
     ORDER BY r."userId", r."exerciseId" FOR UPDATE OF r;
END
$fn$;

CREATE OR REPLACE FUNCTION workout_records_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
DECLARE
    p record;
    v_u text[] := '{}';
    v_ex text[] := '{}';
    v_slow boolean := false;
BEGIN
    -- The pairs (each user's zone by its primary key, users gone skipped),
    -- in (userId, exerciseId) order, all locked at once.
    FOR p IN
        WITH z AS MATERIALIZED (
            SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
              FROM (SELECT DISTINCT n."userId" AS "id" FROM new_rows n) x)
        SELECT n."userId" AS u, n."exerciseId" AS ex,
               bool_and(n."sessionId" IS NULL OR n."setType" = 'WARMUP') AS no_sids,
               bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
          FROM new_rows n JOIN z ON z."id" = n."userId" AND z.tz IS NOT NULL
         GROUP BY 1, 2 ORDER BY 1, 2
    LOOP
        v_u := v_u || p.u;
        v_ex := v_ex || p.ex;
        v_slow := v_slow OR p.no_sids OR p.any_days;
    END LOOP;
    IF cardinality(v_u) = 0 THEN RETURN NULL; END IF;
    PERFORM workout_records_lock(v_u, v_ex);
    -- The pairs whose counted sets are all in sessions, in one statement.
    WITH z AS MATERIALIZED (
        SELECT x."id", (SELECT workout_tz(u."timezone") FROM "User" u WHERE u."id" = x."id") AS tz
          FROM (SELECT DISTINCT n."userId" AS "id" FROM new_rows n) x),
    pr AS (
        SELECT n."userId" AS u, n."exerciseId" AS ex, z.tz, array_agg(n."id") AS ids,
               array_agg(DISTINCT n."sessionId") FILTER (WHERE n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP') AS sids,
               bool_or(n."sessionId" IS NULL AND n."setType" <> 'WARMUP') AS any_days
          FROM new_rows n JOIN z ON z."id" = n."userId" AND z.tz IS NOT NULL
         GROUP BY 1, 2, 3)
    UPDATE "ExerciseRecord" r
       SET "sets" = r."sets" + coalesce(c."sets", 0), heaviest = least(r.heaviest, c.heaviest),
           e1rm = least(r.e1rm, c.e1rm), "mostReps" = least(r."mostReps", c."mostReps"), volume = least(r.volume, o.volume),
           added = least(r.added, c.added), longest = least(r.longest, c.longest),
           distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
      FROM pr
      LEFT JOIN LATERAL workout_records_of(pr.u, pr.ex, pr.tz, NULL, NULL, NULL, NULL, false, pr.ids) c ON true
      LEFT JOIN LATERAL workout_records_of(pr.u, pr.ex, pr.tz, NULL, pr.sids, NULL, NULL, false, NULL) o ON true
     WHERE pr.sids IS NOT NULL AND NOT pr.any_days AND r."userId" = pr.u AND r."exerciseId" = pr.ex;
    IF NOT v_slow THEN RETURN NULL; END IF;
    -- The others, one by one, as migration 9 folds them.
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
        IF p.sids IS NULL OR p.days IS NOT NULL THEN
            PERFORM workout_records_apply(p.u, p.ex, p.tz, p.ids, p.sids, p.days, 0, NULL, NULL);
        END IF;
    END LOOP;
    RETURN NULL;
END
$fn$;
