-- Back to migration 4's triggers (no WHEN conditions).
DROP TRIGGER "WorkoutLog_setType_sync_update" ON "WorkoutLog";
DROP TRIGGER "WorkoutLog_setType_sync" ON "WorkoutLog";
CREATE TRIGGER "WorkoutLog_setType_sync" BEFORE INSERT OR UPDATE ON "WorkoutLog"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutLog_setType_sync"();
DROP TRIGGER "WorkoutSession_plan_owner" ON "WorkoutSession";
CREATE CONSTRAINT TRIGGER "WorkoutSession_plan_owner" AFTER INSERT OR UPDATE OF "userId", "trainingPlanId", "planDayId" ON "WorkoutSession"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutSession_plan_owner"();
DROP TRIGGER "TrainingPlan_session_owner" ON "TrainingPlan";
CREATE CONSTRAINT TRIGGER "TrainingPlan_session_owner" AFTER UPDATE OF "userId" ON "TrainingPlan"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutSession_plan_owner"();
DROP TRIGGER "PlanDay_session_plan" ON "PlanDay";
CREATE CONSTRAINT TRIGGER "PlanDay_session_plan" AFTER UPDATE OF "trainingPlanId" ON "PlanDay"
    FOR EACH ROW EXECUTE FUNCTION "WorkoutSession_plan_owner"();
DROP TRIGGER "SessionExercise_plan_owner" ON "SessionExercise";
CREATE CONSTRAINT TRIGGER "SessionExercise_plan_owner" AFTER INSERT OR UPDATE OF "sessionId", "planExerciseId" ON "SessionExercise"
    FOR EACH ROW EXECUTE FUNCTION "SessionExercise_plan_owner"();
