-- Issue 13: a plan day's own time of day, local to the user's time zone,
-- which `plan schedule` uses instead of its plan-wide --at. NULL: none.
-- Stored as the text "HH:MM" (not minutes of the day, nor TIME): the form
-- the CLI takes and shows and that a web form's <input type="time"> gives,
-- read as it is by Prisma (TIME would come back as a DateTime on 1970-01-01)
-- and by a person in psql. The CHECK keeps every client to that one form.
ALTER TABLE "PlanDay" ADD COLUMN "time" TEXT;
ALTER TABLE "PlanDay" ADD CONSTRAINT "PlanDay_time_check"
    CHECK ("time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
