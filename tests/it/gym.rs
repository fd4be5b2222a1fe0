//! Issue 13 (the gym flow and the one set grammar): `log add` in the set
//! grammar, relative dates, `workout timer`, `workout plates`, and the
//! interactive flow driven in a pseudo-terminal.

use rexpect::session::{PtySession, spawn_command};

use crate::common::*;

fn ok(db: &TestDb, now: &str, args: &[&str]) {
    let out = db
        .workout()
        .env("WORKOUT_NOW", now)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
}

const NOW: &str = "2026-11-25T15:00:00Z"; // a Wednesday

#[test]
fn log_add_takes_mixed_sets_rpe_and_type_timed_sets_and_distance_in_one_grammar() {
    let db = TestDb::new().with_user("a@x.io");
    ok(
        &db,
        NOW,
        &["log", "add", "Bench Press", "5@100,5@105,3@110@9"],
    );
    ok(
        &db,
        NOW,
        &[
            "log",
            "add",
            "Bench Press",
            "2x5@60 w, 5@100 rpe8 !drop",
            "--rpe",
            "7",
        ],
    );
    ok(&db, NOW, &["log", "add", "Plank", "3x60s"]);
    ok(&db, NOW, &["log", "add", "Running, Treadmill", "5km/25m"]);
    ok(&db, NOW, &["log", "add", "Running, Treadmill", "3mi 30m"]);
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', e.name, l."setNumber", coalesce(l.reps::text, '-'), coalesce(l.weight::text, '-'),
                      coalesce(l.rpe::text, '-'), l."setType"::text, l."isWarmup",
                      coalesce(l."durationSeconds"::text, '-'), coalesce(round(l."distanceMeters")::text, '-'))
               FROM "WorkoutLog" l JOIN "Exercise" e ON e.id = l."exerciseId"
               ORDER BY e.name, l."setNumber""#
        ),
        [
            "Barbell Bench Press - Medium Grip|1|5|100|-|NORMAL|f|-|-",
            "Barbell Bench Press - Medium Grip|2|5|105|-|NORMAL|f|-|-",
            "Barbell Bench Press - Medium Grip|3|3|110|9|NORMAL|f|-|-",
            "Barbell Bench Press - Medium Grip|4|5|60|7|WARMUP|t|-|-",
            "Barbell Bench Press - Medium Grip|5|5|60|7|WARMUP|t|-|-",
            "Barbell Bench Press - Medium Grip|6|5|100|8|DROP|f|-|-",
            "Plank|1|-|-|-|NORMAL|f|60|-",
            "Plank|2|-|-|-|NORMAL|f|60|-",
            "Plank|3|-|-|-|NORMAL|f|60|-",
            "Running, Treadmill|1|-|-|-|NORMAL|f|1500|5000",
            "Running, Treadmill|2|-|-|-|NORMAL|f|1800|4828",
        ]
    );
    // Bad input: one sentence, exit 2, nothing written.
    for (spec, needle) in [
        ("5@100@11", "RPE of 11 is out of range"),
        ("5@100,5@abc", "`abc` is not a weight"),
        ("3x60q", "is not reps, a duration or a distance"),
    ] {
        let out = db
            .workout()
            .env("WORKOUT_NOW", NOW)
            .args(["log", "add", "Bench Press", spec])
            .output()
            .unwrap();
        assert_error(&out, 2, needle);
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 11);
}

#[test]
fn relative_dates_everywhere_a_date_is_taken() {
    let db = TestDb::new().with_user("a@x.io");
    // The user's zone is UTC: a date alone is that day at noon.
    for (date, want, n) in [
        ("yesterday", "2026-11-24 12:00:00", 1),
        ("mon", "2026-11-23 12:00:00", 1),
        ("-2d", "2026-11-23 12:00:00", 2),
        ("-1w 07:30", "2026-11-18 07:30:00", 1),
    ] {
        ok(
            &db,
            NOW,
            &["log", "add", "Barbell Squat", "1x5@100", "--date", date],
        );
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "WorkoutLog" WHERE date = '{want}'"#
            )),
            n,
            "--date {date}"
        );
    }
    // Listings take them too: Monday to yesterday holds three sets.
    let v = db.json_at(
        NOW,
        &["log", "history", "--since", "mon", "--until", "yesterday"],
    );
    assert_eq!(v.as_array().unwrap().len(), 3, "{v}");
    // Scheduling points forward: `fri 18:00` is this Friday.
    ok(
        &db,
        NOW,
        &["session", "schedule", "Friday", "--at", "fri 18:00"],
    );
    assert_eq!(
        db.strings(r#"SELECT "scheduledAt"::text FROM "WorkoutSession" WHERE name = 'Friday'"#),
        ["2026-11-27 18:00:00"]
    );
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args([
            "log",
            "add",
            "Barbell Squat",
            "1x5@100",
            "--date",
            "someday",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "`someday` is not a date");
}

fn spawn_log(db: &TestDb) -> PtySession {
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", db.user.as_deref().unwrap())
        .env("TERM", "xterm")
        .arg("log");
    spawn_command(cmd, Some(30_000)).unwrap()
}

fn step(p: &mut PtySession, expect: &str, answer: &str) {
    p.exp_string(expect)
        .unwrap_or_else(|e| panic!("waiting for {expect:?}: {e}"));
    p.send_line(answer).unwrap();
}

/// The sets of the exercise, as `setNumber|reps|weight|rpe|setType|notes`.
fn rows(db: &TestDb) -> Vec<String> {
    db.strings(
        r#"SELECT concat_ws('|', "setNumber", coalesce(reps::text, '-'), coalesce(weight::text, '-'),
                  coalesce(rpe::text, '-'), "setType"::text, coalesce(notes, '-'))
           FROM "WorkoutLog" ORDER BY "setNumber""#,
    )
}

#[test]
fn every_answer_waits_for_enter_and_sets_can_be_undone_noted_and_edited() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, NOW, &["exercise", "add", "Gym Test Press"]);
    ok(&db, NOW, &["config", "set", "rest_weighted", "45s"]);
    let mut p = spawn_log(&db);
    step(&mut p, "Name this workout", "Gym");
    step(&mut p, "Next", ""); // Add an exercise
    p.exp_string("Exercise (type to search)").unwrap();
    p.send("gym test press").unwrap();
    p.send_line("").unwrap();
    // The issue's keystrokes: reps, Enter, weight, Enter, `n`, Enter.
    step(
        &mut p,
        "Set 1: reps, or 5@100 rpe8 w (Enter when done",
        "10",
    );
    step(&mut p, "Weight in kg (Enter for body weight)", "30");
    step(&mut p, "Warm-up set? (y/N)", "n");
    p.exp_string("Saved set 1: 10 x 30 kg").unwrap();
    step(&mut p, "Rest 0:45", "");
    step(&mut p, "Set 2:", "8");
    step(&mut p, "Weight in kg (Enter for 30", "25");
    step(&mut p, "Warm-up set? (y/N)", "n");
    p.exp_string("Saved set 2: 8 x 25 kg").unwrap();
    step(&mut p, "Rest 0:45", "");
    step(&mut p, "Set 3:", "6");
    step(&mut p, "Weight in kg (Enter for 25", "20");
    step(&mut p, "Warm-up set? (y/N)", "n");
    p.exp_string("Saved set 3: 6 x 20 kg").unwrap();
    step(&mut p, "Rest 0:45", "");
    assert_eq!(
        rows(&db),
        [
            "1|10|30|-|NORMAL|-",
            "2|8|25|-|NORMAL|-",
            "3|6|20|-|NORMAL|-"
        ]
    );
    // A whole set in one line; then one too many, undone.
    step(&mut p, "Set 4:", "5@22.5 rpe9 !drop");
    p.exp_string("Saved set 4: 5 x 22.5 kg").unwrap();
    step(&mut p, "Rest 0:45", "");
    step(&mut p, "Set 5:", "4@20");
    p.exp_string("Saved set 5: 4 x 20 kg").unwrap();
    step(&mut p, "Rest 0:45", "");
    step(&mut p, "Set 6:", "u");
    p.exp_string("Removed set 5: 4 x 20 kg").unwrap();
    // A note on the last set, then an edit of it.
    step(&mut p, "Set 5:", "n");
    step(&mut p, "Note for set 4", "felt heavy");
    p.exp_string("Set 4 is now: 5 x 22.5 kg (felt heavy)")
        .unwrap();
    step(&mut p, "Set 5:", "e");
    step(&mut p, "Set 4 again", "5@22.5@9.5");
    p.exp_string("Set 4 is now: 5 x 22.5 kg").unwrap();
    step(&mut p, "Set 5:", "d");
    p.exp_string("Next").unwrap();
    p.send("\x1b[B").unwrap(); // down: Finish the workout
    p.send_line("").unwrap();
    p.exp_string("Finished `Gym`.").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        rows(&db),
        [
            "1|10|30|-|NORMAL|-",
            "2|8|25|-|NORMAL|-",
            "3|6|20|-|NORMAL|-",
            "4|5|22.5|9.5|DROP|felt heavy"
        ]
    );
}

#[test]
fn a_hold_is_asked_as_a_time_and_a_warm_up_typed_as_such() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, NOW, &["exercise", "add", "Gym Test Hold"]);
    ok(&db, NOW, &["config", "set", "rest_timed", "0"]);
    db.sql(r#"UPDATE "Exercise" SET "trackingType" = 'DURATION' WHERE name = 'Gym Test Hold'"#);
    let mut p = spawn_log(&db);
    step(&mut p, "Name this workout", "Hold");
    step(&mut p, "Next", "");
    p.exp_string("Exercise (type to search)").unwrap();
    p.send("gym test hold").unwrap();
    p.send_line("").unwrap();
    step(&mut p, "Set 1: 60s (Enter when done", "45");
    p.exp_string("Saved set 1: 45s").unwrap();
    step(&mut p, "Set 2: 60s", "1m30s");
    p.exp_string("Saved set 2: 1m 30s").unwrap();
    step(&mut p, "Set 3: 60s", "30s w");
    p.exp_string("Saved set 3: 30s").unwrap();
    step(&mut p, "Set 3: 60s", "");
    p.exp_string("Next").unwrap();
    p.send("\x1b[B").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Finished `Hold`.").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws('|', "setNumber", coalesce(reps::text, '-'), "durationSeconds", "setType"::text)
               FROM "WorkoutLog" ORDER BY "setNumber""#
        ),
        ["1|-|45|NORMAL", "2|-|90|NORMAL", "3|-|30|WARMUP"]
    );
}

#[test]
fn plates_per_side_for_the_users_bar_and_plates() {
    let db = TestDb::new().with_user("a@x.io");
    let run = |args: &[&str]| db.workout().args(args).output().unwrap();
    let out = run(&["plates", "142.5"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "142.5 kg: bar 20 + per side 25 + 25 + 10 + 1.25\n"
    );
    let out = run(&["plates", "315lb"]);
    assert_eq!(stdout_of(&out), "315 lb: bar 45 + per side 45 + 45 + 45\n");
    // Your own bar and plates; a weight that does not load rounds to the nearest that does.
    ok(&db, NOW, &["config", "set", "bar_kg", "15"]);
    ok(&db, NOW, &["config", "set", "plates_kg", "20,10,5,2.5"]);
    let out = run(&["plates", "101"]);
    assert_eq!(
        stdout_of(&out),
        "101 kg does not load with your plates; nearest 100 kg: bar 15 + per side 20 + 20 + 2.5\n"
    );
    assert_error(&run(&["plates", "10"]), 2, "lighter than the bar");
    assert_error(
        &run(&["config", "set", "plates_kg", "20,x"]),
        2,
        "`x` is not a plate weight",
    );
}

#[test]
fn the_timer_rings_the_bell_and_notifies() {
    let db = TestDb::new();
    // A notify-send on PATH that records what it was given.
    let bin = db.home_path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = db.home_path().join("notified");
    let script = bin.join("notify-send");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s|' \"$@\" > '{}'\n", log.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let started = std::time::Instant::now();
    let out = db
        .workout()
        .env("PATH", path)
        .args(["timer", "2s"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(started.elapsed() >= std::time::Duration::from_secs(2));
    assert!(
        stderr_of(&out).contains("Rest over.\x07"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "--|Rest over|Time for the next set|"
    );
    assert_error(
        &db.workout().args(["timer", "soon"]).output().unwrap(),
        2,
        "not a duration",
    );
}
