-- Row triggers that have nothing to do are not entered (issue 17, the cost
-- of dual-write): a WHEN condition, evaluated by the executor, stands where
-- the function's own first test stood, so PL/pgSQL is never called for such
-- a row. A dual-written legacy workout is ~19 sets, a session: each row
-- called "WorkoutLog_setType_sync" and "WorkoutSession_plan_owner" and
-- returned without a change. Same functions, same results.

-- The setType/isWarmup sync: on INSERT only where the two disagree in the
-- way the function mends; on UPDATE only where exactly one of the two
-- changed (the function does nothing otherwise). A WHEN cannot name OLD in
-- an INSERT trigger, hence two triggers on the one function.
DROP TRIGGER "WorkoutLog_setType_sync" ON "WorkoutLog";
CREATE TRIGGER "WorkoutLog_setType_sync" BEFORE INSERT ON "WorkoutLog"
    FOR EACH ROW
    WHEN ((NEW."setType" = 'WARMUP' AND NEW."isWarmup" IS DISTINCT FROM true)
          OR (NEW."isWarmup" AND NEW."setType" = 'NORMAL'))
    EXECUTE FUNCTION "WorkoutLog_setType_sync"();
CREATE TRIGGER "WorkoutLog_setType_sync_update" BEFORE UPDATE ON "WorkoutLog"
    FOR EACH ROW
    WHEN ((NEW."setType" IS DISTINCT FROM OLD."setType") <> (NEW."isWarmup" IS DISTINCT FROM OLD."isWarmup"))
    EXECUTE FUNCTION "WorkoutLog_setType_sync"();

-- The plan-ownership checks: a session with neither plan nor plan day, a
-- target with no plan entry, cannot break them; a plan or day whose owner
-- or plan did not change cannot either.
DROP TRIGGER "WorkoutSession_plan_owner" ON "WorkoutSession";
CREATE CONSTRAINT TRIGGER "WorkoutSession_plan_owner" AFTER INSERT OR UPDATE OF "userId", "trainingPlanId", "planDayId" ON "WorkoutSession"
    FOR EACH ROW WHEN (NEW."trainingPlanId" IS NOT NULL OR NEW."planDayId" IS NOT NULL)
    EXECUTE FUNCTION "WorkoutSession_plan_owner"();
DROP TRIGGER "TrainingPlan_session_owner" ON "TrainingPlan";
CREATE CONSTRAINT TRIGGER "TrainingPlan_session_owner" AFTER UPDATE OF "userId" ON "TrainingPlan"
    FOR EACH ROW WHEN (NEW."userId" IS DISTINCT FROM OLD."userId")
    EXECUTE FUNCTION "WorkoutSession_plan_owner"();
DROP TRIGGER "PlanDay_session_plan" ON "PlanDay";
CREATE CONSTRAINT TRIGGER "PlanDay_session_plan" AFTER UPDATE OF "trainingPlanId" ON "PlanDay"
    FOR EACH ROW WHEN (NEW."trainingPlanId" IS DISTINCT FROM OLD."trainingPlanId")
    EXECUTE FUNCTION "WorkoutSession_plan_owner"();
DROP TRIGGER "SessionExercise_plan_owner" ON "SessionExercise";
CREATE CONSTRAINT TRIGGER "SessionExercise_plan_owner" AFTER INSERT OR UPDATE OF "sessionId", "planExerciseId" ON "SessionExercise"
    FOR EACH ROW WHEN (NEW."planExerciseId" IS NOT NULL)
    EXECUTE FUNCTION "SessionExercise_plan_owner"();
