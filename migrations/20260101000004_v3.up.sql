-- v3: the record as it was lifted (issue 11) and the rules every client is
-- held to (issue 12). prisma/schema.prisma is the same schema written as
-- Prisma; what Prisma cannot say (CHECKs, expression and partial unique
-- indexes, triggers) is listed in docs/design/schema-contract.md ("v3").
--
-- sqlx runs this file in one transaction (no `-- no-transaction` line): the
-- first block checks every existing row against the v3 rules and, if any
-- breaks one, raises ONE error listing each rule with the offending ids and
-- how to repair them, so nothing below has run and nothing is changed.

-- ---------------------------------------------------------------------------
-- 0. The rules, as data: the row CHECKs (added at the end) and the rules
--    between rows, each with the query that finds the rows breaking it.
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE v3_checks (tbl text NOT NULL, con text NOT NULL, expr text NOT NULL, fix text NOT NULL) ON COMMIT DROP;
INSERT INTO v3_checks (tbl, con, expr, fix) VALUES
-- "User": the v2 columns only (the v1 columns are the old app's).
('User', 'User_weight_check', '"weight" >= 0 AND "weight" < ''Infinity''', 'set "weight" to a body weight in kg, or NULL'),
('User', 'User_lastLogin_check', '"lastLogin" >= ''1900-01-01'' AND "lastLogin" < ''10000-01-01''', 'set "lastLogin" to a real time, or NULL'),
('TrainingPlan', 'TrainingPlan_startDate_check', '"startDate" >= ''1900-01-01'' AND "startDate" < ''10000-01-01''', 'set "startDate" to a date in 1900-9999, or NULL'),
('TrainingPlan', 'TrainingPlan_endDate_check', '"endDate" >= ''1900-01-01'' AND "endDate" < ''10000-01-01''', 'set "endDate" to a date in 1900-9999, or NULL'),
('TrainingPlan', 'TrainingPlan_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', 'set "createdAt" to a time in 1900-9999'),
('TrainingPlan', 'TrainingPlan_updatedAt_check', '"updatedAt" >= ''1900-01-01'' AND "updatedAt" < ''10000-01-01''', 'set "updatedAt" to a time in 1900-9999'),
('PlanDay', 'PlanDay_position_check', '"position" >= 1', 'number the plan''s days from 1'),
('PlanExercise', 'PlanExercise_position_check', '"position" >= 1', 'number the day''s exercises from 1'),
('PlanExercise', 'PlanExercise_targetSets_check', '"targetSets" >= 1', 'set "targetSets" to 1 or more'),
('PlanExercise', 'PlanExercise_targetRepsMin_check', '"targetRepsMin" >= 0', 'set "targetRepsMin" to 0 or more, or NULL'),
('PlanExercise', 'PlanExercise_targetRepsMax_check', '"targetRepsMax" >= 0', 'set "targetRepsMax" to 0 or more, or NULL'),
('PlanExercise', 'PlanExercise_targetReps_check', '"targetRepsMin" <= "targetRepsMax"', 'swap "targetRepsMin" and "targetRepsMax"'),
('PlanExercise', 'PlanExercise_targetWeight_check', '"targetWeight" >= 0 AND "targetWeight" < ''Infinity''', 'set "targetWeight" to a finite weight of 0 or more, or NULL'),
('PlanExercise', 'PlanExercise_targetRpe_check', '"targetRpe" >= 1 AND "targetRpe" <= 10', 'set "targetRpe" to 1-10, or NULL'),
('PlanExercise', 'PlanExercise_restSeconds_check', '"restSeconds" >= 0', 'set "restSeconds" to 0 or more, or NULL'),
('PlanExercise', 'PlanExercise_progressionKg_check', '"progressionKg" >= 0 AND "progressionKg" < ''Infinity''', 'set "progressionKg" to a finite step of 0 or more, or NULL'),
('WorkoutSession', 'WorkoutSession_durationMinutes_check', '"durationMinutes" >= 0', 'set "durationMinutes" to 0 or more, or NULL'),
('WorkoutSession', 'WorkoutSession_scheduledAt_check', '"scheduledAt" >= ''1900-01-01'' AND "scheduledAt" < ''10000-01-01''', 'set "scheduledAt" to a time in 1900-9999, or NULL'),
('WorkoutSession', 'WorkoutSession_startedAt_check', '"startedAt" >= ''1900-01-01'' AND "startedAt" < ''10000-01-01''', 'set "startedAt" to a time in 1900-9999, or NULL'),
('WorkoutSession', 'WorkoutSession_completedAt_check', '"completedAt" >= ''1900-01-01'' AND "completedAt" < ''10000-01-01''', 'set "completedAt" to a time in 1900-9999, or NULL'),
('WorkoutSession', 'WorkoutSession_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', 'set "createdAt" to a time in 1900-9999'),
('WorkoutSession', 'WorkoutSession_updatedAt_check', '"updatedAt" >= ''1900-01-01'' AND "updatedAt" < ''10000-01-01''', 'set "updatedAt" to a time in 1900-9999'),
('WorkoutLog', 'WorkoutLog_setNumber_check', '"setNumber" >= 1', 'number the sets from 1'),
('WorkoutLog', 'WorkoutLog_reps_check', '"reps" >= 0', 'set "reps" to 0 or more, or NULL'),
('WorkoutLog', 'WorkoutLog_weight_check', '"weight" >= 0 AND "weight" < ''Infinity''', 'set "weight" to a finite weight of 0 or more, or NULL'),
('WorkoutLog', 'WorkoutLog_durationSeconds_check', '"durationSeconds" >= 0', 'set "durationSeconds" to 0 or more, or NULL'),
('WorkoutLog', 'WorkoutLog_distanceMeters_check', '"distanceMeters" >= 0 AND "distanceMeters" < ''Infinity''', 'set "distanceMeters" to a finite distance of 0 or more, or NULL'),
('WorkoutLog', 'WorkoutLog_rpe_check', '"rpe" >= 1 AND "rpe" <= 10', 'set "rpe" to 1-10, or NULL'),
('WorkoutLog', 'WorkoutLog_date_check', '"date" >= ''1900-01-01'' AND "date" < ''10000-01-01''', 'set "date" to a time in 1900-9999'),
('WorkoutLog', 'WorkoutLog_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', 'set "createdAt" to a time in 1900-9999'),
('WorkoutLog', 'WorkoutLog_updatedAt_check', '"updatedAt" >= ''1900-01-01'' AND "updatedAt" < ''10000-01-01''', 'set "updatedAt" to a time in 1900-9999'),
('Reminder', 'Reminder_leadMinutes_check', '"leadMinutes" >= 0', 'set "leadMinutes" to 0 or more'),
('Reminder', 'Reminder_nextFireAt_check', '"nextFireAt" >= ''1900-01-01'' AND "nextFireAt" < ''10000-01-01''', 'set "nextFireAt" to a time in 1900-9999, or NULL'),
('Reminder', 'Reminder_lastFiredAt_check', '"lastFiredAt" >= ''1900-01-01'' AND "lastFiredAt" < ''10000-01-01''', 'set "lastFiredAt" to a time in 1900-9999, or NULL'),
('Reminder', 'Reminder_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', 'set "createdAt" to a time in 1900-9999'),
('Reminder', 'Reminder_updatedAt_check', '"updatedAt" >= ''1900-01-01'' AND "updatedAt" < ''10000-01-01''', 'set "updatedAt" to a time in 1900-9999'),
('ReminderDelivery', 'ReminderDelivery_occurrence_check', '"occurrence" >= ''1900-01-01'' AND "occurrence" < ''10000-01-01''', 'set "occurrence" to a time in 1900-9999'),
('ReminderDelivery', 'ReminderDelivery_deliveredAt_check', '"deliveredAt" >= ''1900-01-01'' AND "deliveredAt" < ''10000-01-01''', 'set "deliveredAt" to a time in 1900-9999'),
('LegacyMigrationRun', 'LegacyMigrationRun_startedAt_check', '"startedAt" >= ''1900-01-01'' AND "startedAt" < ''10000-01-01''', 'set "startedAt" to a time in 1900-9999'),
('LegacyMigrationRun', 'LegacyMigrationRun_finishedAt_check', '"finishedAt" >= ''1900-01-01'' AND "finishedAt" < ''10000-01-01''', 'set "finishedAt" to a time in 1900-9999, or NULL');

-- Rules between rows: a label, the query giving the ids that break it, the repair.
CREATE TEMP TABLE v3_rules (ord int NOT NULL, label text NOT NULL, query text NOT NULL, fix text NOT NULL) ON COMMIT DROP;
INSERT INTO v3_rules VALUES
(1, 'a set whose "userId" is not its session''s user ("WorkoutLog" ids)',
 'SELECT l.id FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId" WHERE s."userId" <> l."userId"',
 'UPDATE "WorkoutLog" l SET "userId" = s."userId" FROM "WorkoutSession" s WHERE s.id = l."sessionId" AND s."userId" <> l."userId" (or set its "sessionId" to NULL)'),
(2, 'a session whose plan is another user''s ("WorkoutSession" ids)',
 'SELECT s.id FROM "WorkoutSession" s JOIN "TrainingPlan" p ON p.id = s."trainingPlanId" WHERE p."userId" <> s."userId"',
 'set the session''s "trainingPlanId" and "planDayId" to NULL'),
(3, 'a session whose plan day is not of its plan, or another user''s ("WorkoutSession" ids)',
 'SELECT s.id FROM "WorkoutSession" s JOIN "PlanDay" d ON d.id = s."planDayId" JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" WHERE (s."trainingPlanId" IS NOT NULL AND d."trainingPlanId" <> s."trainingPlanId") OR p."userId" <> s."userId"',
 'set the session''s "planDayId" to NULL, or to a day of its own plan'),
(4, 'a reminder whose plan is another user''s ("Reminder" ids)',
 'SELECT r.id FROM "Reminder" r JOIN "TrainingPlan" p ON p.id = r."trainingPlanId" WHERE p."userId" <> r."userId"',
 'delete the reminder, or set its "userId" to the plan''s user'),
(5, 'a reminder whose session is another user''s ("Reminder" ids)',
 'SELECT r.id FROM "Reminder" r JOIN "WorkoutSession" s ON s.id = r."sessionId" WHERE s."userId" <> r."userId"',
 'delete the reminder, or set its "userId" to the session''s user'),
(7, 'a user''s own exercises whose names are equal ignoring case ("Exercise" ids)',
 'SELECT e.id FROM "Exercise" e WHERE e."createdById" IS NOT NULL AND EXISTS (SELECT 1 FROM "Exercise" o WHERE o."createdById" = e."createdById" AND o.id <> e.id AND lower(o.name) = lower(e.name))',
 'rename all but one of each name, or move their sets and plan entries to one and delete the others'),
(8, 'a user''s own exercise named like a shared one ignoring case ("Exercise" ids)',
 'SELECT e.id FROM "Exercise" e WHERE e."createdById" IS NOT NULL AND EXISTS (SELECT 1 FROM "Exercise" o WHERE o."createdById" IS NULL AND lower(o.name) = lower(e.name))',
 'rename the own exercise, or move its sets and plan entries ("exerciseId") to the shared one and delete it'),
(9, 'sets of one session and exercise with the same set number ("WorkoutLog" ids)',
 'SELECT l.id FROM "WorkoutLog" l WHERE l."sessionId" IS NOT NULL AND EXISTS (SELECT 1 FROM "WorkoutLog" o WHERE o."sessionId" = l."sessionId" AND o."exerciseId" = l."exerciseId" AND o."setNumber" = l."setNumber" AND o.id <> l.id)',
 'renumber them: UPDATE "WorkoutLog" SET "setNumber" = ... so that each session and exercise has 1..N'),
(10, 'plans of one user whose names are equal ignoring case ("TrainingPlan" ids)',
 'SELECT p.id FROM "TrainingPlan" p WHERE EXISTS (SELECT 1 FROM "TrainingPlan" o WHERE o."userId" = p."userId" AND o.id <> p.id AND lower(o.name) = lower(p.name))',
 'rename all but one of each name');

DO $$
DECLARE
    r record;
    n bigint;
    ids text;
    problems text := '';
    k int := 0;
BEGIN
    FOR r IN SELECT * FROM v3_checks ORDER BY tbl, con LOOP
        EXECUTE format('SELECT count(*), string_agg(id, '', '' ORDER BY id) FILTER (WHERE rn <= 10)
                          FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM %I WHERE NOT coalesce((%s), true)) x',
                       r.tbl, r.expr)
            INTO n, ids;
        IF n > 0 THEN
            k := k + 1;
            problems := problems || format(E'\n%s. %s row(s) of "%s" break %s (%s): %s%s\n   repair: %s',
                k, n, r.tbl, r.con, r.expr, ids, CASE WHEN n > 10 THEN format(', ... (%s more)', n - 10) ELSE '' END, r.fix);
        END IF;
    END LOOP;
    FOR r IN SELECT * FROM v3_rules ORDER BY ord LOOP
        EXECUTE format('SELECT count(*), string_agg(id, '', '' ORDER BY id) FILTER (WHERE rn <= 10)
                          FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM (%s) q) x', r.query)
            INTO n, ids;
        IF n > 0 THEN
            k := k + 1;
            problems := problems || format(E'\n%s. %s: %s row(s): %s%s\n   repair: %s',
                k, r.label, n, ids, CASE WHEN n > 10 THEN format(', ... (%s more)', n - 10) ELSE '' END, r.fix);
        END IF;
    END LOOP;
    IF k > 0 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'WV3RU',
            MESSAGE = format(E'the database has %s kind(s) of rows that break the v3 rules; nothing was changed. Repair them (docs/design/schema-contract.md, "Repairing rows that block v3") and run `workout migrate up` again:%s', k, problems);
    END IF;
END
$$;

-- ---------------------------------------------------------------------------
-- 1. Set types (issue 11.1)
-- ---------------------------------------------------------------------------

CREATE TYPE "SetType" AS ENUM ('NORMAL', 'WARMUP', 'DROP', 'FAILURE', 'AMRAP');
CREATE TYPE "TrackingType" AS ENUM ('WEIGHT_REPS', 'BODYWEIGHT_REPS', 'ASSISTED_BODYWEIGHT', 'REPS_ONLY', 'DURATION', 'DISTANCE_DURATION');

ALTER TABLE "WorkoutLog" ADD COLUMN "setType" "SetType" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN "supersetGroup" INTEGER;
-- "updatedAt" is left alone: the set itself did not change, only its encoding.
UPDATE "WorkoutLog" SET "setType" = 'WARMUP' WHERE "isWarmup";

-- Whoever writes: a writer that sets only "isWarmup" (an older app) gets the
-- matching "setType"; a writer that sets "setType" gets "isWarmup". Both set
-- and disagreeing is refused by WorkoutLog_isWarmup_setType_check.
CREATE FUNCTION "WorkoutLog_setType_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW."setType" = 'WARMUP' THEN
            NEW."isWarmup" := true;
        ELSIF NEW."isWarmup" AND NEW."setType" = 'NORMAL' THEN
            NEW."setType" := 'WARMUP';
        END IF;
    ELSIF NEW."setType" IS DISTINCT FROM OLD."setType" AND NEW."isWarmup" IS NOT DISTINCT FROM OLD."isWarmup" THEN
        NEW."isWarmup" := NEW."setType" = 'WARMUP';
    ELSIF NEW."isWarmup" IS DISTINCT FROM OLD."isWarmup" AND NEW."setType" IS NOT DISTINCT FROM OLD."setType" THEN
        NEW."setType" := CASE WHEN NEW."isWarmup" THEN 'WARMUP'::"SetType"
                              WHEN OLD."setType" = 'WARMUP' THEN 'NORMAL'::"SetType"
                              ELSE OLD."setType" END;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "WorkoutLog_setType_sync" BEFORE INSERT OR UPDATE ON "WorkoutLog"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutLog_setType_sync"();

-- ---------------------------------------------------------------------------
-- 2. Supersets (issue 11.2)
-- ---------------------------------------------------------------------------

ALTER TABLE "PlanExercise" ADD COLUMN "supersetGroup" INTEGER;

-- ---------------------------------------------------------------------------
-- 3. The day's targets, stored with the session (issue 11.3)
-- ---------------------------------------------------------------------------

CREATE TABLE "SessionExercise" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "planExerciseId" TEXT,
    "position" INTEGER NOT NULL,
    "targetSets" INTEGER NOT NULL,
    "targetRepsMin" INTEGER,
    "targetRepsMax" INTEGER,
    "targetWeight" DOUBLE PRECISION,
    "targetRpe" DOUBLE PRECISION,
    "restSeconds" INTEGER,
    "supersetGroup" INTEGER,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionExercise_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SessionExercise_sessionId_position_key" ON "SessionExercise"("sessionId", "position");
CREATE INDEX "SessionExercise_exerciseId_idx" ON "SessionExercise"("exerciseId");
CREATE INDEX "SessionExercise_planExerciseId_idx" ON "SessionExercise"("planExerciseId");
ALTER TABLE "SessionExercise" ADD CONSTRAINT "SessionExercise_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkoutSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionExercise" ADD CONSTRAINT "SessionExercise_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SessionExercise" ADD CONSTRAINT "SessionExercise_planExerciseId_fkey" FOREIGN KEY ("planExerciseId") REFERENCES "PlanExercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- 4. What a set measures (issue 11.4)
-- ---------------------------------------------------------------------------

ALTER TABLE "Exercise" ADD COLUMN "trackingType" "TrackingType" NOT NULL DEFAULT 'WEIGHT_REPS';
-- The catalog's rows as the catalog migration left them (its fixed `ccat` ids,
-- no owner, never updated): a row a user or `exercise import` changed keeps
-- the default. "updatedAt" is left alone so that the catalog's down
-- migration still knows these rows as untouched.
UPDATE "Exercise" SET "trackingType" = (CASE
        WHEN "name" ~* '\massisted\M' THEN 'ASSISTED_BODYWEIGHT'
        WHEN "category" = 'CARDIO' THEN 'DISTANCE_DURATION'
        WHEN "category" = 'STRETCHING' THEN 'DURATION'
        WHEN "force" = 'STATIC' AND ("equipment" = 'body only' OR "name" ~* '\m(plank|hold|isometric|wall sit)\M') THEN 'DURATION'
        WHEN "equipment" = 'body only' THEN 'BODYWEIGHT_REPS'
        ELSE 'WEIGHT_REPS' END)::"TrackingType"
 WHERE "id" LIKE 'ccat%' AND "createdById" IS NULL AND "updatedAt" = "createdAt";

-- ---------------------------------------------------------------------------
-- 5. Body measurements (issue 11.5)
-- ---------------------------------------------------------------------------

CREATE TABLE "BodyMeasurement" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "weightKg" DOUBLE PRECISION,
    "bodyFatPercent" DOUBLE PRECISION,
    "waistCm" DOUBLE PRECISION,
    "chestCm" DOUBLE PRECISION,
    "armCm" DOUBLE PRECISION,
    "thighCm" DOUBLE PRECISION,
    "hipsCm" DOUBLE PRECISION,
    "neckCm" DOUBLE PRECISION,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BodyMeasurement_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BodyMeasurement_userId_date_idx" ON "BodyMeasurement"("userId", "date");
ALTER TABLE "BodyMeasurement" ADD CONSTRAINT "BodyMeasurement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The history starts with today's profile weight: one measurement per user
-- who has one, dated when the profile last changed. Ids `cv3bm` + 20 hex of
-- the user's id (cuid-shaped, stable), which the down migration recognises.
INSERT INTO "BodyMeasurement" ("id", "userId", "date", "weightKg", "createdAt", "updatedAt")
SELECT 'cv3bm' || substr(md5(u."id"), 1, 20), u."id",
       CASE WHEN u."updatedAt" >= '1900-01-01' AND u."updatedAt" < '10000-01-01' THEN u."updatedAt"
            WHEN u."createdAt" >= '1900-01-01' AND u."createdAt" < '10000-01-01' THEN u."createdAt"
            ELSE date_trunc('milliseconds', now() AT TIME ZONE 'UTC') END,
       u."weight",
       date_trunc('milliseconds', now() AT TIME ZONE 'UTC'),
       date_trunc('milliseconds', now() AT TIME ZONE 'UTC')
  FROM "User" u WHERE u."weight" IS NOT NULL;

-- "User"."weight" is always the latest measured body weight, whoever writes
-- a measurement. A user with no measurement that has a weight keeps theirs.
CREATE FUNCTION "BodyMeasurement_user_weight"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u text;
BEGIN
    FOR u IN SELECT DISTINCT x FROM unnest(ARRAY[
                 CASE WHEN TG_OP <> 'DELETE' THEN NEW."userId" END,
                 CASE WHEN TG_OP <> 'INSERT' THEN OLD."userId" END]) AS x WHERE x IS NOT NULL LOOP
        UPDATE "User" usr SET "weight" = m."weightKg"
          FROM (SELECT b."weightKg" FROM "BodyMeasurement" b
                 WHERE b."userId" = u AND b."weightKg" IS NOT NULL
                 ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1) m
         WHERE usr."id" = u AND usr."weight" IS DISTINCT FROM m."weightKg";
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER "BodyMeasurement_user_weight" AFTER INSERT OR UPDATE OR DELETE ON "BodyMeasurement"
    FOR EACH ROW EXECUTE FUNCTION "BodyMeasurement_user_weight"();

-- ---------------------------------------------------------------------------
-- 7. One user all the way down (issue 12.1)
-- ---------------------------------------------------------------------------

-- Composite keys where the ON DELETE action allows it (CASCADE): a set's and
-- a reminder's user is their session's (and plan's) user.
CREATE UNIQUE INDEX "WorkoutSession_id_userId_key" ON "WorkoutSession"("id", "userId");
CREATE UNIQUE INDEX "TrainingPlan_id_userId_key" ON "TrainingPlan"("id", "userId");
ALTER TABLE "WorkoutLog" DROP CONSTRAINT "WorkoutLog_sessionId_fkey";
ALTER TABLE "WorkoutLog" ADD CONSTRAINT "WorkoutLog_sessionId_userId_fkey" FOREIGN KEY ("sessionId", "userId") REFERENCES "WorkoutSession"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_trainingPlanId_fkey";
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_trainingPlanId_userId_fkey" FOREIGN KEY ("trainingPlanId", "userId") REFERENCES "TrainingPlan"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_sessionId_fkey";
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_sessionId_userId_fkey" FOREIGN KEY ("sessionId", "userId") REFERENCES "WorkoutSession"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Constraint triggers where it does not: a session's plan and plan day are
-- SET NULL on delete, which a composite key would do to "userId" too. They
-- read the rows as they are when the statement ends (after every cascade)
-- and refuse only a link to a row that exists and is another user's or plan's.
CREATE FUNCTION "WorkoutSession_plan_owner"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s record;
    bad text;
BEGIN
    IF TG_TABLE_NAME = 'WorkoutSession' THEN
        SELECT x.id INTO bad FROM "WorkoutSession" x
          LEFT JOIN "TrainingPlan" p ON p.id = x."trainingPlanId"
          LEFT JOIN "PlanDay" d ON d.id = x."planDayId"
          LEFT JOIN "TrainingPlan" dp ON dp.id = d."trainingPlanId"
         WHERE x.id = NEW.id
           AND (p."userId" <> x."userId" OR dp."userId" <> x."userId"
                OR (p.id IS NOT NULL AND d."trainingPlanId" <> x."trainingPlanId"));
    ELSIF TG_TABLE_NAME = 'TrainingPlan' THEN
        SELECT x.id INTO bad FROM "WorkoutSession" x
          JOIN "TrainingPlan" p ON p.id = NEW.id
         WHERE (x."trainingPlanId" = NEW.id OR x."planDayId" IN (SELECT d.id FROM "PlanDay" d WHERE d."trainingPlanId" = NEW.id))
           AND x."userId" <> p."userId" LIMIT 1;
    ELSE -- PlanDay
        SELECT x.id INTO bad FROM "WorkoutSession" x
          JOIN "PlanDay" d ON d.id = x."planDayId"
          JOIN "TrainingPlan" dp ON dp.id = d."trainingPlanId"
         WHERE d.id = NEW.id AND (d."trainingPlanId" <> x."trainingPlanId" OR dp."userId" <> x."userId") LIMIT 1;
    END IF;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'WorkoutSession_plan_owner',
            MESSAGE = format('session %s: its plan and plan day must be its own user''s, and the day of its plan', bad);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER "WorkoutSession_plan_owner" AFTER INSERT OR UPDATE OF "userId", "trainingPlanId", "planDayId" ON "WorkoutSession"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutSession_plan_owner"();
CREATE CONSTRAINT TRIGGER "TrainingPlan_session_owner" AFTER UPDATE OF "userId" ON "TrainingPlan"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutSession_plan_owner"();
CREATE CONSTRAINT TRIGGER "PlanDay_session_plan" AFTER UPDATE OF "trainingPlanId" ON "PlanDay"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutSession_plan_owner"();

-- A session's targets copied from a plan entry: that entry is of a plan of
-- the session's user (planExerciseId is SET NULL on delete, so no composite key).
CREATE FUNCTION "SessionExercise_plan_owner"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad text;
BEGIN
    SELECT x.id INTO bad FROM "SessionExercise" x
      JOIN "WorkoutSession" s ON s.id = x."sessionId"
      JOIN "PlanExercise" pe ON pe.id = x."planExerciseId"
      JOIN "PlanDay" d ON d.id = pe."planDayId"
      JOIN "TrainingPlan" p ON p.id = d."trainingPlanId"
     WHERE x.id = NEW.id AND p."userId" <> s."userId";
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'SessionExercise_plan_owner',
            MESSAGE = format('session target %s: its plan entry must be of a plan of the session''s user', bad);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER "SessionExercise_plan_owner" AFTER INSERT OR UPDATE OF "sessionId", "planExerciseId" ON "SessionExercise"
    FOR EACH ROW EXECUTE FUNCTION "SessionExercise_plan_owner"();

-- ---------------------------------------------------------------------------
-- 8. Exercise names unique, ignoring case, among what one user sees (12.2)
-- ---------------------------------------------------------------------------

DROP INDEX "Exercise_name_key";
-- Shared exercises (the catalog, the legacy app's) among themselves: the v1
-- key, exact, now on the shared rows only, so the old app's look-ups by
-- name still find one row. Not lower("name"): legacy databases hold shared
-- names that differ only in case ('Bench Press' and 'bench press', both
-- used by the old app's workouts), which v3 keeps as they are; the trigger
-- below refuses any NEW shared name equal to another ignoring case.
CREATE UNIQUE INDEX "Exercise_name_shared_key" ON "Exercise"("name") WHERE "createdById" IS NULL;
-- Each user's own among themselves.
CREATE UNIQUE INDEX "Exercise_createdById_lower_name_key" ON "Exercise"("createdById", lower("name")) WHERE "createdById" IS NOT NULL;

-- 9. Aliases (12.3)
CREATE TABLE "ExerciseAlias" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExerciseAlias_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ExerciseAlias_userId_lower_name_key" ON "ExerciseAlias"("userId", lower("name"));
CREATE INDEX "ExerciseAlias_exerciseId_idx" ON "ExerciseAlias"("exerciseId");
ALTER TABLE "ExerciseAlias" ADD CONSTRAINT "ExerciseAlias_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExerciseAlias" ADD CONSTRAINT "ExerciseAlias_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The names one user sees: shared names, their own exercises' names and
-- their aliases, no two equal ignoring case. Every write of a name takes a
-- transaction-scoped advisory lock on the lowered name first (key 1 =
-- 827364, key 2 = hashtext(lower(name))), so two racing writes of one name
-- are serialised and the second sees the first once it commits (READ
-- COMMITTED: each statement of the trigger takes a new snapshot).
-- A new SHARED name is never refused for a name some user owns: the legacy
-- app creates shared exercises by name and must not learn (or be stopped
-- by) a user's private names; that user then sees both (docs).
CREATE FUNCTION "Exercise_name_visible_unique"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND lower(NEW."name") = lower(OLD."name")
       AND NEW."createdById" IS NOT DISTINCT FROM OLD."createdById" THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(827364, hashtext(lower(NEW."name")));
    IF NEW."createdById" IS NULL THEN
        IF EXISTS (SELECT 1 FROM "Exercise" e WHERE e."createdById" IS NULL AND lower(e."name") = lower(NEW."name") AND e."id" <> NEW."id") THEN
            RAISE EXCEPTION USING ERRCODE = 'unique_violation', CONSTRAINT = 'Exercise_name_shared',
                MESSAGE = format('a shared exercise named "%s" (ignoring case) exists already', NEW."name");
        END IF;
    ELSE
        IF EXISTS (SELECT 1 FROM "Exercise" e WHERE e."createdById" IS NULL AND lower(e."name") = lower(NEW."name") AND e."id" <> NEW."id") THEN
            RAISE EXCEPTION USING ERRCODE = 'unique_violation', CONSTRAINT = 'Exercise_name_shared',
                MESSAGE = format('an exercise named "%s" is shared with every user: your own exercise needs another name', NEW."name");
        END IF;
        IF EXISTS (SELECT 1 FROM "ExerciseAlias" a WHERE a."userId" = NEW."createdById" AND lower(a."name") = lower(NEW."name")) THEN
            RAISE EXCEPTION USING ERRCODE = 'unique_violation', CONSTRAINT = 'Exercise_name_alias',
                MESSAGE = format('"%s" is one of your exercise aliases: remove the alias first', NEW."name");
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "Exercise_name_visible_unique" BEFORE INSERT OR UPDATE OF "name", "createdById" ON "Exercise"
    FOR EACH ROW EXECUTE FUNCTION "Exercise_name_visible_unique"();

CREATE FUNCTION "ExerciseAlias_name_visible_unique"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(827364, hashtext(lower(NEW."name")));
    IF NOT EXISTS (SELECT 1 FROM "Exercise" e WHERE e."id" = NEW."exerciseId"
                    AND (e."createdById" IS NULL OR e."createdById" = NEW."userId")) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'ExerciseAlias_exercise_visible',
            MESSAGE = 'an alias must name a shared exercise or one of the user''s own';
    END IF;
    IF EXISTS (SELECT 1 FROM "Exercise" e WHERE lower(e."name") = lower(NEW."name")
                AND (e."createdById" IS NULL OR e."createdById" = NEW."userId")) THEN
        RAISE EXCEPTION USING ERRCODE = 'unique_violation', CONSTRAINT = 'ExerciseAlias_name_exercise',
            MESSAGE = format('"%s" is already an exercise''s name: an alias needs a name of its own', NEW."name");
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "ExerciseAlias_name_visible_unique" BEFORE INSERT OR UPDATE ON "ExerciseAlias"
    FOR EACH ROW EXECUTE FUNCTION "ExerciseAlias_name_visible_unique"();

-- ---------------------------------------------------------------------------
-- 10. Set numbers and plan names (12.4)
-- ---------------------------------------------------------------------------

-- NULLs are distinct, so sets outside a session are free.
CREATE UNIQUE INDEX "WorkoutLog_sessionId_exerciseId_setNumber_key" ON "WorkoutLog"("sessionId", "exerciseId", "setNumber");
-- TrainingPlan_userId_name_key stays: it is Prisma's @@unique([userId, name])
-- (the apps' findUnique by `userId_name`); this one adds "ignoring case".
CREATE UNIQUE INDEX "TrainingPlan_userId_lower_name_key" ON "TrainingPlan"("userId", lower("name"));

-- ---------------------------------------------------------------------------
-- 6. The row CHECKs: those checked above, and the new tables' and columns'.
-- ---------------------------------------------------------------------------

INSERT INTO v3_checks (tbl, con, expr, fix) VALUES
('WorkoutLog', 'WorkoutLog_isWarmup_setType_check', '"isWarmup" = ("setType" = ''WARMUP'')', ''),
('WorkoutLog', 'WorkoutLog_supersetGroup_check', '"supersetGroup" >= 1', ''),
('PlanExercise', 'PlanExercise_supersetGroup_check', '"supersetGroup" >= 1', ''),
('SessionExercise', 'SessionExercise_position_check', '"position" >= 1', ''),
('SessionExercise', 'SessionExercise_targetSets_check', '"targetSets" >= 1', ''),
('SessionExercise', 'SessionExercise_targetRepsMin_check', '"targetRepsMin" >= 0', ''),
('SessionExercise', 'SessionExercise_targetRepsMax_check', '"targetRepsMax" >= 0', ''),
('SessionExercise', 'SessionExercise_targetReps_check', '"targetRepsMin" <= "targetRepsMax"', ''),
('SessionExercise', 'SessionExercise_targetWeight_check', '"targetWeight" >= 0 AND "targetWeight" < ''Infinity''', ''),
('SessionExercise', 'SessionExercise_targetRpe_check', '"targetRpe" >= 1 AND "targetRpe" <= 10', ''),
('SessionExercise', 'SessionExercise_restSeconds_check', '"restSeconds" >= 0', ''),
('SessionExercise', 'SessionExercise_supersetGroup_check', '"supersetGroup" >= 1', ''),
('SessionExercise', 'SessionExercise_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', ''),
('SessionExercise', 'SessionExercise_updatedAt_check', '"updatedAt" >= ''1900-01-01'' AND "updatedAt" < ''10000-01-01''', ''),
('BodyMeasurement', 'BodyMeasurement_weightKg_check', '"weightKg" >= 0 AND "weightKg" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_bodyFatPercent_check', '"bodyFatPercent" >= 0 AND "bodyFatPercent" <= 100', ''),
('BodyMeasurement', 'BodyMeasurement_waistCm_check', '"waistCm" >= 0 AND "waistCm" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_chestCm_check', '"chestCm" >= 0 AND "chestCm" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_armCm_check', '"armCm" >= 0 AND "armCm" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_thighCm_check', '"thighCm" >= 0 AND "thighCm" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_hipsCm_check', '"hipsCm" >= 0 AND "hipsCm" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_neckCm_check', '"neckCm" >= 0 AND "neckCm" < ''Infinity''', ''),
('BodyMeasurement', 'BodyMeasurement_value_check', 'num_nonnulls("weightKg", "bodyFatPercent", "waistCm", "chestCm", "armCm", "thighCm", "hipsCm", "neckCm") >= 1', ''),
('BodyMeasurement', 'BodyMeasurement_date_check', '"date" >= ''1900-01-01'' AND "date" < ''10000-01-01''', ''),
('BodyMeasurement', 'BodyMeasurement_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', ''),
('BodyMeasurement', 'BodyMeasurement_updatedAt_check', '"updatedAt" >= ''1900-01-01'' AND "updatedAt" < ''10000-01-01''', ''),
('ExerciseAlias', 'ExerciseAlias_createdAt_check', '"createdAt" >= ''1900-01-01'' AND "createdAt" < ''10000-01-01''', '');

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM v3_checks ORDER BY tbl, con LOOP
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (%s)', r.tbl, r.con, r.expr);
    END LOOP;
END
$$;
