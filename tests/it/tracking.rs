//! What a set measures per exercise (`--tracks`), body-weight load
//! (`@+10kg`, `@-20kg`) in records and volume with the body weight in force
//! on the set's date, and records of holds and cardio.

use crate::common::*;

fn ok(db: &TestDb, now: &str, args: &[&str]) -> serde_json::Value {
    db.json_at(now, args)
}

fn pr<'a>(prs: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    prs.as_array()
        .unwrap()
        .iter()
        .find(|p| p["exercise"] == name)
        .unwrap_or_else(|| panic!("no record of {name}: {prs}"))
}

#[test]
fn exercise_tracks_add_edit_show_list() {
    let db = TestDb::new().with_user("t@x.io");
    let e = ok(
        &db,
        "2026-03-01T10:00:00Z",
        &["exercise", "add", "Ring Dip", "--tracks", "bodyweight"],
    );
    assert_eq!(e["trackingType"], "BODYWEIGHT_REPS");
    // Inferred from the facts when not given.
    let e = ok(
        &db,
        "2026-03-01T10:00:00Z",
        &[
            "exercise",
            "add",
            "Hollow Hold",
            "--equipment",
            "body only",
            "--force",
            "static",
        ],
    );
    assert_eq!(e["trackingType"], "DURATION");
    let e = ok(
        &db,
        "2026-03-01T10:00:00Z",
        &["exercise", "add", "Landmine Row"],
    );
    assert_eq!(e["trackingType"], "WEIGHT_REPS");
    let e = ok(
        &db,
        "2026-03-01T10:00:00Z",
        &["exercise", "edit", "Ring Dip", "--tracks", "assisted"],
    );
    assert_eq!(e["trackingType"], "ASSISTED_BODYWEIGHT");
    assert_eq!(
        db.strings(r#"SELECT "trackingType"::text FROM "Exercise" WHERE name = 'Ring Dip'"#),
        ["ASSISTED_BODYWEIGHT"]
    );
    let out = db
        .workout()
        .args(["exercise", "show", "Ring Dip"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("assisted"), "{}", stdout_of(&out));
    let out = db
        .workout()
        .args(["exercise", "list", "--mine"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("tracks") && text.contains("duration"),
        "{text}"
    );
    // The catalog's types, as v3 set them.
    let plank = ok(&db, "2026-03-01T10:00:00Z", &["exercise", "show", "Plank"]);
    assert_eq!(plank["trackingType"], "DURATION");
    let out = db
        .workout()
        .args(["exercise", "add", "X", "--tracks", "kettlebell"])
        .output()
        .unwrap();
    assert_error(
        &out,
        2,
        "invalid value 'kettlebell' for '--tracks': expected one of weight-reps",
    );
}

#[test]
fn weighted_and_assisted_sets_count_body_weight_in_force_on_their_date() {
    let db = TestDb::new().with_user("w@x.io");
    ok(
        &db,
        "2026-03-20T10:00:00Z",
        &["body", "add", "80", "--date", "2026-03-01"],
    );
    ok(
        &db,
        "2026-03-20T10:00:00Z",
        &["body", "add", "84", "--date", "2026-03-10"],
    );
    ok(
        &db,
        "2026-03-20T10:00:00Z",
        &["exercise", "add", "Band Pull-up", "--tracks", "assisted"],
    );
    // Pullups (catalog, body only) record load added to body weight.
    let s = ok(
        &db,
        "2026-03-20T10:00:00Z",
        &["log", "add", "Pullups", "3x8@+10kg", "--date", "2026-03-05"],
    );
    assert_eq!(s[0]["weightKg"], 10.0, "stored: the added load, >= 0");
    ok(
        &db,
        "2026-03-20T10:00:00Z",
        &["log", "add", "Pullups", "1x5@+5kg", "--date", "2026-03-12"],
    );
    ok(
        &db,
        "2026-03-20T10:00:00Z",
        &[
            "log",
            "add",
            "Band Pull-up",
            "2x6@-20kg",
            "--date",
            "2026-03-12",
        ],
    );
    assert_eq!(
        db.strings(r#"SELECT l.weight::text FROM "WorkoutLog" l JOIN "Exercise" e ON e.id = l."exerciseId" WHERE e.name = 'Band Pull-up' LIMIT 1"#),
        ["20"]
    );
    let prs = ok(&db, "2026-03-20T10:00:00Z", &["log", "prs"]);
    let p = pr(&prs, "Pullups");
    // 80 + 10 on 03-05; 84 + 5 = 89 on 03-12.
    assert_eq!(p["heaviestKg"], 90.0);
    assert_eq!(p["bestAddedKg"], 10.0);
    assert_eq!(p["bestAddedDate"], "2026-03-05");
    assert_eq!(p["bestSessionVolumeKg"], 90.0 * 24.0);
    assert_eq!(p["bestE1rmKg"], 114.0, "90 x (1 + 8/30)");
    let a = pr(&prs, "Band Pull-up");
    assert_eq!(a["heaviestKg"], 64.0, "84 - 20");
    assert_eq!(a["bestAddedKg"], -20.0);
    let out = db.workout().args(["log", "prs"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("+10 kg (2026-03-05)"), "{text}");
    assert!(text.contains("-20 kg"), "{text}");
    // Volume of the session, as log add and session show count it.
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2026-03-20T10:00:00Z")
        .args(["log", "add", "Pullups", "2x10", "--date", "2026-03-15"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&out).contains("(1,680 kg)"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_signed_load_must_fit_the_exercise() {
    let db = TestDb::new().with_user("s@x.io");
    for (args, needle) in [
        (
            vec!["log", "add", "Bench Press", "3x8@+10kg"],
            "--tracks bodyweight",
        ),
        (vec!["log", "add", "Pullups", "3x8@-10kg"], "not assistance"),
        (
            vec!["log", "add", "Bench Press", "3x8@-10kg"],
            "--tracks assisted",
        ),
    ] {
        let out = db.workout().args(&args).output().unwrap();
        assert_error(&out, 2, needle);
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
}

#[test]
fn records_of_holds_and_cardio() {
    let db = TestDb::new().with_user("h@x.io");
    let now = "2026-03-20T10:00:00Z";
    ok(
        &db,
        now,
        &[
            "log",
            "add",
            "Plank",
            "1",
            "--duration",
            "60s",
            "--date",
            "2026-03-01",
        ],
    );
    ok(
        &db,
        now,
        &[
            "log",
            "add",
            "Plank",
            "1",
            "--duration",
            "95s",
            "--date",
            "2026-03-02",
        ],
    );
    ok(
        &db,
        now,
        &["exercise", "add", "Road Run", "--category", "cardio"],
    );
    ok(
        &db,
        now,
        &[
            "log",
            "add",
            "Road Run",
            "--distance",
            "5km",
            "--duration",
            "25m",
            "--date",
            "2026-03-03",
        ],
    );
    ok(
        &db,
        now,
        &[
            "log",
            "add",
            "Road Run",
            "--distance",
            "10km",
            "--duration",
            "55m",
            "--date",
            "2026-03-04",
        ],
    );
    let prs = ok(&db, now, &["log", "prs"]);
    let p = pr(&prs, "Plank");
    assert!(p["mostReps"].is_null(), "no 'most reps 1' for a plank: {p}");
    assert_eq!(p["longestSeconds"], 95);
    assert_eq!(p["longestDate"], "2026-03-02");
    let r = pr(&prs, "Road Run");
    assert_eq!(r["trackingType"], "DISTANCE_DURATION");
    assert_eq!(r["longestDistanceMeters"], 10000.0);
    assert_eq!(r["longestSeconds"], 3300);
    assert_eq!(r["fastestPaceSecondsPerKm"], 300.0);
    assert_eq!(r["fastestPaceDate"], "2026-03-03");
    let out = db.workout().args(["log", "prs"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("longest 1m 35s")
            || text.contains("longest 95s")
            || text.contains("longest 1:35"),
        "{text}"
    );
}

#[test]
fn imports_infer_the_type_of_the_exercises_they_create() {
    let db = TestDb::new().with_user("i@x.io");
    let p = db.home_path().join("hevy.csv");
    std::fs::write(
        &p,
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Pull Up (Assisted),,,0,normal,25,6,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Triceps Dip (Weighted),,,0,normal,10,8,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Dead Hang X,,,0,normal,,,,45,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Treadmill Y,,,0,normal,,,2,900,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Cable Fly Z,,,0,normal,20,12,,,\n",
    )
    .unwrap();
    let out = db
        .workout()
        .args(["log", "import", p.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let types = db.strings(
        r#"SELECT name || '=' || "trackingType"::text FROM "Exercise" WHERE "createdById" IS NOT NULL ORDER BY name"#,
    );
    assert_eq!(
        types,
        [
            "Cable Fly Z=WEIGHT_REPS",
            "Dead Hang X=DURATION",
            "Pull Up (Assisted)=ASSISTED_BODYWEIGHT",
            "Treadmill Y=DISTANCE_DURATION",
            "Triceps Dip (Weighted)=BODYWEIGHT_REPS",
        ]
    );
}
