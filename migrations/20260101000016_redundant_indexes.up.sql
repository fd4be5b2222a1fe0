-- Issue 17 (what a set costs to write, natively and when dual-write carries
-- an old-app workout) and every writer of sets and plan days: two indexes
-- that another index of the same table already covers are dropped.
--
-- A btree serves any lookup on a leading prefix of its columns, so
--   "WorkoutLog_sessionId_idx" (sessionId) is served by the unique
--   "WorkoutLog_sessionId_exerciseId_setNumber_key" (sessionId, exerciseId,
--   setNumber): a session's sets, the cascade of a session's delete;
--   "PlanDay_trainingPlanId_idx" (trainingPlanId) is served by the unique
--   "PlanDay_trainingPlanId_position_key" (trainingPlanId, position): a
--   plan's days, the cascade of a plan's delete.
-- Each cost an index entry on every insert (19 for a workout of 19 sets) and
-- its share of disk and WAL, and answered nothing the other does not. No row
-- changes. Mirrored in prisma/schema.prisma (the two @@index lines removed;
-- Prisma Client never uses an @@index, so no app query changes); where this
-- departs from data-model.md's index list: docs/design/schema-contract.md.
DROP INDEX "WorkoutLog_sessionId_idx";
DROP INDEX "PlanDay_trainingPlanId_idx";
