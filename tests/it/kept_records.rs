//! Issue 16.1: the personal records the database keeps ("ExerciseRecord",
//! migration 8) stay equal to a fresh computation and to the domain's
//! reference after every kind of write, by `workout` or by another client,
//! under concurrent writers; `workout db check` finds a difference (exit 4)
//! and `workout db rebuild` repairs it.

use serde_json::Value;

use crate::common::*;
use crate::records::{NOW, assert_same, generate, reference};

/// `db check --all-users` passes, and `log prs` of each user equals the
/// domain's reference over the sets.
pub(crate) fn holds(db: &TestDb, step: &str, emails: &[&str]) {
    let out = db
        .workout()
        .args(["db", "check", "--all-users", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{step}: db check: {}\n{}",
        stderr_of(&out),
        stdout_of(&out)
    );
    assert_eq!(json_of(&out), Value::Array(vec![]), "{step}");
    for email in emails {
        let got = db.json_at(NOW, &["--user", email, "log", "prs"]);
        assert_same(&got, &reference(db, email));
    }
}

fn ok(db: &TestDb, args: &[&str]) {
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
}

#[test]
fn kept_records_follow_every_kind_of_write() {
    let db = generate();
    // Inserts, updates, deletes and warm-up changes written through SQL.
    holds(&db, "generated through SQL", &["a@x.io", "b@x.io"]);
    let names = db.strings(
        r#"SELECT e."name" FROM "Exercise" e WHERE e."id" IN (SELECT "exerciseId" FROM "WorkoutLog")
           AND e."trackingType" = 'WEIGHT_REPS' ORDER BY 1"#,
    );
    let lift = names[0].as_str();
    // Sets logged by workout: a new heaviest, a new session volume.
    ok(&db, &["log", "add", lift, "3x5@300kg"]);
    ok(&db, &["--user", "b@x.io", "log", "add", lift, "1x1@500kg"]);
    holds(&db, "log add", &["a@x.io", "b@x.io"]);
    // Another client: a set without a session on an existing day, an edit
    // that lowers the best set, a delete of the best set of another kind.
    db.sql(
        r#"INSERT INTO "WorkoutLog" ("id", "userId", "exerciseId", "date", "setNumber", "reps", "weight", "createdAt", "updatedAt")
           SELECT 'kx1', l."userId", l."exerciseId", l."date" + interval '1 minute', 1, 12, 2.5, now(), now()
             FROM "WorkoutLog" l WHERE l."sessionId" IS NULL ORDER BY l."id" LIMIT 1;
           UPDATE "WorkoutLog" SET "weight" = 1 WHERE "weight" = 300;
           DELETE FROM "WorkoutLog" WHERE "id" = (SELECT "id" FROM "WorkoutLog" WHERE "durationSeconds" IS NOT NULL
                                                  ORDER BY "durationSeconds" DESC, "id" LIMIT 1);
           UPDATE "WorkoutLog" SET "exerciseId" = (SELECT "exerciseId" FROM "WorkoutLog" WHERE "weight" = 500)
            WHERE "id" IN (SELECT "id" FROM "WorkoutLog" WHERE "weight" IS NOT NULL AND "sessionId" IS NULL
                           ORDER BY md5("id" || 'm') LIMIT 5);"#,
    );
    holds(
        &db,
        "SQL insert, update, delete, move",
        &["a@x.io", "b@x.io"],
    );
    // Body weight: a measurement in the middle of the history, one edited,
    // one removed, a profile weight without measurements.
    db.sql(
        r#"INSERT INTO "BodyMeasurement" ("id", "userId", "date", "weightKg", "createdAt", "updatedAt")
           SELECT 'kbm', "id", '2025-06-01', 120, now(), now() FROM "User" WHERE "email" = 'a@x.io';
           UPDATE "BodyMeasurement" SET "weightKg" = 55 WHERE "id" = 'rbm1';
           DELETE FROM "BodyMeasurement" WHERE "id" = 'rbm5';
           UPDATE "User" SET "weight" = 99.5 WHERE "email" = 'b@x.io';"#,
    );
    holds(&db, "body weight", &["a@x.io", "b@x.io"]);
    // A tracking type changed: the exercise's records of every user.
    db.sql(&format!(
        r#"UPDATE "Exercise" SET "trackingType" = 'BODYWEIGHT_REPS' WHERE "name" = '{lift}' AND "createdById" IS NULL"#
    ));
    holds(&db, "tracking type", &["a@x.io", "b@x.io"]);
    // A time zone changed: sets without a session count on other days.
    ok(&db, &["user", "set", "--timezone", "Pacific/Auckland"]);
    ok(
        &db,
        &[
            "--user",
            "b@x.io",
            "user",
            "set",
            "--timezone",
            "Asia/Tokyo",
        ],
    );
    holds(&db, "time zone", &["a@x.io", "b@x.io"]);
    // An import (a bulk insert: recomputed once per exercise).
    let f = db.home_path().join("strong.csv");
    let mut csv = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
    );
    for i in 0..700 {
        csv.push_str(&format!(
            "2024-0{}-{:02} 10:00:00,Imported,1h,{lift},{},{},{},,,,,\n",
            1 + i % 9,
            1 + (i / 9) % 28,
            1 + i / 252,
            20 + (i * 7) % 90,
            1 + i % 12
        ));
    }
    std::fs::write(&f, csv).unwrap();
    ok(&db, &["log", "import", f.to_str().unwrap(), "--unit", "kg"]);
    assert!(db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "date" < '2024-12-31'"#) >= 700);
    holds(&db, "import", &["a@x.io", "b@x.io"]);
    // Whole sessions deleted (a cascade), a user deleted.
    db.sql(
        r#"DELETE FROM "WorkoutSession" WHERE "id" IN (SELECT "id" FROM "WorkoutSession" ORDER BY md5("id") LIMIT 10);
           DELETE FROM "User" WHERE "email" = 'b@x.io';"#,
    );
    holds(&db, "session and user deleted", &["a@x.io"]);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "ExerciseRecord" r LEFT JOIN "User" u ON u."id" = r."userId" WHERE u."id" IS NULL"#),
        0
    );
}

#[test]
fn kept_records_follow_the_legacy_migration() {
    let db = crate::legacy::fixture();
    let out = db
        .workout()
        .env("WORKOUT_NOW", crate::legacy::NOW)
        .args(["migrate", "legacy"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(db.int(r#"SELECT count(*) FROM "ExerciseRecord" WHERE "sets" > 0"#) > 0);
    holds(
        &db,
        "migrate legacy",
        &["ana@example.com", "bo@example.com"],
    );
}

#[test]
fn parallel_log_adds_keep_the_record_the_max() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["exercise", "add", "Race Lift"]);
    let weights = |round: usize| (0..8).map(move |i| 40 + ((round * 13 + i * 29) % 97));
    for round in 0..6 {
        let children: Vec<_> = weights(round)
            .map(|w| {
                let mut cmd = std::process::Command::new(BIN);
                cmd.env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .env("HOME", db.home_path())
                    .env("WORKOUT_DATABASE_URL", &db.url)
                    .env("WORKOUT_USER", "a@x.io")
                    .args(["log", "add", "Race Lift", &format!("2x5@{w}kg")])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        }
        holds(&db, &format!("round {round}"), &["a@x.io"]);
        let max = weights(round)
            .chain((0..round).flat_map(weights))
            .max()
            .unwrap();
        let got = db.json_at(NOW, &["log", "prs", "--exercise", "Race Lift"]);
        assert_eq!(got[0]["heaviestKg"].as_f64(), Some(max as f64), "{got:#}");
        assert_eq!(
            db.int(r#"SELECT "sets"::bigint FROM "ExerciseRecord""#),
            16 * (round as i64 + 1)
        );
    }
}

#[test]
fn db_check_finds_a_tampered_record_and_rebuild_repairs_it() {
    let db = generate();
    holds(&db, "generated", &["a@x.io", "b@x.io"]);
    let before = db.strings(r#"SELECT r::text FROM "ExerciseRecord" r ORDER BY 1"#);
    db.sql(
        r#"UPDATE "ExerciseRecord" SET "heaviest" = ARRAY[-999, 0]
            WHERE ("userId", "exerciseId") = (SELECT "userId", "exerciseId" FROM "ExerciseRecord" r
                                              JOIN "User" u ON u."id" = r."userId"
                                              WHERE u."email" = 'a@x.io' AND r."heaviest" IS NOT NULL ORDER BY 2 LIMIT 1);
           DELETE FROM "ExerciseRecord" WHERE ("userId", "exerciseId") = (SELECT r."userId", r."exerciseId" FROM "ExerciseRecord" r
                                              JOIN "User" u ON u."id" = r."userId" WHERE u."email" = 'b@x.io' ORDER BY 2 LIMIT 1);"#,
    );
    let out = db
        .workout()
        .args(["db", "check", "--all-users", "--format", "json"])
        .output()
        .unwrap();
    assert_error(&out, 4, "differ");
    let diffs = json_of(&out);
    let diffs = diffs.as_array().unwrap();
    assert_eq!(diffs.len(), 2, "{diffs:#?}");
    assert_eq!(diffs[0]["user"], "a@x.io");
    assert_eq!(diffs[0]["fields"], serde_json::json!(["heaviest"]));
    assert_eq!(diffs[1]["user"], "b@x.io");
    assert_eq!(diffs[1]["fields"], serde_json::json!(["row"]));
    // A note edited recomputes nothing (the tampered value stays).
    let tampered = r#"(SELECT r."exerciseId" FROM "ExerciseRecord" r WHERE r."heaviest" = ARRAY[-999, 0]::float8[])"#;
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "notes" = 'n' WHERE "exerciseId" = {tampered}"#
    ));
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "ExerciseRecord" WHERE "heaviest" = ARRAY[-999, 0]::float8[]"#
        ),
        1
    );
    // The acting user only: one difference.
    let out = db
        .workout()
        .args(["db", "check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_eq!(json_of(&out).as_array().unwrap().len(), 1);
    // log prs shows what is kept (the tampered value) until rebuilt.
    let prs = db.json_at(NOW, &["log", "prs"]);
    assert!(
        prs.as_array()
            .unwrap()
            .iter()
            .any(|r| r["heaviestKg"] == 999.0),
        "{prs:#}"
    );
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "weight" = "weight" + 0 WHERE "exerciseId" = {tampered};
           UPDATE "WorkoutLog" SET "reps" = "reps" WHERE "id" = (SELECT min("id") FROM "WorkoutLog" WHERE "exerciseId" = {tampered})"#
    ));
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "ExerciseRecord" WHERE "heaviest" = ARRAY[-999, 0]::float8[]"#
        ),
        1,
        "same values: nothing recomputed"
    );
    let ex = db.strings(tampered);
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "weight" = "weight" + 1 WHERE "id" = (SELECT min("id") FROM "WorkoutLog" WHERE "exerciseId" = '{}' AND "weight" IS NOT NULL);
           UPDATE "WorkoutLog" SET "weight" = "weight" - 1 WHERE "id" = (SELECT min("id") FROM "WorkoutLog" WHERE "exerciseId" = '{}' AND "weight" IS NOT NULL)"#,
        ex[0], ex[0]
    ));
    // Migration 9: a set edited that holds no kept record (none is at the
    // tampered record's instant) is folded in, not recomputed from the
    // history: the tampered value stays until `db rebuild`.
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "ExerciseRecord" WHERE "heaviest" = ARRAY[-999, 0]::float8[]"#
        ),
        1,
        "a weight edited that holds no record: folded, not recomputed"
    );
    ok(&db, &["db", "rebuild", "--all-users"]);
    holds(&db, "rebuilt", &["a@x.io", "b@x.io"]);
    assert_eq!(
        db.strings(r#"SELECT r::text FROM "ExerciseRecord" r ORDER BY 1"#),
        before
    );
    // Idempotent.
    ok(&db, &["db", "rebuild", "--all-users"]);
    assert_eq!(
        db.strings(r#"SELECT r::text FROM "ExerciseRecord" r ORDER BY 1"#),
        before
    );
}

/// Another client may store any finite weight and distance (the schema's
/// rule): the records' triggers must not turn such a set's insert into an
/// overflow error (float8 overflow is an error in PostgreSQL), and the
/// records, `db check` and `log prs`/`log progress` still answer.
#[test]
fn huge_and_tiny_values_another_client_stores_do_not_fail_the_insert() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["log", "add", "Barbell Squat", "1x5@100kg"]);
    ok(&db, &["log", "add", "Pullups", "1x5"]);
    ok(
        &db,
        &[
            "log",
            "add",
            "Running, Treadmill",
            "--distance",
            "5km",
            "--duration",
            "25m",
        ],
    );
    db.sql(
        r#"UPDATE "User" SET "weight" = 1.7e308;
           INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", reps, weight,
                                     "durationSeconds", "distanceMeters", "updatedAt")
           SELECT 'big' || g || left(md5(e.id), 8), u.id, e.id, now(), 10 + g, 5, 1.7976931348623157e308, 600, 2.5e-300, now()
           FROM "User" u, "Exercise" e, generate_series(1, 2) g
           WHERE e.name IN ('Barbell Squat', 'Pullups', 'Running, Treadmill')"#,
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE id LIKE 'big%'"#),
        6
    );
    let out = db.workout().args(["db", "check"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    ok(&db, &["log", "prs"]);
    ok(&db, &["log", "progress", "Barbell Squat"]);
}
