-- Puts back the two indexes migration 16 dropped as redundant (no data changes).
CREATE INDEX IF NOT EXISTS "WorkoutLog_sessionId_idx" ON "WorkoutLog"("sessionId");
CREATE INDEX IF NOT EXISTS "PlanDay_trainingPlanId_idx" ON "PlanDay"("trainingPlanId");
