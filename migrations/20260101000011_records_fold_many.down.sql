-- Back to migration 9's insert fold (functions only; the kept rows stay right).
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
