-- Back to migration 8's records functions (derived data only: the kept rows
-- stay right, migration 8's triggers keep them from here on).
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
               CASE e."trackingType"
                   -- (least: two finite weights near the float8 maximum, which
                   -- the schema allows, would overflow their sum)
                   WHEN 'BODYWEIGHT_REPS' THEN CASE WHEN bw.kg IS NOT NULL THEN least(bw.kg, 1e300::float8) + least(coalesce(l."weight", 0), 1e300::float8) END
                   WHEN 'ASSISTED_BODYWEIGHT' THEN CASE WHEN bw.kg IS NOT NULL THEN greatest(bw.kg - coalesce(l."weight", 0), 0) END
                   ELSE l."weight" END AS load
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
        CROSS JOIN LATERAL (SELECT CASE WHEN e."trackingType" IN ('BODYWEIGHT_REPS', 'ASSISTED_BODYWEIGHT') THEN coalesce(
            (SELECT b."weightKg" FROM "BodyMeasurement" b
              WHERE b."userId" = l."userId" AND b."weightKg" IS NOT NULL AND b."date" <= l."date"
              ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1),
            (SELECT u."weight" FROM "User" u WHERE u."id" = l."userId")) END AS kg) bw
        WHERE e."id" = p_ex AND l."setType" <> 'WARMUP'),
    s AS (
        -- Overflow of float8 arithmetic is an error in PostgreSQL (infinity
        -- in Rust): a weight the schema allows (any finite one) must not
        -- make a set's insert fail, so products that could overflow are
        -- taken as infinity, and a pace over a vanishing distance too.
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

CREATE OR REPLACE FUNCTION workout_records_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
DECLARE
    p record;
    c record;
    v float8[];
    x float8[];
    k record;
    tz text;
    sids text[];
BEGIN
    FOR p IN SELECT n."userId" AS u, n."exerciseId" AS ex, count(*) AS cnt, array_agg(n."id") AS ids
               FROM new_rows n GROUP BY 1, 2 ORDER BY 1, 2 LOOP
        IF p.cnt > 20000 THEN
            PERFORM workout_records_recompute(ARRAY[p.u], ARRAY[p.ex]);
            CONTINUE;
        END IF;
        PERFORM workout_records_lock(ARRAY[p.u], ARRAY[p.ex]);
        SELECT workout_tz(u."timezone") INTO tz FROM "User" u WHERE u."id" = p.u;
        IF tz IS NULL THEN CONTINUE; END IF;
        SELECT * INTO c FROM workout_records_of(p.u, p.ex, tz, NULL, NULL, NULL, NULL, false, p.ids);
        IF c."sets" IS NULL THEN CONTINUE; END IF;  -- only warm-ups
        -- The touched sessions' volumes (each session's sets: one call),
        -- then each touched local day's of the sets without a session.
        SELECT array_agg(DISTINCT n."sessionId") INTO sids FROM new_rows n
         WHERE n."id" = ANY (p.ids) AND n."sessionId" IS NOT NULL AND n."setType" <> 'WARMUP';
        v := NULL;
        IF sids IS NOT NULL THEN
            SELECT o.volume INTO v FROM workout_records_of(p.u, p.ex, tz, NULL, sids, NULL, NULL, false, NULL) o;
        END IF;
        FOR k IN SELECT DISTINCT ((n."date" AT TIME ZONE 'UTC') AT TIME ZONE tz)::date AS day
                   FROM new_rows n WHERE n."id" = ANY (p.ids) AND n."sessionId" IS NULL AND n."setType" <> 'WARMUP' LOOP
            SELECT o.volume INTO x FROM workout_records_of(p.u, p.ex, tz, NULL, NULL,
                (k.day::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC',
                ((k.day + 1)::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC', true, NULL) o;
            v := least(v, x);
        END LOOP;
        UPDATE "ExerciseRecord" r
           SET "sets" = r."sets" + c."sets", heaviest = least(r.heaviest, c.heaviest), e1rm = least(r.e1rm, c.e1rm),
               "mostReps" = least(r."mostReps", c."mostReps"), volume = least(r.volume, v),
               added = least(r.added, c.added), longest = least(r.longest, c.longest),
               distance = least(r.distance, c.distance), pace = least(r.pace, c.pace)
         WHERE r."userId" = p.u AND r."exerciseId" = p.ex;
    END LOOP;
    RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION workout_records_log_change() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    us text[];
    es text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- Only sets whose counted columns changed (a note or a timestamp
        -- edited costs nothing).
        WITH ch AS (
            SELECT o."userId" AS ou, o."exerciseId" AS oe, n."userId" AS nu, n."exerciseId" AS ne
              FROM old_rows o FULL JOIN new_rows n ON n."id" = o."id"
             WHERE o."id" IS NULL OR n."id" IS NULL
                OR (o."userId", o."exerciseId", o."sessionId", o."date", o."setNumber", o."reps", o."weight",
                    o."durationSeconds", o."distanceMeters", o."setType")
                   IS DISTINCT FROM
                   (n."userId", n."exerciseId", n."sessionId", n."date", n."setNumber", n."reps", n."weight",
                    n."durationSeconds", n."distanceMeters", n."setType"))
        SELECT array_agg(u ORDER BY u, ex), array_agg(ex ORDER BY u, ex) INTO us, es FROM (
            SELECT ou AS u, oe AS ex FROM ch WHERE ou IS NOT NULL
            UNION SELECT nu, ne FROM ch WHERE nu IS NOT NULL) p;
    ELSE
        SELECT array_agg(u ORDER BY u, ex), array_agg(ex ORDER BY u, ex) INTO us, es FROM (
            SELECT DISTINCT o."userId" AS u, o."exerciseId" AS ex FROM old_rows o) p;
    END IF;
    IF us IS NOT NULL THEN PERFORM workout_records_recompute(us, es); END IF;
    RETURN NULL;
END
$fn$;

DROP FUNCTION IF EXISTS workout_records_apply(text, text, text, text[], text[], date[], bigint, float8[], text[]);
DROP FUNCTION IF EXISTS workout_records_held(text, text, text, float8[], text[], bigint);
DROP FUNCTION IF EXISTS workout_records_fold(text, text, text, text[], text[], date[], bigint);
DROP FUNCTION IF EXISTS workout_set_load(text, timestamp, "TrackingType", float8);
