//! `workout plan ...`: the life cycle, reordering, the status state
//! machine, scheduling across a DST change, isolation between users, and
//! bad input that changes nothing.

use serde_json::Value;

use crate::common::*;

/// Runs `workout` as the test's user at a pinned time; asserts success and
/// returns stdout parsed as JSON (`--format json` is added).
fn ok_json(db: &TestDb, args: &[&str]) -> Value {
    db.json_at("2026-03-20T09:00:00Z", args)
}

fn run(db: &TestDb, args: &[&str]) -> std::process::Output {
    db.workout()
        .env("WORKOUT_NOW", "2026-03-20T09:00:00Z")
        .args(args)
        .output()
        .unwrap()
}

/// Everything plan-related in the database, as text, to compare before and after.
const SNAPSHOT: &str = r#"
SELECT concat_ws('|', 'plan', id, "userId", name, description, goal, status, "startDate", "endDate", "updatedAt") FROM "TrainingPlan"
UNION ALL SELECT concat_ws('|', 'day', id, "trainingPlanId", name, position, weekdays::text, notes) FROM "PlanDay"
UNION ALL SELECT concat_ws('|', 'ex', id, "planDayId", "exerciseId", position, "targetSets", "targetRepsMin", "targetRepsMax",
                 "targetWeight", "targetRpe", "restSeconds", "progressionKg", notes) FROM "PlanExercise"
UNION ALL SELECT concat_ws('|', 'session', id, "userId", "trainingPlanId", "planDayId", name, status, "scheduledAt") FROM "WorkoutSession"
UNION ALL SELECT concat_ws('|', 'exercise', id, name, "updatedAt") FROM "Exercise" WHERE "createdById" IS NOT NULL
ORDER BY 1"#;

fn berlin_user(mut db: TestDb, email: &str) -> TestDb {
    db.workout()
        .args(["user", "add", email, "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    db.user = Some(email.to_string());
    db
}

#[test]
fn full_life_cycle() {
    let db = berlin_user(TestDb::new(), "a@x.io");
    let p = ok_json(
        &db,
        &[
            "plan",
            "create",
            "Strength A",
            "--description",
            "3 days",
            "--goal",
            "bench 120",
        ],
    );
    assert_eq!(p["status"], "DRAFT");
    assert_eq!(p["goal"], "bench 120");
    assert_eq!(p["createdAt"], "2026-03-20T09:00:00.000Z");
    let plan_id = p["id"].as_str().unwrap().to_string();

    for (day, weekdays) in [
        ("Push", "mon,thu"),
        ("Pull", "tue,fri"),
        ("Legs", "saturday"),
    ] {
        ok_json(
            &db,
            &["plan", "add-day", "Strength A", day, "--weekdays", weekdays],
        );
    }
    ok_json(
        &db,
        &[
            "plan",
            "add-exercise",
            "strength a",
            "push",
            "Barbell Bench Press - Medium Grip",
            "--sets",
            "5",
        ],
    );
    // The targets, every kind.
    ok_json(
        &db,
        &[
            "plan",
            "add-exercise",
            "Strength A",
            "1",
            "pushups",
            "--sets",
            "3",
            "--reps",
            "8-12",
            "--rpe",
            "8.5",
            "--rest",
            "90s",
            "--notes",
            "slow",
        ],
    );
    let rows = ok_json(
        &db,
        &[
            "plan",
            "add-exercise",
            &plan_id[..10],
            "Push",
            "Dips - Triceps Version",
            "--sets",
            "3",
            "--reps",
            "10",
            "--weight",
            "225lb",
            "--rest",
            "2m",
            "--progression",
            "2.5kg",
        ],
    );
    let rows = rows.as_array().unwrap();
    assert_eq!(
        rows.len(),
        5,
        "3 exercises on Push, two empty days: {rows:#?}"
    );
    let dips = &rows[2];
    assert_eq!(dips["dayName"], "Push");
    assert_eq!(dips["weekdays"], "1,4");
    assert_eq!(dips["position"], 3);
    assert_eq!(dips["exerciseName"], "Dips - Triceps Version");
    assert_eq!(dips["targetRepsMin"], 10);
    assert_eq!(dips["targetRepsMax"], 10);
    assert!((dips["targetWeightKg"].as_f64().unwrap() - 225.0 * 0.453_592_37).abs() < 1e-9);
    assert_eq!(dips["restSeconds"], 120);
    assert_eq!(dips["progressionKg"], 2.5);
    assert_eq!(rows[1]["targetRepsMin"], 8);
    assert_eq!(rows[1]["targetRepsMax"], 12);
    assert_eq!(rows[1]["targetRpe"], 8.5);
    assert_eq!(rows[1]["notes"], "slow");
    assert_eq!(rows[3]["dayName"], "Pull");
    assert_eq!(rows[3]["exerciseId"], Value::Null);
    assert_eq!(rows[4]["weekdays"], "6");

    // The table for people: the user's unit and readable targets.
    let out = run(&db, &["plan", "show", "Strength A"]);
    let table = stdout_of(&out);
    for needle in [
        "102.06 kg",
        "8-12",
        "1m30s",
        "+2.5 kg",
        "Mon, Thu",
        "(no exercises)",
        "draft",
    ] {
        assert!(table.contains(needle), "{needle}:\n{table}");
    }

    // Reordering: exercises in a day, days in the plan; positions stay 1..n.
    ok_json(
        &db,
        &[
            "plan",
            "move-exercise",
            "Strength A",
            "Push",
            "3",
            "--to",
            "1",
        ],
    );
    ok_json(
        &db,
        &["plan", "remove-exercise", "Strength A", "Push", "pushups"],
    );
    let order = r#"SELECT concat_ws(':', x.position, e.name) FROM "PlanExercise" x JOIN "Exercise" e ON e.id = x."exerciseId" ORDER BY x.position"#;
    assert_eq!(
        db.strings(order),
        [
            "1:Dips - Triceps Version",
            "2:Barbell Bench Press - Medium Grip"
        ]
    );
    ok_json(
        &db,
        &["plan", "move-day", "Strength A", "legs", "--to", "1"],
    );
    ok_json(
        &db,
        &[
            "plan",
            "edit-day",
            "Strength A",
            "Pull",
            "--weekdays",
            "wed",
            "--name",
            "Back",
        ],
    );
    let days =
        r#"SELECT concat_ws(':', position, name, weekdays::text) FROM "PlanDay" ORDER BY position"#;
    assert_eq!(
        db.strings(days),
        ["1:Legs:{6}", "2:Push:{1,4}", "3:Back:{3}"]
    );
    ok_json(&db, &["plan", "remove-day", "Strength A", "2", "--yes"]);
    assert_eq!(db.strings(days), ["1:Legs:{6}", "2:Back:{3}"]);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "PlanExercise""#),
        0,
        "Push's exercises went with it"
    );

    let p = ok_json(
        &db,
        &[
            "plan",
            "edit",
            "Strength A",
            "--name",
            "Strength B",
            "--goal",
            "bench 130",
        ],
    );
    assert_eq!(p["name"], "Strength B");
    assert_eq!(p["goal"], "bench 130");
    assert_eq!(p["days"], 2);

    // The state machine, through every edge.
    let status = || {
        db.strings(r#"SELECT concat_ws('|', status, "startDate", "endDate") FROM "TrainingPlan""#)
    };
    let step = |args: &[&str], now: &str| {
        let out = db
            .workout()
            .env("WORKOUT_NOW", now)
            .args(["plan"])
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        json_of(&out)["status"].as_str().unwrap().to_string()
    };
    assert_eq!(
        step(&["activate", "strength b"], "2026-03-21T08:00:00Z"),
        "ACTIVE"
    );
    assert_eq!(status(), ["ACTIVE|2026-03-21 08:00:00"]);
    assert_eq!(
        step(&["pause", "Strength B"], "2026-03-22T08:00:00Z"),
        "PAUSED"
    );
    assert_eq!(
        step(&["activate", "Strength B"], "2026-03-23T08:00:00Z"),
        "ACTIVE"
    );
    assert_eq!(
        status(),
        ["ACTIVE|2026-03-21 08:00:00"],
        "the start stays the first"
    );
    assert_eq!(
        step(&["activate", "Strength B"], "2026-03-23T09:00:00Z"),
        "ACTIVE",
        "already: fine"
    );
    assert_eq!(
        step(&["complete", "Strength B"], "2026-03-24T08:00:00Z"),
        "COMPLETED"
    );
    assert_eq!(
        status(),
        ["COMPLETED|2026-03-21 08:00:00|2026-03-24 08:00:00"]
    );
    let out = run(&db, &["plan", "activate", "Strength B"]);
    assert_error(
        &out,
        2,
        "cannot activate the plan `Strength B`: it is completed; pass --force",
    );
    assert_eq!(
        step(&["archive", "Strength B"], "2026-03-25T08:00:00Z"),
        "ARCHIVED"
    );
    let before = db.strings(SNAPSHOT);
    for (args, needle) in [
        (
            vec!["activate", "Strength B"],
            "it is archived; pass --force to activate it again",
        ),
        (
            vec!["pause", "Strength B"],
            "cannot pause the plan `Strength B`: it is archived",
        ),
        (
            vec!["complete", "Strength B"],
            "cannot complete the plan `Strength B`: it is archived",
        ),
    ] {
        let out = run(&db, &[&["plan"][..], &args].concat());
        assert_error(&out, 2, needle);
        assert_eq!(stderr_of(&out).lines().count(), 1);
    }
    assert_eq!(
        db.strings(SNAPSHOT),
        before,
        "refused changes change nothing"
    );
    assert_eq!(
        step(
            &["activate", "Strength B", "--force"],
            "2026-03-26T08:00:00Z"
        ),
        "ACTIVE"
    );

    let list = ok_json(&db, &["plan", "list", "--status", "active"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(
        ok_json(&db, &["plan", "list", "--status", "draft"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let out = run(&db, &["plan", "list", "--format", "csv"]);
    assert!(stdout_of(&out).starts_with(
        "id,name,status,description,goal,startDate,endDate,days,exercises,isLegacyImport,createdAt,updatedAt\n"
    ));

    // Delete: a scheduled session goes with the plan, a done one keeps its history.
    let made = ok_json(
        &db,
        &[
            "plan",
            "schedule",
            "Strength B",
            "--from",
            "2026-03-30",
            "--weeks",
            "1",
            "--at",
            "18:00",
        ],
    );
    assert_eq!(made.as_array().unwrap().len(), 2, "{made}");
    db.sql(&format!(
        r#"INSERT INTO "WorkoutSession" (id, "userId", "trainingPlanId", "planDayId", name, status, "completedAt", "updatedAt")
           SELECT 'done1', p."userId", p.id, d.id, 'Legs', 'COMPLETED', now(), now()
           FROM "TrainingPlan" p JOIN "PlanDay" d ON d."trainingPlanId" = p.id WHERE p.id = '{plan_id}' AND d.name = 'Legs'"#
    ));
    let before = db.strings(SNAPSHOT);
    let out = run(&db, &["plan", "delete", "Strength B"]);
    assert_error(&out, 2, "Pass --yes to confirm");
    assert!(
        stderr_of(&out)
            .contains("its 2 scheduled session(s)? 1 other session(s) keep their history"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(db.strings(SNAPSHOT), before);
    let out = run(&db, &["plan", "delete", "Strength B", "--yes"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(db.int(r#"SELECT count(*) FROM "TrainingPlan""#), 0);
    assert_eq!(db.int(r#"SELECT count(*) FROM "PlanDay""#), 0);
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', id, coalesce("trainingPlanId", 'no plan'), coalesce("planDayId", 'no day'), status) FROM "WorkoutSession""#),
        ["done1|no plan|no day|COMPLETED"]
    );
    assert_error(
        &run(&db, &["plan", "show", "Strength B"]),
        3,
        "you have no plan named `Strength B`",
    );
}

#[test]
fn scheduling_keeps_local_time_across_dst_and_never_duplicates() {
    let db = berlin_user(TestDb::new(), "a@x.io");
    ok_json(&db, &["plan", "create", "Run"]);
    ok_json(
        &db,
        &["plan", "add-day", "Run", "Long", "--weekdays", "sat,sun"],
    );
    ok_json(
        &db,
        &["plan", "add-day", "Run", "Easy", "--weekdays", "mon"],
    );
    ok_json(&db, &["plan", "add-day", "Run", "Rest"]);
    ok_json(&db, &["plan", "activate", "Run"]);

    // Berlin moves to summer time on Sunday 29 March 2026 at 02:00.
    let made = ok_json(
        &db,
        &[
            "plan",
            "schedule",
            "Run",
            "--from",
            "2026-03-27",
            "--weeks",
            "1",
            "--at",
            "07:00",
        ],
    );
    let at: Vec<&str> = made
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["scheduledAt"].as_str().unwrap())
        .collect();
    assert_eq!(
        at,
        [
            "2026-03-28T06:00:00.000Z",
            "2026-03-29T05:00:00.000Z",
            "2026-03-30T05:00:00.000Z"
        ]
    );
    let stored = r#"SELECT concat_ws('|', s.name, s."scheduledAt", s.status, d.name, p.name)
        FROM "WorkoutSession" s JOIN "PlanDay" d ON d.id = s."planDayId" JOIN "TrainingPlan" p ON p.id = s."trainingPlanId"
        ORDER BY s."scheduledAt""#;
    assert_eq!(
        db.strings(stored),
        [
            "Long|2026-03-28 06:00:00|SCHEDULED|Long|Run",
            "Long|2026-03-29 05:00:00|SCHEDULED|Long|Run",
            "Easy|2026-03-30 05:00:00|SCHEDULED|Easy|Run",
        ]
    );
    // The same again makes nothing; two weeks make only the second week's.
    let out = run(
        &db,
        &[
            "plan",
            "schedule",
            "Run",
            "--from",
            "2026-03-27",
            "--weeks",
            "1",
            "--at",
            "07:00",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("Scheduled 0 session(s)"),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("3 were already scheduled"));
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 3);
    let out = run(
        &db,
        &[
            "plan",
            "schedule",
            "Run",
            "--from",
            "2026-03-27",
            "--weeks",
            "2",
            "--at",
            "07:00",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    // For people: local times with the zone's abbreviation, whatever TZ the machine has.
    let table = stdout_of(&out);
    assert!(table.contains("Sat 2026-04-04 07:00 CEST"), "{table}");
    assert_eq!(
        table.lines().count(),
        4,
        "a header and the 3 new ones:\n{table}"
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 6);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE "scheduledAt"::time <> '05:00'"#),
        1,
        "all but 28 March are in summer time"
    );

    // A time that does not exist that day: the first valid moment after it (03:00 CEST).
    let made = ok_json(
        &db,
        &[
            "plan",
            "schedule",
            "Run",
            "--from",
            "2026-03-29",
            "--weeks",
            "1",
            "--at",
            "02:30",
        ],
    );
    // (Another --at moves that day's scheduled session rather than adding one.)
    assert!(made.as_array().unwrap().is_empty(), "{made}");
    let on = |day: &str| {
        db.strings(&format!(
            r#"SELECT "scheduledAt"::text FROM "WorkoutSession" WHERE "scheduledAt"::date = '{day}'"#
        ))
    };
    assert_eq!(on("2026-03-29"), ["2026-03-29 01:00:00"]);
    // One that exists twice (end of October): the earlier.
    let made = ok_json(
        &db,
        &[
            "plan",
            "schedule",
            "Run",
            "--from",
            "2026-10-25",
            "--weeks",
            "1",
            "--at",
            "02:30",
        ],
    );
    assert_eq!(on("2026-10-25"), ["2026-10-25 00:30:00"], "{made}");

    // Defaults to today in the user's zone: 20 March 2026 is a Friday.
    let made = ok_json(
        &db,
        &["plan", "schedule", "Run", "--weeks", "1", "--at", "20:00"],
    );
    assert_eq!(made[0]["scheduledAt"], "2026-03-21T19:00:00.000Z");
}

#[test]
fn another_users_plans_are_not_found() {
    let db = berlin_user(TestDb::new(), "a@x.io");
    ok_json(&db, &["plan", "create", "Secret Plan"]);
    let id = ok_json(
        &db,
        &["plan", "add-day", "Secret Plan", "A", "--weekdays", "mon"],
    )[0]["planId"]
        .as_str()
        .unwrap()
        .to_string();
    ok_json(
        &db,
        &[
            "plan",
            "add-exercise",
            "Secret Plan",
            "A",
            "Plank",
            "--sets",
            "3",
        ],
    );
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    let before = db.strings(SNAPSHOT);
    let as_b = |args: &[&str]| {
        db.workout()
            .env("WORKOUT_USER", "b@x.io")
            .args(args)
            .output()
            .unwrap()
    };
    for reference in ["Secret Plan", "secret plan", &id, &id[..8]] {
        for args in [
            vec!["plan", "show", reference],
            vec!["plan", "edit", reference, "--name", "Mine"],
            vec!["plan", "add-day", reference, "B"],
            vec![
                "plan",
                "add-exercise",
                reference,
                "A",
                "Plank",
                "--sets",
                "1",
            ],
            vec!["plan", "remove-exercise", reference, "A", "1"],
            vec!["plan", "move-day", reference, "A", "--to", "1"],
            vec!["plan", "activate", reference],
            vec!["plan", "archive", reference],
            vec!["plan", "delete", reference, "--yes"],
            vec![
                "plan", "schedule", reference, "--weeks", "1", "--at", "07:00",
            ],
        ] {
            let out = as_b(&args);
            assert_error(&out, 3, "you have no plan named");
            assert_eq!(
                stderr_of(&out).trim_end(),
                format!("error: you have no plan named `{reference}`"),
                "no suggestion leaks it"
            );
        }
    }
    let out = as_b(&["plan", "list", "--format", "json"]);
    assert_eq!(json_of(&out), serde_json::json!([]));
    // B may use the same name: plan names are unique per user.
    let out = as_b(&["plan", "create", "Secret Plan"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    db.sql(r#"DELETE FROM "TrainingPlan" WHERE "userId" = (SELECT id FROM "User" WHERE email = 'b@x.io')"#);
    assert_eq!(db.strings(SNAPSHOT), before, "B changed nothing of A's");
}

#[test]
fn bad_input_is_one_sentence_and_changes_nothing() {
    let db = berlin_user(TestDb::new(), "a@x.io");
    ok_json(&db, &["plan", "create", "Alpha"]);
    ok_json(
        &db,
        &["plan", "add-day", "Alpha", "Push", "--weekdays", "mon"],
    );
    ok_json(
        &db,
        &[
            "plan",
            "add-exercise",
            "Alpha",
            "Push",
            "Pushups",
            "--sets",
            "3",
        ],
    );
    ok_json(&db, &["plan", "create", "Archived One"]);
    ok_json(
        &db,
        &["plan", "add-day", "Archived One", "A", "--weekdays", "tue"],
    );
    ok_json(&db, &["plan", "archive", "Archived One"]);
    // Another app cannot write a plan whose name differs only in case (v3).
    let refused = rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query(
            r#"INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt")
               SELECT 'cprismaplan000000000000001', id, 'alpha', now() FROM "User""#,
        )
        .execute(&mut c)
        .await
        .unwrap_err()
    });
    assert!(
        refused
            .to_string()
            .contains("TrainingPlan_userId_lower_name_key"),
        "{refused}"
    );
    let before = db.strings(SNAPSHOT);
    fn add<'a>(rest: &[&'a str]) -> Vec<&'a str> {
        [&["plan", "add-exercise", "Alpha", "Push"][..], rest].concat()
    }
    for (args, code, needle) in [
        (
            add(&["Benchpress Supreme", "--sets", "3"]),
            3,
            "no exercise is named `Benchpress Supreme`",
        ),
        (
            add(&["Pushups", "--sets", "3", "--reps", "12-8"]),
            2,
            "the reps range `12-8` runs backwards",
        ),
        (
            add(&["Pushups", "--sets", "3", "--weight", "-5kg"]),
            2,
            "a weight cannot be negative",
        ),
        (
            add(&["Pushups", "--sets", "3", "--weight", "heavy"]),
            2,
            "is not a weight",
        ),
        (
            add(&["Pushups", "--sets", "0"]),
            2,
            "a target of 0 sets is out of range",
        ),
        (
            add(&["Pushups", "--sets", "3", "--rpe", "11"]),
            2,
            "an RPE of 11 is out of range",
        ),
        (
            add(&["Pushups", "--sets", "3", "--rest", "2h"]),
            2,
            "`2h` is not a rest time",
        ),
        (
            add(&["Pushups", "--sets", "3", "--progression", "-2kg"]),
            2,
            "cannot be negative",
        ),
        (
            vec![
                "plan",
                "add-exercise",
                "Alpha",
                "Legs",
                "Pushups",
                "--sets",
                "3",
            ],
            3,
            "the plan `Alpha` has no day `Legs`: its days are 1. Push",
        ),
        (
            vec![
                "plan",
                "add-day",
                "Alpha",
                "Legs",
                "--weekdays",
                "mon,funday",
            ],
            2,
            "unknown weekday `funday`",
        ),
        (
            vec!["plan", "add-day", "Alpha", "push"],
            2,
            "already has a day named `push`",
        ),
        (
            vec!["plan", "create", "ARCHIVED ONE"],
            2,
            "you already have a plan named `ARCHIVED ONE`",
        ),
        (
            vec!["plan", "pause", "Alpha"],
            2,
            "cannot pause the plan `Alpha`: it is a draft",
        ),
        (
            vec!["plan", "complete", "Alpha"],
            2,
            "cannot complete the plan `Alpha`: it is a draft",
        ),
        (
            vec!["plan", "list", "--status", "running"],
            2,
            "invalid value 'running' for '--status': expected one of draft, active",
        ),
        (
            vec!["plan", "show", "Alpah"],
            3,
            "you have no plan named `Alpah`: did you mean",
        ),
        (
            vec!["plan", "move-day", "Alpha", "Push", "--to", "9"],
            2,
            "--to 9 is out of range",
        ),
        (
            vec!["plan", "remove-exercise", "Alpha", "Push", "4"],
            3,
            "has no exercise number 4",
        ),
        (
            vec!["plan", "schedule", "Alpha", "--weeks", "1", "--at", "25:00"],
            2,
            "`25:00` is not a time of day",
        ),
        (
            vec!["plan", "schedule", "Alpha", "--weeks", "0", "--at", "07:00"],
            2,
            "--weeks 0 is out of range",
        ),
        (
            vec![
                "plan",
                "schedule",
                "Alpha",
                "--from",
                "2026-02-30",
                "--weeks",
                "1",
                "--at",
                "07:00",
            ],
            2,
            "`2026-02-30` is not a date",
        ),
        (
            vec![
                "plan",
                "schedule",
                "Archived One",
                "--weeks",
                "1",
                "--at",
                "07:00",
            ],
            2,
            "cannot schedule the plan `Archived One`: it is archived",
        ),
        (vec!["plan", "edit", "Alpha"], 2, "nothing to change"),
        (vec!["plan", "create", "--no-input"], 2, "pass the name"),
    ] {
        let out = run(&db, &args);
        assert_error(&out, code, needle);
        assert_eq!(
            stderr_of(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    // An unknown status change is clap's usage error (exit 2).
    let out = run(&db, &["plan", "restart", "Alpha"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("unrecognized subcommand 'restart'"));
    assert_eq!(db.strings(SNAPSHOT), before);

    // One plan per name ignoring case: any case finds it.
    let out = run(&db, &["plan", "show", "ALPHA"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
}
