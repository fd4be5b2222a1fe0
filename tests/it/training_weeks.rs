//! Issue 16: the training weeks the database keeps ("TrainingWeek",
//! migration 10): `workout db check` finds a kept week that disagrees with
//! the sets (exit 4) and `workout db rebuild` mends it; parallel writers
//! into one week, and into a week no one has trained in yet, leave exact
//! counts.

use serde_json::{Value, json};

use crate::common::*;
use crate::records::{NOW, generate};

/// The kept weeks, as text, in key order.
fn kept(db: &TestDb) -> Vec<String> {
    db.strings(r#"SELECT t::text FROM "TrainingWeek" t ORDER BY "userId", "week""#)
}

/// The weeks counted by hand from the sets, in the kept rows' text form.
fn counted(db: &TestDb) -> Vec<String> {
    db.strings(
        r#"SELECT ROW(u, w, count(*)::int)::text
           FROM (SELECT l."userId" AS u,
                        date_trunc('week', l."date" AT TIME ZONE 'UTC' AT TIME ZONE coalesce(us."timezone", 'UTC'))::date AS w
                 FROM "WorkoutLog" l JOIN "User" us ON us."id" = l."userId") x
           GROUP BY u, w ORDER BY u, w"#,
    )
}

fn check(db: &TestDb, all: bool) -> std::process::Output {
    let mut args = vec!["db", "check", "--format", "json"];
    if all {
        args.push("--all-users");
    }
    db.workout().args(&args).output().unwrap()
}

#[test]
fn db_check_finds_a_tampered_training_week_and_rebuild_mends_it() {
    let db = generate();
    let before = kept(&db);
    assert_eq!(before, counted(&db));
    assert!(before.len() > 20, "{before:?}");
    let out = check(&db, true);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out), Value::Array(vec![]));
    // Another client tampers with the summary: a count changed (a@x.io's
    // first week), a week removed (b@x.io's first), a week with no sets
    // added (a@x.io, 2001-01-01, a Monday).
    db.sql(
        r#"UPDATE "TrainingWeek" SET "sets" = "sets" + 5
            WHERE ("userId", "week") = (SELECT t."userId", min(t."week") FROM "TrainingWeek" t JOIN "User" u ON u."id" = t."userId"
                                        WHERE u."email" = 'a@x.io' GROUP BY 1);
           DELETE FROM "TrainingWeek"
            WHERE ("userId", "week") = (SELECT t."userId", min(t."week") FROM "TrainingWeek" t JOIN "User" u ON u."id" = t."userId"
                                        WHERE u."email" = 'b@x.io' GROUP BY 1);
           INSERT INTO "TrainingWeek" ("userId", "week", "sets")
           SELECT "id", date '2001-01-01', 3 FROM "User" WHERE "email" = 'a@x.io';"#,
    );
    let first = |email: &str| {
        db.strings(&format!(
            r#"SELECT min(date_trunc('week', l."date" AT TIME ZONE 'UTC' AT TIME ZONE coalesce(u."timezone", 'UTC'))::date)::text
               FROM "WorkoutLog" l JOIN "User" u ON u."id" = l."userId" WHERE u."email" = '{email}'"#
        ))
        .remove(0)
    };
    let out = check(&db, true);
    assert_error(&out, 4, "training weeks differ");
    let diffs = json_of(&out);
    let got: Vec<(String, String, Value)> = diffs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["user"].as_str().unwrap().to_string(),
                d["week"].as_str().unwrap_or("none").to_string(),
                d["fields"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("a@x.io".into(), "2001-01-01".into(), json!(["row"])),
            ("a@x.io".into(), first("a@x.io"), json!(["sets"])),
            ("b@x.io".into(), first("b@x.io"), json!(["row"])),
        ],
        "{diffs:#}"
    );
    // The acting user (a@x.io) only: their two.
    let out = check(&db, false);
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_eq!(json_of(&out).as_array().unwrap().len(), 2);
    // A table names the week.
    let out = db.workout().args(["db", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stdout_of(&out).contains("training week of 2001-01-01"),
        "{}",
        stdout_of(&out)
    );
    // The acting user's rebuild mends theirs, not b@x.io's.
    let out = db.workout().args(["db", "rebuild"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(check(&db, false).status.success());
    let out = check(&db, true);
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_eq!(json_of(&out).as_array().unwrap().len(), 1);
    // Every user's: the rows as they were, and again (idempotent).
    for _ in 0..2 {
        let out = db
            .workout()
            .args(["db", "rebuild", "--all-users"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert!(stderr_of(&out).contains("week(s)"), "{}", stderr_of(&out));
        assert_eq!(kept(&db), before);
        let out = check(&db, true);
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    // `log stats` counts its streaks from the kept weeks (it reads no set
    // for them): 300 weeks in a row written into the summary alone show
    // as the longest streak until a rebuild.
    let longest = db.json_at(NOW, &["log", "stats"])["longestStreakWeeks"].clone();
    assert!(longest.as_i64().unwrap() < 300, "{longest}");
    db.sql(
        r#"INSERT INTO "TrainingWeek" ("userId", "week", "sets")
           SELECT u."id", date '1990-01-01' + 7 * k, 1 FROM "User" u, generate_series(0, 299) k WHERE u."email" = 'a@x.io'"#,
    );
    assert_eq!(
        db.json_at(NOW, &["log", "stats"])["longestStreakWeeks"],
        300
    );
    let out = db.workout().args(["db", "rebuild"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        db.json_at(NOW, &["log", "stats"])["longestStreakWeeks"],
        longest
    );
    assert_eq!(kept(&db), before);
}

#[test]
fn parallel_log_adds_into_one_week_and_a_new_week_keep_the_weeks_exact() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    let now = "2026-06-30T18:00:00Z";
    for round in 0..6 {
        // Half the writers log today (a week that already trains after the
        // first round), half on a day of a week no set is in yet (each
        // round its own: the first writers there race to create its row).
        let new_day = format!("2025-{:02}-10", 1 + round);
        let children: Vec<_> = (0..8)
            .map(|i| {
                let mut cmd = std::process::Command::new(BIN);
                cmd.env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .env("HOME", db.home_path())
                    .env("WORKOUT_DATABASE_URL", &db.url)
                    .env("WORKOUT_USER", "a@x.io")
                    .env("WORKOUT_NOW", now)
                    .args([
                        "log",
                        "add",
                        "Barbell Squat",
                        &format!("{}x5@100kg", 1 + i % 3),
                    ]);
                if i % 2 == 1 {
                    cmd.args(["--date", &new_day]);
                }
                cmd.stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        }
        assert_eq!(kept(&db), counted(&db), "round {round}");
        assert_eq!(
            db.int(r#"SELECT count(*) FROM "TrainingWeek""#),
            2 + round as i64,
            "round {round}: {:?}",
            kept(&db)
        );
        let out = check(&db, true);
        assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        assert_eq!(json_of(&out), Value::Array(vec![]));
    }
    let v = db.json_at(now, &["log", "stats"]);
    assert_eq!(v["currentStreakWeeks"], 1, "{v}");
}

/// A time zone changed while sets are written: the kept weeks follow the
/// zone that commits last, with every set in it. On a Sunday evening in
/// UTC the set falls in next week in Auckland and in this week in Los
/// Angeles, so a writer that counted with the zone before the change would
/// leave its set in the wrong week (`db check` would list it), and the
/// change's recount could collide with a writer's new week.
#[test]
fn time_zone_changes_racing_log_adds_keep_the_weeks_exact() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-06-28T20:00:00Z";
    let spawn = |args: Vec<String>| {
        let mut cmd = std::process::Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", db.home_path())
            .env("WORKOUT_DATABASE_URL", &db.url)
            .env("WORKOUT_USER", "a@x.io")
            .env("WORKOUT_NOW", now)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd.spawn().unwrap()
    };
    for round in 0..12 {
        let zones = if round % 2 == 0 {
            ["Pacific/Auckland", "America/Los_Angeles"]
        } else {
            ["America/Los_Angeles", "Pacific/Auckland"]
        };
        let mut children = Vec::new();
        for i in 0..6 {
            children.push(spawn(
                ["log", "add", "Barbell Squat", "1x5@100kg"]
                    .map(String::from)
                    .to_vec(),
            ));
            if i % 3 == 1 {
                let tz = zones[i / 3];
                children.push(spawn(
                    ["user", "set", "--timezone", tz].map(String::from).to_vec(),
                ));
            }
        }
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        }
        assert_eq!(kept(&db), counted(&db), "round {round}");
        let out = check(&db, true);
        assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
    }
    assert_eq!(
        db.int(r#"SELECT sum("sets")::bigint FROM "TrainingWeek""#),
        72
    );
}
