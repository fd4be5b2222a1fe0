-- Issue 13: `d` in `workout log` ends an exercise of the session, and a
-- resume after Ctrl-C must not ask it again. The mark is stored with the
-- session's target row for that exercise: NULL while it is open.
ALTER TABLE "SessionExercise" ADD COLUMN "endedAt" TIMESTAMP(3);
