//! `workout log add|history|prs|stats|progress|edit|delete` through the binary.

use crate::common::*;

const BENCH: &str = "Barbell Bench Press - Medium Grip";

fn add(db: &TestDb, args: &[&str]) -> serde_json::Value {
    add_at(db, None, args)
}

/// `log add`, with the clock pinned to `now` when given.
fn add_at(db: &TestDb, now: Option<&str>, args: &[&str]) -> serde_json::Value {
    let mut cmd = db.workout();
    if let Some(now) = now {
        cmd.env("WORKOUT_NOW", now);
    }
    let out = cmd
        .args(["log", "add"])
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "log add {args:?}: {}",
        stderr_of(&out)
    );
    json_of(&out)
}

fn sets(v: &serde_json::Value) -> &Vec<serde_json::Value> {
    v.as_array().unwrap()
}

#[test]
fn every_log_add_grammar() {
    let db = TestDb::new().with_user("a@x.io");
    // "Bench Press" is a common name of the catalog's barbell bench press.
    let v = add(&db, &["Bench Press", "5x5@100kg"]);
    assert_eq!(sets(&v).len(), 5);
    for (i, s) in sets(&v).iter().enumerate() {
        assert_eq!(s["exercise"], BENCH);
        assert_eq!(s["setNumber"], i as i64 + 1);
        assert_eq!(s["reps"], 5);
        assert_eq!(s["weightKg"], 100.0);
        assert_eq!(s["isWarmup"], false);
    }
    // More of the same exercise in the same session: numbering goes on.
    let v = add(&db, &["bench press", "3x8@135lb", "--rpe", "8"]);
    let kg = v[0]["weightKg"].as_f64().unwrap();
    assert!((kg - 135.0 * 0.453_592_37).abs() < 1e-9, "{kg}");
    assert_eq!(v[0]["setNumber"], 6);
    assert_eq!(v[2]["setNumber"], 8);
    assert_eq!(v[0]["rpe"], 8.0);

    // A bare weight is in the user's unit.
    db.workout()
        .args(["user", "set", "--weight-unit", "lb"])
        .assert()
        .success();
    let v = add(&db, &["Barbell Squat", "5,5,4@100"]);
    let reps: Vec<i64> = sets(&v)
        .iter()
        .map(|s| s["reps"].as_i64().unwrap())
        .collect();
    assert_eq!(reps, [5, 5, 4]);
    assert!((v[0]["weightKg"].as_f64().unwrap() - 45.359_237).abs() < 1e-9);

    // Body weight, a warm-up, cardio.
    let v = add(&db, &["Pullups", "10,10,8"]);
    assert!(sets(&v).iter().all(|s| s["weightKg"].is_null()));
    let v = add(&db, &["Pullups", "1x5", "--warmup"]);
    assert_eq!(v[0]["isWarmup"], true);
    let v = add(
        &db,
        &[
            "Running, Treadmill",
            "--duration",
            "30m",
            "--distance",
            "5km",
        ],
    );
    assert_eq!(v[0]["durationSeconds"], 1800);
    assert_eq!(v[0]["distanceMeters"], 5000.0);
    assert!(v[0]["reps"].is_null());

    // All of today's sets went into one session.
    assert_eq!(
        db.int(r#"SELECT count(DISTINCT "sessionId") FROM "WorkoutLog""#),
        1
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog""#),
        5 + 3 + 3 + 3 + 1 + 1
    );
}

#[test]
fn a_backdated_set_is_at_local_noon_in_that_days_session() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "America/New_York"])
        .assert()
        .success();
    let v = add(&db, &["Barbell Squat", "3x5@140", "--date", "2026-07-04"]);
    // Noon in New York in July (EDT, UTC-4) is 16:00 UTC.
    assert_eq!(v[0]["date"], "2026-07-04T16:00:00.000Z");
    let v2 = add(
        &db,
        &["Barbell Deadlift", "1x5@180", "--date", "2026-07-04 18:30"],
    );
    assert_eq!(v2[0]["date"], "2026-07-04T22:30:00.000Z");
    assert_eq!(
        v[0]["sessionId"], v2[0]["sessionId"],
        "the same day's session"
    );
    let out = db
        .workout()
        .args([
            "log",
            "add",
            "Barbell Squat",
            "1x1@1",
            "--date",
            "2999-01-01",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "in the future");
}

#[test]
fn log_add_errors_are_one_sentence_and_write_nothing() {
    let db = TestDb::new().with_user("a@x.io");
    for (args, code, needle) in [
        (vec!["Bench Press", "5x@"], 2, "the reps are missing"),
        (vec!["Bench Press", "0x5@100"], 2, "at least one set"),
        (vec!["Bench Press", "-5@100"], 2, "cannot be negative"),
        (vec!["Bench Press", "5x5@abc"], 2, "`abc` is not a weight"),
        (
            vec!["Bench Press", "5x5@100", "--rpe", "11"],
            2,
            "out of range",
        ),
        (vec!["Bench Press"], 2, "say what you did"),
        (
            vec!["Bench Press", "3x5", "--duration", "forever"],
            2,
            "not a duration",
        ),
        (
            vec!["Bench Press", "3x5", "--date", "yesterday-ish"],
            2,
            "not a date",
        ),
        (
            vec!["Bench Pres", "5x5@100"],
            3,
            "no exercise is named `Bench Pres`",
        ),
        (
            vec!["Bench Press", "5x5@100", "--session", "zzzzzz"],
            3,
            "no session",
        ),
    ] {
        let out = db
            .workout()
            .args(["log", "add"])
            .args(&args)
            .output()
            .unwrap();
        assert_error(&out, code, needle);
        assert_eq!(
            stderr_of(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 0);
}

#[test]
fn workout_log_without_a_terminal_says_what_to_use() {
    let db = TestDb::new().with_user("a@x.io");
    for extra in [vec![], vec!["--no-input"]] {
        let out = db.workout().arg("log").args(&extra).output().unwrap();
        assert_error(&out, 2, "workout log add");
    }
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession""#),
        0,
        "it never started one"
    );
}

#[test]
fn history_filters_and_formats() {
    let db = TestDb::new().with_user("a@x.io");
    add(&db, &["Barbell Squat", "2x5@100", "--date", "2026-03-01"]);
    add(&db, &["Bench Press", "1x5@80", "--date", "2026-03-02"]);
    add(&db, &["Barbell Squat", "1x3@110", "--date", "2026-03-03"]);
    let hist = |args: &[&str]| {
        let out = db
            .workout()
            .args(["log", "history", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        json_of(&out).as_array().unwrap().clone()
    };
    let all = hist(&[]);
    let dates: Vec<&str> = all.iter().map(|s| s["date"].as_str().unwrap()).collect();
    assert_eq!(dates.len(), 4);
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );
    assert_eq!(hist(&["--exercise", "barbell squat"]).len(), 3);
    assert_eq!(hist(&["--since", "2026-03-02"]).len(), 2);
    assert_eq!(hist(&["--until", "2026-03-02"]).len(), 3);
    assert_eq!(
        hist(&["--since", "2026-03-02", "--until", "2026-03-02"]).len(),
        1
    );
    assert_eq!(hist(&["--limit", "1"])[0]["weightKg"], 110.0);
    let session = all[0]["sessionId"].as_str().unwrap();
    assert_eq!(hist(&["--session", &session[..10]]).len(), 1);

    let out = db
        .workout()
        .args(["log", "history", "--format", "csv"])
        .output()
        .unwrap();
    let csv = stdout_of(&out);
    assert!(csv.starts_with(
        "id,date,sessionId,session,exercise,setNumber,reps,weightKg,durationSeconds,distanceMeters,rpe,isWarmup,setType,superset,notes\n"
    ));
    assert_eq!(csv.lines().count(), 5);
    let out = db
        .workout()
        .args(["log", "history", "--format", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 4);
    let out = db
        .workout()
        .args([
            "log",
            "history",
            "--since",
            "2026-03-05",
            "--until",
            "2026-03-01",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "before --since");
}

#[test]
fn personal_records_on_known_data() {
    let db = TestDb::new().with_user("a@x.io");
    add(&db, &["Bench Press", "5x5@100", "--date", "2026-01-05"]); // e1RM 116.67, volume 2500
    add(&db, &["Bench Press", "1x1@115", "--date", "2026-01-12"]); // heaviest, e1RM 115
    add(&db, &["Bench Press", "1x12@60", "--date", "2026-01-12"]); // most reps; 12 reps: no e1RM
    add(
        &db,
        &["Bench Press", "1x3@120", "--date", "2026-01-19", "--warmup"],
    ); // warm-ups are no records
    add(&db, &["Pullups", "10,12", "--date", "2026-01-05"]);
    let out = db
        .workout()
        .args(["log", "prs", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let prs = json_of(&out);
    let bench = prs
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["exercise"] == BENCH)
        .unwrap();
    assert_eq!(bench["heaviestKg"], 115.0);
    assert_eq!(bench["heaviestDate"], "2026-01-12");
    assert_eq!(bench["bestE1rmKg"], 116.67);
    assert_eq!(bench["bestE1rmDate"], "2026-01-05");
    assert_eq!(bench["mostReps"], 12);
    assert_eq!(bench["mostRepsWeightKg"], 60.0);
    assert_eq!(bench["bestSessionVolumeKg"], 2500.0);
    assert_eq!(bench["bestSessionVolumeDate"], "2026-01-05");
    let pull = prs
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["exercise"] == "Pullups")
        .unwrap();
    assert_eq!(pull["mostReps"], 12);
    assert!(pull["heaviestKg"].is_null());
    // One exercise only.
    let out = db
        .workout()
        .args(["log", "prs", "--exercise", "pullups", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out).as_array().unwrap().len(), 1);
}

#[test]
fn stats_by_iso_week_across_a_year_boundary() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    // 2026-12-31 (Thu) and 2027-01-01 (Fri) are ISO week 2026-W53; 2027-01-04 starts 2027-W01.
    let now = Some("2027-01-05T10:00:00Z");
    add_at(
        &db,
        now,
        &["Bench Press", "3x5@100", "--date", "2026-12-31"],
    );
    add_at(
        &db,
        now,
        &["Bench Press", "1x5@60", "--date", "2026-12-31", "--warmup"],
    );
    add_at(
        &db,
        now,
        &["Barbell Squat", "2x5@100", "--date", "2027-01-01"],
    );
    add_at(
        &db,
        now,
        &["Barbell Squat", "1x10@50", "--date", "2027-01-04"],
    );
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2027-01-05T10:00:00Z")
        .args(["log", "stats", "--since", "2026-12-28", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    let weeks = v["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 2, "{v}");
    assert_eq!(weeks[0]["week"], "2026-W53");
    assert_eq!(weeks[0]["weekStart"], "2026-12-28");
    assert_eq!(weeks[0]["sessions"], 2);
    assert_eq!(weeks[0]["sets"], 6);
    assert_eq!(weeks[0]["hardSets"], 5);
    assert_eq!(weeks[0]["volumeKgByMuscle"]["CHEST"], 1500.0);
    assert_eq!(weeks[0]["volumeKgByMuscle"]["QUADRICEPS"], 1000.0);
    assert_eq!(weeks[0]["volumeKg"], 2500.0);
    assert_eq!(weeks[1]["week"], "2027-W01");
    assert_eq!(weeks[1]["volumeKg"], 500.0);
    assert_eq!(v["currentStreakWeeks"], 2);
    assert_eq!(v["longestStreakWeeks"], 2);
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2027-01-05T10:00:00Z")
        .args(["log", "stats", "--since", "2026-12-28", "--format", "csv"])
        .output()
        .unwrap();
    let csv = stdout_of(&out);
    assert!(
        csv.starts_with(
            "week,weekStart,sessions,sets,hardSets,volumeKg,volumeKgByMuscle,hardSetsByMuscle\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("2026-W53,2026-12-28,2,6,5,2500.0,CHEST=1500;QUADRICEPS=1000"),
        "{csv}"
    );
}

#[test]
fn progress_points_are_the_best_estimate_per_day() {
    let db = TestDb::new().with_user("a@x.io");
    add(&db, &["Barbell Squat", "5x5@100", "--date", "2026-02-02"]);
    add(&db, &["Barbell Squat", "1x3@120", "--date", "2026-02-09"]);
    add(&db, &["Barbell Squat", "1x8@100", "--date", "2026-02-09"]);
    let out = db
        .workout()
        .args(["log", "progress", "squat", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "date,e1rmKg,weightKg,reps\n2026-02-02,116.67,100.0,5\n2026-02-09,132.0,120.0,3\n"
    );
    let out = db
        .workout()
        .args(["log", "progress", "squat"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&out).contains("estimated 1RM"),
        "a chart: {}",
        stdout_of(&out)
    );
}

#[test]
fn edit_and_delete_one_set_by_id_prefix() {
    let db = TestDb::new().with_user("a@x.io");
    let v = add(&db, &["Bench Press", "2x5@100"]);
    let id = v[0]["id"].as_str().unwrap().to_string();
    let out = db
        .workout()
        .args([
            "log",
            "edit",
            &id[..16],
            "--reps",
            "6",
            "--weight",
            "102.5",
            "--rpe",
            "9",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let e = json_of(&out);
    assert_eq!(
        (
            e[0]["reps"].as_i64(),
            e[0]["weightKg"].as_f64(),
            e[0]["rpe"].as_f64()
        ),
        (Some(6), Some(102.5), Some(9.0))
    );
    let out = db
        .workout()
        .args(["log", "edit", &id, "--reps", "-1"])
        .output()
        .unwrap();
    assert_error(&out, 2, "out of range");
    let out = db.workout().args(["log", "edit", &id]).output().unwrap();
    assert_error(&out, 2, "nothing to change");
    // Delete confirms: off a terminal it needs --yes.
    let out = db
        .workout()
        .args(["log", "delete", &id[..16]])
        .output()
        .unwrap();
    assert_error(&out, 2, "--yes");
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 2);
    db.workout()
        .args(["log", "delete", &id[..16], "--yes"])
        .assert()
        .success();
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 1);
    let out = db
        .workout()
        .args(["log", "delete", &id, "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no set of yours");
}

#[test]
fn another_users_sets_and_sessions_never_appear() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    let v = add(&db, &["Bench Press", "3x5@100"]);
    let set_id = v[0]["id"].as_str().unwrap().to_string();
    let session_id = v[0]["sessionId"].as_str().unwrap().to_string();
    let b = |args: &[&str]| {
        db.workout()
            .env("WORKOUT_USER", "b@x.io")
            .args(args)
            .output()
            .unwrap()
    };
    for args in [
        vec!["log", "history", "--format", "json"],
        vec!["log", "prs", "--format", "json"],
        vec!["session", "list", "--past", "--format", "json"],
    ] {
        let out = b(&args);
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(json_of(&out), serde_json::json!([]), "{args:?}");
    }
    assert_error(
        &b(&["log", "edit", &set_id, "--reps", "1"]),
        3,
        "no set of yours",
    );
    assert_error(
        &b(&["log", "delete", &set_id, "--yes"]),
        3,
        "no set of yours",
    );
    assert_error(
        &b(&["session", "show", &session_id]),
        3,
        "no session of yours",
    );
    assert_error(
        &b(&["session", "delete", &session_id, "--yes"]),
        3,
        "no session of yours",
    );
    assert_error(
        &b(&[
            "log",
            "add",
            "Bench Press",
            "1x1@1",
            "--session",
            &session_id,
        ]),
        3,
        "no session of yours",
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 3);
    assert_eq!(
        db.strings(r#"SELECT "reps"::text FROM "WorkoutLog" ORDER BY "setNumber""#),
        ["5", "5", "5"]
    );
}

/// Dates whose year chrono accepts but nothing else can use (it takes up to
/// ±262,142, where date arithmetic panics) are bad input, not a crash.
#[test]
fn absurd_years_and_ranges_are_bad_input_not_a_crash() {
    let db = TestDb::new().with_user("a@x.io");
    for args in [
        vec!["log", "history", "--until", "+262142-12-31"],
        vec!["log", "history", "--since=-5000-01-01"],
        vec!["log", "stats", "--until", "+262142-12-31"],
        vec!["session", "list", "--to", "+262142-12-31"],
        vec![
            "plan",
            "schedule",
            "P",
            "--from",
            "+262142-12-28",
            "--weeks",
            "1",
            "--at",
            "07:00",
        ],
        vec![
            "log",
            "add",
            "Bench Press",
            "1x1@1",
            "--date",
            "+262142-12-31",
        ],
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert_error(&out, 2, "out of range");
    }
    let out = db
        .workout()
        .args(["log", "stats", "--weeks", "20000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("panicked"));
}
