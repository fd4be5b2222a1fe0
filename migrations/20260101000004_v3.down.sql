-- Reverts v3. `workout migrate down` refuses to run this while v3 holds data
-- v2 cannot (session targets, aliases, measurements other than the seeded
-- ones, set types other than NORMAL/WARMUP, supersets, own exercises'
-- tracking types), unless --force. "User"."weight" keeps the latest weight.
-- Exercise_name_key comes back: this fails (and changes nothing) while two
-- users own exercises of one name; rename one first.

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
              WHERE connamespace = 'public'::regnamespace AND contype = 'c'
                AND conrelid::regclass::text IN ('"User"', '"TrainingPlan"', '"PlanDay"', '"PlanExercise"',
                    '"WorkoutSession"', '"WorkoutLog"', '"Reminder"', '"ReminderDelivery"', '"LegacyMigrationRun"')
                AND conname LIKE '%\_check' LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP;
END
$$;

DROP TRIGGER "Exercise_name_visible_unique" ON "Exercise";
DROP FUNCTION "Exercise_name_visible_unique"();
DROP TRIGGER "WorkoutLog_setType_sync" ON "WorkoutLog";
DROP FUNCTION "WorkoutLog_setType_sync"();
DROP TRIGGER "WorkoutSession_plan_owner" ON "WorkoutSession";
DROP TRIGGER "TrainingPlan_session_owner" ON "TrainingPlan";
DROP TRIGGER "PlanDay_session_plan" ON "PlanDay";
DROP FUNCTION "WorkoutSession_plan_owner"();

DROP TABLE "ExerciseAlias", "BodyMeasurement", "SessionExercise";
DROP FUNCTION "ExerciseAlias_name_visible_unique"(), "BodyMeasurement_user_weight"(), "SessionExercise_plan_owner"();

DROP INDEX "TrainingPlan_userId_lower_name_key";
DROP INDEX "WorkoutLog_sessionId_exerciseId_setNumber_key";

ALTER TABLE "WorkoutLog" DROP CONSTRAINT "WorkoutLog_sessionId_userId_fkey";
ALTER TABLE "WorkoutLog" ADD CONSTRAINT "WorkoutLog_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkoutSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_trainingPlanId_userId_fkey";
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_trainingPlanId_fkey" FOREIGN KEY ("trainingPlanId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_sessionId_userId_fkey";
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkoutSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
DROP INDEX "WorkoutSession_id_userId_key";
DROP INDEX "TrainingPlan_id_userId_key";

DROP INDEX "Exercise_name_shared_key";
DROP INDEX "Exercise_createdById_lower_name_key";
CREATE UNIQUE INDEX "Exercise_name_key" ON "Exercise"("name");

ALTER TABLE "Exercise" DROP COLUMN "trackingType";
ALTER TABLE "PlanExercise" DROP COLUMN "supersetGroup";
ALTER TABLE "WorkoutLog" DROP COLUMN "setType", DROP COLUMN "supersetGroup";

DROP TYPE "SetType", "TrackingType";
