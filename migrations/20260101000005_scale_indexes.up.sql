-- Issue 16: the daily commands cost what their answer costs, not what the
-- history costs.
--
-- `log progress EXERCISE`, `log prs EXERCISE`, `log history --exercise` and
-- the records `session complete` reports read one exercise of one user:
-- (userId, exerciseId, date) gives them exactly those rows, in date order.
-- Mirrored in prisma/schema.prisma (@@index([userId, exerciseId, date])).
CREATE INDEX "WorkoutLog_userId_exerciseId_date_idx" ON "WorkoutLog"("userId", "exerciseId", "date");

-- `log add` looks for the user's session of the same local day, and the
-- session lists filter and sort on when a session happens: the first of
-- scheduledAt, startedAt, completedAt, createdAt (db/sessions.rs WHEN).
-- An expression index, which Prisma's schema cannot state (the drift check
-- ignores it; tests/it/schema.rs pins it).
CREATE INDEX "WorkoutSession_userId_when_idx" ON "WorkoutSession"
    ("userId", (coalesce("scheduledAt", "startedAt", "completedAt", "createdAt")));
