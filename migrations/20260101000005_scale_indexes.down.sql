-- Reverts the issue 16 indexes (no data changes).
DROP INDEX IF EXISTS "WorkoutSession_userId_when_idx";
DROP INDEX IF EXISTS "WorkoutLog_userId_exerciseId_date_idx";
