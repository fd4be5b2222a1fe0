-- The v2 schema (hybrid evolution): legacy tables stay as they are, new
-- capabilities live in new tables and in new nullable or defaulted columns.
-- Names, types and constraints follow Prisma's conventions exactly, so the
-- web and mobile apps' Prisma Client works on this database unchanged;
-- prisma/schema.prisma is the same schema written as Prisma.

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED');
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'SKIPPED', 'CANCELLED');
CREATE TYPE "ReminderKind" AS ENUM ('RECURRING', 'SESSION');
CREATE TYPE "ExerciseCategory" AS ENUM ('STRENGTH', 'CARDIO', 'STRETCHING', 'PLYOMETRICS', 'POWERLIFTING', 'OLYMPIC_WEIGHTLIFTING', 'STRONGMAN');
CREATE TYPE "Difficulty" AS ENUM ('BEGINNER', 'INTERMEDIATE', 'EXPERT');
CREATE TYPE "Mechanic" AS ENUM ('COMPOUND', 'ISOLATION');
CREATE TYPE "Force" AS ENUM ('PUSH', 'PULL', 'STATIC');
CREATE TYPE "MuscleGroup" AS ENUM ('ABDOMINALS', 'ABDUCTORS', 'ADDUCTORS', 'BICEPS', 'CALVES', 'CHEST', 'FOREARMS', 'GLUTES', 'HAMSTRINGS', 'LATS', 'LOWER_BACK', 'MIDDLE_BACK', 'NECK', 'QUADRICEPS', 'SHOULDERS', 'TRAPS', 'TRICEPS');

-- AlterTable: new nullable or defaulted columns only, so legacy rows are untouched
-- (a constant default is stored in the catalog, not written into each row).
-- The lists default to empty, not NULL (data-model.md gives them no default):
-- Prisma reads a NULL list as [] but its list filters (isEmpty, has,
-- equals: []) do not match NULL rows, so legacy exercises, and rows an app
-- creates without the field, would be missed. Existing rows read '{}' at once.
ALTER TABLE "User" ADD COLUMN "timezone" TEXT,
ADD COLUMN "lastLogin" TIMESTAMP(3),
ADD COLUMN "isActive" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN "weight" DOUBLE PRECISION,
ADD COLUMN "height" INTEGER,
ADD COLUMN "fitnessLevel" TEXT,
ADD COLUMN "goals" TEXT,
ADD COLUMN "weightUnit" TEXT NOT NULL DEFAULT 'kg';

ALTER TABLE "Exercise" ADD COLUMN "primaryMuscleGroup" "MuscleGroup",
ADD COLUMN "secondaryMuscleGroups" "MuscleGroup"[] DEFAULT ARRAY[]::"MuscleGroup"[],
ADD COLUMN "equipment" TEXT,
ADD COLUMN "category" "ExerciseCategory" NOT NULL DEFAULT 'STRENGTH',
ADD COLUMN "difficulty" "Difficulty",
ADD COLUMN "mechanic" "Mechanic",
ADD COLUMN "force" "Force",
ADD COLUMN "instructions" TEXT,
ADD COLUMN "createdById" TEXT;

-- CreateTable
CREATE TABLE "TrainingPlan" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "goal" TEXT,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "startDate" TIMESTAMP(3),
    "endDate" TIMESTAMP(3),
    "isLegacyImport" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingPlan_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PlanDay" (
    "id" TEXT NOT NULL,
    "trainingPlanId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "notes" TEXT,

    CONSTRAINT "PlanDay_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PlanExercise" (
    "id" TEXT NOT NULL,
    "planDayId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "targetSets" INTEGER NOT NULL,
    "targetRepsMin" INTEGER,
    "targetRepsMax" INTEGER,
    "targetWeight" DOUBLE PRECISION,
    "targetRpe" DOUBLE PRECISION,
    "restSeconds" INTEGER,
    "progressionKg" DOUBLE PRECISION,
    "notes" TEXT,

    CONSTRAINT "PlanExercise_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "WorkoutSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "trainingPlanId" TEXT,
    "planDayId" TEXT,
    "name" TEXT NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "scheduledAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "durationMinutes" INTEGER,
    "notes" TEXT,
    "legacyWorkoutId" TEXT,
    "legacyChecksum" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkoutSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "WorkoutLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sessionId" TEXT,
    "exerciseId" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "setNumber" INTEGER NOT NULL,
    "reps" INTEGER,
    "weight" DOUBLE PRECISION,
    "durationSeconds" INTEGER,
    "distanceMeters" DOUBLE PRECISION,
    "rpe" DOUBLE PRECISION,
    "isWarmup" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "legacyWorkoutExerciseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkoutLog_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT,
    "trainingPlanId" TEXT,
    "sessionId" TEXT,
    "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "timeOfDay" TEXT,
    "timezone" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "nextFireAt" TIMESTAMP(3),
    "lastFiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ReminderDelivery" (
    "id" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "occurrence" TIMESTAMP(3) NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL,
    "channel" TEXT NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LegacyMigrationRun" (
    "id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "report" JSONB,

    CONSTRAINT "LegacyMigrationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex: the ones data-model.md names, plus four that its queries and
-- ON DELETE actions need: a user's own exercises (createdById), and the
-- foreign keys whose ON DELETE would otherwise scan a whole table
-- (WorkoutSession.trainingPlanId, Reminder.trainingPlanId, Reminder.sessionId).
CREATE INDEX "Exercise_primaryMuscleGroup_idx" ON "Exercise"("primaryMuscleGroup");
CREATE INDEX "Exercise_createdById_idx" ON "Exercise"("createdById");
CREATE INDEX "TrainingPlan_userId_status_idx" ON "TrainingPlan"("userId", "status");
CREATE UNIQUE INDEX "TrainingPlan_userId_name_key" ON "TrainingPlan"("userId", "name");
CREATE INDEX "PlanDay_trainingPlanId_idx" ON "PlanDay"("trainingPlanId");
CREATE UNIQUE INDEX "PlanDay_trainingPlanId_position_key" ON "PlanDay"("trainingPlanId", "position");
CREATE INDEX "PlanExercise_exerciseId_idx" ON "PlanExercise"("exerciseId");
CREATE UNIQUE INDEX "PlanExercise_planDayId_position_key" ON "PlanExercise"("planDayId", "position");
CREATE UNIQUE INDEX "WorkoutSession_legacyWorkoutId_key" ON "WorkoutSession"("legacyWorkoutId");
CREATE INDEX "WorkoutSession_userId_scheduledAt_idx" ON "WorkoutSession"("userId", "scheduledAt");
CREATE INDEX "WorkoutSession_userId_status_idx" ON "WorkoutSession"("userId", "status");
CREATE INDEX "WorkoutSession_trainingPlanId_idx" ON "WorkoutSession"("trainingPlanId");
CREATE INDEX "WorkoutLog_userId_date_idx" ON "WorkoutLog"("userId", "date");
CREATE INDEX "WorkoutLog_exerciseId_idx" ON "WorkoutLog"("exerciseId");
CREATE INDEX "WorkoutLog_sessionId_idx" ON "WorkoutLog"("sessionId");
CREATE UNIQUE INDEX "WorkoutLog_legacyWorkoutExerciseId_setNumber_key" ON "WorkoutLog"("legacyWorkoutExerciseId", "setNumber");
CREATE INDEX "Reminder_userId_active_idx" ON "Reminder"("userId", "active");
CREATE INDEX "Reminder_active_nextFireAt_idx" ON "Reminder"("active", "nextFireAt");
CREATE INDEX "Reminder_trainingPlanId_idx" ON "Reminder"("trainingPlanId");
CREATE INDEX "Reminder_sessionId_idx" ON "Reminder"("sessionId");
CREATE UNIQUE INDEX "ReminderDelivery_reminderId_occurrence_key" ON "ReminderDelivery"("reminderId", "occurrence");

-- AddForeignKey
-- "Exercise"."createdById" has none, as data-model.md has it: a cascade from
-- "User" to "Exercise" would race the cascades to "PlanExercise" and
-- "WorkoutLog", whose RESTRICT on "exerciseId" is checked inside each nested
-- cascade, so deleting a user who made an exercise and used it would fail or
-- not depending on trigger order (which a dump and restore can change).
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlanDay" ADD CONSTRAINT "PlanDay_trainingPlanId_fkey" FOREIGN KEY ("trainingPlanId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlanExercise" ADD CONSTRAINT "PlanExercise_planDayId_fkey" FOREIGN KEY ("planDayId") REFERENCES "PlanDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlanExercise" ADD CONSTRAINT "PlanExercise_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "WorkoutSession" ADD CONSTRAINT "WorkoutSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkoutSession" ADD CONSTRAINT "WorkoutSession_trainingPlanId_fkey" FOREIGN KEY ("trainingPlanId") REFERENCES "TrainingPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "WorkoutSession" ADD CONSTRAINT "WorkoutSession_planDayId_fkey" FOREIGN KEY ("planDayId") REFERENCES "PlanDay"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "WorkoutSession" ADD CONSTRAINT "WorkoutSession_legacyWorkoutId_fkey" FOREIGN KEY ("legacyWorkoutId") REFERENCES "Workout"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "WorkoutLog" ADD CONSTRAINT "WorkoutLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkoutLog" ADD CONSTRAINT "WorkoutLog_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkoutSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkoutLog" ADD CONSTRAINT "WorkoutLog_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "WorkoutLog" ADD CONSTRAINT "WorkoutLog_legacyWorkoutExerciseId_fkey" FOREIGN KEY ("legacyWorkoutExerciseId") REFERENCES "WorkoutExercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_trainingPlanId_fkey" FOREIGN KEY ("trainingPlanId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkoutSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;
