-- Reverts v2. `workout migrate down` refuses to run this while any v2 table
-- holds rows, unless --force: it drops the tables and columns it created.
DROP TABLE IF EXISTS "ReminderDelivery", "Reminder", "WorkoutLog", "WorkoutSession",
    "PlanExercise", "PlanDay", "TrainingPlan", "LegacyMigrationRun";

DROP INDEX IF EXISTS "Exercise_primaryMuscleGroup_idx";
DROP INDEX IF EXISTS "Exercise_createdById_idx";
ALTER TABLE "Exercise" DROP COLUMN "primaryMuscleGroup", DROP COLUMN "secondaryMuscleGroups",
    DROP COLUMN "equipment", DROP COLUMN "category", DROP COLUMN "difficulty",
    DROP COLUMN "mechanic", DROP COLUMN "force", DROP COLUMN "instructions",
    DROP COLUMN "createdById";

ALTER TABLE "User" DROP COLUMN "timezone", DROP COLUMN "lastLogin", DROP COLUMN "isActive",
    DROP COLUMN "weight", DROP COLUMN "height", DROP COLUMN "fitnessLevel",
    DROP COLUMN "goals", DROP COLUMN "weightUnit";

DROP TYPE "PlanStatus", "SessionStatus", "ReminderKind", "ExerciseCategory",
    "Difficulty", "Mechanic", "Force", "MuscleGroup";
