//! `workout migrate status|up|down`, and adopting a legacy database.

use crate::common::*;

/// The legacy v1 schema exactly as the first web app's `prisma migrate`
/// wrote it (data-model.md), with Prisma's own bookkeeping table.
pub(crate) const PRISMA_V1: &str = r#"
CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Workout" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "notes" TEXT,
    "duration" INTEGER,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Workout_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Exercise" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "muscleGroup" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Exercise_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "WorkoutExercise" (
    "id" TEXT NOT NULL,
    "workoutId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "sets" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION,
    "notes" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "WorkoutExercise_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "Exercise_name_key" ON "Exercise"("name");
CREATE INDEX "Workout_userId_idx" ON "Workout"("userId");
ALTER TABLE "Workout" ADD CONSTRAINT "Workout_userId_fkey" FOREIGN KEY ("userId")
  REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkoutExercise" ADD CONSTRAINT "WorkoutExercise_workoutId_fkey" FOREIGN KEY ("workoutId")
  REFERENCES "Workout"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkoutExercise" ADD CONSTRAINT "WorkoutExercise_exerciseId_fkey" FOREIGN KEY ("exerciseId")
  REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
VALUES ('0b8f5c2e-0000-4000-8000-000000000001', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        '2023-01-10 10:00:00+00', '20230110100000_init', 1);
INSERT INTO "User" (id, email, name, password, "createdAt", "updatedAt") VALUES
  ('clu1', 'ana@example.com', 'Ana', '$2b$10$abcdefghijklmnopqrstuuTOPSECRETHASHxxxxxxxxxxxxxxxxx', '2023-01-10 10:00:00', '2023-02-01 08:30:00.123'),
  ('clu2', 'bo@example.com', NULL, NULL, '2023-01-11 11:00:00', '2023-01-11 11:00:00');
INSERT INTO "Exercise" (id, name, description, "muscleGroup", "createdAt", "updatedAt") VALUES
  ('cle1', 'Bench Press', 'flat', 'chest', '2023-01-10 10:00:00', '2023-01-10 10:00:00'),
  ('cle2', 'squat', NULL, 'Legs', '2023-01-10 10:00:00', '2023-01-10 10:00:00'),
  ('cle3', 'Klimmzüge', NULL, NULL, '2023-01-10 10:00:00', '2023-01-10 10:00:00');
INSERT INTO "Workout" (id, name, date, notes, duration, "userId", "createdAt", "updatedAt") VALUES
  ('clw1', 'Push', '2023-01-12 18:00:00', 'felt good', 60, 'clu1', '2023-01-12 19:00:00', '2023-01-12 19:00:00'),
  ('clw2', 'Legs 🦵', '2023-01-14 09:30:00', NULL, NULL, 'clu1', '2023-01-14 10:00:00', '2023-01-14 10:00:00'),
  ('clw3', 'Empty', '2023-01-15 07:00:00', NULL, 5, 'clu2', '2023-01-15 07:05:00', '2023-01-15 07:05:00');
INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, notes, "order") VALUES
  ('clx1', 'clw1', 'cle1', 3, 10, 60.5, NULL, 0),
  ('clx2', 'clw1', 'cle3', 3, 8, NULL, 'body weight', 1),
  ('clx3', 'clw2', 'cle2', 5, 5, 100, NULL, 0),
  ('clx4', 'clw2', 'cle2', 0, 5, 100, 'invalid: no sets', 1);
"#;

/// A checksum of every legacy row, over the legacy columns only (v2 adds
/// columns to "User" and "Exercise"; the legacy values must not change).
/// The built-in catalog's rows (ids `ccat...`) are new rows, counted apart.
pub(crate) const LEGACY_CHECKSUM: &str = r#"
SELECT md5(
  (SELECT string_agg(concat_ws('|', id, email, name, password, "createdAt", "updatedAt"), E'\n' ORDER BY id) FROM "User") ||
  (SELECT string_agg(concat_ws('|', id, name, date, notes, duration, "userId", "createdAt", "updatedAt"), E'\n' ORDER BY id) FROM "Workout") ||
  (SELECT string_agg(concat_ws('|', id, name, description, "muscleGroup", "createdAt", "updatedAt"), E'\n' ORDER BY id)
     FROM "Exercise" WHERE id NOT LIKE 'ccat%') ||
  (SELECT string_agg(concat_ws('|', id, "workoutId", "exerciseId", sets, reps, weight, notes, "order"), E'\n' ORDER BY id) FROM "WorkoutExercise") ||
  (SELECT string_agg(concat_ws('|', id, checksum, finished_at, migration_name), E'\n' ORDER BY id) FROM "_prisma_migrations"))"#;

/// Indexes and constraints on the legacy tables (none may be duplicated or lost).
const LEGACY_OBJECTS: &str = r#"
SELECT indexname FROM pg_indexes WHERE tablename IN ('User','Workout','Exercise','WorkoutExercise')
UNION ALL
SELECT conname FROM pg_constraint WHERE conrelid IN ('"User"'::regclass, '"Workout"'::regclass,
       '"Exercise"'::regclass, '"WorkoutExercise"'::regclass)
ORDER BY 1"#;

#[test]
fn a_prisma_made_legacy_database_is_adopted_without_changing_a_row() {
    let db = TestDb::empty();
    db.sql(PRISMA_V1);
    let before = db.strings(LEGACY_CHECKSUM);
    let objects_before = db.strings(LEGACY_OBJECTS);

    let out = db
        .workout()
        .args(["migrate", "status", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let status = json_of(&out);
    assert!(
        status
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["applied"] == false)
    );

    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains(&format!("Applied {} migration(s)", migrations_in_tree())),
        "{}",
        stderr_of(&out)
    );
    // The catalog was added beside the legacy exercises (none of whose
    // names it has), and every one of its rows is a catalog row.
    let catalog = include_str!("../../migrations/20260101000003_exercise_catalog.up.sql")
        .matches("\n('ccat")
        .count() as i64;
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "Exercise" WHERE id LIKE 'ccat%' AND "createdById" IS NULL"#
        ),
        catalog
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "Exercise""#), catalog + 3);

    assert_eq!(db.strings(LEGACY_CHECKSUM), before, "no legacy row changed");
    // The v2 and v3 objects are there and the legacy ones are exactly as
    // they were, but v1's global Exercise_name_key, which v3 replaces by
    // the same key on the shared rows (Exercise_name_shared_key) and one
    // per user.
    let objects_after = db.strings(LEGACY_OBJECTS);
    for o in &objects_before {
        assert!(
            objects_after.contains(o) || o == "Exercise_name_key",
            "{o} kept"
        );
    }
    let mut added: Vec<_> = objects_after
        .iter()
        .filter(|o| !objects_before.contains(o))
        .map(String::as_str)
        .collect();
    added.sort();
    assert_eq!(
        added,
        [
            "Exercise_createdById_idx",
            "Exercise_createdById_lower_name_key",
            "Exercise_name_shared_key",
            "Exercise_primaryMuscleGroup_idx",
            "User_lastLogin_check",
            "User_weight_check",
        ],
        "only v2's and v3's own objects are added to legacy tables"
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "TrainingPlan""#), 0);
    // The legacy rows read as v2 rows with the v2 defaults.
    assert_eq!(
        db.strings(r#"SELECT concat_ws(',', "weightUnit", "isActive"::text, coalesce(timezone, '-')) FROM "User" ORDER BY id"#),
        ["kg,true,-", "kg,true,-"]
    );
    // Legacy exercises read an empty list, not NULL, so Prisma's list
    // filters (isEmpty, has) match them.
    assert_eq!(
        db.strings(r#"SELECT concat_ws(',', name, "secondaryMuscleGroups"::text, category::text) FROM "Exercise" WHERE id LIKE 'cle%' ORDER BY id"#),
        ["Bench Press,{},STRENGTH", "squat,{},STRENGTH", "Klimmzüge,{},STRENGTH"]
    );

    // A second `migrate up` has nothing to do and changes nothing.
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr_of(&out).contains("Nothing to do"));
    assert_eq!(db.strings(LEGACY_CHECKSUM), before);

    // The legacy user works as a workout user, and its hash is never shown.
    for format in ["table", "json", "csv", "ndjson"] {
        let out = db
            .workout()
            .args([
                "--user",
                "ana@example.com",
                "user",
                "show",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let text = stdout_of(&out);
        assert!(text.contains("ana@example.com"));
        assert!(
            !text.contains("TOPSECRET") && !text.contains("$2b$"),
            "no password in {format}: {text}"
        );
    }
}

#[test]
fn the_first_migration_creates_the_legacy_schema_on_an_empty_database() {
    let db = TestDb::empty();
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    // The legacy tables, made by workout, take legacy rows as Prisma wrote them.
    db.sql(&PRISMA_V1[PRISMA_V1.find("INSERT INTO \"User\"").unwrap()..]);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutExercise""#), 4);
}

#[test]
fn status_lists_every_migration() {
    let db = TestDb::new();
    let out = db
        .workout()
        .args(["migrate", "status", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "version,description,applied");
    assert_eq!(lines.len(), migrations_in_tree() + 1, "{text}");
    assert!(
        lines[1].ends_with("legacy v1,true")
            && lines[2].ends_with("v2,true")
            && lines[3].ends_with("exercise catalog,true")
            && lines[4].ends_with("v3,true")
            && lines[5].ends_with("scale indexes,true"),
        "{text}"
    );
    assert!(stderr_of(&out).contains("up to date"));
}

#[test]
fn down_past_v2_refuses_while_v2_tables_hold_rows() {
    let db = TestDb::new().with_user("a@x.io");
    db.sql(r#"INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt") SELECT 'p1', id, 'Plan', now() FROM "User""#);

    // No terminal and no --yes: a question becomes an error naming the flag.
    let out = db
        .workout()
        .args(["migrate", "down", "--force"])
        .output()
        .unwrap();
    assert_error(&out, 2, "--yes");

    // The migrations after v3, then v3, which holds nothing v2 cannot here.
    db.migrate_down_to(20260101000003);

    // Then the catalog: reverting it drops no table.
    let out = db
        .workout()
        .args(["migrate", "down", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("exercise catalog"),
        "{}",
        stderr_of(&out)
    );

    let out = db
        .workout()
        .args(["migrate", "down", "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 2, "TrainingPlan");
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "TrainingPlan""#),
        1,
        "nothing was dropped"
    );

    let out = db
        .workout()
        .args(["migrate", "down", "--yes", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        db.int("SELECT count(*) FROM pg_tables WHERE tablename = 'TrainingPlan'"),
        0
    );
    // The legacy tables and their rows stay.
    assert_eq!(db.int(r#"SELECT count(*) FROM "User""#), 1);

    // Now behind: other commands exit 5 and name `migrate up`; `up` restores v2.
    let out = db.workout().args(["user", "show"]).output().unwrap();
    assert_error(&out, 5, "workout migrate up");
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    db.workout().args(["user", "show"]).assert().success();
}

#[test]
fn down_past_v2_refuses_while_a_profile_holds_v2_data() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    // The migrations after v2 go first; then v2 is refused.
    db.migrate_down_to(20260101000002);
    let out = db
        .workout()
        .args(["migrate", "down", "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 2, "User (profile columns)");
    assert_eq!(
        db.strings(r#"SELECT timezone FROM "User""#),
        ["Europe/Berlin"]
    );
}

#[test]
fn down_to_zero_never_drops_the_legacy_tables() {
    let db = TestDb::new().with_user("a@x.io");
    let all = db.int("SELECT count(*) FROM _sqlx_migrations");
    for _ in 0..all {
        let out = db
            .workout()
            .args(["migrate", "down", "--yes"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let out = db
        .workout()
        .args(["migrate", "down", "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 2, "nothing to revert");
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "User""#),
        1,
        "the old app's data stays"
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise""#),
        0,
        "and the catalog left the old app's exercise table as it found it"
    );
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(db.int(r#"SELECT count(*) FROM _sqlx_migrations"#), all);
}
