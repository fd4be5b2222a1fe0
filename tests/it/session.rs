//! `workout session ...`: scheduling, the state moves, show, progression.

use crate::common::*;

fn run(db: &TestDb, args: &[&str]) -> std::process::Output {
    db.workout().args(args).output().unwrap()
}

fn ok_json(db: &TestDb, args: &[&str]) -> serde_json::Value {
    let out = db
        .workout()
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    json_of(&out)
}

#[test]
fn schedule_and_list_in_the_users_time_zone() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    let now = "2026-03-27T12:00:00Z";
    let at = |when: &str, name: &str| {
        let out = db
            .workout()
            .env("WORKOUT_NOW", now)
            .args([
                "session", "schedule", name, "--at", when, "--format", "json",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        json_of(&out)
    };
    // Across the spring-forward night 07:00 stays 07:00 local: 06:00 then 05:00 UTC.
    assert_eq!(
        at("2026-03-28 07:00", "Sat")["scheduledAt"],
        "2026-03-28T06:00:00.000Z"
    );
    assert_eq!(
        at("2026-03-29 07:00", "Sun")["scheduledAt"],
        "2026-03-29T05:00:00.000Z"
    );
    assert_eq!(
        at("tomorrow 18:30", "Eve")["scheduledAt"],
        "2026-03-28T17:30:00.000Z"
    );
    let past = at("2026-03-20 07:00", "Old");
    assert_eq!(past["status"], "SCHEDULED");

    let list = |args: &[&str]| {
        let out = db
            .workout()
            .env("WORKOUT_NOW", now)
            .args(["session", "list", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        json_of(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        list(&[]),
        ["Sat", "Eve", "Sun"],
        "upcoming by default, soonest first"
    );
    assert_eq!(list(&["--past"]), ["Old"]);
    assert_eq!(list(&["--from", "2026-03-29"]), ["Sun"]);
    assert_eq!(
        list(&["--status", "scheduled", "--to", "2026-03-28"]),
        ["Old", "Sat", "Eve"]
    );
    let out = db
        .workout()
        .args(["session", "list", "--status", "done"])
        .output()
        .unwrap();
    assert_error(&out, 2, "invalid value 'done' for '--status'");
    let out = db
        .workout()
        .args(["session", "schedule", "X", "--at", "2026-03-29 25:00"])
        .output()
        .unwrap();
    assert_error(&out, 2, "not a date and time");
}

#[test]
fn the_moves_and_the_refused_ones() {
    let db = TestDb::new().with_user("a@x.io");
    let s = ok_json(
        &db,
        &["session", "schedule", "Legs", "--at", "2030-01-01 07:00"],
    );
    let id = s["id"].as_str().unwrap().to_string();
    let short = &id[..8];
    let status = || {
        db.strings(&format!(
            r#"SELECT status::text FROM "WorkoutSession" WHERE id = '{id}'"#
        ))[0]
            .clone()
    };

    assert_error(
        &run(&db, &["session", "skip", "current"]),
        3,
        "there is no current session",
    );
    let started = ok_json(&db, &["session", "start", short]);
    assert_eq!(started["status"], "IN_PROGRESS");
    assert!(started["startedAt"].is_string());
    assert_error(
        &run(&db, &["session", "start", short]),
        2,
        "already in progress",
    );
    assert_error(
        &run(&db, &["session", "skip", short]),
        2,
        "it is in progress",
    );
    assert_eq!(status(), "IN_PROGRESS", "a refused move changes nothing");
    let done = ok_json(&db, &["session", "complete", short, "--duration", "45m"]);
    assert_eq!(done["status"], "COMPLETED");
    assert_eq!(done["durationMinutes"], 45);
    for m in ["start", "complete", "skip", "cancel"] {
        assert_error(
            &run(&db, &["session", m, short]),
            2,
            "it is already completed",
        );
    }
    assert_eq!(status(), "COMPLETED");

    let s2 = ok_json(
        &db,
        &["session", "schedule", "Arms", "--at", "2030-01-02 07:00"],
    );
    let id2 = s2["id"].as_str().unwrap().to_string();
    assert_eq!(
        ok_json(&db, &["session", "skip", &id2])["status"],
        "SKIPPED"
    );
    assert_error(
        &run(
            &db,
            &["log", "add", "Barbell Curl", "3x10@20", "--session", &id2],
        ),
        2,
        "takes no sets",
    );
    let s3 = ok_json(
        &db,
        &["session", "schedule", "Back", "--at", "2030-01-03 07:00"],
    );
    assert_eq!(
        ok_json(&db, &["session", "cancel", s3["id"].as_str().unwrap()])["status"],
        "CANCELLED"
    );

    // Delete confirms; --yes deletes the session and its sets.
    db.workout()
        .args(["log", "add", "Barbell Squat", "2x5@100", "--session", &id])
        .assert()
        .success();
    assert_error(&run(&db, &["session", "delete", short]), 2, "--yes");
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 2);
    db.workout()
        .args(["session", "delete", short, "--yes"])
        .assert()
        .success();
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 2);
    assert_error(&run(&db, &["session", "show", "ab"]), 2, "at least 4");
}

/// A plan exercise with a progression step: its target weight goes up
/// only after a session in which every target was met.
#[test]
fn progression_raises_a_target_only_when_every_target_was_met() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["plan", "create", "Strength"],
        vec![
            "plan",
            "add-day",
            "Strength",
            "A",
            "--weekdays",
            "mon,wed,fri",
        ],
        vec![
            "plan",
            "add-exercise",
            "Strength",
            "A",
            "Barbell Squat",
            "--sets",
            "3",
            "--reps",
            "5",
            "--weight",
            "100kg",
            "--progression",
            "2.5kg",
        ],
        vec![
            "plan",
            "add-exercise",
            "Strength",
            "A",
            "Pullups",
            "--sets",
            "2",
            "--reps",
            "8",
        ],
        vec!["plan", "activate", "Strength"],
    ] {
        let out = run(&db, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    let target = || {
        db.strings(r#"SELECT "targetWeight"::text FROM "PlanExercise" x JOIN "Exercise" e ON e.id = x."exerciseId" WHERE e.name = 'Barbell Squat'"#)[0].clone()
    };

    // A session that misses a rep: no raise.
    let s = ok_json(
        &db,
        &[
            "session",
            "schedule",
            "A1",
            "--at",
            "today 07:00",
            "--plan",
            "Strength",
            "--day",
            "A",
        ],
    );
    let id = s["id"].as_str().unwrap();
    db.workout()
        .args(["session", "start", id])
        .assert()
        .success();
    db.workout()
        .args(["log", "add", "Barbell Squat", "5,5,4@100", "--session", id])
        .assert()
        .success();
    let out = run(&db, &["session", "complete", id]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("goes up"));
    assert_eq!(target(), "100");

    // A session that meets every target (warm-ups do not count): raised by the step.
    let s = ok_json(
        &db,
        &[
            "session",
            "schedule",
            "A2",
            "--at",
            "today 08:00",
            "--plan",
            "Strength",
            "--day",
            "A",
        ],
    );
    let id = s["id"].as_str().unwrap();
    db.workout()
        .args([
            "log",
            "add",
            "Barbell Squat",
            "1x5@60",
            "--warmup",
            "--session",
            id,
        ])
        .assert()
        .success();
    db.workout()
        .args(["log", "add", "Barbell Squat", "3x5@100", "--session", id])
        .assert()
        .success();
    let out = run(&db, &["session", "complete", id]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains(
            "Every target of Barbell Squat was met: its target weight goes up to 102.5 kg"
        ),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(target(), "102.5");

    // `session show`: what was done beside the targets, with totals.
    let v = ok_json(&db, &["session", "show", id]);
    assert_eq!(v["session"]["name"], "A2");
    let ex = v["exercises"].as_array().unwrap();
    assert_eq!(ex[0]["exercise"], "Barbell Squat");
    assert_eq!(ex[0]["target"]["sets"], 3);
    assert_eq!(
        ex[0]["target"]["weightKg"], 100.0,
        "the target of that day, not the plan's raised one"
    );
    assert_eq!(ex[0]["sets"].as_array().unwrap().len(), 4);
    assert_eq!(ex[0]["volumeKg"], 1500.0);
    assert_eq!(ex[1]["exercise"], "Pullups");
    assert_eq!(
        ex[1]["sets"].as_array().unwrap().len(),
        0,
        "planned, not done"
    );
    assert_eq!(v["totals"]["sets"], 4);
    assert_eq!(v["totals"]["hardSets"], 3);
    let out = run(&db, &["session", "show", id]);
    let table = stdout_of(&out);
    assert!(table.contains("3x5 @ 100 kg"), "{table}");
    assert!(table.contains("5@60w"), "{table}");
}

#[test]
fn schedule_day_n_is_the_nth_day_as_in_plan_commands() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["plan", "create", "Split"],
        vec!["plan", "add-day", "Split", "Upper"],
        vec!["plan", "add-day", "Split", "Lower"],
    ] {
        let out = run(&db, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    // Another client's positions need not be 1..N (v3 keeps them >= 1):
    // stored positions 11 and 12, days 1 and 2.
    db.sql(r#"UPDATE "PlanDay" SET "position" = "position" + 10"#);
    for (n, day) in [("1", "Upper"), ("2", "Lower")] {
        let s = ok_json(
            &db,
            &[
                "session",
                "schedule",
                "S",
                "--at",
                "today 07:00",
                "--plan",
                "Split",
                "--day",
                n,
            ],
        );
        assert_eq!(s["day"], day, "--day {n}");
    }
    // `plan edit-day` reads the number the same way.
    let out = run(&db, &["plan", "edit-day", "Split", "1", "--notes", "first"]);
    assert!(
        stderr_of(&out).contains("Changed the day `Upper`"),
        "{}",
        stderr_of(&out)
    );
    let out = run(
        &db,
        &[
            "session",
            "schedule",
            "S",
            "--at",
            "today 07:00",
            "--plan",
            "Split",
            "--day",
            "3",
        ],
    );
    assert_error(&out, 3, "the plan `Split` has no day `3`");
}

/// A session with no sets has a volume of 0, not `-0.0` (an empty f64 sum).
#[test]
fn an_empty_sessions_volume_is_zero_not_minus_zero() {
    let db = TestDb::new().with_user("a@x.io");
    let s = ok_json(
        &db,
        &["session", "schedule", "Empty", "--at", "tomorrow 18:00"],
    );
    let id = s["id"].as_str().unwrap();
    let out = db
        .workout()
        .args(["--format", "json", "session", "show", id])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(!text.contains(": -0.0"), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["totals"]["volumeKg"], 0.0, "{v}");
}
