//! The migrations give exactly the v3 schema (data-model.md's v2, and v3 as
//! docs/design/schema-contract.md has it): every table,
//! column, type, nullability, default, index, constraint and enum, read back
//! from pg_catalog and compared with the spec below.

use crate::common::*;

/// Every column: table.column type [NOT NULL] [DEFAULT expr], in table order.
const COLUMNS_SQL: &str = r#"
SELECT format('%s.%s %s%s%s', t.relname, a.attname, format_type(a.atttypid, a.atttypmod),
              CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
              coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), ''))
FROM pg_attribute a
JOIN pg_class t ON t.oid = a.attrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = 'public' AND t.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
  AND t.relname NOT IN ('_sqlx_migrations')
ORDER BY t.relname, a.attnum"#;

/// Every index with its definition.
const INDEXES_SQL: &str = r#"
SELECT indexdef FROM pg_indexes
WHERE schemaname = 'public' AND tablename NOT IN ('_sqlx_migrations')
ORDER BY indexname"#;

/// Every constraint (primary and foreign keys, with ON DELETE / ON UPDATE).
const CONSTRAINTS_SQL: &str = r#"
SELECT format('%s %s', conname, pg_get_constraintdef(c.oid))
FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
WHERE c.connamespace = 'public'::regnamespace AND t.relname NOT IN ('_sqlx_migrations')
ORDER BY conname"#;

/// Every enum with its labels in order.
const ENUMS_SQL: &str = r#"
SELECT t.typname || ' = ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typnamespace = 'public'::regnamespace
GROUP BY t.typname ORDER BY t.typname"#;

fn lines(spec: &str) -> Vec<String> {
    spec.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn assert_same(what: &str, actual: Vec<String>, expected: &str) {
    let expected = lines(expected);
    let missing: Vec<_> = expected.iter().filter(|e| !actual.contains(e)).collect();
    let extra: Vec<_> = actual.iter().filter(|a| !expected.contains(a)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what} differ from the spec.\nmissing: {missing:#?}\nunexpected: {extra:#?}"
    );
    assert_eq!(actual, expected, "{what}: same set, different order");
}

#[test]
fn an_empty_database_migrates_to_exactly_v3() {
    let db = TestDb::empty();
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_same("columns", db.strings(COLUMNS_SQL), V3_COLUMNS);
    assert_same("indexes", db.strings(INDEXES_SQL), V3_INDEXES);
    assert_same("constraints", db.strings(CONSTRAINTS_SQL), V3_CONSTRAINTS);
    assert_same("enums", db.strings(ENUMS_SQL), V3_ENUMS);
}

/// The harness's template went through sqlx directly; the binary's path
/// must give the same schema (the template is what every other test uses).
#[test]
fn the_test_template_is_the_same_schema() {
    let db = TestDb::new();
    assert_same("columns", db.strings(COLUMNS_SQL), V3_COLUMNS);
    assert_same("indexes", db.strings(INDEXES_SQL), V3_INDEXES);
}

/// Deleting a user removes everything of theirs even while their own
/// exercise is used by their own plan and sets: `createdById` is no foreign
/// key, so no cascade to "Exercise" races the RESTRICT on `exerciseId`
/// (which is checked inside each nested cascade, in trigger order).
#[test]
fn deleting_a_user_cascades_through_restrict() {
    let db = TestDb::new();
    db.sql(
        r#"INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'a@x.io', now()), ('u2', 'b@x.io', now());
           INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('e1', 'Own Press', now(), 'u1'),
                  ('e2', 'Catalog Squat', now(), NULL);
           INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt") VALUES ('p1', 'u1', 'Plan', now());
           INSERT INTO "PlanDay" (id, "trainingPlanId", name, position, weekdays) VALUES ('d1', 'p1', 'A', 1, '{1,4}');
           INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets") VALUES ('x1', 'd1', 'e1', 1, 3);
           INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "trainingPlanId") VALUES ('s1', 'u1', 'S', now(), 'p1');
           INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", "updatedAt")
                  VALUES ('l1', 'u1', 's1', 'e1', now(), 1, now()), ('l2', 'u2', NULL, 'e2', now(), 1, now());"#,
    );
    db.sql(r#"DELETE FROM "User" WHERE id = 'u1'"#);
    assert_eq!(db.int(r#"SELECT count(*) FROM "PlanExercise""#), 0);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog""#),
        1,
        "u2's set survives"
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "TrainingPlan""#), 0);
    // An exercise in use cannot be deleted on its own.
    let err = rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query(r#"DELETE FROM "Exercise" WHERE id = 'e2'"#)
            .execute(&mut c)
            .await
            .unwrap_err()
    });
    assert!(
        err.to_string().contains("WorkoutLog_exerciseId_fkey"),
        "{err}"
    );
}

const V3_ENUMS: &str = r#"
Difficulty = BEGINNER,INTERMEDIATE,EXPERT
ExerciseCategory = STRENGTH,CARDIO,STRETCHING,PLYOMETRICS,POWERLIFTING,OLYMPIC_WEIGHTLIFTING,STRONGMAN
Force = PUSH,PULL,STATIC
Mechanic = COMPOUND,ISOLATION
MuscleGroup = ABDOMINALS,ABDUCTORS,ADDUCTORS,BICEPS,CALVES,CHEST,FOREARMS,GLUTES,HAMSTRINGS,LATS,LOWER_BACK,MIDDLE_BACK,NECK,QUADRICEPS,SHOULDERS,TRAPS,TRICEPS
PlanStatus = DRAFT,ACTIVE,PAUSED,COMPLETED,ARCHIVED
ReminderKind = RECURRING,SESSION
SessionStatus = SCHEDULED,IN_PROGRESS,COMPLETED,SKIPPED,CANCELLED
SetType = NORMAL,WARMUP,DROP,FAILURE,AMRAP
TrackingType = WEIGHT_REPS,BODYWEIGHT_REPS,ASSISTED_BODYWEIGHT,REPS_ONLY,DURATION,DISTANCE_DURATION
"#;

const V3_COLUMNS: &str = r#"
BodyMeasurement.id text NOT NULL
BodyMeasurement.userId text NOT NULL
BodyMeasurement.date timestamp(3) without time zone NOT NULL
BodyMeasurement.weightKg double precision
BodyMeasurement.bodyFatPercent double precision
BodyMeasurement.waistCm double precision
BodyMeasurement.chestCm double precision
BodyMeasurement.armCm double precision
BodyMeasurement.thighCm double precision
BodyMeasurement.hipsCm double precision
BodyMeasurement.neckCm double precision
BodyMeasurement.notes text
BodyMeasurement.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
BodyMeasurement.updatedAt timestamp(3) without time zone NOT NULL
Exercise.id text NOT NULL
Exercise.name text NOT NULL
Exercise.description text
Exercise.muscleGroup text
Exercise.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
Exercise.updatedAt timestamp(3) without time zone NOT NULL
Exercise.primaryMuscleGroup "MuscleGroup"
Exercise.secondaryMuscleGroups "MuscleGroup"[] DEFAULT ARRAY[]::"MuscleGroup"[]
Exercise.equipment text
Exercise.category "ExerciseCategory" NOT NULL DEFAULT 'STRENGTH'::"ExerciseCategory"
Exercise.difficulty "Difficulty"
Exercise.mechanic "Mechanic"
Exercise.force "Force"
Exercise.instructions text
Exercise.createdById text
Exercise.trackingType "TrackingType" NOT NULL DEFAULT 'WEIGHT_REPS'::"TrackingType"
ExerciseAlias.id text NOT NULL
ExerciseAlias.userId text NOT NULL
ExerciseAlias.exerciseId text NOT NULL
ExerciseAlias.name text NOT NULL
ExerciseAlias.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
ExerciseRecord.userId text NOT NULL
ExerciseRecord.exerciseId text NOT NULL
ExerciseRecord.sets integer NOT NULL DEFAULT 0
ExerciseRecord.heaviest double precision[]
ExerciseRecord.e1rm double precision[]
ExerciseRecord.mostReps double precision[]
ExerciseRecord.volume double precision[]
ExerciseRecord.added double precision[]
ExerciseRecord.longest double precision[]
ExerciseRecord.distance double precision[]
ExerciseRecord.pace double precision[]
LegacyMigrationRun.id text NOT NULL
LegacyMigrationRun.mode text NOT NULL
LegacyMigrationRun.status text NOT NULL
LegacyMigrationRun.startedAt timestamp(3) without time zone NOT NULL
LegacyMigrationRun.finishedAt timestamp(3) without time zone
LegacyMigrationRun.report jsonb
PlanDay.id text NOT NULL
PlanDay.trainingPlanId text NOT NULL
PlanDay.name text NOT NULL
PlanDay.position integer NOT NULL
PlanDay.weekdays integer[] DEFAULT ARRAY[]::integer[]
PlanDay.notes text
PlanDay.time text
PlanExercise.id text NOT NULL
PlanExercise.planDayId text NOT NULL
PlanExercise.exerciseId text NOT NULL
PlanExercise.position integer NOT NULL
PlanExercise.targetSets integer NOT NULL
PlanExercise.targetRepsMin integer
PlanExercise.targetRepsMax integer
PlanExercise.targetWeight double precision
PlanExercise.targetRpe double precision
PlanExercise.restSeconds integer
PlanExercise.progressionKg double precision
PlanExercise.notes text
PlanExercise.supersetGroup integer
Reminder.id text NOT NULL
Reminder.userId text NOT NULL
Reminder.kind "ReminderKind" NOT NULL
Reminder.title text NOT NULL
Reminder.message text
Reminder.trainingPlanId text
Reminder.sessionId text
Reminder.weekdays integer[] DEFAULT ARRAY[]::integer[]
Reminder.timeOfDay text
Reminder.timezone text NOT NULL
Reminder.leadMinutes integer NOT NULL DEFAULT 0
Reminder.active boolean NOT NULL DEFAULT true
Reminder.nextFireAt timestamp(3) without time zone
Reminder.lastFiredAt timestamp(3) without time zone
Reminder.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
Reminder.updatedAt timestamp(3) without time zone NOT NULL
ReminderDelivery.id text NOT NULL
ReminderDelivery.reminderId text NOT NULL
ReminderDelivery.occurrence timestamp(3) without time zone NOT NULL
ReminderDelivery.deliveredAt timestamp(3) without time zone NOT NULL
ReminderDelivery.channel text NOT NULL
SessionExercise.id text NOT NULL
SessionExercise.sessionId text NOT NULL
SessionExercise.exerciseId text NOT NULL
SessionExercise.planExerciseId text
SessionExercise.position integer NOT NULL
SessionExercise.targetSets integer NOT NULL
SessionExercise.targetRepsMin integer
SessionExercise.targetRepsMax integer
SessionExercise.targetWeight double precision
SessionExercise.targetRpe double precision
SessionExercise.restSeconds integer
SessionExercise.supersetGroup integer
SessionExercise.notes text
SessionExercise.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
SessionExercise.updatedAt timestamp(3) without time zone NOT NULL
SessionExercise.endedAt timestamp(3) without time zone
TrainingPlan.id text NOT NULL
TrainingPlan.userId text NOT NULL
TrainingPlan.name text NOT NULL
TrainingPlan.description text
TrainingPlan.goal text
TrainingPlan.status "PlanStatus" NOT NULL DEFAULT 'DRAFT'::"PlanStatus"
TrainingPlan.startDate timestamp(3) without time zone
TrainingPlan.endDate timestamp(3) without time zone
TrainingPlan.isLegacyImport boolean NOT NULL DEFAULT false
TrainingPlan.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
TrainingPlan.updatedAt timestamp(3) without time zone NOT NULL
TrainingWeek.userId text NOT NULL
TrainingWeek.week date NOT NULL
TrainingWeek.sets integer NOT NULL
User.id text NOT NULL
User.email text NOT NULL
User.name text
User.password text
User.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
User.updatedAt timestamp(3) without time zone NOT NULL
User.timezone text
User.lastLogin timestamp(3) without time zone
User.isActive boolean NOT NULL DEFAULT true
User.weight double precision
User.height integer
User.fitnessLevel text
User.goals text
User.weightUnit text NOT NULL DEFAULT 'kg'::text
Workout.id text NOT NULL
Workout.name text NOT NULL
Workout.date timestamp(3) without time zone NOT NULL
Workout.notes text
Workout.duration integer
Workout.userId text NOT NULL
Workout.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
Workout.updatedAt timestamp(3) without time zone NOT NULL
WorkoutExercise.id text NOT NULL
WorkoutExercise.workoutId text NOT NULL
WorkoutExercise.exerciseId text NOT NULL
WorkoutExercise.sets integer NOT NULL
WorkoutExercise.reps integer NOT NULL
WorkoutExercise.weight double precision
WorkoutExercise.notes text
WorkoutExercise.order integer NOT NULL DEFAULT 0
WorkoutLog.id text NOT NULL
WorkoutLog.userId text NOT NULL
WorkoutLog.sessionId text
WorkoutLog.exerciseId text NOT NULL
WorkoutLog.date timestamp(3) without time zone NOT NULL
WorkoutLog.setNumber integer NOT NULL
WorkoutLog.reps integer
WorkoutLog.weight double precision
WorkoutLog.durationSeconds integer
WorkoutLog.distanceMeters double precision
WorkoutLog.rpe double precision
WorkoutLog.isWarmup boolean NOT NULL DEFAULT false
WorkoutLog.notes text
WorkoutLog.legacyWorkoutExerciseId text
WorkoutLog.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
WorkoutLog.updatedAt timestamp(3) without time zone NOT NULL
WorkoutLog.setType "SetType" NOT NULL DEFAULT 'NORMAL'::"SetType"
WorkoutLog.supersetGroup integer
WorkoutSession.id text NOT NULL
WorkoutSession.userId text NOT NULL
WorkoutSession.trainingPlanId text
WorkoutSession.planDayId text
WorkoutSession.name text NOT NULL
WorkoutSession.status "SessionStatus" NOT NULL DEFAULT 'SCHEDULED'::"SessionStatus"
WorkoutSession.scheduledAt timestamp(3) without time zone
WorkoutSession.startedAt timestamp(3) without time zone
WorkoutSession.completedAt timestamp(3) without time zone
WorkoutSession.durationMinutes integer
WorkoutSession.notes text
WorkoutSession.legacyWorkoutId text
WorkoutSession.legacyChecksum text
WorkoutSession.createdAt timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
WorkoutSession.updatedAt timestamp(3) without time zone NOT NULL
"#;

const V3_INDEXES: &str = r#"
CREATE UNIQUE INDEX "BodyMeasurement_pkey" ON public."BodyMeasurement" USING btree (id)
CREATE INDEX "BodyMeasurement_userId_date_idx" ON public."BodyMeasurement" USING btree ("userId", date)
CREATE INDEX "ExerciseAlias_exerciseId_idx" ON public."ExerciseAlias" USING btree ("exerciseId")
CREATE UNIQUE INDEX "ExerciseAlias_pkey" ON public."ExerciseAlias" USING btree (id)
CREATE UNIQUE INDEX "ExerciseAlias_userId_lower_name_key" ON public."ExerciseAlias" USING btree ("userId", lower(name))
CREATE INDEX "ExerciseRecord_exerciseId_idx" ON public."ExerciseRecord" USING btree ("exerciseId")
CREATE UNIQUE INDEX "ExerciseRecord_pkey" ON public."ExerciseRecord" USING btree ("userId", "exerciseId")
CREATE INDEX "Exercise_createdById_idx" ON public."Exercise" USING btree ("createdById")
CREATE UNIQUE INDEX "Exercise_createdById_lower_name_key" ON public."Exercise" USING btree ("createdById", lower(name)) WHERE ("createdById" IS NOT NULL)
CREATE UNIQUE INDEX "Exercise_name_shared_key" ON public."Exercise" USING btree (name) WHERE ("createdById" IS NULL)
CREATE UNIQUE INDEX "Exercise_pkey" ON public."Exercise" USING btree (id)
CREATE INDEX "Exercise_primaryMuscleGroup_idx" ON public."Exercise" USING btree ("primaryMuscleGroup")
CREATE UNIQUE INDEX "LegacyMigrationRun_pkey" ON public."LegacyMigrationRun" USING btree (id)
CREATE UNIQUE INDEX "PlanDay_pkey" ON public."PlanDay" USING btree (id)
CREATE UNIQUE INDEX "PlanDay_trainingPlanId_position_key" ON public."PlanDay" USING btree ("trainingPlanId", "position")
CREATE INDEX "PlanExercise_exerciseId_idx" ON public."PlanExercise" USING btree ("exerciseId")
CREATE UNIQUE INDEX "PlanExercise_pkey" ON public."PlanExercise" USING btree (id)
CREATE UNIQUE INDEX "PlanExercise_planDayId_position_key" ON public."PlanExercise" USING btree ("planDayId", "position")
CREATE UNIQUE INDEX "ReminderDelivery_pkey" ON public."ReminderDelivery" USING btree (id)
CREATE UNIQUE INDEX "ReminderDelivery_reminderId_occurrence_key" ON public."ReminderDelivery" USING btree ("reminderId", occurrence)
CREATE INDEX "Reminder_active_nextFireAt_idx" ON public."Reminder" USING btree (active, "nextFireAt")
CREATE UNIQUE INDEX "Reminder_pkey" ON public."Reminder" USING btree (id)
CREATE INDEX "Reminder_sessionId_idx" ON public."Reminder" USING btree ("sessionId")
CREATE INDEX "Reminder_trainingPlanId_idx" ON public."Reminder" USING btree ("trainingPlanId")
CREATE INDEX "Reminder_userId_active_idx" ON public."Reminder" USING btree ("userId", active)
CREATE INDEX "SessionExercise_exerciseId_idx" ON public."SessionExercise" USING btree ("exerciseId")
CREATE UNIQUE INDEX "SessionExercise_pkey" ON public."SessionExercise" USING btree (id)
CREATE INDEX "SessionExercise_planExerciseId_idx" ON public."SessionExercise" USING btree ("planExerciseId")
CREATE UNIQUE INDEX "SessionExercise_sessionId_position_key" ON public."SessionExercise" USING btree ("sessionId", "position")
CREATE UNIQUE INDEX "TrainingPlan_id_userId_key" ON public."TrainingPlan" USING btree (id, "userId")
CREATE UNIQUE INDEX "TrainingPlan_pkey" ON public."TrainingPlan" USING btree (id)
CREATE UNIQUE INDEX "TrainingPlan_userId_lower_name_key" ON public."TrainingPlan" USING btree ("userId", lower(name))
CREATE UNIQUE INDEX "TrainingPlan_userId_name_key" ON public."TrainingPlan" USING btree ("userId", name)
CREATE INDEX "TrainingPlan_userId_status_idx" ON public."TrainingPlan" USING btree ("userId", status)
CREATE UNIQUE INDEX "TrainingWeek_pkey" ON public."TrainingWeek" USING btree ("userId", week)
CREATE UNIQUE INDEX "User_email_key" ON public."User" USING btree (email)
CREATE UNIQUE INDEX "User_pkey" ON public."User" USING btree (id)
CREATE UNIQUE INDEX "WorkoutExercise_pkey" ON public."WorkoutExercise" USING btree (id)
CREATE INDEX "WorkoutLog_exerciseId_idx" ON public."WorkoutLog" USING btree ("exerciseId")
CREATE UNIQUE INDEX "WorkoutLog_legacyWorkoutExerciseId_setNumber_key" ON public."WorkoutLog" USING btree ("legacyWorkoutExerciseId", "setNumber")
CREATE UNIQUE INDEX "WorkoutLog_pkey" ON public."WorkoutLog" USING btree (id)
CREATE UNIQUE INDEX "WorkoutLog_sessionId_exerciseId_setNumber_key" ON public."WorkoutLog" USING btree ("sessionId", "exerciseId", "setNumber")
CREATE INDEX "WorkoutLog_userId_date_idx" ON public."WorkoutLog" USING btree ("userId", date)
CREATE INDEX "WorkoutLog_userId_exerciseId_date_idx" ON public."WorkoutLog" USING btree ("userId", "exerciseId", date)
CREATE UNIQUE INDEX "WorkoutSession_id_userId_key" ON public."WorkoutSession" USING btree (id, "userId")
CREATE UNIQUE INDEX "WorkoutSession_legacyWorkoutId_key" ON public."WorkoutSession" USING btree ("legacyWorkoutId")
CREATE UNIQUE INDEX "WorkoutSession_pkey" ON public."WorkoutSession" USING btree (id)
CREATE INDEX "WorkoutSession_trainingPlanId_idx" ON public."WorkoutSession" USING btree ("trainingPlanId")
CREATE INDEX "WorkoutSession_userId_scheduledAt_idx" ON public."WorkoutSession" USING btree ("userId", "scheduledAt")
CREATE INDEX "WorkoutSession_userId_status_idx" ON public."WorkoutSession" USING btree ("userId", status)
CREATE INDEX "WorkoutSession_userId_when_idx" ON public."WorkoutSession" USING btree ("userId", COALESCE("scheduledAt", "startedAt", "completedAt", "createdAt"))
CREATE UNIQUE INDEX "Workout_pkey" ON public."Workout" USING btree (id)
CREATE INDEX "Workout_userId_idx" ON public."Workout" USING btree ("userId")
"#;

const V3_CONSTRAINTS: &str = r#"
BodyMeasurement_armCm_check CHECK ((("armCm" >= (0)::double precision) AND ("armCm" < 'Infinity'::double precision)))
BodyMeasurement_bodyFatPercent_check CHECK ((("bodyFatPercent" >= (0)::double precision) AND ("bodyFatPercent" <= (100)::double precision)))
BodyMeasurement_chestCm_check CHECK ((("chestCm" >= (0)::double precision) AND ("chestCm" < 'Infinity'::double precision)))
BodyMeasurement_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
BodyMeasurement_date_check CHECK (((date >= '1900-01-01 00:00:00'::timestamp without time zone) AND (date < '10000-01-01 00:00:00'::timestamp without time zone)))
BodyMeasurement_hipsCm_check CHECK ((("hipsCm" >= (0)::double precision) AND ("hipsCm" < 'Infinity'::double precision)))
BodyMeasurement_neckCm_check CHECK ((("neckCm" >= (0)::double precision) AND ("neckCm" < 'Infinity'::double precision)))
BodyMeasurement_pkey PRIMARY KEY (id)
BodyMeasurement_thighCm_check CHECK ((("thighCm" >= (0)::double precision) AND ("thighCm" < 'Infinity'::double precision)))
BodyMeasurement_updatedAt_check CHECK ((("updatedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("updatedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
BodyMeasurement_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
BodyMeasurement_value_check CHECK ((num_nonnulls("weightKg", "bodyFatPercent", "waistCm", "chestCm", "armCm", "thighCm", "hipsCm", "neckCm") >= 1))
BodyMeasurement_waistCm_check CHECK ((("waistCm" >= (0)::double precision) AND ("waistCm" < 'Infinity'::double precision)))
BodyMeasurement_weightKg_check CHECK ((("weightKg" >= (0)::double precision) AND ("weightKg" < 'Infinity'::double precision)))
ExerciseAlias_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
ExerciseAlias_exerciseId_fkey FOREIGN KEY ("exerciseId") REFERENCES "Exercise"(id) ON UPDATE CASCADE ON DELETE CASCADE
ExerciseAlias_pkey PRIMARY KEY (id)
ExerciseAlias_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
ExerciseRecord_exerciseId_fkey FOREIGN KEY ("exerciseId") REFERENCES "Exercise"(id) ON UPDATE CASCADE ON DELETE CASCADE
ExerciseRecord_pkey PRIMARY KEY ("userId", "exerciseId")
ExerciseRecord_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
Exercise_pkey PRIMARY KEY (id)
LegacyMigrationRun_finishedAt_check CHECK ((("finishedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("finishedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
LegacyMigrationRun_pkey PRIMARY KEY (id)
LegacyMigrationRun_startedAt_check CHECK ((("startedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("startedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
PlanDay_pkey PRIMARY KEY (id)
PlanDay_position_check CHECK (("position" >= 1))
PlanDay_session_plan TRIGGER
PlanDay_time_check CHECK (("time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text))
PlanDay_trainingPlanId_fkey FOREIGN KEY ("trainingPlanId") REFERENCES "TrainingPlan"(id) ON UPDATE CASCADE ON DELETE CASCADE
PlanExercise_exerciseId_fkey FOREIGN KEY ("exerciseId") REFERENCES "Exercise"(id) ON UPDATE CASCADE ON DELETE RESTRICT
PlanExercise_pkey PRIMARY KEY (id)
PlanExercise_planDayId_fkey FOREIGN KEY ("planDayId") REFERENCES "PlanDay"(id) ON UPDATE CASCADE ON DELETE CASCADE
PlanExercise_position_check CHECK (("position" >= 1))
PlanExercise_progressionKg_check CHECK ((("progressionKg" >= (0)::double precision) AND ("progressionKg" < 'Infinity'::double precision)))
PlanExercise_restSeconds_check CHECK (("restSeconds" >= 0))
PlanExercise_supersetGroup_check CHECK (("supersetGroup" >= 1))
PlanExercise_targetRepsMax_check CHECK (("targetRepsMax" >= 0))
PlanExercise_targetRepsMin_check CHECK (("targetRepsMin" >= 0))
PlanExercise_targetReps_check CHECK (("targetRepsMin" <= "targetRepsMax"))
PlanExercise_targetRpe_check CHECK ((("targetRpe" >= (1)::double precision) AND ("targetRpe" <= (10)::double precision)))
PlanExercise_targetSets_check CHECK (("targetSets" >= 1))
PlanExercise_targetWeight_check CHECK ((("targetWeight" >= (0)::double precision) AND ("targetWeight" < 'Infinity'::double precision)))
ReminderDelivery_deliveredAt_check CHECK ((("deliveredAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("deliveredAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
ReminderDelivery_occurrence_check CHECK (((occurrence >= '1900-01-01 00:00:00'::timestamp without time zone) AND (occurrence < '10000-01-01 00:00:00'::timestamp without time zone)))
ReminderDelivery_pkey PRIMARY KEY (id)
ReminderDelivery_reminderId_fkey FOREIGN KEY ("reminderId") REFERENCES "Reminder"(id) ON UPDATE CASCADE ON DELETE CASCADE
Reminder_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
Reminder_lastFiredAt_check CHECK ((("lastFiredAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("lastFiredAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
Reminder_leadMinutes_check CHECK (("leadMinutes" >= 0))
Reminder_nextFireAt_check CHECK ((("nextFireAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("nextFireAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
Reminder_pkey PRIMARY KEY (id)
Reminder_sessionId_userId_fkey FOREIGN KEY ("sessionId", "userId") REFERENCES "WorkoutSession"(id, "userId") ON UPDATE CASCADE ON DELETE CASCADE
Reminder_trainingPlanId_userId_fkey FOREIGN KEY ("trainingPlanId", "userId") REFERENCES "TrainingPlan"(id, "userId") ON UPDATE CASCADE ON DELETE CASCADE
Reminder_updatedAt_check CHECK ((("updatedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("updatedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
Reminder_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
SessionExercise_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
SessionExercise_exerciseId_fkey FOREIGN KEY ("exerciseId") REFERENCES "Exercise"(id) ON UPDATE CASCADE ON DELETE RESTRICT
SessionExercise_pkey PRIMARY KEY (id)
SessionExercise_planExerciseId_fkey FOREIGN KEY ("planExerciseId") REFERENCES "PlanExercise"(id) ON UPDATE CASCADE ON DELETE SET NULL
SessionExercise_plan_owner TRIGGER
SessionExercise_position_check CHECK (("position" >= 1))
SessionExercise_restSeconds_check CHECK (("restSeconds" >= 0))
SessionExercise_sessionId_fkey FOREIGN KEY ("sessionId") REFERENCES "WorkoutSession"(id) ON UPDATE CASCADE ON DELETE CASCADE
SessionExercise_supersetGroup_check CHECK (("supersetGroup" >= 1))
SessionExercise_targetRepsMax_check CHECK (("targetRepsMax" >= 0))
SessionExercise_targetRepsMin_check CHECK (("targetRepsMin" >= 0))
SessionExercise_targetReps_check CHECK (("targetRepsMin" <= "targetRepsMax"))
SessionExercise_targetRpe_check CHECK ((("targetRpe" >= (1)::double precision) AND ("targetRpe" <= (10)::double precision)))
SessionExercise_targetSets_check CHECK (("targetSets" >= 1))
SessionExercise_targetWeight_check CHECK ((("targetWeight" >= (0)::double precision) AND ("targetWeight" < 'Infinity'::double precision)))
SessionExercise_updatedAt_check CHECK ((("updatedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("updatedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
TrainingPlan_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
TrainingPlan_endDate_check CHECK ((("endDate" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("endDate" < '10000-01-01 00:00:00'::timestamp without time zone)))
TrainingPlan_pkey PRIMARY KEY (id)
TrainingPlan_session_owner TRIGGER
TrainingPlan_startDate_check CHECK ((("startDate" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("startDate" < '10000-01-01 00:00:00'::timestamp without time zone)))
TrainingPlan_updatedAt_check CHECK ((("updatedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("updatedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
TrainingPlan_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
TrainingWeek_pkey PRIMARY KEY ("userId", week)
TrainingWeek_sets_check CHECK ((sets > 0))
TrainingWeek_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
User_lastLogin_check CHECK ((("lastLogin" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("lastLogin" < '10000-01-01 00:00:00'::timestamp without time zone)))
User_pkey PRIMARY KEY (id)
User_weight_check CHECK (((weight >= (0)::double precision) AND (weight < 'Infinity'::double precision)))
WorkoutExercise_exerciseId_fkey FOREIGN KEY ("exerciseId") REFERENCES "Exercise"(id) ON UPDATE CASCADE ON DELETE RESTRICT
WorkoutExercise_pkey PRIMARY KEY (id)
WorkoutExercise_workoutId_fkey FOREIGN KEY ("workoutId") REFERENCES "Workout"(id) ON UPDATE CASCADE ON DELETE CASCADE
WorkoutLog_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutLog_date_check CHECK (((date >= '1900-01-01 00:00:00'::timestamp without time zone) AND (date < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutLog_distanceMeters_check CHECK ((("distanceMeters" >= (0)::double precision) AND ("distanceMeters" < 'Infinity'::double precision)))
WorkoutLog_durationSeconds_check CHECK (("durationSeconds" >= 0))
WorkoutLog_exerciseId_fkey FOREIGN KEY ("exerciseId") REFERENCES "Exercise"(id) ON UPDATE CASCADE ON DELETE RESTRICT
WorkoutLog_isWarmup_setType_check CHECK (("isWarmup" = ("setType" = 'WARMUP'::"SetType")))
WorkoutLog_legacyWorkoutExerciseId_fkey FOREIGN KEY ("legacyWorkoutExerciseId") REFERENCES "WorkoutExercise"(id) ON UPDATE CASCADE ON DELETE SET NULL
WorkoutLog_pkey PRIMARY KEY (id)
WorkoutLog_reps_check CHECK ((reps >= 0))
WorkoutLog_rpe_check CHECK (((rpe >= (1)::double precision) AND (rpe <= (10)::double precision)))
WorkoutLog_sessionId_userId_fkey FOREIGN KEY ("sessionId", "userId") REFERENCES "WorkoutSession"(id, "userId") ON UPDATE CASCADE ON DELETE CASCADE
WorkoutLog_setNumber_check CHECK (("setNumber" >= 1))
WorkoutLog_supersetGroup_check CHECK (("supersetGroup" >= 1))
WorkoutLog_updatedAt_check CHECK ((("updatedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("updatedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutLog_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
WorkoutLog_weight_check CHECK (((weight >= (0)::double precision) AND (weight < 'Infinity'::double precision)))
WorkoutSession_completedAt_check CHECK ((("completedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("completedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutSession_createdAt_check CHECK ((("createdAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("createdAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutSession_durationMinutes_check CHECK (("durationMinutes" >= 0))
WorkoutSession_legacyWorkoutId_fkey FOREIGN KEY ("legacyWorkoutId") REFERENCES "Workout"(id) ON UPDATE CASCADE ON DELETE SET NULL
WorkoutSession_pkey PRIMARY KEY (id)
WorkoutSession_planDayId_fkey FOREIGN KEY ("planDayId") REFERENCES "PlanDay"(id) ON UPDATE CASCADE ON DELETE SET NULL
WorkoutSession_plan_owner TRIGGER
WorkoutSession_scheduledAt_check CHECK ((("scheduledAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("scheduledAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutSession_startedAt_check CHECK ((("startedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("startedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutSession_trainingPlanId_fkey FOREIGN KEY ("trainingPlanId") REFERENCES "TrainingPlan"(id) ON UPDATE CASCADE ON DELETE SET NULL
WorkoutSession_updatedAt_check CHECK ((("updatedAt" >= '1900-01-01 00:00:00'::timestamp without time zone) AND ("updatedAt" < '10000-01-01 00:00:00'::timestamp without time zone)))
WorkoutSession_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
Workout_pkey PRIMARY KEY (id)
Workout_userId_fkey FOREIGN KEY ("userId") REFERENCES "User"(id) ON UPDATE CASCADE ON DELETE CASCADE
"#;

/// `workout` writes empty lists as `{}`, never NULL: Prisma reads a NULL
/// list as [] but its list filters (`isEmpty`, `has`, `equals: []`) do not
/// match NULL rows, so the web app's queries would miss them.
#[test]
fn workout_never_writes_a_null_list() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["exercise", "add", "Own Lift"],
        vec!["plan", "create", "P"],
        vec!["plan", "add-day", "P", "A"],
        vec!["plan", "add-exercise", "P", "A", "Own Lift", "--sets", "3"],
        vec!["plan", "activate", "P"],
        vec![
            "session",
            "schedule",
            "S",
            "--at",
            "2030-01-01 07:00",
            "--plan",
            "P",
            "--day",
            "A",
        ],
        vec!["reminder", "add", "--plan", "P", "--before", "30m"],
        vec!["reminder", "add", "--session", "next", "--before", "1h"],
        vec!["reminder", "add", "--days", "mon", "--at", "07:00"],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "Reminder""#), 3);
    for (table, column) in [
        ("Exercise", "secondaryMuscleGroups"),
        ("PlanDay", "weekdays"),
        ("Reminder", "weekdays"),
    ] {
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "{table}" WHERE "{column}" IS NULL"#
            )),
            0,
            "{table}.{column} holds NULL"
        );
    }
}
