-- Reverts issue 13's per-day times (the times are lost; no other data changes).
ALTER TABLE "PlanDay" DROP COLUMN IF EXISTS "time";
