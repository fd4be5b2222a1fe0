-- The plain-SQL anchor of `workout log import` (benches/import.sh,
-- benches/scale/export_import.sh): the same Strong file (the common
-- layout, pounds) loaded by hand into the same schema for the user :'uid',
-- in one transaction, the way a DBA would: psql's \copy into a staging
-- table, then set-based INSERT ... SELECT for the exercises (a name no
-- exercise the user sees has, ignoring case, becomes their own), the
-- sessions (one per date and workout name) and the sets (numbered per
-- session and exercise in file order, pounds to kg, W/D/F set types,
-- Rest Timer rows left out, what is there already skipped).
--
--   psql -v uid=USER_ID -f benches/import_baseline.sql < FILE
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE raw (
    ord bigserial, date text, workout text, duration text, exercise text, set_order text, weight text,
    reps text, distance text, seconds text, notes text, workout_notes text, rpe text
) ON COMMIT DROP;
\copy raw (date, workout, duration, exercise, set_order, weight, reps, distance, seconds, notes, workout_notes, rpe) FROM pstdin WITH (FORMAT csv, HEADER)
DELETE FROM raw WHERE set_order = 'Rest Timer';
INSERT INTO "Exercise" (id, name, "createdById", "createdAt", "updatedAt")
SELECT 'bx' || md5(:'uid' || n.name), n.name, :'uid', now(), now()
FROM (SELECT DISTINCT ON (lower(exercise)) exercise AS name FROM raw ORDER BY lower(exercise), ord) n
WHERE NOT EXISTS (SELECT 1 FROM "Exercise" e
                  WHERE lower(e.name) = lower(n.name) AND (e."createdById" IS NULL OR e."createdById" = :'uid'));
CREATE TEMP TABLE ex ON COMMIT DROP AS
SELECT DISTINCT ON (lower(e.name)) lower(e.name) AS lname, e.id FROM "Exercise" e
WHERE (e."createdById" IS NULL OR e."createdById" = :'uid') AND lower(e.name) IN (SELECT DISTINCT lower(exercise) FROM raw)
ORDER BY lower(e.name), e."createdById" NULLS LAST;
CREATE TEMP TABLE ses ON COMMIT DROP AS
SELECT 'bs' || md5(:'uid' || date || workout) AS id, date, workout, min(ord) AS first
FROM raw GROUP BY date, workout;
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "completedAt", "durationMinutes", "createdAt", "updatedAt")
SELECT s.id, :'uid', s.workout, 'COMPLETED', s.date::timestamp, s.date::timestamp + interval '1 hour', 60, now(), now()
FROM ses s
WHERE NOT EXISTS (SELECT 1 FROM "WorkoutSession" w WHERE w."userId" = :'uid' AND w.name = s.workout AND w."startedAt" = s.date::timestamp)
ORDER BY s.first;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "durationSeconds",
                          "distanceMeters", rpe, "isWarmup", "setType", notes, "createdAt", "updatedAt")
SELECT 'bl' || md5(:'uid' || r.ord), :'uid', s.id, x.id, r.date::timestamp,
       row_number() OVER (PARTITION BY s.id, x.id ORDER BY r.ord),
       nullif(r.reps, '')::numeric::int,
       nullif(round(r.weight::numeric * 0.45359237, 3)::float8, 0),
       nullif(nullif(r.seconds, '')::int, 0), nullif(nullif(r.distance, '')::float8, 0) * 1609.344,
       nullif(r.rpe, '')::float8, r.set_order = 'W',
       (CASE r.set_order WHEN 'W' THEN 'WARMUP' WHEN 'D' THEN 'DROP' WHEN 'F' THEN 'FAILURE' ELSE 'NORMAL' END)::"SetType",
       nullif(r.notes, ''), now(), now()
FROM raw r
JOIN ses s ON s.date = r.date AND s.workout = r.workout
JOIN ex x ON x.lname = lower(r.exercise)
ON CONFLICT DO NOTHING;
COMMIT;
