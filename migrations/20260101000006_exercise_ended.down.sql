-- Reverts issue 13's done mark (the marks are lost; no other data changes).
ALTER TABLE "SessionExercise" DROP COLUMN IF EXISTS "endedAt";
