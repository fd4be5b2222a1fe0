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
