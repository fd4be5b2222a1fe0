-- Issue 16.1: personal records kept per (user, exercise) by the database
-- itself (docs/design/records.md), so `log prs` reads at most one row per
-- exercise whatever the history, and stays right whoever writes the sets
-- (workout, the web and mobile apps through Prisma, psql).
--
-- Each record kind is stored as r16's aggregate encodes it: an array whose
-- smallest value is the best record, ties to the earliest set:
--   heaviest, e1rm, volume, added, longest, distance: [-value, epoch]
--   pace (lower is better):                             [value, epoch]
--   mostReps: [-reps, -shown weight or 0, epoch, 1 when no weight is shown]
-- (epoch: the set's stored UTC instant in seconds; for the session volume
-- the session's first counting set). "sets" counts the sets that count (not
-- warm-ups); a row with 0 is kept as the lock of that (user, exercise).
CREATE TABLE "ExerciseRecord" (
    "userId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "sets" INTEGER NOT NULL DEFAULT 0,
    "heaviest" DOUBLE PRECISION[],
    "e1rm" DOUBLE PRECISION[],
    "mostReps" DOUBLE PRECISION[],
    "volume" DOUBLE PRECISION[],
    "added" DOUBLE PRECISION[],
    "longest" DOUBLE PRECISION[],
    "distance" DOUBLE PRECISION[],
    "pace" DOUBLE PRECISION[],

    CONSTRAINT "ExerciseRecord_pkey" PRIMARY KEY ("userId", "exerciseId")
);
CREATE INDEX "ExerciseRecord_exerciseId_idx" ON "ExerciseRecord"("exerciseId");
ALTER TABLE "ExerciseRecord" ADD CONSTRAINT "ExerciseRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExerciseRecord" ADD CONSTRAINT "ExerciseRecord_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A stored time zone as `workout` reads it (domain::profile::timezone_or_utc):
-- the zone when the server knows it, else UTC.
CREATE FUNCTION workout_tz(p_tz text) RETURNS text LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF p_tz IS NULL OR p_tz = '' THEN RETURN 'UTC'; END IF;
    PERFORM now() AT TIME ZONE p_tz;
    RETURN p_tz;
EXCEPTION WHEN OTHERS THEN
    RETURN 'UTC';
END
$fn$;

-- THE records of one user's exercise: the one copy of the rules
-- (domain::records::personal_records), which `db::records::records` (the
-- records a finishing session set, `db check`) and the triggers below call.
-- The sets that count are (not warm-ups), by the first argument that is set:
--   p_ids      only these sets (the insert trigger's new rows; the primary key);
--   p_only     only these sessions' sets (the sessionId index);
--   otherwise  the exercise's sets from p_from to p_to (the (userId, exerciseId,
--              date) index), without p_without's, only those without a
--              session when p_no_session.
-- (`(...) IS TRUE` keeps the user and exercise out of the index choice of
-- the first two: a session's or the new sets are found by their own key,
-- never by scanning the exercise's history, whatever the statistics say.)
-- The load is tracking::load_kg with the body weight in force on the set's
-- date; Epley over 1-10 reps in float8 as records::epley; holds and cardio
-- have no weight records; sets without a session count per local day (of
-- p_tz) for the session volume, summed in set order; ties to the earlier set.
-- No row when no set counts.
CREATE FUNCTION workout_records_of(p_user text, p_ex text, p_tz text, p_without text, p_only text[],
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

-- Locks the summary rows of the pairs (creating them first, so a row
-- exists to lock), in (userId, exerciseId) order so that writers of the
-- same exercises queue rather than deadlock. Pairs whose user or exercise
-- is gone (a cascade is deleting them) are left out.
CREATE FUNCTION workout_records_lock(p_users text[], p_exs text[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
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

-- Recomputes the pairs from their whole history (after locking them). The
-- update and delete triggers, the body weight, time zone and tracking type
-- triggers and very large inserts use it. (No JIT: the per-set body-weight
-- subplans put these queries over jit_above_cost at any size, and compiling
-- them cost more than running them: 5.3 s instead of 1.7 s at 300k sets.)
CREATE FUNCTION workout_records_recompute(p_users text[], p_exs text[]) RETURNS void LANGUAGE plpgsql VOLATILE
    SET jit = off AS $fn$
BEGIN
    PERFORM workout_records_lock(p_users, p_exs);
    UPDATE "ExerciseRecord" r
       SET "sets" = coalesce(c."sets", 0), heaviest = c.heaviest, e1rm = c.e1rm, "mostReps" = c."mostReps",
           volume = c.volume, added = c.added, longest = c.longest, distance = c.distance, pace = c.pace
      FROM unnest(p_users, p_exs) AS p(u, ex)
      JOIN "User" usr ON usr."id" = p.u
      LEFT JOIN LATERAL workout_records_of(p.u, p.ex, workout_tz(usr."timezone"), NULL, NULL, NULL, NULL, false, NULL) c ON true
     WHERE r."userId" = p.u AND r."exerciseId" = p.ex;
END
$fn$;

-- Inserted sets: folded into the summary (each kind replaced when the new
-- sets beat it, ties to the earlier set; a touched session's or day's volume
-- recomputed from that session's or day's sets), or, for a very large
-- insert (a backfill of more than 20,000 sets of one exercise), each pair
-- recomputed once.
CREATE FUNCTION workout_records_log_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE
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
CREATE TRIGGER "WorkoutLog_records_insert" AFTER INSERT ON "WorkoutLog"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_records_log_insert();

-- Updated or deleted sets: every touched pair (before and after) recomputed.
-- (An update that changes nothing the records count recomputes nothing.)
CREATE FUNCTION workout_records_log_change() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
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
CREATE TRIGGER "WorkoutLog_records_update" AFTER UPDATE ON "WorkoutLog"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_records_log_change();
CREATE TRIGGER "WorkoutLog_records_delete" AFTER DELETE ON "WorkoutLog"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_records_log_change();

-- The pairs of these users to recompute: every one (p_all: a time zone
-- changed), else their body-weight exercises (a body weight changed).
CREATE FUNCTION workout_records_users(p_users text[], p_all boolean) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    us text[];
    es text[];
BEGIN
    SELECT array_agg(r."userId" ORDER BY r."userId", r."exerciseId"), array_agg(r."exerciseId" ORDER BY r."userId", r."exerciseId")
      INTO us, es
      FROM "ExerciseRecord" r JOIN "Exercise" e ON e."id" = r."exerciseId"
     WHERE r."userId" = ANY (p_users)
       AND (p_all OR e."trackingType" IN ('BODYWEIGHT_REPS', 'ASSISTED_BODYWEIGHT'));
    IF us IS NOT NULL THEN PERFORM workout_records_recompute(us, es); END IF;
END
$fn$;

-- A body weight measured, changed or removed: the users' body-weight
-- exercises recomputed (their load is the body weight in force). After the
-- row trigger that keeps "User"."weight" the latest measurement.
CREATE FUNCTION workout_records_body_insert() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    PERFORM workout_records_users((SELECT array_agg(DISTINCT "userId") FROM new_rows), false);
    RETURN NULL;
END
$fn$;
CREATE FUNCTION workout_records_body_delete() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    PERFORM workout_records_users((SELECT array_agg(DISTINCT "userId") FROM old_rows), false);
    RETURN NULL;
END
$fn$;
CREATE FUNCTION workout_records_body_update() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    PERFORM workout_records_users((SELECT array_agg(DISTINCT u) FROM (SELECT "userId" AS u FROM old_rows
                                   UNION SELECT "userId" FROM new_rows) x), false);
    RETURN NULL;
END
$fn$;
CREATE TRIGGER "BodyMeasurement_records_insert" AFTER INSERT ON "BodyMeasurement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_records_body_insert();
CREATE TRIGGER "BodyMeasurement_records_update" AFTER UPDATE ON "BodyMeasurement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_records_body_update();
CREATE TRIGGER "BodyMeasurement_records_delete" AFTER DELETE ON "BodyMeasurement"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION workout_records_body_delete();

-- A profile weight (the body weight where no measurement is in force) or a
-- time zone (the local day of sets without a session) changed. A weight
-- written by the measurement trigger above (depth 1) is left to the
-- measurement's own statement trigger.
CREATE FUNCTION workout_records_user() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
    IF OLD."timezone" IS DISTINCT FROM NEW."timezone" THEN
        PERFORM workout_records_users(ARRAY[NEW."id"], true);
    ELSIF pg_trigger_depth() <= 1 THEN
        PERFORM workout_records_users(ARRAY[NEW."id"], false);
    END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER "User_records" AFTER UPDATE OF "weight", "timezone" ON "User"
    FOR EACH ROW WHEN (OLD."weight" IS DISTINCT FROM NEW."weight" OR OLD."timezone" IS DISTINCT FROM NEW."timezone")
    EXECUTE FUNCTION workout_records_user();

-- A tracking type changed: the exercise's rows of every user recomputed.
CREATE FUNCTION workout_records_exercise() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    us text[];
    es text[];
BEGIN
    SELECT array_agg(r."userId" ORDER BY r."userId"), array_agg(r."exerciseId" ORDER BY r."userId")
      INTO us, es FROM "ExerciseRecord" r WHERE r."exerciseId" = NEW."id";
    IF us IS NOT NULL THEN PERFORM workout_records_recompute(us, es); END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER "Exercise_records" AFTER UPDATE OF "trackingType" ON "Exercise"
    FOR EACH ROW WHEN (OLD."trackingType" IS DISTINCT FROM NEW."trackingType")
    EXECUTE FUNCTION workout_records_exercise();

-- The records of the sets already stored (without JIT, as above).
SET LOCAL jit = off;
INSERT INTO "ExerciseRecord" ("userId", "exerciseId", "sets", heaviest, e1rm, "mostReps", volume, added, longest, distance, pace)
SELECT p."userId", p."exerciseId", coalesce(c."sets", 0), c.heaviest, c.e1rm, c."mostReps", c.volume, c.added, c.longest, c.distance, c.pace
  FROM (SELECT DISTINCT "userId", "exerciseId" FROM "WorkoutLog") p
  JOIN "User" u ON u."id" = p."userId"
  LEFT JOIN LATERAL workout_records_of(p."userId", p."exerciseId", workout_tz(u."timezone"), NULL, NULL, NULL, NULL, false, NULL) c ON true;
