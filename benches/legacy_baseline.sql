-- The plain-SQL baseline of the legacy migration benchmark
-- (benches/legacy_migration.sh): the same mapping `workout migrate legacy`
-- does (data-model.md, "Legacy migration"), as one transaction of
-- INSERT ... SELECT statements with no batches, no resumability, no
-- report, no conflict detection. Same ids scheme, same checksum, same
-- muscle-group synonyms (copied from src/legacy/muscle.rs), so both runs
-- write the same rows; tests/it/legacy.rs checks that on hand-made data.
--
--   psql -X -v ON_ERROR_STOP=1 URL -f benches/legacy_baseline.sql

BEGIN;

CREATE TEMP TABLE bl_map (key text, grp text);
INSERT INTO bl_map VALUES
  ('abdominals', 'ABDOMINALS'),
  ('abdominal', 'ABDOMINALS'),
  ('abs', 'ABDOMINALS'),
  ('ab', 'ABDOMINALS'),
  ('core', 'ABDOMINALS'),
  ('obliques', 'ABDOMINALS'),
  ('abductors', 'ABDUCTORS'),
  ('abductor', 'ABDUCTORS'),
  ('hip abductors', 'ABDUCTORS'),
  ('adductors', 'ADDUCTORS'),
  ('adductor', 'ADDUCTORS'),
  ('hip adductors', 'ADDUCTORS'),
  ('biceps', 'BICEPS'),
  ('bicep', 'BICEPS'),
  ('bis', 'BICEPS'),
  ('calves', 'CALVES'),
  ('calf', 'CALVES'),
  ('chest', 'CHEST'),
  ('pecs', 'CHEST'),
  ('pec', 'CHEST'),
  ('pectorals', 'CHEST'),
  ('pectoral', 'CHEST'),
  ('forearms', 'FOREARMS'),
  ('forearm', 'FOREARMS'),
  ('grip', 'FOREARMS'),
  ('glutes', 'GLUTES'),
  ('glute', 'GLUTES'),
  ('gluteus', 'GLUTES'),
  ('butt', 'GLUTES'),
  ('hamstrings', 'HAMSTRINGS'),
  ('hamstring', 'HAMSTRINGS'),
  ('hams', 'HAMSTRINGS'),
  ('lats', 'LATS'),
  ('lat', 'LATS'),
  ('latissimus', 'LATS'),
  ('latissimus dorsi', 'LATS'),
  ('lower back', 'LOWER_BACK'),
  ('lowerback', 'LOWER_BACK'),
  ('erectors', 'LOWER_BACK'),
  ('spinal erectors', 'LOWER_BACK'),
  ('middle back', 'MIDDLE_BACK'),
  ('mid back', 'MIDDLE_BACK'),
  ('upper back', 'MIDDLE_BACK'),
  ('rhomboids', 'MIDDLE_BACK'),
  ('neck', 'NECK'),
  ('quadriceps', 'QUADRICEPS'),
  ('quads', 'QUADRICEPS'),
  ('quad', 'QUADRICEPS'),
  ('shoulders', 'SHOULDERS'),
  ('shoulder', 'SHOULDERS'),
  ('delts', 'SHOULDERS'),
  ('delt', 'SHOULDERS'),
  ('deltoids', 'SHOULDERS'),
  ('deltoid', 'SHOULDERS'),
  ('traps', 'TRAPS'),
  ('trap', 'TRAPS'),
  ('trapezius', 'TRAPS'),
  ('triceps', 'TRICEPS'),
  ('tricep', 'TRICEPS'),
  ('tris', 'TRICEPS');

-- One id prefix per statement, as workout does; the stamp of the run.
CREATE TEMP TABLE bl_p AS SELECT (now() AT TIME ZONE 'UTC')::timestamp(3) AS ts;

UPDATE "Exercise" e SET "primaryMuscleGroup" = m.grp::"MuscleGroup"
  FROM bl_map m
 WHERE e."primaryMuscleGroup" IS NULL
   AND m.key = lower(regexp_replace(btrim(e."muscleGroup", E' \t\r\n_-'), '[[:space:]_-]+', ' ', 'g'));

INSERT INTO "WorkoutSession" (id, "userId", name, status, "scheduledAt", "startedAt", "completedAt",
                              "durationMinutes", notes, "legacyWorkoutId", "legacyChecksum", "createdAt", "updatedAt")
SELECT 'c' || p.p || lpad(to_hex(row_number() OVER ()), 8, '0'), w."userId", w.name, 'COMPLETED', w.date, w.date,
       w.date + make_interval(mins => coalesce(w.duration, 0)), w.duration, w.notes, w.id,
       md5(ROW(w."userId", w.name, w.date, w.notes, w.duration)::text || '|' || coalesce(c.content, '')),
       p.ts, p.ts
  FROM "Workout" w
  LEFT JOIN (SELECT we."workoutId" AS workout_id,
                    string_agg(ROW(we.id, we."exerciseId", e.id IS NOT NULL, we.sets, we.reps, we.weight, we.notes, we."order")::text,
                               ',' ORDER BY we."order", we.id) AS content
               FROM "WorkoutExercise" we LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
              GROUP BY we."workoutId") c ON c.workout_id = w.id
 CROSS JOIN (SELECT substr(md5(random()::text), 1, 16) AS p, ts FROM bl_p) p;

INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, notes,
                          "legacyWorkoutExerciseId", "createdAt", "updatedAt")
SELECT 'c' || p.p || lpad(to_hex(row_number() OVER ()), 8, '0'), w."userId", s.id, we."exerciseId", w.date, n,
       we.reps, we.weight, we.notes, we.id, p.ts, p.ts
  FROM "WorkoutExercise" we
  JOIN "Workout" w ON w.id = we."workoutId"
  JOIN "WorkoutSession" s ON s."legacyWorkoutId" = w.id
  LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
 CROSS JOIN LATERAL generate_series(1, we.sets) AS n
 CROSS JOIN (SELECT substr(md5(random()::text), 1, 16) AS p, ts FROM bl_p) p
 WHERE e.id IS NOT NULL AND we.sets >= 1 AND we.reps >= 0
   AND (we.weight IS NULL OR (we.weight >= 0 AND we.weight < 'Infinity'::float8));

-- The "Imported workouts" plan per user: a day per workout name (trimmed,
-- case-insensitive), copied from its most recent workout.
CREATE TEMP TABLE bl_pd AS
SELECT r.user_id, r.key, btrim(r.name) AS name, r.id AS recent_id,
       row_number() OVER (PARTITION BY r.user_id ORDER BY f.first_date, r.key) AS position,
       'c' || p.p || lpad(to_hex(row_number() OVER (ORDER BY r.user_id, r.key)), 8, '0') AS day_id
  FROM (SELECT DISTINCT ON (w."userId", lower(btrim(w.name))) w."userId" AS user_id, lower(btrim(w.name)) AS key, w.name, w.id
          FROM "Workout" w ORDER BY w."userId", lower(btrim(w.name)), w.date DESC, w.id DESC) r
  JOIN (SELECT w."userId" AS user_id, lower(btrim(w.name)) AS key, min(w.date) AS first_date
          FROM "Workout" w GROUP BY 1, 2) f USING (user_id, key)
 CROSS JOIN (SELECT substr(md5(random()::text), 1, 16) AS p) p;

CREATE TEMP TABLE bl_pp AS
SELECT u.user_id, 'c' || p.p || lpad(to_hex(row_number() OVER (ORDER BY u.user_id)), 8, '0') AS plan_id
  FROM (SELECT DISTINCT user_id FROM bl_pd) u
 CROSS JOIN (SELECT substr(md5(random()::text), 1, 16) AS p) p;

INSERT INTO "TrainingPlan" (id, "userId", name, description, status, "isLegacyImport", "createdAt", "updatedAt")
SELECT x.plan_id, x.user_id,
       CASE WHEN EXISTS (SELECT 1 FROM "TrainingPlan" t WHERE t."userId" = x.user_id AND t.name = 'Imported workouts')
            THEN 'Imported workouts (legacy)' ELSE 'Imported workouts' END,
       'Made by workout migrate legacy: one day per workout name of the first app, copied from its most recent workout.',
       'ARCHIVED', true, p.ts, p.ts
  FROM bl_pp x CROSS JOIN bl_p p;

INSERT INTO "PlanDay" (id, "trainingPlanId", name, position, weekdays)
SELECT d.day_id, x.plan_id, d.name, d.position, '{}' FROM bl_pd d JOIN bl_pp x USING (user_id);

INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "targetRepsMin", "targetRepsMax",
                            "targetWeight", notes)
SELECT 'c' || p.p || lpad(to_hex(row_number() OVER (ORDER BY d.day_id, we."order", we.id)), 8, '0'), d.day_id, we."exerciseId",
       row_number() OVER (PARTITION BY d.day_id ORDER BY we."order", we.id), we.sets, we.reps, we.reps, we.weight, we.notes
  FROM bl_pd d
  JOIN "WorkoutExercise" we ON we."workoutId" = d.recent_id
  LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
 CROSS JOIN (SELECT substr(md5(random()::text), 1, 16) AS p) p
 WHERE e.id IS NOT NULL AND we.sets >= 1 AND we.reps >= 0
   AND (we.weight IS NULL OR (we.weight >= 0 AND we.weight < 'Infinity'::float8));

COMMIT;
