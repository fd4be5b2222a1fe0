//! Issue 13 item 5: numbers shown in the user's unit at the precision they
//! were entered, volumes grouped, distances and paces in miles or km.

use crate::common::*;

fn ok(db: &TestDb, args: &[&str]) -> String {
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2026-03-02T18:00:00Z")
        .env("COLUMNS", "200")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    format!("{}{}", stdout_of(&out), stderr_of(&out))
}

fn lb_user() -> TestDb {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--weight-unit", "lb"])
        .assert()
        .success();
    db
}

#[test]
fn a_lb_user_sees_315_its_e1rm_367_5_and_a_volume_of_11_250() {
    let db = lb_user();
    let out = ok(&db, &["log", "add", "Barbell Squat", "1x5@315lb"]);
    assert!(out.contains("315 lb"), "{out}");
    let prs = ok(&db, &["log", "prs", "--exercise", "Barbell Squat"]);
    assert!(prs.contains("367.5 lb"), "{prs}");
    assert!(!prs.contains("367.49") && !prs.contains("367.51"), "{prs}");
    let out = ok(
        &db,
        &[
            "log",
            "add",
            "Barbell Bench Press - Medium Grip",
            "1x50@225lb",
        ],
    );
    assert!(out.contains("(11,250 lb)"), "{out}");
    let show = ok(&db, &["session", "show", "last"]);
    assert!(show.contains("11,250 lb"), "{show}");
    // A weight stored with import noise (80.01 kg, 21.77 kg) reads as entered.
    db.sql(r#"UPDATE "WorkoutLog" SET weight = 21.77 WHERE reps = 50"#);
    let hist = ok(&db, &["log", "history"]);
    assert!(hist.contains("48 lb"), "{hist}");
    assert!(!hist.contains("47.99"), "{hist}");
}

#[test]
fn a_kg_user_sees_80_not_80_01() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["log", "add", "Barbell Squat", "1x5@80kg"]);
    db.sql(r#"UPDATE "WorkoutLog" SET weight = 80.01"#);
    let hist = ok(&db, &["log", "history"]);
    assert!(hist.contains("80 kg"), "{hist}");
    assert!(!hist.contains("80.01"), "{hist}");
}

#[test]
fn runs_in_miles_and_min_per_mile_for_lb_users_km_for_kg_users() {
    let db = lb_user();
    ok(
        &db,
        &[
            "log",
            "add",
            "Running, Treadmill",
            "--distance",
            "3mi",
            "--duration",
            "24m",
        ],
    );
    let hist = ok(&db, &["log", "history"]);
    assert!(hist.contains("3 mi") && hist.contains("8:00 /mi"), "{hist}");
    assert!(!hist.contains("km"), "{hist}");
    // The records too: the longest run and the fastest pace in miles.
    let prs = ok(&db, &["log", "prs"]);
    assert!(prs.contains("3 mi") && prs.contains("8:00 /mi"), "{prs}");
    assert!(!prs.contains("km"), "{prs}");
    db.workout()
        .args(["user", "set", "--weight-unit", "kg"])
        .assert()
        .success();
    let hist = ok(&db, &["log", "history"]);
    assert!(
        hist.contains("4.83 km") && hist.contains("4:58 /km"),
        "{hist}"
    );
    let prs = ok(&db, &["log", "prs"]);
    assert!(prs.contains("4.83 km") && prs.contains("4:58 /km"), "{prs}");
}

#[test]
fn log_stats_counts_hard_sets_per_muscle_primary_1_secondary_half() {
    let db = TestDb::new().with_user("a@x.io");
    ok(
        &db,
        &[
            "log",
            "add",
            "Barbell Bench Press - Medium Grip",
            "3x5@100kg",
        ],
    );
    ok(
        &db,
        &[
            "log",
            "add",
            "Barbell Bench Press - Medium Grip",
            "1x5@60kg",
            "--warmup",
        ],
    );
    ok(&db, &["log", "add", "Barbell Squat", "2x5@100kg"]);
    let muscles = |name: &str| {
        db.strings(&format!(
            r#"SELECT concat_ws('|', "primaryMuscleGroup"::text, array_to_string("secondaryMuscleGroups", ','))
               FROM "Exercise" WHERE name = '{name}' AND id IN (SELECT "exerciseId" FROM "WorkoutLog")"#
        ))[0]
            .clone()
    };
    // Know what the catalog says, then count by hand.
    let mut expected = std::collections::BTreeMap::<String, f64>::new();
    for (name, sets) in [
        ("Barbell Bench Press - Medium Grip", 3.0),
        ("Barbell Squat", 2.0),
    ] {
        let m = muscles(name);
        let (primary, secondary) = m.split_once('|').unwrap_or((&m, ""));
        *expected.entry(primary.to_string()).or_default() += sets;
        for s in secondary
            .split(',')
            .filter(|s| !s.is_empty() && *s != primary)
        {
            *expected.entry(s.to_string()).or_default() += sets * 0.5;
        }
    }
    assert!(
        expected.len() > 2,
        "the catalog gives secondary muscles: {expected:?}"
    );
    let v = db.json_at("2026-03-02T18:00:00Z", &["log", "stats"]);
    let got = &v["weeks"][0]["hardSetsByMuscle"];
    for (m, n) in &expected {
        assert_eq!(got[m].as_f64(), Some(*n), "{m}: {got}");
    }
    assert_eq!(got.as_object().unwrap().len(), expected.len(), "{got}");
    let table = ok(&db, &["log", "stats"]);
    assert!(table.contains("hard sets by muscle"), "{table}");
}

/// `5x315` on a barbell lift is 5 reps at 315 typed in the reps' place: it
/// is refused (exit 2) with the spelling to use, and nothing is stored; a
/// body-weight exercise takes many reps without a weight.
#[test]
fn many_reps_with_no_weight_on_a_barbell_lift_are_refused() {
    let db = lb_user();
    let out = db
        .workout()
        .args(["log", "add", "Barbell Squat", "5x315"])
        .output()
        .unwrap();
    assert_error(&out, 2, "5@315");
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
    ok(&db, &["log", "add", "Barbell Squat", "1x5@315"]);
    ok(&db, &["log", "add", "Pushups", "1x40"]);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 2);
}
