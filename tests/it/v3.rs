//! The v3 schema's rules, proved with SQL as any client (psql, an app)
//! would write, and through the binary: CHECKs, one user all the way down,
//! per-user exercise names and aliases (also under races), set numbers,
//! isWarmup/setType in step, User.weight following BodyMeasurement, and the
//! migration itself (refusing bad rows with their ids, keeping good ones).

use crate::common::*;
use sqlx::Connection;

/// Runs `sql` on a connection of its own; the database's error, if any.
fn try_sql(db: &TestDb, sql: &str) -> Result<(), sqlx::Error> {
    rt().block_on(async {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        let r = sqlx::raw_sql(sql).execute(&mut c).await.map(|_| ());
        c.close().await.unwrap();
        r
    })
}

/// Two users with a plan, a day, a plan entry, a session and a set each; a
/// shared exercise and an own one of u1's.
const BASE: &str = r#"
INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'a@x.io', now()), ('u2', 'b@x.io', now());
INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('e1', 'Shared Press', now(), NULL),
       ('e2', 'Own Curl', now(), 'u1'), ('e3', 'Other Row', now(), 'u2');
INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt") VALUES ('p1', 'u1', 'Plan', now()), ('p2', 'u2', 'Plan', now());
INSERT INTO "PlanDay" (id, "trainingPlanId", name, position) VALUES ('d1', 'p1', 'A', 1), ('d2', 'p2', 'A', 1);
INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets") VALUES ('x1', 'd1', 'e1', 1, 3), ('x2', 'd2', 'e1', 1, 3);
INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "trainingPlanId", "planDayId") VALUES
       ('s1', 'u1', 'S', now(), 'p1', 'd1'), ('s2', 'u2', 'S', now(), 'p2', 'd2');
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", "updatedAt")
       VALUES ('l1', 'u1', 's1', 'e1', now(), 1, now());
"#;

/// Each breaks one rule; each must be refused (with a constraint's SQLSTATE,
/// class 23) on v3. On v2 every one of them was stored.
const INVALID: &[(&str, &str)] = &[
    (
        "negative reps",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, "updatedAt") VALUES ('b', 'u1', 's1', 'e1', now(), 2, -5, now())"#,
    ),
    (
        "NaN weight",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", weight, "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 'NaN', now())"#,
    ),
    (
        "infinite weight",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", weight, "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 'Infinity', now())"#,
    ),
    (
        "negative weight",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", weight, "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, -2.5, now())"#,
    ),
    (
        "RPE 99",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", rpe, "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 99, now())"#,
    ),
    (
        "RPE 0",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", rpe, "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 0, now())"#,
    ),
    (
        "RPE NaN",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", rpe, "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 'NaN', now())"#,
    ),
    (
        "set number -1",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 'e1', now(), -1, now())"#,
    ),
    (
        "set number 0",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 0, now())"#,
    ),
    (
        "negative duration",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "durationSeconds", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, -60, now())"#,
    ),
    (
        "NaN distance",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "distanceMeters", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 'NaN', now())"#,
    ),
    (
        "negative distance",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "distanceMeters", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, -5, now())"#,
    ),
    (
        "date in 1850",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 'e1', '1850-01-01', 1, now())"#,
    ),
    (
        "date infinity",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 'e1', 'infinity', 1, now())"#,
    ),
    (
        "updatedAt in 10000",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, '10000-01-01')"#,
    ),
    (
        "a set of another user's session",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 's2', 'e1', now(), 9, now())"#,
    ),
    (
        "moving a set to another user",
        r#"UPDATE "WorkoutLog" SET "userId" = 'u2' WHERE id = 'l1'"#,
    ),
    (
        "a repeated set number",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", "updatedAt") VALUES ('b', 'u1', 's1', 'e1', now(), 1, now())"#,
    ),
    (
        "superset group 0",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "supersetGroup", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, 0, now())"#,
    ),
    (
        "isWarmup and a DROP set",
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "isWarmup", "setType", "updatedAt") VALUES ('b', 'u1', 'e1', now(), 1, true, 'DROP', now())"#,
    ),
    (
        "day position 0",
        r#"INSERT INTO "PlanDay" (id, "trainingPlanId", name, position) VALUES ('b', 'p1', 'B', 0)"#,
    ),
    (
        "entry position 0",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets") VALUES ('b', 'd1', 'e1', 0, 3)"#,
    ),
    (
        "0 target sets",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets") VALUES ('b', 'd1', 'e1', 2, 0)"#,
    ),
    (
        "rep range 12-8",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "targetRepsMin", "targetRepsMax") VALUES ('b', 'd1', 'e1', 2, 3, 12, 8)"#,
    ),
    (
        "NaN target weight",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "targetWeight") VALUES ('b', 'd1', 'e1', 2, 3, 'NaN')"#,
    ),
    (
        "target RPE 11",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "targetRpe") VALUES ('b', 'd1', 'e1', 2, 3, 11)"#,
    ),
    (
        "negative rest",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "restSeconds") VALUES ('b', 'd1', 'e1', 2, 3, -1)"#,
    ),
    (
        "plan superset group 0",
        r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "supersetGroup") VALUES ('b', 'd1', 'e1', 2, 3, 0)"#,
    ),
    (
        "a plan name differing in case",
        r#"INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt") VALUES ('b', 'u1', 'PLAN', now())"#,
    ),
    (
        "a plan start in 1800",
        r#"INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt", "startDate") VALUES ('b', 'u1', 'Other', now(), '1800-01-01')"#,
    ),
    (
        "a session on another user's plan",
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "trainingPlanId") VALUES ('b', 'u1', 'S', now(), 'p2')"#,
    ),
    (
        "a session on another plan's day",
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "trainingPlanId", "planDayId") VALUES ('b', 'u1', 'S', now(), 'p1', 'd2')"#,
    ),
    (
        "a session on another user's day",
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "planDayId") VALUES ('b', 'u1', 'S', now(), 'd2')"#,
    ),
    (
        "giving a plan to another user",
        r#"UPDATE "TrainingPlan" SET "userId" = 'u2', name = 'Moved' WHERE id = 'p1'"#,
    ),
    (
        "negative session duration",
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "durationMinutes") VALUES ('b', 'u1', 'S', now(), -1)"#,
    ),
    (
        "a session in 1899",
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, "updatedAt", "scheduledAt") VALUES ('b', 'u1', 'S', now(), '1899-12-31')"#,
    ),
    (
        "a reminder of another user's plan",
        r#"INSERT INTO "Reminder" (id, "userId", kind, title, timezone, "updatedAt", "trainingPlanId") VALUES ('b', 'u1', 'SESSION', 'R', 'UTC', now(), 'p2')"#,
    ),
    (
        "a reminder of another user's session",
        r#"INSERT INTO "Reminder" (id, "userId", kind, title, timezone, "updatedAt", "sessionId") VALUES ('b', 'u1', 'SESSION', 'R', 'UTC', now(), 's2')"#,
    ),
    (
        "a negative lead",
        r#"INSERT INTO "Reminder" (id, "userId", kind, title, timezone, "updatedAt", "leadMinutes") VALUES ('b', 'u1', 'RECURRING', 'R', 'UTC', now(), -5)"#,
    ),
    (
        "a session target at position 0",
        r#"INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", position, "targetSets", "updatedAt") VALUES ('b', 's1', 'e1', 0, 3, now())"#,
    ),
    (
        "a session target of 0 sets",
        r#"INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", position, "targetSets", "updatedAt") VALUES ('b', 's1', 'e1', 1, 0, now())"#,
    ),
    (
        "a session target from another user's plan",
        r#"INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", "planExerciseId", position, "targetSets", "updatedAt") VALUES ('b', 's1', 'e1', 'x2', 1, 3, now())"#,
    ),
    (
        "a measurement with no value",
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "updatedAt") VALUES ('b', 'u1', now(), now())"#,
    ),
    (
        "body fat 101%",
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "bodyFatPercent", "updatedAt") VALUES ('b', 'u1', now(), 101, now())"#,
    ),
    (
        "a NaN body weight",
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "weightKg", "updatedAt") VALUES ('b', 'u1', now(), 'NaN', now())"#,
    ),
    (
        "a measurement in 1800",
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "waistCm", "updatedAt") VALUES ('b', 'u1', '1800-01-01', 80, now())"#,
    ),
    (
        "a profile weight of -1",
        r#"UPDATE "User" SET weight = -1 WHERE id = 'u1'"#,
    ),
    (
        "an own exercise named like a shared one",
        r#"INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('b', 'shared PRESS', now(), 'u1')"#,
    ),
    (
        "two own exercises differing in case",
        r#"INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('b', 'OWN CURL', now(), 'u1')"#,
    ),
    (
        "renaming an own exercise to a shared name",
        r#"UPDATE "Exercise" SET name = 'Shared Press' WHERE id = 'e2'"#,
    ),
    (
        "two shared exercises differing in case",
        r#"INSERT INTO "Exercise" (id, name, "updatedAt") VALUES ('b', 'SHARED press', now())"#,
    ),
    (
        "an alias equal to a shared name",
        r#"INSERT INTO "ExerciseAlias" (id, "userId", "exerciseId", name) VALUES ('b', 'u1', 'e2', 'shared press')"#,
    ),
    (
        "an alias equal to an own name",
        r#"INSERT INTO "ExerciseAlias" (id, "userId", "exerciseId", name) VALUES ('b', 'u1', 'e1', 'own curl')"#,
    ),
    (
        "an alias of another user's exercise",
        r#"INSERT INTO "ExerciseAlias" (id, "userId", "exerciseId", name) VALUES ('b', 'u1', 'e3', 'Rowing')"#,
    ),
    (
        "two aliases differing in case",
        r#"INSERT INTO "ExerciseAlias" (id, "userId", "exerciseId", name) VALUES ('a1', 'u1', 'e1', 'Bench'), ('a2', 'u1', 'e2', 'BENCH')"#,
    ),
];

#[test]
fn every_invalid_row_is_refused() {
    let db = TestDb::new();
    db.sql(BASE);
    let mut stored = Vec::new();
    for (what, sql) in INVALID {
        match try_sql(&db, sql) {
            Ok(()) => stored.push(*what),
            Err(sqlx::Error::Database(e)) => {
                let code = e.code().unwrap_or_default().to_string();
                assert!(
                    code.starts_with("23"),
                    "{what}: not a constraint's refusal: {code} {e}"
                );
            }
            Err(e) => panic!("{what}: {e}"),
        }
    }
    assert!(stored.is_empty(), "stored although invalid: {stored:#?}");
    // And nothing of them is left.
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 1);
    assert_eq!(db.int(r#"SELECT count(*) FROM "ExerciseAlias""#), 0);
}

#[test]
fn valid_rows_of_every_new_kind_are_accepted() {
    let db = TestDb::new();
    db.sql(BASE);
    db.sql(
        r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, rpe,
                  "durationSeconds", "distanceMeters", "setType", "supersetGroup", "updatedAt")
           VALUES ('l2', 'u1', 's1', 'e1', '1900-01-01', 2, 0, 0, 10, 0, 0, 'AMRAP', 1, '9999-12-31 23:59:59.999');
           INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "updatedAt")
           VALUES ('l3', 'u1', 'e1', now(), 1, now()), ('l4', 'u1', 'e1', now(), 1, now());
           INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", "planExerciseId", position, "targetSets",
                  "targetRepsMin", "targetRepsMax", "targetWeight", "targetRpe", "restSeconds", "supersetGroup", "updatedAt")
           VALUES ('t1', 's1', 'e1', 'x1', 1, 3, 8, 8, 100, 8, 90, 1, now());
           INSERT INTO "BodyMeasurement" (id, "userId", date, "bodyFatPercent", "updatedAt") VALUES ('m1', 'u1', now(), 100, now());
           INSERT INTO "ExerciseAlias" (id, "userId", "exerciseId", name) VALUES ('a1', 'u1', 'e1', 'Bench'), ('a2', 'u2', 'e1', 'bench'),
                  ('a3', 'u1', 'e2', 'Curl');
           INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('e4', 'Own Curl', now(), 'u2');
           INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt") VALUES ('p3', 'u1', 'Plan B', now());
           INSERT INTO "Reminder" (id, "userId", kind, title, timezone, "updatedAt", "trainingPlanId", "sessionId")
           VALUES ('r1', 'u1', 'SESSION', 'R', 'UTC', now(), 'p1', 's1');"#,
    );
    // Deleting a plan keeps its sessions (SET NULL) through the triggers.
    db.sql(r#"DELETE FROM "TrainingPlan" WHERE id = 'p1'"#);
    assert_eq!(
        db.strings(r#"SELECT coalesce("trainingPlanId", 'none') || coalesce("planDayId", 'none') FROM "WorkoutSession" WHERE id = 's1'"#),
        ["nonenone"]
    );
    assert_eq!(
        db.strings(r#"SELECT coalesce("planExerciseId", 'none') FROM "SessionExercise""#),
        ["none"]
    );
    // Deleting a user takes everything of theirs.
    db.sql(r#"DELETE FROM "User" WHERE id = 'u1'"#);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
    assert_eq!(db.int(r#"SELECT count(*) FROM "BodyMeasurement""#), 0);
    assert_eq!(db.int(r#"SELECT count(*) FROM "ExerciseAlias""#), 1);
}

#[test]
fn is_warmup_and_set_type_stay_in_step_whoever_writes() {
    let db = TestDb::new();
    db.sql(BASE);
    let row = |id: &str| {
        db.strings(&format!(
            r#"SELECT "isWarmup"::text || ' ' || "setType"::text FROM "WorkoutLog" WHERE id = '{id}'"#
        ))
        .remove(0)
    };
    // An older writer sets only isWarmup; a newer one only setType.
    db.sql(
        r#"INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "isWarmup", "updatedAt")
           VALUES ('w1', 'u1', 'e1', now(), 1, true, now());
           INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", "setType", "updatedAt")
           VALUES ('w2', 'u1', 'e1', now(), 1, 'WARMUP', now()), ('w3', 'u1', 'e1', now(), 1, 'DROP', now());"#,
    );
    assert_eq!(row("w1"), "true WARMUP");
    assert_eq!(row("w2"), "true WARMUP");
    assert_eq!(row("w3"), "false DROP");
    db.sql(r#"UPDATE "WorkoutLog" SET "setType" = 'FAILURE' WHERE id = 'w1'"#);
    assert_eq!(row("w1"), "false FAILURE");
    db.sql(r#"UPDATE "WorkoutLog" SET "isWarmup" = true WHERE id = 'w3'"#);
    assert_eq!(row("w3"), "true WARMUP");
    db.sql(r#"UPDATE "WorkoutLog" SET "isWarmup" = false WHERE id = 'w2'"#);
    assert_eq!(row("w2"), "false NORMAL");
    db.sql(r#"UPDATE "WorkoutLog" SET "setType" = 'WARMUP' WHERE id = 'w2'"#);
    assert_eq!(row("w2"), "true WARMUP");

    // The binary (which writes only isWarmup today) gets WARMUP too.
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["log", "add", "Barbell Squat", "1x5@60kg", "--warmup"])
        .assert()
        .success();
    db.workout()
        .args(["log", "add", "Barbell Squat", "1x5@100kg"])
        .assert()
        .success();
    assert_eq!(
        db.strings(
            r#"SELECT "isWarmup"::text || ' ' || "setType"::text FROM "WorkoutLog" ORDER BY weight"#
        ),
        ["true WARMUP", "false NORMAL"]
    );
}

#[test]
fn user_weight_follows_the_latest_body_measurement() {
    let db = TestDb::new().with_user("a@x.io");
    // A profile weight written by a client that knows no measurements
    // (`user set --weight` records one since issue 11.5).
    db.sql(r#"UPDATE "User" SET weight = 80"#);
    let weight = || {
        db.strings(r#"SELECT coalesce(weight::text, 'NULL') FROM "User""#)
            .remove(0)
    };
    let u = r#"(SELECT id FROM "User")"#;
    // A measurement without a weight leaves it.
    db.sql(&format!(
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "waistCm", "updatedAt") SELECT 'm0', {u}, '2030-01-01', 80, now()"#
    ));
    assert_eq!(weight(), "80");
    db.sql(&format!(
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "weightKg", "updatedAt") SELECT 'm1', {u}, '2030-01-02', 82.5, now();
           INSERT INTO "BodyMeasurement" (id, "userId", date, "weightKg", "updatedAt") SELECT 'm2', {u}, '2029-06-01', 90, now()"#
    ));
    assert_eq!(weight(), "82.5", "the latest by date, not the last written");
    db.sql(r#"UPDATE "BodyMeasurement" SET "weightKg" = 81 WHERE id = 'm1'"#);
    assert_eq!(weight(), "81");
    db.sql(r#"DELETE FROM "BodyMeasurement" WHERE id = 'm1'"#);
    assert_eq!(weight(), "90", "back to the one before");
    db.sql(r#"DELETE FROM "BodyMeasurement" WHERE id = 'm2'"#);
    assert_eq!(
        weight(),
        "90",
        "no measurement with a weight: the profile keeps it"
    );
    // What `user show` prints follows too.
    db.sql(&format!(
        r#"INSERT INTO "BodyMeasurement" (id, "userId", date, "weightKg", "updatedAt") SELECT 'm3', {u}, '2031-01-01', 77, now()"#
    ));
    let out = db
        .workout()
        .args(["user", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("77"), "{}", stdout_of(&out));
}

#[test]
fn exercise_names_are_unique_per_user_not_across_users() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    for who in ["a@x.io", "b@x.io"] {
        let out = db
            .workout()
            .env("WORKOUT_USER", who)
            .args(["exercise", "add", "My Curl"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{who}: {}", stderr_of(&out));
    }
    // A shared name, in any case, is not free for a user's own exercise.
    let out = db
        .workout()
        .args(["exercise", "add", "barbell squat"])
        .output()
        .unwrap();
    assert_error(&out, 2, "already exists");
    let out = db
        .workout()
        .args(["exercise", "add", "MY CURL"])
        .output()
        .unwrap();
    assert_error(&out, 2, "already exists");
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "Exercise" WHERE lower(name) IN ('my curl', 'barbell squat')"#
        ),
        3
    );
}

/// Racing writers of one lowered name for one user (own exercises and
/// aliases, several connections at once, many rounds): exactly one stands.
#[test]
fn racing_writes_of_one_name_leave_exactly_one() {
    let db = TestDb::new();
    db.sql(BASE);
    let url = db.url.clone();
    rt().block_on(async move {
        for round in 0..40 {
            let name = format!("Race {round}");
            let mut tasks = Vec::new();
            for k in 0..6 {
                let url = url.clone();
                let spelled = if k % 2 == 0 { name.to_uppercase() } else { name.to_lowercase() };
                tasks.push(tokio::spawn(async move {
                    let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
                    let sql = if k < 3 {
                        format!(
                            r#"INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('r{round}_{k}', '{spelled}', now(), 'u1')"#
                        )
                    } else {
                        format!(
                            r#"INSERT INTO "ExerciseAlias" (id, "userId", "exerciseId", name) VALUES ('r{round}_{k}', 'u1', 'e1', '{spelled}')"#
                        )
                    };
                    let r = sqlx::query(&sql).execute(&mut c).await;
                    c.close().await.unwrap();
                    r.is_ok()
                }));
            }
            let mut ok = 0;
            for t in tasks {
                ok += t.await.unwrap() as i32;
            }
            let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
            let n: i64 = sqlx::query_scalar(
                r#"SELECT (SELECT count(*) FROM "Exercise" WHERE lower(name) = lower($1) AND "createdById" = 'u1')
                        + (SELECT count(*) FROM "ExerciseAlias" WHERE lower(name) = lower($1) AND "userId" = 'u1')"#,
            )
            .bind(&name)
            .fetch_one(&mut c)
            .await
            .unwrap();
            c.close().await.unwrap();
            assert_eq!((ok, n), (1, 1), "round {round}");
        }
    });
}

/// Counts and an md5 of every v2 table's rows (its v2 columns only).
fn fingerprint(db: &TestDb) -> Vec<String> {
    const TABLES: [&str; 12] = [
        "User",
        "Exercise",
        "Workout",
        "WorkoutExercise",
        "TrainingPlan",
        "PlanDay",
        "PlanExercise",
        "WorkoutSession",
        "WorkoutLog",
        "Reminder",
        "ReminderDelivery",
        "LegacyMigrationRun",
    ];
    TABLES
        .iter()
        .map(|t| {
            // The columns as v2 has them (v3's new ones and migration 7's
            // "PlanDay"."time" excluded by name).
            let cols = db.strings(&format!(
                "SELECT string_agg(format('%I', attname), ', ' ORDER BY attnum) FROM pg_attribute
                  WHERE attrelid = '\"{t}\"'::regclass AND attnum > 0 AND NOT attisdropped
                    AND attname NOT IN ('setType', 'supersetGroup', 'trackingType', 'time')"
            ));
            db.strings(&format!(
                r#"SELECT '{t} ' || count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '-')
                     FROM (SELECT {} FROM "{t}") x"#,
                cols[0]
            ))
            .remove(0)
        })
        .collect()
}

/// A database filled by the binary, taken back to v2 and up to v3 again:
/// not a row lost or changed; the v3 seed made a first measurement.
#[test]
fn down_to_v2_and_up_again_keeps_every_row() {
    let db = TestDb::new().with_user("a@x.io");
    // The profile's weight as v2 holds it (`user set --weight` records a
    // measurement since issue 11.5, which v2 cannot hold).
    db.sql(r#"UPDATE "User" SET weight = 81.5"#);
    for args in [
        &["exercise", "add", "My Curl"][..],
        &["plan", "create", "Strength"],
        &["plan", "add-day", "Strength", "A"],
        &[
            "plan",
            "add-exercise",
            "Strength",
            "A",
            "Barbell Squat",
            "--sets",
            "3",
            "--reps",
            "5",
        ],
        &["log", "add", "Barbell Squat", "3x5@100kg", "--rpe", "8"],
        &["log", "add", "Barbell Squat", "1x5@60kg", "--warmup"],
        &["log", "add", "My Curl", "10,8@12.5kg"],
        &[
            "reminder",
            "add",
            "--days",
            "mon,thu",
            "--at",
            "07:00",
            "--tz",
            "Europe/Berlin",
        ],
    ] {
        let out = db.workout().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "BodyMeasurement""#), 0);
    let before = fingerprint(&db);

    // The migrations after v3 first, then v3, which holds nothing v2
    // cannot: down is not refused.
    db.migrate_down_to(20260101000003);
    assert_eq!(
        db.int("SELECT count(*) FROM pg_type WHERE typname = 'SetType'"),
        0
    );
    assert_eq!(fingerprint(&db), before, "down changed a row");

    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(fingerprint(&db), before, "up changed a row");
    assert_eq!(
        db.strings(r#"SELECT "setType"::text FROM "WorkoutLog" ORDER BY weight"#),
        ["NORMAL", "NORMAL", "WARMUP", "NORMAL", "NORMAL", "NORMAL"]
    );
    assert_eq!(
        db.strings(r#"SELECT b."weightKg"::text FROM "BodyMeasurement" b JOIN "User" u ON u.id = b."userId" AND b.date = u."updatedAt""#),
        ["81.5"]
    );
    assert_eq!(
        db.strings(r#"SELECT "trackingType"::text FROM "Exercise" WHERE name IN ('Plank', 'Pullups', 'Barbell Squat', 'Jogging, Treadmill', 'My Curl', 'Band Assisted Pull-Up') ORDER BY name"#),
        ["ASSISTED_BODYWEIGHT", "WEIGHT_REPS", "DISTANCE_DURATION", "WEIGHT_REPS", "DURATION", "BODYWEIGHT_REPS"]
    );

    // v3-only data makes down refuse (once the migrations after v3 are reverted), unless --force.
    db.migrate_down_to(20260101000004);
    db.sql(r#"UPDATE "WorkoutLog" SET "setType" = 'DROP' WHERE weight = 100 AND "setNumber" = 3"#);
    let out = db
        .workout()
        .args(["migrate", "down", "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 2, "set types");
    assert_eq!(
        db.int("SELECT count(*) FROM pg_type WHERE typname = 'SetType'"),
        1
    );
    let out = db
        .workout()
        .args(["migrate", "down", "--yes", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

/// A v2 database with rows that break the v3 rules: `migrate up` stops with
/// one error listing each rule and the ids, changes nothing, and applies
/// once they are repaired as the message says.
#[test]
fn bad_v2_rows_stop_v3_with_their_ids_and_nothing_changed() {
    let db = TestDb::new();
    db.sql(BASE);
    // The migrations after v3 go first, then v3.
    db.migrate_down_to(20260101000003);
    db.sql(
        r#"INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, rpe, "updatedAt") VALUES
             ('bad1', 'u1', 's1', 'e1', now(), 2, -5, 'NaN', 99, now()),
             ('bad2', 'u1', 's2', 'e1', now(), 3, 5, 50, 8, now());
           INSERT INTO "Exercise" (id, name, "updatedAt", "createdById") VALUES ('bad3', 'shared press', now(), 'u2');"#,
    );
    let before = fingerprint(&db);
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    let err = stderr_of(&out);
    assert_error(&out, 5, "migration 20260101000004 was not applied");
    assert!(!err.contains("error returned from database"), "{err}");
    for needle in [
        "WorkoutLog_reps_check",
        "WorkoutLog_weight_check",
        "WorkoutLog_rpe_check",
        "not its session's user",
        "named like a shared one",
        "bad1",
        "bad2",
        "bad3",
        "nothing was changed",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(db.int("SELECT count(*) FROM _sqlx_migrations"), 3);
    assert_eq!(
        db.int("SELECT count(*) FROM pg_type WHERE typname = 'SetType'"),
        0
    );
    assert_eq!(fingerprint(&db), before);

    // Repaired as the message says.
    db.sql(
        r#"UPDATE "WorkoutLog" SET reps = 5, weight = 50, rpe = 9 WHERE id = 'bad1';
           UPDATE "WorkoutLog" l SET "userId" = s."userId" FROM "WorkoutSession" s WHERE s.id = l."sessionId" AND s."userId" <> l."userId";
           UPDATE "Exercise" SET name = 'My Press' WHERE id = 'bad3';"#,
    );
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        db.int("SELECT count(*) FROM _sqlx_migrations"),
        migrations_in_tree() as i64
    );
}
