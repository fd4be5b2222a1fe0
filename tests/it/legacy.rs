//! `workout migrate legacy|verify|rollback` and the legacy part of
//! `migrate status`, against a real server, on hand-made legacy data.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::*;
use crate::migrate::{LEGACY_CHECKSUM, PRISMA_V1};

pub(crate) const NOW: &str = "2026-03-01T12:00:00.000Z";

/// Legacy rows covering every mapping rule (see the expectations below).
pub(crate) const FIXTURE: &str = r#"
INSERT INTO "User" (id, email, name, "updatedAt") VALUES
  ('u_ana', 'ana@example.com', 'Ana', '2024-01-01'),
  ('u_bo', 'bo@example.com', NULL, '2024-01-01'),
  ('u_cy', 'cy@example.com', 'Cy', '2024-01-01');
INSERT INTO "Exercise" (id, name, "muscleGroup", "updatedAt") VALUES
  ('e1', 'Bench Press', 'Chest', '2023-01-01'),
  ('e2', 'bench press', 'pecs', '2023-01-01'),
  ('e3', 'Squat', 'Legs', '2023-01-01'),
  ('e4', 'Klimmzüge', ' lats ', '2023-01-01'),
  ('e5', 'Curl', 'Biceps', '2023-01-01'),
  ('e6', 'Plank', 'core', '2023-01-01'),
  ('e7', 'Row', 'back', '2023-01-01');
INSERT INTO "Workout" (id, name, date, notes, duration, "userId", "updatedAt") VALUES
  ('w1', 'Push', '2024-01-10 18:00:00', 'felt good', 60, 'u_ana', '2024-01-10'),
  ('w2', 'push ', '2024-01-17 18:00:00', NULL, NULL, 'u_ana', '2024-01-17'),
  ('w3', 'Legs 🦵', '2024-01-12 09:30:00', NULL, 45, 'u_ana', '2024-01-12'),
  ('w4', 'Empty', '2024-01-13 07:00:00', NULL, 5, 'u_ana', '2024-01-13'),
  ('w5', 'Pull', '2024-02-01 08:00:00', 'back day', 30, 'u_bo', '2024-02-01');
INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, notes, "order") VALUES
  ('we1', 'w1', 'e1', 3, 10, 60.5, NULL, 0),
  ('we2', 'w1', 'e4', 2, 8, NULL, 'body weight', 1),
  ('we3', 'w2', 'e2', 4, 6, 70, NULL, 1),
  ('we4', 'w2', 'e1', 1, 12, 40, NULL, 0),
  ('we5', 'w2', 'e1', 0, 5, 40, 'no sets', 2),
  ('we6', 'w3', 'e3', 5, 5, 100, NULL, 0),
  ('we7', 'w3', 'e3', 3, -1, 100, NULL, 1),
  ('we8', 'w3', 'e3', 3, 5, -20, NULL, 2),
  ('we9', 'w3', 'e3', 3, 5, 'NaN', NULL, 3),
  ('we10', 'w5', 'e4', 3, 5, NULL, NULL, 0),
  ('we11', 'w5', 'e7', 2, 10, 'Infinity', NULL, 1);
-- A row whose exercise is gone (an old app without the foreign key).
SET session_replication_role = replica;
INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES
  ('we12', 'w5', 'e_gone', 3, 3, 10, 2);
SET session_replication_role = DEFAULT;
"#;

/// Every legacy row, legacy columns only.
pub(crate) const LEGACY_SUM: &str = r#"
SELECT md5(
  (SELECT string_agg(concat_ws('|', id, email, name, password, "createdAt", "updatedAt"), E'\n' ORDER BY id) FROM "User") ||
  (SELECT string_agg(concat_ws('|', id, name, date, notes, duration, "userId", "createdAt", "updatedAt"), E'\n' ORDER BY id) FROM "Workout") ||
  (SELECT string_agg(concat_ws('|', id, name, description, "muscleGroup", "createdAt", "updatedAt"), E'\n' ORDER BY id) FROM "Exercise") ||
  (SELECT string_agg(concat_ws('|', id, "workoutId", "exerciseId", sets, reps, weight, notes, "order"), E'\n' ORDER BY id) FROM "WorkoutExercise"))"#;

/// What the migration made, without generated ids (foreign keys by content).
const CONTENT: &str = r#"
SELECT 'S|' || concat_ws('|', s."userId", s.name, s.status, s."scheduledAt", s."startedAt", s."completedAt",
       s."durationMinutes", s.notes, s."legacyWorkoutId", s."legacyChecksum", s."createdAt", s."updatedAt",
       s."trainingPlanId", s."planDayId") FROM "WorkoutSession" s
UNION ALL
SELECT 'L|' || concat_ws('|', l."userId", ss."legacyWorkoutId", l."exerciseId", l.date, l."setNumber", l.reps, l.weight,
       l.notes, l."legacyWorkoutExerciseId", l."createdAt", l."updatedAt", l."isWarmup")
  FROM "WorkoutLog" l LEFT JOIN "WorkoutSession" ss ON ss.id = l."sessionId"
UNION ALL
SELECT 'P|' || concat_ws('|', p."userId", p.name, p.status, p."isLegacyImport", p.description, p."createdAt", p."updatedAt")
  FROM "TrainingPlan" p
UNION ALL
SELECT 'D|' || concat_ws('|', p."userId", p.name, d.name, d.position, d.weekdays::text, d.notes)
  FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId"
UNION ALL
SELECT 'X|' || concat_ws('|', p."userId", d.position, x.position, x."exerciseId", x."targetSets", x."targetRepsMin",
       x."targetRepsMax", x."targetWeight", x.notes)
  FROM "PlanExercise" x JOIN "PlanDay" d ON d.id = x."planDayId" JOIN "TrainingPlan" p ON p.id = d."trainingPlanId"
UNION ALL
SELECT 'E|' || concat_ws('|', e.id, e."primaryMuscleGroup") FROM "Exercise" e
ORDER BY 1"#;

/// Every row of every v2 table and of Exercise, ids included (for rollback).
const EVERYTHING: &str = r#"
SELECT 'S|' || t::text FROM "WorkoutSession" t UNION ALL
SELECT 'L|' || t::text FROM "WorkoutLog" t UNION ALL
SELECT 'P|' || t::text FROM "TrainingPlan" t UNION ALL
SELECT 'D|' || t::text FROM "PlanDay" t UNION ALL
SELECT 'X|' || t::text FROM "PlanExercise" t UNION ALL
SELECT 'R|' || t::text FROM "Reminder" t UNION ALL
SELECT 'E|' || t::text FROM "Exercise" t UNION ALL
SELECT 'U|' || t::text FROM "User" t
ORDER BY 1"#;

/// An exercise edited in v2 since: its primaryMuscleGroup must stay.
const FIXTURE_V2: &str = r#"
INSERT INTO "Exercise" (id, name, "muscleGroup", "primaryMuscleGroup", "updatedAt") VALUES
  ('e8', 'Dip', 'chest', 'TRICEPS', '2023-01-01');
"#;

/// A legacy database as it is found: the v1 tables with their rows first,
/// then `workout migrate up` adopts them (v2 and the built-in catalog,
/// which adds only names no legacy exercise has).
pub(crate) fn fixture() -> TestDb {
    let db = TestDb::empty();
    db.sql(include_str!(
        "../../migrations/20260101000001_legacy_v1.up.sql"
    ));
    db.sql(FIXTURE);
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    db.sql(FIXTURE_V2);
    db
}

/// `workout migrate legacy ARGS --format json` at NOW; asserts success.
fn migrate(db: &TestDb, args: &[&str]) -> serde_json::Value {
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args(["migrate", "legacy", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

fn counts(report: &serde_json::Value, table: &str) -> (i64, i64, i64, i64) {
    let t = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == table)
        .unwrap_or_else(|| panic!("no {table} in {report}"));
    let n = |k: &str| t[k].as_i64().unwrap();
    (n("inserted"), n("updated"), n("deleted"), n("unchanged"))
}

fn verify(db: &TestDb) -> std::process::Output {
    db.workout().args(["migrate", "verify"]).output().unwrap()
}

#[test]
fn every_mapping_rule_on_hand_made_data() {
    let db = fixture();
    let legacy_before = db.strings(LEGACY_SUM);
    let r = migrate(&db, &[]);

    assert_eq!(r["mode"], "apply");
    assert_eq!(r["status"], "succeeded");
    assert_eq!(r["startedAt"], NOW);
    assert_eq!(
        r["legacy"],
        serde_json::json!({"users": 2, "workouts": 5, "workoutExercises": 12, "sets": 18})
    );
    assert_eq!(counts(&r, "WorkoutSession"), (5, 0, 0, 0));
    assert_eq!(counts(&r, "WorkoutLog"), (18, 0, 0, 0));
    assert_eq!(counts(&r, "TrainingPlan"), (2, 0, 0, 0));
    assert_eq!(counts(&r, "PlanDay"), (4, 0, 0, 0));
    assert_eq!(counts(&r, "PlanExercise"), (4, 0, 0, 0));
    assert_eq!(counts(&r, "Exercise"), (0, 5, 0, 0));

    // Sessions: one per workout, with the workout's fields.
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', "legacyWorkoutId", "userId", name, status, "scheduledAt", "startedAt",
                      "completedAt", coalesce("durationMinutes"::text, '-'), coalesce(notes, '-'),
                      length("legacyChecksum"), "createdAt" = $$2026-03-01 12:00:00$$ AND "updatedAt" = "createdAt")
                 FROM "WorkoutSession" ORDER BY "legacyWorkoutId""#
        ),
        [
            "w1|u_ana|Push|COMPLETED|2024-01-10 18:00:00|2024-01-10 18:00:00|2024-01-10 19:00:00|60|felt good|32|t",
            "w2|u_ana|push |COMPLETED|2024-01-17 18:00:00|2024-01-17 18:00:00|2024-01-17 18:00:00|-|-|32|t",
            "w3|u_ana|Legs 🦵|COMPLETED|2024-01-12 09:30:00|2024-01-12 09:30:00|2024-01-12 10:15:00|45|-|32|t",
            "w4|u_ana|Empty|COMPLETED|2024-01-13 07:00:00|2024-01-13 07:00:00|2024-01-13 07:05:00|5|-|32|t",
            "w5|u_bo|Pull|COMPLETED|2024-02-01 08:00:00|2024-02-01 08:00:00|2024-02-01 08:30:00|30|back day|32|t",
        ]
    );
    // Ids look like cuids and are unique.
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM (SELECT id FROM "WorkoutSession" UNION SELECT id FROM "WorkoutLog"
                 UNION SELECT id FROM "TrainingPlan" UNION SELECT id FROM "PlanDay" UNION SELECT id FROM "PlanExercise") i
                WHERE id ~ '^c[0-9a-z]{24}$'"#
        ),
        5 + 18 + 2 + 4 + 4
    );

    // Sets: N rows per WorkoutExercise, setNumber 1..N, its reps and weight, the workout's date.
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', l."legacyWorkoutExerciseId", l."setNumber", l.reps, coalesce(l.weight::text, 'BW'),
                      l.date, l."userId", l."exerciseId", s."legacyWorkoutId", coalesce(l.notes, '-'))
                 FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId"
                ORDER BY l."legacyWorkoutExerciseId", l."setNumber""#
        ),
        [
            "we1|1|10|60.5|2024-01-10 18:00:00|u_ana|e1|w1|-",
            "we1|2|10|60.5|2024-01-10 18:00:00|u_ana|e1|w1|-",
            "we1|3|10|60.5|2024-01-10 18:00:00|u_ana|e1|w1|-",
            "we10|1|5|BW|2024-02-01 08:00:00|u_bo|e4|w5|-",
            "we10|2|5|BW|2024-02-01 08:00:00|u_bo|e4|w5|-",
            "we10|3|5|BW|2024-02-01 08:00:00|u_bo|e4|w5|-",
            "we2|1|8|BW|2024-01-10 18:00:00|u_ana|e4|w1|body weight",
            "we2|2|8|BW|2024-01-10 18:00:00|u_ana|e4|w1|body weight",
            "we3|1|6|70|2024-01-17 18:00:00|u_ana|e2|w2|-",
            "we3|2|6|70|2024-01-17 18:00:00|u_ana|e2|w2|-",
            "we3|3|6|70|2024-01-17 18:00:00|u_ana|e2|w2|-",
            "we3|4|6|70|2024-01-17 18:00:00|u_ana|e2|w2|-",
            "we4|1|12|40|2024-01-17 18:00:00|u_ana|e1|w2|-",
            "we6|1|5|100|2024-01-12 09:30:00|u_ana|e3|w3|-",
            "we6|2|5|100|2024-01-12 09:30:00|u_ana|e3|w3|-",
            "we6|3|5|100|2024-01-12 09:30:00|u_ana|e3|w3|-",
            "we6|4|5|100|2024-01-12 09:30:00|u_ana|e3|w3|-",
            "we6|5|5|100|2024-01-12 09:30:00|u_ana|e3|w3|-",
        ]
    );

    // Skipped rows, each with its reason.
    let skipped: Vec<String> = r["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{}|{}|{}|{}",
                s["id"].as_str().unwrap(),
                s["workoutId"].as_str().unwrap(),
                s["user"].as_str().unwrap(),
                s["reason"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        skipped,
        [
            "we5|w2|ana@example.com|sets < 1",
            "we7|w3|ana@example.com|reps < 0",
            "we8|w3|ana@example.com|negative weight",
            "we9|w3|ana@example.com|non-finite weight",
            "we11|w5|bo@example.com|non-finite weight",
            "we12|w5|bo@example.com|missing exercise row",
        ]
    );
    assert_eq!(r["conflicts"], serde_json::json!([]));

    // The plan: one per user, ARCHIVED, one day per name (case and blanks
    // aside) in the order first trained, copied from its most recent workout.
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', "userId", name, status, "isLegacyImport") FROM "TrainingPlan" ORDER BY "userId""#
        ),
        [
            "u_ana|Imported workouts|ARCHIVED|t",
            "u_bo|Imported workouts|ARCHIVED|t"
        ]
    );
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', p."userId", d.position, d.name,
                      coalesce(x.position::text, '-'), x."exerciseId", x."targetSets", x."targetRepsMin",
                      x."targetRepsMax", coalesce(x."targetWeight"::text, 'BW'))
                 FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId"
                 LEFT JOIN "PlanExercise" x ON x."planDayId" = d.id
                ORDER BY p."userId", d.position, x.position"#
        ),
        [
            "u_ana|1|push|1|e1|1|12|12|40",
            "u_ana|1|push|2|e2|4|6|6|70",
            "u_ana|2|Legs 🦵|1|e3|5|5|5|100",
            "u_ana|3|Empty|-|BW",
            "u_bo|1|Pull|1|e4|3|5|5|BW",
        ]
    );

    // Muscle groups: mapped where NULL and the text maps; the rest listed.
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', id, coalesce("primaryMuscleGroup"::text, '-')) FROM "Exercise"
                WHERE id NOT LIKE 'ccat%' ORDER BY id"#
        ),
        [
            "e1|CHEST",
            "e2|CHEST",
            "e3|-",
            "e4|LATS",
            "e5|BICEPS",
            "e6|ABDOMINALS",
            "e7|-",
            "e8|TRICEPS"
        ]
    );
    assert_eq!(
        r["unmappedMuscleGroups"],
        serde_json::json!([{"muscleGroup": "Legs", "exercises": 1}, {"muscleGroup": "back", "exercises": 1}])
    );
    assert_eq!(r["mappedExercises"].as_array().unwrap().len(), 5);

    // Stored in LegacyMigrationRun, the same report.
    let stored = db.strings(r#"SELECT report::text FROM "LegacyMigrationRun" WHERE mode = 'apply' AND status = 'succeeded'"#);
    assert_eq!(stored.len(), 1);
    let stored: serde_json::Value = serde_json::from_str(&stored[0]).unwrap();
    assert_eq!(stored, r);

    // No legacy row changed, and verify passes.
    assert_eq!(db.strings(LEGACY_SUM), legacy_before);
    let out = verify(&db);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("Verified 2 user(s)"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_table_report_lists_counts_skipped_rows_and_unmapped_texts() {
    let db = fixture();
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    for needle in [
        "WorkoutSession",
        "WorkoutLog",
        "Skipped legacy rows (6)",
        "missing exercise row",
        "Unmapped muscle groups",
        "Legs",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
    assert!(
        stderr_of(&out).contains("Carried over 5 new"),
        "{}",
        stderr_of(&out)
    );
    let out = db
        .workout()
        .args(["migrate", "legacy", "--format", "csv"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.starts_with("table,inserted,updated,deleted,unchanged\nWorkoutSession,0,0,0,5\n"),
        "{text}"
    );
}

/// A legacy workout changed after the migration, in a way that moves no set
/// (its name), is a mismatch until the next run carries it over.
#[test]
fn verify_fails_while_a_legacy_change_is_not_carried_over() {
    let db = fixture();
    migrate(&db, &[]);
    assert!(verify(&db).status.success());
    db.sql(r#"UPDATE "Workout" SET name = 'Push (renamed)' WHERE id = 'w1'"#);
    let out = verify(&db);
    assert_error(&out, 4, "ana@example.com");
    assert!(
        stderr_of(&out).contains("matches its legacy workout's content"),
        "{}",
        stderr_of(&out)
    );
    migrate(&db, &[]);
    let out = verify(&db);
    assert!(out.status.success(), "{}", stderr_of(&out));
}

#[test]
fn verify_fails_with_exit_4_after_a_migrated_set_is_tampered_with() {
    let db = fixture();
    let out = verify(&db);
    assert_error(&out, 4, "every legacy workout has exactly one session");
    migrate(&db, &[]);
    assert!(verify(&db).status.success());

    db.sql(r#"UPDATE "WorkoutLog" SET weight = 61 WHERE "legacyWorkoutExerciseId" = 'we1' AND "setNumber" = 2"#);
    let out = verify(&db);
    assert_error(&out, 4, "ana@example.com");
    assert!(stderr_of(&out).contains("volume"), "{}", stderr_of(&out));

    db.sql(r#"UPDATE "WorkoutLog" SET weight = 60.5 WHERE "legacyWorkoutExerciseId" = 'we1';
              DELETE FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" = 'we10' AND "setNumber" = 3"#);
    let out = db
        .workout()
        .args(["migrate", "verify", "--format", "json"])
        .output()
        .unwrap();
    assert_error(&out, 4, "bo@example.com");
    let m = json_of(&out);
    let invariants: Vec<&str> = m
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["invariant"].as_str().unwrap())
        .collect();
    assert!(
        invariants.iter().any(|i| i.starts_with("migrated sets")),
        "{m}"
    );
    assert!(
        m.as_array()
            .unwrap()
            .iter()
            .all(|x| x["user"] == "bo@example.com"),
        "{m}"
    );

    // A set moved into another user's session breaks the owner invariant.
    db.sql(r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight,
                                         "legacyWorkoutExerciseId", "updatedAt")
              SELECT 'ctamper', 'u_bo', (SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w5'), 'e4',
                     now(), 3, 5, NULL, 'we10', now()"#);
    assert!(verify(&db).status.success(), "{}", stderr_of(&verify(&db)));
    // Since v3 the database itself refuses it (a composite key), so verify
    // keeps holding.
    let refused = rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query(
            r#"UPDATE "WorkoutLog" SET "sessionId" = (SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w1')
               WHERE id = 'ctamper'"#,
        )
        .execute(&mut c)
        .await
        .unwrap_err()
    });
    assert!(
        refused
            .to_string()
            .contains("WorkoutLog_sessionId_userId_fkey"),
        "{refused}"
    );
    assert!(verify(&db).status.success(), "{}", stderr_of(&verify(&db)));
}

#[test]
fn a_killed_run_resumes_to_the_same_result_as_an_uninterrupted_one() {
    let db = fixture();
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_NOW", NOW)
        .env("WORKOUT_LEGACY_PAUSE_AFTER_BATCHES", "2")
        .args(["migrate", "legacy", "--batch-size", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    loop {
        let line = lines.next().expect("the run paused").unwrap();
        if line.contains("paused after 2 batches") {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession""#),
        2,
        "two batches of one workout each were committed"
    );
    assert_eq!(
        db.strings(r#"SELECT status FROM "LegacyMigrationRun""#),
        ["running"]
    );

    let r = migrate(&db, &["--batch-size", "1"]);
    assert_eq!(counts(&r, "WorkoutSession"), (3, 0, 0, 2));
    assert_eq!(
        db.strings(r#"SELECT status FROM "LegacyMigrationRun" ORDER BY status"#),
        ["failed", "succeeded"],
        "the killed run is marked failed"
    );

    let whole = fixture();
    migrate(&whole, &["--batch-size", "1"]);
    assert_eq!(db.strings(CONTENT), whole.strings(CONTENT));
    assert!(verify(&db).status.success());
}

#[test]
fn a_second_run_adds_nothing() {
    let db = fixture();
    migrate(&db, &[]);
    let before = db.strings(EVERYTHING);
    let r = migrate(&db, &["--batch-size", "2"]);
    assert_eq!(counts(&r, "WorkoutSession"), (0, 0, 0, 5));
    assert_eq!(counts(&r, "WorkoutLog"), (0, 0, 0, 0));
    assert_eq!(counts(&r, "TrainingPlan"), (0, 0, 0, 2));
    assert_eq!(counts(&r, "PlanDay"), (0, 0, 0, 0));
    assert_eq!(counts(&r, "Exercise"), (0, 0, 0, 0));
    assert_eq!(r["batches"], 0);
    assert_eq!(r["skipped"].as_array().unwrap().len(), 6, "still listed");
    assert_eq!(db.strings(EVERYTHING), before);
}

#[test]
fn legacy_rows_added_or_changed_after_a_run_are_carried_over_by_the_next() {
    let db = fixture();
    migrate(&db, &[]);
    db.sql(
        r#"INSERT INTO "Workout" (id, name, date, duration, "userId", "updatedAt") VALUES
             ('w6', 'PUSH', '2024-03-01 18:00:00', 50, 'u_ana', now());
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES
             ('we13', 'w6', 'e5', 2, 15, 12.5, 0);
           UPDATE "WorkoutExercise" SET reps = 6 WHERE id = 'we6';
           UPDATE "WorkoutExercise" SET sets = 1 WHERE id = 'we7';
           UPDATE "WorkoutExercise" SET reps = 6 WHERE id = 'we7';"#,
    );
    let later = "2026-03-02T12:00:00.000Z";
    let out = db
        .workout()
        .env("WORKOUT_NOW", later)
        .args(["migrate", "legacy", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let r = json_of(&out);
    assert_eq!(counts(&r, "WorkoutSession"), (1, 1, 0, 4));
    assert_eq!(counts(&r, "WorkoutLog"), (2 + 6, 0, 5, 0));
    assert_eq!(counts(&r, "TrainingPlan"), (0, 1, 0, 1));
    // w3 now has we6 as 5 x 6 and we7 (fixed) as 1 x 6. Both are Squat, so
    // we7's set is number 6 of the session's squats (v3: set numbers are
    // unique per session and exercise).
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', l."legacyWorkoutExerciseId", l."setNumber", l.reps, l."updatedAt")
                 FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId"
                WHERE s."legacyWorkoutId" = 'w3' ORDER BY 1"#
        ),
        [
            "we6|1|6|2026-03-02 12:00:00",
            "we6|2|6|2026-03-02 12:00:00",
            "we6|3|6|2026-03-02 12:00:00",
            "we6|4|6|2026-03-02 12:00:00",
            "we6|5|6|2026-03-02 12:00:00",
            "we7|6|6|2026-03-02 12:00:00",
        ]
    );
    // The session kept its id and createdAt; updatedAt moved.
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', "createdAt", "updatedAt") FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w3'"#),
        ["2026-03-01 12:00:00|2026-03-02 12:00:00"]
    );
    // The push day now copies w6, its most recent workout.
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', d.name, x."exerciseId", x."targetSets", x."targetRepsMin", x."targetWeight")
                 FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."userId" = 'u_ana'
                 JOIN "PlanExercise" x ON x."planDayId" = d.id WHERE d.position = 1"#
        ),
        ["PUSH|e5|2|15|12.5"]
    );
    assert!(verify(&db).status.success(), "{}", stderr_of(&verify(&db)));
    // A row moved to another workout: its sets move with it, whichever of the
    // two workouts comes first (w1 < w4: forth, then back).
    db.sql(r#"UPDATE "WorkoutExercise" SET "workoutId" = 'w4' WHERE id = 'we2'"#);
    for batch in ["1", "1"] {
        let r = migrate(&db, &["--batch-size", batch]);
        assert_eq!(r["status"], "succeeded");
        db.sql(r#"UPDATE "WorkoutExercise" SET "workoutId" = 'w1' WHERE id = 'we2'"#);
    }
    db.sql(r#"UPDATE "WorkoutExercise" SET "workoutId" = 'w4' WHERE id = 'we2'"#);
    migrate(&db, &["--batch-size", "1"]);
    assert_eq!(
        db.strings(
            r#"SELECT DISTINCT s."legacyWorkoutId" FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId"
                WHERE l."legacyWorkoutExerciseId" = 'we2'"#
        ),
        ["w4"]
    );
    assert!(verify(&db).status.success(), "{}", stderr_of(&verify(&db)));
    // And a third run adds nothing.
    let r = migrate(&db, &[]);
    assert_eq!(counts(&r, "WorkoutSession"), (0, 0, 0, 6));
    assert_eq!(counts(&r, "WorkoutLog"), (0, 0, 0, 0));
}

#[test]
fn a_natively_edited_session_is_a_conflict_and_is_not_overwritten() {
    let db = fixture();
    migrate(&db, &[]);
    db.sql(
        r#"UPDATE "WorkoutSession" SET notes = 'my own notes', "updatedAt" = now() WHERE "legacyWorkoutId" = 'w1';
           UPDATE "WorkoutLog" SET rpe = 8, "updatedAt" = now() WHERE "legacyWorkoutExerciseId" = 'we10' AND "setNumber" = 1;"#,
    );
    // Edited natively, legacy unchanged: nothing to do, no conflict.
    let r = migrate(&db, &[]);
    assert_eq!(r["conflicts"], serde_json::json!([]));
    assert_eq!(counts(&r, "WorkoutSession"), (0, 0, 0, 5));

    db.sql(r#"UPDATE "WorkoutExercise" SET reps = 11 WHERE id IN ('we1', 'we10')"#);
    let r = migrate(&db, &[]);
    let conflicts: Vec<String> = r["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{}|{}|{}",
                c["table"].as_str().unwrap(),
                c["legacyId"].as_str().unwrap(),
                c["user"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        conflicts,
        [
            "WorkoutSession|w1|ana@example.com",
            "WorkoutSession|w5|bo@example.com"
        ]
    );
    assert_eq!(counts(&r, "WorkoutSession"), (0, 0, 0, 3));
    assert_eq!(
        db.strings(r#"SELECT notes FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w1'"#),
        ["my own notes"]
    );
    assert_eq!(
        db.strings(r#"SELECT string_agg(DISTINCT reps::text, ',' ORDER BY reps::text) FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" IN ('we1', 'we10')"#),
        ["10,5"]
    );
    // The table report lists it too.
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(
        stdout_of(&out).contains("Conflicts (2)"),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn rollback_leaves_the_database_as_before_and_native_data_survives() {
    let db = fixture();
    // Native data: a plan, a session with a set, for a legacy user and a native one.
    db.sql(
        r#"INSERT INTO "TrainingPlan" (id, "userId", name, status, "updatedAt") VALUES ('cnplan', 'u_ana', 'Imported workouts', 'ACTIVE', '2025-01-01');
           INSERT INTO "WorkoutSession" (id, "userId", name, status, "updatedAt") VALUES ('cnsess', 'u_cy', 'Run', 'COMPLETED', '2025-01-01');
           INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "updatedAt")
             VALUES ('cnlog', 'u_cy', 'cnsess', 'e1', '2025-01-01', 1, 5, 80, '2025-01-01');
           UPDATE "Exercise" SET "primaryMuscleGroup" = 'QUADRICEPS' WHERE id = 'e3';"#,
    );
    let before = db.strings(EVERYTHING);
    let legacy_before = db.strings(LEGACY_SUM);
    migrate(&db, &[]);
    assert_eq!(
        db.strings(r#"SELECT name FROM "TrainingPlan" WHERE "isLegacyImport""#)
            .into_iter()
            .filter(|n| n == "Imported workouts (legacy)")
            .count(),
        1,
        "the native plan's name is taken: the import gets another"
    );
    assert_ne!(db.strings(EVERYTHING), before);

    // No terminal and no --yes: a question becomes an error naming the flag.
    let out = db.workout().args(["migrate", "rollback"]).output().unwrap();
    assert_error(&out, 2, "--yes");

    let out = db
        .workout()
        .args(["migrate", "rollback", "--yes", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let removed = json_of(&out);
    let find = |t: &str| {
        removed
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["table"] == t)
            .unwrap()
            .clone()
    };
    assert_eq!(find("WorkoutSession")["deleted"], 5);
    assert_eq!(find("WorkoutLog")["deleted"], 18);
    assert_eq!(find("Exercise")["updated"], 5);
    assert_eq!(db.strings(EVERYTHING), before, "as before the run");
    assert_eq!(db.strings(LEGACY_SUM), legacy_before);

    // Migrate again, then a native set in a migrated session blocks the rollback.
    migrate(&db, &[]);
    db.sql(
        r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, "updatedAt")
           SELECT 'cnlog2', 'u_ana', id, 'e1', now(), 9, 1, now() FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w1'"#,
    );
    let out = db
        .workout()
        .args(["migrate", "rollback", "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 2, "1 set(s) logged natively in migrated sessions");
    db.sql(r#"DELETE FROM "WorkoutLog" WHERE id = 'cnlog2'"#);
    db.workout()
        .args(["migrate", "rollback", "--yes"])
        .assert()
        .success();
    assert_eq!(db.strings(EVERYTHING), before, "a second round trip too");
}

#[test]
fn a_prisma_made_legacy_database_is_migrated() {
    let db = TestDb::empty();
    db.sql(PRISMA_V1);
    let before = db.strings(LEGACY_CHECKSUM);
    // Before `migrate up`, legacy needs the v2 schema.
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert_error(&out, 5, "workout migrate up");
    let out = db.workout().args(["migrate", "status"]).output().unwrap();
    assert!(
        stderr_of(&out).contains(
            "Legacy data: 3 workout(s) of 2 user(s), 4 WorkoutExercise row(s); none migrated"
        ),
        "{}",
        stderr_of(&out)
    );
    db.workout().args(["migrate", "up"]).assert().success();
    let out = db.workout().args(["migrate", "status"]).output().unwrap();
    assert!(
        stderr_of(&out).contains("0 migrated (0%)"),
        "{}",
        stderr_of(&out)
    );

    let r = migrate(&db, &[]);
    assert_eq!(counts(&r, "WorkoutSession"), (3, 0, 0, 0));
    assert_eq!(counts(&r, "WorkoutLog"), (3 + 3 + 5, 0, 0, 0));
    assert_eq!(r["skipped"][0]["id"], "clx4");
    assert_eq!(r["skipped"][0]["reason"], "sets < 1");
    assert_eq!(
        r["unmappedMuscleGroups"],
        serde_json::json!([{"muscleGroup": "Legs", "exercises": 1}])
    );
    assert!(verify(&db).status.success());
    assert_eq!(db.strings(LEGACY_CHECKSUM), before, "no legacy row changed");
    let out = db.workout().args(["migrate", "status"]).output().unwrap();
    assert!(
        stderr_of(&out).contains("3 migrated (100%)."),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains("Last legacy run: apply, succeeded"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_dry_run_writes_nothing_and_reports_what_the_run_does() {
    let db = fixture();
    let before = db.strings(EVERYTHING);
    let runs_before = db.int(r#"SELECT count(*) FROM "LegacyMigrationRun""#);
    let dry = migrate(&db, &["--dry-run", "--batch-size", "2"]);
    assert_eq!(db.strings(EVERYTHING), before);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "LegacyMigrationRun""#),
        runs_before
    );
    assert_eq!(dry["mode"], "dry-run");
    assert_eq!(dry["runId"], serde_json::Value::Null);

    let real = migrate(&db, &["--batch-size", "2"]);
    for key in [
        "legacy",
        "tables",
        "skipped",
        "conflicts",
        "unmappedMuscleGroups",
        "mappedExercises",
        "batches",
    ] {
        assert_eq!(dry[key], real[key], "{key}");
    }
    assert_eq!(real["batches"], 3);

    // A dry run after changes reports them, still writing nothing.
    db.sql(r#"UPDATE "WorkoutExercise" SET reps = 9 WHERE id = 'we10'"#);
    let before = db.strings(EVERYTHING);
    let dry = migrate(&db, &["--dry-run"]);
    assert_eq!(counts(&dry, "WorkoutSession"), (0, 1, 0, 4));
    assert_eq!(counts(&dry, "WorkoutLog"), (3, 0, 3, 0));
    assert_eq!(db.strings(EVERYTHING), before);
}

#[test]
fn user_scopes_the_run_to_one_user() {
    let db = fixture();
    let r = migrate(&db, &["--user", "bo@example.com"]);
    assert_eq!(r["user"], "bo@example.com");
    assert_eq!(counts(&r, "WorkoutSession"), (1, 0, 0, 0));
    assert_eq!(
        db.strings(r#"SELECT DISTINCT "userId" FROM "WorkoutSession" UNION SELECT "userId" FROM "TrainingPlan""#),
        ["u_bo"]
    );
    let out = db
        .workout()
        .args(["--user", "bo@example.com", "migrate", "verify"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let r = migrate(&db, &[]);
    assert_eq!(counts(&r, "WorkoutSession"), (4, 0, 0, 1));
    assert!(verify(&db).status.success());
}

#[test]
fn bad_input_is_one_sentence_with_its_exit_code() {
    let db = fixture();
    let out = db
        .workout()
        .args(["migrate", "legacy", "--batch-size", "0"])
        .output()
        .unwrap();
    assert_error(&out, 2, "--batch-size");
    let out = db
        .workout()
        .args(["migrate", "legacy", "--user", "nobody@example.com"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no user has the e-mail nobody@example.com");
    let out = db
        .workout()
        .args(["migrate", "rollback", "--yes", "--user", "ana@example.com"])
        .output()
        .unwrap();
    assert_error(&out, 2, "takes no --user");
    // A backup that cannot be written stops the run before anything is written.
    let out = db
        .workout()
        .args([
            "migrate",
            "legacy",
            "--backup",
            "/nonexistent/dir/legacy.dump",
        ])
        .output()
        .unwrap();
    assert_error(
        &out,
        1,
        "cannot write the backup /nonexistent/dir/legacy.dump, so nothing was migrated",
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 0);
    assert_eq!(db.int(r#"SELECT count(*) FROM "LegacyMigrationRun""#), 0);
}

#[test]
fn backup_dumps_the_legacy_tables_first() {
    let db = fixture();
    let file = db.home_path().join("legacy.dump");
    let out = db
        .workout()
        .args(["migrate", "legacy", "--backup"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Backed up the legacy tables"));
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PGDMP"), "a custom-format dump");
    // Only the legacy tables are in it.
    if let Ok(list) = std::process::Command::new("pg_restore")
        .arg("--list")
        .arg(&file)
        .output()
    {
        let text = String::from_utf8_lossy(&list.stdout);
        assert!(text.contains("TABLE DATA public WorkoutExercise"), "{text}");
        assert!(!text.contains("WorkoutSession"), "{text}");
        // No password hashes leave through the dump.
        assert!(!text.contains("TABLE DATA public User"), "{text}");
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the dump is its owner's only");
}

#[test]
fn a_second_concurrent_run_is_refused() {
    let db = fixture();
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_LEGACY_PAUSE_AFTER_BATCHES", "1")
        .args(["migrate", "legacy", "--batch-size", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    while !lines.next().unwrap().unwrap().contains("paused") {}
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_error(&out, 1, "another `workout migrate legacy`");
}

/// The benchmark's plain-SQL baseline writes the same rows as `workout`
/// (timestamps aside), so comparing their times is fair.
#[test]
fn the_benchmark_baseline_does_the_same_mapping() {
    let tool = fixture();
    migrate(&tool, &["--batch-size", "2"]);
    let baseline = fixture();
    baseline.sql(include_str!("../../benches/legacy_baseline.sql"));
    let without_stamps = |db: &TestDb| -> Vec<String> {
        db.strings(
            &CONTENT
                .replace(r#", s."createdAt", s."updatedAt""#, "")
                .replace(r#", l."createdAt", l."updatedAt""#, "")
                .replace(r#", p."createdAt", p."updatedAt""#, ""),
        )
    };
    let a = without_stamps(&tool);
    assert_eq!(
        a.iter().filter(|r| !r.starts_with("E|")).count(),
        5 + 18 + 2 + 4 + 4
    );
    assert_eq!(a, without_stamps(&baseline));
}

/// A server bin directory whose `pg_dump` is the shell script `body`
/// (with REAL set to the real pg_dump), for WORKOUT_PG_BINDIR.
fn fake_pg_dump(body: &str) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let real = workout_tracker::embedded::find_bindir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for bin in ["initdb", "pg_ctl", "postgres"] {
        std::os::unix::fs::symlink(real.join(bin), dir.path().join(bin)).unwrap();
    }
    let script = dir.path().join("pg_dump");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nREAL='{}'\n{body}\n",
            real.join("pg_dump").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

/// A password in the URL (user info or `?password=`) reaches pg_dump
/// through PGPASSWORD only, never on its command line.
#[test]
fn backup_keeps_the_password_off_pg_dumps_command_line() {
    let db = fixture();
    let rec = tempfile::tempdir().unwrap();
    let bin = fake_pg_dump(&format!(
        "printf '%s\\n' \"$@\" > '{r}/argv'\nprintf '%s' \"${{PGPASSWORD-}}\" > '{r}/pgpassword'\nexec \"$REAL\" \"$@\"",
        r = rec.path().display()
    ));
    let with_userinfo = db.url.replacen(
        "postgres://postgres@",
        "postgres://postgres:Sec%2FretPW@",
        1,
    );
    let with_query = format!("{}&password=Qry%2FsecretPW", db.url);
    for (url, password) in [(with_userinfo, "Sec/retPW"), (with_query, "Qry/secretPW")] {
        let file = db.home_path().join("legacy.dump");
        let out = db
            .workout()
            .env("WORKOUT_PG_BINDIR", bin.path())
            .args(["--database-url", &url, "migrate", "legacy", "--backup"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let argv = std::fs::read_to_string(rec.path().join("argv")).unwrap();
        assert!(argv.contains("--dbname"), "{argv}");
        assert!(
            !argv.contains("retPW"),
            "the password is on the command line:\n{argv}"
        );
        assert_eq!(
            std::fs::read_to_string(rec.path().join("pgpassword")).unwrap(),
            password
        );
        assert!(std::fs::read(&file).unwrap().starts_with(b"PGDMP"));
        assert!(!stderr_of(&out).contains("retPW"));
    }
}

/// The dump goes to a private temporary file renamed on success: a failing
/// pg_dump leaves an existing file as it was, a new dump is 0600 even over
/// an old 0644 file, a symlink at FILE is replaced (its target untouched),
/// and a dry run writes no dump.
#[test]
fn backup_replaces_the_file_only_on_success() {
    use std::os::unix::fs::PermissionsExt;
    let db = fixture();
    let dir = db.home_path().join("backups");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("legacy.dump");
    std::fs::write(&file, b"the old dump").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();

    let failing = fake_pg_dump("echo 'pg_dump: error: connection lost' >&2\nexit 1");
    let out = db
        .workout()
        .env("WORKOUT_PG_BINDIR", failing.path())
        .args(["migrate", "legacy", "--backup"])
        .arg(&file)
        .output()
        .unwrap();
    assert_error(&out, 1, "pg_dump failed, so nothing was migrated");
    assert_eq!(std::fs::read(&file).unwrap(), b"the old dump");
    let names = |d: &std::path::Path| -> Vec<String> {
        std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(names(&dir), ["legacy.dump"], "no temporary file is left");
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 0);

    // A dry run writes no dump.
    let out = db
        .workout()
        .args(["migrate", "legacy", "--dry-run", "--backup"])
        .arg(dir.join("dry.dump"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!dir.join("dry.dump").exists());
    assert_eq!(names(&dir), ["legacy.dump"]);

    // Success: the old file is replaced by a private dump.
    let out = db
        .workout()
        .args(["migrate", "legacy", "--backup"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(std::fs::read(&file).unwrap().starts_with(b"PGDMP"));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    // A symlink at FILE: the link is replaced, its target is not written.
    let target = db.home_path().join("elsewhere");
    std::fs::write(&target, b"not a dump").unwrap();
    let link = dir.join("link.dump");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = db
        .workout()
        .args(["migrate", "legacy", "--backup"])
        .arg(&link)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(std::fs::read(&target).unwrap(), b"not a dump");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_file(), "the link itself was replaced");
    assert!(std::fs::read(&link).unwrap().starts_with(b"PGDMP"));
}
