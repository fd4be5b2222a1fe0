-- Reverts migration 10's training-weeks summary (derived data only:
-- nothing is lost; `log stats` before it reads the sets).
DROP TRIGGER IF EXISTS "User_weeks" ON "User";
DROP TRIGGER IF EXISTS "WorkoutLog_weeks_insert" ON "WorkoutLog";
DROP TRIGGER IF EXISTS "WorkoutLog_weeks_update" ON "WorkoutLog";
DROP TRIGGER IF EXISTS "WorkoutLog_weeks_delete" ON "WorkoutLog";
DROP FUNCTION IF EXISTS workout_weeks_user();
DROP FUNCTION IF EXISTS workout_weeks_recompute(text[]);
DROP FUNCTION IF EXISTS workout_weeks_log_change();
DROP FUNCTION IF EXISTS workout_weeks_log_insert();
DROP FUNCTION IF EXISTS workout_weeks_apply(text[], date[], bigint[]);
DROP FUNCTION IF EXISTS workout_week_of(timestamp, text);
DROP TABLE IF EXISTS "TrainingWeek";
