//! `workout exercise list|show|add|edit|import`.

use serde_json::Value;

use crate::common::*;

fn names(out: &std::process::Output) -> Vec<String> {
    assert!(out.status.success(), "{}", stderr_of(out));
    json_of(out)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

fn list(db: &TestDb, args: &[&str]) -> Vec<String> {
    names(
        &db.workout()
            .args(["exercise", "list", "--format", "json"])
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn every_filter_narrows_the_catalog() {
    let db = TestDb::new().with_user("a@x.io");
    let all = list(&db, &[]);
    assert!(all.len() > 800, "{}", all.len());

    // Each filter returns exactly what SQL says the catalog holds.
    for (args, sql) in [
        (
            vec!["--muscle", "lower back"],
            r#""primaryMuscleGroup" = 'LOWER_BACK'"#,
        ),
        (
            vec!["--muscle", "QUADS"],
            r#""primaryMuscleGroup" = 'QUADRICEPS'"#,
        ),
        (
            vec!["--equipment", "Kettlebells"],
            r#"equipment = 'kettlebells'"#,
        ),
        (vec!["--level", "expert"], r#"difficulty = 'EXPERT'"#),
        (
            vec!["--category", "olympic weightlifting"],
            r#"category = 'OLYMPIC_WEIGHTLIFTING'"#,
        ),
        (vec!["curl"], r#"name ILIKE '%curl%'"#),
        (
            vec![
                "--muscle",
                "biceps",
                "--equipment",
                "dumbbell",
                "--level",
                "beginner",
                "hammer",
            ],
            r#""primaryMuscleGroup" = 'BICEPS' AND equipment = 'dumbbell' AND difficulty = 'BEGINNER' AND name ILIKE '%hammer%'"#,
        ),
    ] {
        let got = list(&db, &args);
        let want = db.strings(&format!(
            r#"SELECT name FROM "Exercise" WHERE {sql} ORDER BY lower(name), name"#
        ));
        assert!(!want.is_empty(), "{args:?} matches something");
        assert!(want.len() < all.len(), "{args:?} filters");
        assert_eq!(got, want, "{args:?}");
    }
    // A search text's LIKE wildcards are taken literally.
    assert!(list(&db, &["%"]).is_empty());
    assert_eq!(list(&db, &["3/4 sit"]), ["3/4 Sit-Up"]);

    // Machine columns are stable and enums come as the schema's labels.
    let out = db
        .workout()
        .args([
            "exercise",
            "list",
            "--format",
            "csv",
            "--category",
            "strongman",
        ])
        .output()
        .unwrap();
    let csv = stdout_of(&out);
    assert!(csv.starts_with("id,name,primaryMuscleGroup,secondaryMuscleGroups,equipment,category,difficulty,mechanic,force,own,description,instructions,muscleGroup,createdAt,updatedAt,trackingType\n"), "{csv}");
    assert!(
        csv.lines().skip(1).all(|l| l.contains(",STRONGMAN,")),
        "{csv}"
    );

    // Unknown filter values: one sentence naming the choices, exit 2.
    let out = db
        .workout()
        .args(["exercise", "list", "--muscle", "wings"])
        .output()
        .unwrap();
    assert_error(&out, 2, "unknown muscle group `wings`");
    assert!(stderr_of(&out).contains("lower back"));
    let out = db
        .workout()
        .args(["exercise", "list", "--level", "godlike"])
        .output()
        .unwrap();
    assert_error(
        &out,
        2,
        "invalid value 'godlike' for '--level': expected one of beginner, intermediate, expert",
    );
}

#[test]
fn show_matches_names_case_insensitively_and_suggests() {
    let db = TestDb::new().with_user("a@x.io");
    let out = db
        .workout()
        .args([
            "exercise", "show", "barbell", "DEADLIFT", "--format", "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let e = json_of(&out);
    assert_eq!(e["name"], "Barbell Deadlift");
    assert_eq!(e["primaryMuscleGroup"], "LOWER_BACK");
    assert_eq!(e["difficulty"], "INTERMEDIATE");
    assert_eq!(e["own"], false);
    assert_eq!(
        e["instructions"],
        Value::Null,
        "the catalog ships no instructions"
    );

    // By id prefix.
    let id = e["id"].as_str().unwrap();
    let out = db
        .workout()
        .args(["exercise", "show", &id[..12], "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out)["name"], "Barbell Deadlift");

    let out = db
        .workout()
        .args(["exercise", "show", "Barbel Deadlif"])
        .output()
        .unwrap();
    assert_error(
        &out,
        3,
        "no exercise is named `Barbel Deadlif`: did you mean `Barbell Deadlift`",
    );
    assert_eq!(stderr_of(&out).lines().count(), 1);
}

#[test]
fn own_exercises_are_private_and_only_the_owner_edits_them() {
    let db = TestDb::new().with_user("a@x.io").with_user("b@x.io");
    let as_a = |args: &[&str]| {
        db.workout()
            .env("WORKOUT_USER", "a@x.io")
            .env("WORKOUT_NOW", "2026-03-01T10:00:00Z")
            .args(args)
            .output()
            .unwrap()
    };
    let as_b = |args: &[&str]| db.workout().args(args).output().unwrap();

    let out = as_a(&[
        "exercise",
        "add",
        "Zercher Carry Deluxe",
        "--muscle",
        "traps",
        "--secondary",
        "forearms, abs",
        "--equipment",
        "Barbell",
        "--level",
        "expert",
        "--category",
        "strongman",
        "--force",
        "static",
        "--instructions",
        "Carry it.",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let e = json_of(&out);
    assert_eq!(e["own"], true);
    assert_eq!(e["secondaryMuscleGroups"], "FOREARMS,ABDOMINALS");
    assert_eq!(e["equipment"], "barbell");
    assert_eq!(e["createdAt"], "2026-03-01T10:00:00.000Z");
    let a_id = db.strings(r#"SELECT id FROM "User" WHERE email = 'a@x.io'"#)[0].clone();
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', "createdById", "primaryMuscleGroup", category, force, instructions) FROM "Exercise" WHERE name = 'Zercher Carry Deluxe'"#),
        [format!("{a_id}|TRAPS|STRONGMAN|STATIC|Carry it.")]
    );
    assert_eq!(
        as_a(&["exercise", "list", "--mine", "--format", "json"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        names(&as_a(&["exercise", "list", "--mine", "--format", "json"])),
        ["Zercher Carry Deluxe"]
    );

    // B never sees it: not listed, not shown, not editable (exit 3).
    assert!(names(&as_b(&["exercise", "list", "--format", "json", "deluxe"])).is_empty());
    assert_error(
        &as_b(&["exercise", "show", "Zercher Carry Deluxe"]),
        3,
        "no exercise is named",
    );
    let out = as_b(&["exercise", "show", "zercher carry deluxe"]);
    assert!(
        !stderr_of(&out).contains("Deluxe`"),
        "no suggestion leaks it: {}",
        stderr_of(&out)
    );
    let before = db.strings(r#"SELECT concat_ws('|', name, "updatedAt") FROM "Exercise" WHERE "createdById" = (SELECT id FROM "User" WHERE email = 'a@x.io')"#);
    assert_error(
        &as_b(&[
            "exercise",
            "edit",
            "Zercher Carry Deluxe",
            "--level",
            "beginner",
        ]),
        3,
        "no exercise is named",
    );
    // v3: names are unique per user, so B may have one of the same name.
    let out = as_b(&["exercise", "add", "zercher carry deluxe"]);
    assert!(out.status.success(), "{}", stderr_of(&out));

    // Nobody edits the catalog; an own name must stay unique.
    assert_error(
        &as_a(&[
            "exercise",
            "edit",
            "Barbell Deadlift",
            "--level",
            "beginner",
        ]),
        2,
        "is a catalog exercise",
    );
    assert_error(
        &as_a(&[
            "exercise",
            "edit",
            "Zercher Carry Deluxe",
            "--name",
            "barbell deadlift",
        ]),
        2,
        "already exists",
    );
    assert_error(&as_a(&["exercise", "add", "Plank"]), 2, "already exists");
    assert_error(
        &as_a(&["exercise", "edit", "Zercher Carry Deluxe"]),
        2,
        "nothing to change",
    );
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', name, "updatedAt") FROM "Exercise" WHERE "createdById" = (SELECT id FROM "User" WHERE email = 'a@x.io')"#),
        before,
        "refusals change nothing"
    );

    let out = db
        .workout()
        .env("WORKOUT_USER", "a@x.io")
        .env("WORKOUT_NOW", "2026-03-02T10:00:00Z")
        .args([
            "exercise",
            "edit",
            "zercher carry deluxe",
            "--name",
            "Zercher Carry",
            "--level",
            "intermediate",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let e = json_of(&out);
    assert_eq!(e["name"], "Zercher Carry");
    assert_eq!(e["difficulty"], "INTERMEDIATE");
    assert_eq!(e["primaryMuscleGroup"], "TRAPS", "unchanged fields stay");
    assert_eq!(e["updatedAt"], "2026-03-02T10:00:00.000Z");
    assert_eq!(e["createdAt"], "2026-03-01T10:00:00.000Z");
}

#[test]
fn import_upserts_by_name_reports_bad_entries_and_keeps_the_catalog() {
    let db = TestDb::new().with_user("a@x.io").with_user("b@x.io");
    db.workout()
        .env("WORKOUT_USER", "a@x.io")
        .args(["exercise", "add", "My Press", "--muscle", "chest"])
        .assert()
        .success();
    db.workout()
        .env("WORKOUT_USER", "b@x.io")
        .args(["exercise", "add", "B Secret Row"])
        .assert()
        .success();
    let deadlift_before = db.strings(
        r#"SELECT concat_ws('|', id, "primaryMuscleGroup", difficulty, "updatedAt") FROM "Exercise" WHERE name = 'Barbell Deadlift'"#,
    );
    let file = db.home_path().join("mine.json");
    std::fs::write(
        &file,
        serde_json::to_vec(&serde_json::json!([
            {"name": "Sled Drag Max", "force": "pull", "level": "beginner", "mechanic": "compound",
             "equipment": "other", "primaryMuscles": ["quadriceps"], "secondaryMuscles": ["glutes", "lower back"],
             "instructions": ["Grab the sled.", "Drag it."], "category": "strongman", "images": [], "id": "x"},
            {"name": "my press", "primaryMuscles": ["shoulders"], "level": "expert", "instructions": "Press."},
            {"name": "Barbell Deadlift", "primaryMuscles": ["hamstrings"], "level": "beginner",
             "instructions": ["Lift the bar."]},
            {"name": "Broken One", "primaryMuscles": ["wings"]},
            {"name": "", "primaryMuscles": ["chest"]},
            "not an object",
            {"name": "SLED DRAG MAX", "primaryMuscles": ["chest"]},
            {"name": "b secret row", "primaryMuscles": ["lats"]}
        ]))
        .unwrap(),
    )
    .unwrap();
    let out = db
        .workout()
        .env("WORKOUT_USER", "a@x.io")
        .env("WORKOUT_NOW", "2026-04-01T08:00:00Z")
        .args([
            "exercise",
            "import",
            file.to_str().unwrap(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let results = json_of(&out);
    let fate: Vec<(i64, String)> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["index"].as_i64().unwrap(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        fate,
        [
            (0, "created".into()),
            (1, "updated".into()),
            (2, "unchanged".into()),
            (3, "invalid".into()),
            (4, "invalid".into()),
            (5, "invalid".into()),
            (6, "invalid".into()),
            (7, "created".into()),
        ]
    );
    let err = stderr_of(&out);
    for needle in [
        "entry [3] (Broken One) was not imported: unknown muscle group `wings`",
        "entry [4] was not imported: an exercise name cannot be empty",
        "entry [5] was not imported: not an exercise object",
        "entry [6] (SLED DRAG MAX) was not imported: its name repeats entry [0]'s",
        "Imported 4 of 8 entries",
    ] {
        assert!(err.contains(needle), "{needle}\n{err}");
    }

    let a_id = db.strings(r#"SELECT id FROM "User" WHERE email = 'a@x.io'"#)[0].clone();
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', name, "primaryMuscleGroup", array_to_string("secondaryMuscleGroups", ','), category, difficulty, instructions, "createdById", "updatedAt")
                      FROM "Exercise" WHERE name IN ('Sled Drag Max', 'my press') ORDER BY lower(name)"#),
        [
            format!("my press|SHOULDERS||STRENGTH|EXPERT|Press.|{a_id}|2026-04-01 08:00:00"),
            format!("Sled Drag Max|QUADRICEPS|GLUTES,LOWER_BACK|STRONGMAN|BEGINNER|Grab the sled.\nDrag it.|{a_id}|2026-04-01 08:00:00"),
        ]
    );
    // The shared catalog row is untouched: no user's import changes it.
    let after = db.strings(
        r#"SELECT concat_ws('|', id, "primaryMuscleGroup", difficulty, "updatedAt") FROM "Exercise" WHERE name = 'Barbell Deadlift'"#,
    );
    assert_eq!(after, deadlift_before);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE name = 'Barbell Deadlift' AND instructions IS NULL"#),
        1
    );
    assert_eq!(
        db.strings(r#"SELECT name FROM "Exercise" WHERE name ILIKE 'b secret row' ORDER BY name COLLATE "C""#),
        ["B Secret Row", "b secret row"],
        "B's exercise is untouched; A has one of its own (v3: names are per user)"
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE name = 'Broken One'"#),
        0
    );

    // Again: the same file changes no fact and creates nothing new.
    let count = db.int(r#"SELECT count(*) FROM "Exercise""#);
    let out = db
        .workout()
        .env("WORKOUT_USER", "a@x.io")
        .args([
            "exercise",
            "import",
            file.to_str().unwrap(),
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).starts_with("index,name,result,id,reason\n"));
    assert!(stdout_of(&out).contains("2,Barbell Deadlift,unchanged,"));
    assert_eq!(db.int(r#"SELECT count(*) FROM "Exercise""#), count);

    // A file that is no JSON array, or has nothing valid: exit 2, nothing changed.
    std::fs::write(&file, "{\"name\": 1}").unwrap();
    let out = db
        .workout()
        .env("WORKOUT_USER", "a@x.io")
        .args(["exercise", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_error(&out, 2, "is not a JSON array of exercises");
    std::fs::write(&file, r#"[{"name": "X", "level": "godlike"}]"#).unwrap();
    let out = db
        .workout()
        .env("WORKOUT_USER", "a@x.io")
        .args(["exercise", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_error(&out, 2, "none of the 1 entries");
    let out = db
        .workout()
        .env("WORKOUT_USER", "a@x.io")
        .args(["exercise", "import", "/nonexistent/file.json"])
        .output()
        .unwrap();
    assert_error(&out, 3, "there is no file /nonexistent/file.json");
    assert_eq!(db.int(r#"SELECT count(*) FROM "Exercise""#), count);
}

/// Importing free-exercise-db itself with `--shared` (the schema owner's
/// administrative import) adds the instruction texts to the catalog and
/// nothing else.
#[test]
fn importing_free_exercise_db_adds_its_instructions() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/free-exercise-db.json");
    if !path.exists() {
        eprintln!("SKIPPED: {} is not there", path.display());
        return;
    }
    let db = TestDb::new().with_user("a@x.io");
    let count = db.int(r#"SELECT count(*) FROM "Exercise""#);
    let out = db
        .workout()
        .args([
            "exercise",
            "import",
            path.to_str().unwrap(),
            "--shared",
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(db.int(r#"SELECT count(*) FROM "Exercise""#), count);
    let data: Vec<Value> = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let with = data
        .iter()
        .filter(|e| e["instructions"].as_array().is_some_and(|s| !s.is_empty()))
        .count();
    assert!(with > 800);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE instructions IS NOT NULL"#),
        with as i64
    );
    assert!(
        stderr_of(&out).contains(&format!("{with} catalog exercises got instructions")),
        "{}",
        stderr_of(&out)
    );
}
