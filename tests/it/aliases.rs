//! Issue 12 item 3: exercise rename, aliases, merge and delete, and one
//! resolver that matches names, then aliases, for every look-up.

use crate::common::*;

fn run(db: &TestDb, args: &[&str]) -> std::process::Output {
    db.workout().args(args).output().unwrap()
}

fn ok(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = run(db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    out
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
fn rename_keeps_the_old_name_as_an_alias_every_look_up_finds() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["exercise", "add", "My Curl"]);
    ok(&db, &["log", "add", "My Curl", "3x10@20"]);
    let r = ok_json(&db, &["exercise", "rename", "my curl", "Cable Curl"]);
    assert_eq!(r["name"], "Cable Curl");
    // The old name still finds it: show, log add, history, plans.
    let shown = ok_json(&db, &["exercise", "show", "MY CURL"]);
    assert_eq!(shown["name"], "Cable Curl");
    ok(&db, &["log", "add", "My Curl", "1x8@25"]);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE lower(name) IN ('my curl', 'cable curl')"#),
        1,
        "no exercise is made again under the old name"
    );
    let h = ok_json(&db, &["log", "history", "--exercise", "my curl"]);
    assert_eq!(h.as_array().unwrap().len(), 4);
    ok(&db, &["plan", "create", "P"]);
    ok(&db, &["plan", "add-day", "P", "Arms"]);
    ok(
        &db,
        &[
            "plan",
            "add-exercise",
            "P",
            "Arms",
            "My Curl",
            "--sets",
            "3",
        ],
    );
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "PlanExercise" pe JOIN "Exercise" e ON e.id = pe."exerciseId" WHERE e.name = 'Cable Curl'"#
        ),
        1
    );
    let aliases = ok_json(&db, &["exercise", "alias", "list"]);
    assert_eq!(aliases[0]["name"], "My Curl");
    assert_eq!(aliases[0]["exercise"], "Cable Curl");
    // Renaming back takes the name back from the alias.
    ok(&db, &["exercise", "rename", "Cable Curl", "My Curl"]);
    assert_eq!(
        db.strings(r#"SELECT name FROM "ExerciseAlias""#),
        vec!["Cable Curl".to_string()]
    );
    // A shared exercise cannot be renamed, but can be aliased.
    assert_error(
        &run(&db, &["exercise", "rename", "Barbell Squat", "Squat!"]),
        2,
        "alias add",
    );
    ok(
        &db,
        &["exercise", "alias", "add", "Squat!", "Barbell Squat"],
    );
    let s = ok_json(&db, &["exercise", "show", "squat!"]);
    assert_eq!(s["name"], "Barbell Squat");
    // An alias cannot take a name the user already sees.
    assert_error(
        &run(&db, &["exercise", "alias", "add", "squat!", "My Curl"]),
        2,
        "already have an alias",
    );
    assert_error(
        &run(
            &db,
            &["exercise", "alias", "add", "barbell squat", "My Curl"],
        ),
        2,
        "already an exercise's name",
    );
    // Another user sees none of it.
    ok(&db, &["user", "add", "b@x.io"]);
    let out = db
        .workout()
        .env("WORKOUT_USER", "b@x.io")
        .args(["exercise", "show", "Squat!"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no exercise is named");
    ok(&db, &["exercise", "alias", "remove", "SQUAT!"]);
    assert_error(&run(&db, &["exercise", "show", "Squat!"]), 3, "no exercise");
    assert_error(
        &run(&db, &["exercise", "alias", "remove", "Squat!"]),
        3,
        "no alias named",
    );
}

#[test]
fn merge_moves_sets_plans_and_targets_renumbering_in_shared_sessions() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["exercise", "add", "Curl A"]);
    ok(&db, &["exercise", "add", "Curl B"]);
    ok(&db, &["log", "add", "Curl B", "2x10@20"]);
    ok(&db, &["log", "add", "Curl A", "3x8@22"]);
    ok(
        &db,
        &["log", "add", "Curl A", "1x8@22", "--date", "2020-01-01"],
    );
    ok(&db, &["plan", "create", "P"]);
    ok(&db, &["plan", "add-day", "P", "Arms"]);
    ok(
        &db,
        &["plan", "add-exercise", "P", "Arms", "Curl A", "--sets", "3"],
    );
    ok(&db, &["exercise", "alias", "add", "Old Curl", "Curl A"]);
    assert_error(
        &run(&db, &["exercise", "merge", "Barbell Squat", "Curl A"]),
        2,
        "shared exercise",
    );
    assert_error(
        &run(&db, &["exercise", "merge", "Curl A", "curl a"]),
        2,
        "same exercise",
    );
    let out = ok(&db, &["exercise", "merge", "Curl A", "Curl B"]);
    assert!(
        stderr_of(&out).contains("4 sets (3 renumbered)"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE name = 'Curl A'"#),
        0
    );
    // Today's session: B's 1, 2 then A's as 3, 4, 5; the old one keeps 1.
    assert_eq!(
        db.strings(
            r#"SELECT string_agg("setNumber"::text || ':' || weight::text, ',' ORDER BY "setNumber")
                 FROM "WorkoutLog" GROUP BY "sessionId" ORDER BY count(*) DESC"#
        ),
        vec!["1:20,2:20,3:22,4:22,5:22".to_string(), "1:22".to_string()]
    );
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "PlanExercise" pe JOIN "Exercise" e ON e.id = pe."exerciseId" WHERE e.name = 'Curl B'"#
        ),
        1
    );
    // Both old names now find Curl B.
    for n in ["curl a", "old curl"] {
        assert_eq!(ok_json(&db, &["exercise", "show", n])["name"], "Curl B");
    }
}

#[test]
fn delete_only_what_nothing_uses_else_name_the_uses_and_point_at_merge() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["exercise", "add", "Used"]);
    ok(&db, &["exercise", "add", "Unused"]);
    ok(&db, &["log", "add", "Used", "2x5@50"]);
    ok(&db, &["plan", "create", "Strong"]);
    ok(&db, &["plan", "add-day", "Strong", "A"]);
    ok(
        &db,
        &["plan", "add-exercise", "Strong", "A", "Used", "--sets", "3"],
    );
    let out = run(&db, &["exercise", "delete", "used"]);
    assert_error(&out, 2, "2 sets, 1 plan entry (plan `Strong`)");
    assert!(stderr_of(&out).contains("exercise merge"));
    assert_error(
        &run(&db, &["exercise", "delete", "Barbell Squat"]),
        2,
        "shared exercise",
    );
    assert_error(
        &run(&db, &["exercise", "delete", "Nope Nope"]),
        3,
        "no exercise",
    );
    ok(&db, &["exercise", "alias", "add", "Spare", "Unused"]);
    ok(&db, &["exercise", "delete", "Spare"]);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE name IN ('Used', 'Unused')"#),
        1
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "ExerciseAlias""#), 0);
}

#[test]
fn a_reimport_after_a_rename_adds_nothing() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/exports/strong.csv");
    if !path.exists() {
        eprintln!("\n*** SKIPPED: strong.csv is absent ***\n");
        return;
    }
    let db = TestDb::new().with_user("a@x.io");
    let p = path.to_str().unwrap();
    ok(&db, &["log", "import", p, "--unit", "lb"]);
    let count = |db: &TestDb| {
        (
            db.int(r#"SELECT count(*) FROM "Exercise" WHERE "createdById" IS NOT NULL"#),
            db.int(r#"SELECT count(*) FROM "WorkoutLog""#),
        )
    };
    let before = count(&db);
    let own = db.strings(
        r#"SELECT name FROM "Exercise" WHERE "createdById" IS NOT NULL ORDER BY name LIMIT 1"#,
    );
    ok(&db, &["exercise", "rename", &own[0], "Renamed By Me"]);
    let r = ok_json(&db, &["log", "import", p, "--unit", "lb"]);
    assert_eq!(r["setsAdded"], 0);
    assert_eq!(count(&db), before);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE name = 'Renamed By Me'"#),
        1
    );
}
