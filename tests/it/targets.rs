//! Issue 11 item 3: the day's targets are stored with a session when it is
//! scheduled or started from a plan day; `session show` and progression
//! read them, a plan edit never rewrites a past session, and a session
//! stored without them (before v3) falls back to the plan. Item 2 for
//! plans: `plan add-exercise --superset` and plan show's A1/A2 labels.

use crate::common::*;

fn ok(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = db.workout().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    out
}

fn plan(db: &TestDb) {
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
            "--rpe",
            "8",
            "--rest",
            "3m",
            "--progression",
            "2.5kg",
            "--notes",
            "belt",
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
            "8-10",
            "--superset",
            "1",
        ],
        vec![
            "plan",
            "add-exercise",
            "Strength",
            "A",
            "Dips",
            "--sets",
            "2",
            "--reps",
            "10",
            "--superset",
            "1",
        ],
        vec!["plan", "activate", "Strength"],
    ] {
        ok(db, &args);
    }
}

const STORED: &str = r#"SELECT concat_ws('|', t."position", e."name", t."targetSets", coalesce(t."targetRepsMin"::text, '-'), coalesce(t."targetRepsMax"::text, '-'), coalesce(t."targetWeight"::text, '-'), coalesce(t."targetRpe"::text, '-'), coalesce(t."restSeconds"::text, '-'), coalesce(t."supersetGroup"::text, '-'), coalesce(t."notes", '-'))
    FROM "SessionExercise" t JOIN "Exercise" e ON e."id" = t."exerciseId" WHERE t."sessionId" = $ID ORDER BY t."position""#;

fn stored(db: &TestDb, id: &str) -> Vec<String> {
    db.strings(&STORED.replace("$ID", &format!("'{id}'")))
}

#[test]
fn plan_supersets_show_as_a1_a2() {
    let db = TestDb::new().with_user("a@x.io");
    plan(&db);
    let v = json_of(&ok(&db, &["plan", "show", "Strength", "--format", "json"]));
    let text = v.to_string();
    assert!(text.contains("\"supersetLabel\":\"A1\""), "{text}");
    assert!(text.contains("\"supersetLabel\":\"A2\""), "{text}");
    let table = stdout_of(&ok(&db, &["plan", "show", "Strength"]));
    assert!(table.contains("2 A1"), "{table}");
    assert!(table.contains("3 A2"), "{table}");
    assert_eq!(
        db.strings(
            r#"SELECT coalesce("supersetGroup"::text, '-') FROM "PlanExercise" ORDER BY "position""#
        ),
        ["-", "1", "1"]
    );
    let out = db
        .workout()
        .args([
            "plan",
            "add-exercise",
            "Strength",
            "A",
            "Curl",
            "--sets",
            "2",
            "--superset",
            "0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_days_targets_are_stored_and_read_not_the_plans_current_ones() {
    let db = TestDb::new().with_user("a@x.io");
    plan(&db);
    // `plan schedule`: each session keeps the day's targets as they were.
    let made = json_of(&ok(
        &db,
        &[
            "plan", "schedule", "Strength", "--weeks", "1", "--at", "07:00", "--format", "json",
        ],
    ));
    let first = made.as_array().unwrap()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let want = [
        "1|Barbell Squat|3|5|5|100|8|180|-|belt",
        "2|Pullups|2|8|10|-|-|-|1|-",
        "3|Dips - Triceps Version|2|10|10|-|-|-|1|-",
    ];
    assert_eq!(stored(&db, &first), want);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "SessionExercise""#),
        3 * made.as_array().unwrap().len() as i64
    );
    // `session schedule --plan --day`: the same.
    let s = json_of(&ok(
        &db,
        &[
            "session",
            "schedule",
            "Extra",
            "--at",
            "today 07:00",
            "--plan",
            "Strength",
            "--day",
            "A",
            "--format",
            "json",
        ],
    ));
    let id = s["id"].as_str().unwrap().to_string();
    assert_eq!(stored(&db, &id), want);

    // The plan changes afterwards (another app, or a later edit): the
    // session keeps what was targeted that day.
    db.sql(r#"UPDATE "PlanExercise" SET "targetWeight" = 120, "targetSets" = 5 WHERE "targetWeight" = 100"#);
    ok(&db, &["plan", "remove-exercise", "Strength", "A", "3"]);
    assert_eq!(stored(&db, &id), want);
    let v = json_of(&ok(&db, &["session", "show", &id, "--format", "json"]));
    let ex = v["exercises"].as_array().unwrap();
    assert_eq!(ex[0]["target"]["weightKg"], 100.0, "{v}");
    assert_eq!(ex[0]["target"]["sets"], 3, "{v}");
    assert_eq!(ex[2]["exercise"], "Dips - Triceps Version", "{v}");

    // Progression from what was targeted that day (100 + 2.5), not from
    // the plan's current 120.
    ok(&db, &["session", "start", &id]);
    ok(
        &db,
        &["log", "add", "Barbell Squat", "3x5@100kg", "--session", &id],
    );
    let out = ok(&db, &["session", "complete", &id]);
    assert!(stderr_of(&out).contains("102.5 kg"), "{}", stderr_of(&out));
    assert_eq!(
        db.strings(r#"SELECT "targetWeight"::text FROM "PlanExercise" WHERE "targetSets" = 5"#),
        ["102.5"]
    );
    // And that raise does not rewrite the past session either.
    assert_eq!(stored(&db, &id), want);
}

#[test]
fn a_session_without_stored_targets_falls_back_to_the_plan_and_stores_them_when_started() {
    let db = TestDb::new().with_user("a@x.io");
    plan(&db);
    let s = json_of(&ok(
        &db,
        &[
            "session",
            "schedule",
            "Old",
            "--at",
            "today 07:00",
            "--plan",
            "Strength",
            "--day",
            "A",
            "--format",
            "json",
        ],
    ));
    let id = s["id"].as_str().unwrap().to_string();
    // As a session scheduled before v3 is: no stored targets.
    db.sql(r#"DELETE FROM "SessionExercise""#);
    db.sql(r#"UPDATE "PlanExercise" SET "targetWeight" = 110 WHERE "targetWeight" = 100"#);
    let v = json_of(&ok(&db, &["session", "show", &id, "--format", "json"]));
    assert_eq!(v["exercises"][0]["target"]["weightKg"], 110.0, "{v}");
    // Started: the targets in force now are stored with it.
    ok(&db, &["session", "start", &id]);
    assert_eq!(stored(&db, &id).len(), 3);
    db.sql(r#"UPDATE "PlanExercise" SET "targetWeight" = 130 WHERE "targetWeight" = 110"#);
    let v = json_of(&ok(&db, &["session", "show", &id, "--format", "json"]));
    assert_eq!(v["exercises"][0]["target"]["weightKg"], 110.0, "{v}");
}

/// Issue 11 item 6: `log export` carries the day's targets (on each set row
/// of the exercise, and a row of its own for an exercise planned and not
/// done) and the exercise's tracking type; `log import` of that file into
/// a fresh database gives them back, and exporting again gives the same
/// file but for ids (and the plan, which an import does not make).
#[test]
fn targets_and_tracking_types_round_trip_through_export_and_import() {
    let a = TestDb::new().with_user("a@x.io");
    plan(&a);
    ok(
        &a,
        &["exercise", "add", "Ring Hold", "--tracks", "duration"],
    );
    let s = json_of(&ok(
        &a,
        &[
            "session",
            "schedule",
            "Day A",
            "--at",
            "today 07:00",
            "--plan",
            "Strength",
            "--day",
            "A",
            "--format",
            "json",
        ],
    ));
    let id = s["id"].as_str().unwrap().to_string();
    ok(&a, &["session", "start", &id]);
    for args in [
        &["Barbell Squat", "1x5@60kg", "--type", "warmup"][..],
        &["Barbell Squat", "3x5@100kg"],
        &["Barbell Squat", "1x8@80kg", "--type", "drop"],
        &["Pullups", "2x8", "--superset", "1"],
        &["Pullups", "1x6", "--superset", "1", "--type", "failure"],
        &["Ring Hold", "1x1"],
    ] {
        ok(
            &a,
            &[&["log", "add"][..], args, &["--session", &id]].concat(),
        );
    }
    ok(&a, &["session", "complete", &id]);
    let first = stdout_of(&ok(&a, &["log", "export", "--format", "csv"]));
    let rows = |text: &str| -> Vec<Vec<String>> {
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let h = r.headers().unwrap().clone();
        let skip: Vec<usize> = ["id", "sessionId", "exerciseId", "planId", "plan", "planDay"]
            .iter()
            .map(|c| h.iter().position(|x| x == *c).unwrap())
            .collect();
        r.records()
            .map(|rec| {
                rec.unwrap()
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        if skip.contains(&i) {
                            String::new()
                        } else {
                            v.to_string()
                        }
                    })
                    .collect()
            })
            .collect()
    };
    // The planned Dips, not done, has a row of its own with its target.
    let header: Vec<&str> = first.lines().next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|c| *c == name).unwrap();
    let dips: Vec<Vec<String>> = rows(&first)
        .into_iter()
        .filter(|r| r[col("exercise")] == "Dips - Triceps Version")
        .collect();
    assert_eq!(dips.len(), 1, "{first}");
    assert_eq!(dips[0][col("setNumber")], "");
    assert_eq!(
        [
            &dips[0][col("targetPosition")],
            &dips[0][col("targetSets")],
            &dips[0][col("targetRepsMin")],
            &dips[0][col("targetSuperset")]
        ],
        ["3", "2", "10", "1"]
    );
    let squat = rows(&first)
        .into_iter()
        .find(|r| r[col("exercise")] == "Barbell Squat")
        .unwrap();
    assert_eq!(
        [
            &squat[col("targetPosition")],
            &squat[col("targetWeightKg")],
            &squat[col("targetRpe")],
            &squat[col("targetRestSeconds")],
            &squat[col("targetNotes")]
        ],
        ["1", "100.0", "8.0", "180", "belt"]
    );

    let b = TestDb::new().with_user("b@y.io");
    let f = b.home_path().join("export.csv");
    std::fs::write(&f, &first).unwrap();
    ok(&b, &["log", "import", f.to_str().unwrap()]);
    let again = stdout_of(&ok(&b, &["log", "export", "--format", "csv"]));
    assert_eq!(rows(&again), rows(&first), "{again}");
    let new_id = b.strings(r#"SELECT "id" FROM "WorkoutSession""#);
    assert_eq!(stored(&b, &new_id[0]), stored(&a, &id));
    assert_eq!(stored(&b, &new_id[0]).len(), 3);
    assert_eq!(
        b.strings(r#"SELECT "trackingType"::text FROM "Exercise" WHERE "name" = 'Ring Hold'"#),
        ["DURATION"]
    );
    // A second import finds the session with its targets: nothing twice.
    ok(&b, &["log", "import", f.to_str().unwrap()]);
    assert_eq!(b.int(r#"SELECT count(*) FROM "SessionExercise""#), 3);
}
