//! `workout log export` through the binary: the formats, the filters, a
//! round trip through `log import` into an empty database, and that no
//! user can export another's sets.

use crate::common::*;

fn run(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = db.workout().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    out
}

/// A user's history of every kind: sets in kg and lb, warm-ups, body
/// weight, cardio, RPE, notes, an own exercise with facts, sessions on
/// several days, and an imported Hevy workout.
fn fill(db: &TestDb) {
    run(db, &["user", "set", "--timezone", "Europe/Berlin"]);
    run(
        db,
        &[
            "exercise",
            "add",
            "Sled Drag Deluxe",
            "--muscle",
            "quads",
            "--secondary",
            "glutes,calves",
            "--equipment",
            "sled",
            "--category",
            "strongman",
            "--force",
            "push",
        ],
    );
    for (now, args) in [
        (
            "2026-03-01T09:00:00Z",
            vec!["Bench Press", "5x5@100kg", "--rpe", "8"],
        ),
        (
            "2026-03-01T09:10:00Z",
            vec!["Bench Press", "1x10@40kg", "--warmup"],
        ),
        ("2026-03-01T09:20:00Z", vec!["Pullups", "10,8,6"]),
        (
            "2026-03-02T18:00:00Z",
            vec![
                "Sled Drag Deluxe",
                "3x20@135lb",
                "--notes",
                "outside, \"cold\"",
            ],
        ),
        (
            "2026-03-03T07:00:00Z",
            vec![
                "Running, Treadmill",
                "--duration",
                "30m",
                "--distance",
                "5km",
            ],
        ),
    ] {
        let out = db
            .workout()
            .env("WORKOUT_NOW", now)
            .args(["log", "add"])
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    let f = db.home_path().join("hevy.csv");
    std::fs::write(
        &f,
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",Fire is hot,Pull Up (Assisted),,,0,normal,15,6,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",Fire is hot,Pull Up (Assisted),,,1,normal,25,6,,,\n",
    )
    .unwrap();
    run(db, &["log", "import", f.to_str().unwrap()]);
}

/// Every set of the database's users, field by field, without ids.
const SETS: &str = r#"SELECT concat_ws('|', quote_nullable(u."email"), quote_nullable(e."name"), quote_nullable(l."date"), quote_nullable(l."setNumber"), quote_nullable(l."reps"), quote_nullable(l."weight"), quote_nullable(l."durationSeconds"), quote_nullable(l."distanceMeters"), quote_nullable(l."rpe"), quote_nullable(l."isWarmup"), quote_nullable(l."notes"), quote_nullable(s."name"), quote_nullable(s."status"), quote_nullable(s."scheduledAt"), quote_nullable(s."startedAt"), quote_nullable(s."completedAt"), quote_nullable(s."durationMinutes"), quote_nullable(s."notes"))
    FROM "WorkoutLog" l JOIN "User" u ON u."id" = l."userId" JOIN "Exercise" e ON e."id" = l."exerciseId"
    LEFT JOIN "WorkoutSession" s ON s."id" = l."sessionId" ORDER BY 1"#;
const SESSIONS: &str = r#"SELECT concat_ws('|', quote_nullable("name"), quote_nullable("status"), quote_nullable("scheduledAt"), quote_nullable("startedAt"), quote_nullable("completedAt"), quote_nullable("durationMinutes"), quote_nullable("notes")) FROM "WorkoutSession" ORDER BY 1"#;
const OWN: &str = r#"SELECT concat_ws('|', quote_nullable("name"), quote_nullable("primaryMuscleGroup"), quote_nullable("secondaryMuscleGroups"::text), quote_nullable("equipment"), quote_nullable("category"), quote_nullable("difficulty"), quote_nullable("mechanic"), quote_nullable("force")) FROM "Exercise" WHERE "createdById" IS NOT NULL ORDER BY 1"#;

#[test]
fn export_then_import_into_an_empty_database_gives_the_same_data() {
    let a = TestDb::new().with_user("a@x.io");
    fill(&a);
    let out = run(&a, &["log", "export", "--format", "csv"]);
    let csv_text = stdout_of(&out);
    let header = csv_text.lines().next().unwrap();
    assert!(header.starts_with("id,date,sessionId,session,exercise,setNumber,reps,weightKg"));
    assert_eq!(csv_text.lines().count(), 1 + 5 + 1 + 3 + 3 + 1 + 2);

    let b = TestDb::new().with_user("a@x.io");
    let f = b.home_path().join("export.csv");
    std::fs::write(&f, &csv_text).unwrap();
    let out = run(
        &b,
        &["log", "import", f.to_str().unwrap(), "--format", "json"],
    );
    let r = json_of(&out);
    assert_eq!(r["format"], "workout");
    assert_eq!(r["sets"], 15);
    assert_eq!(r["setsAdded"], 15);
    assert_eq!(b.strings(SETS), a.strings(SETS));
    assert_eq!(b.strings(SESSIONS), a.strings(SESSIONS));
    assert_eq!(b.strings(OWN), a.strings(OWN));
    assert_eq!(
        a.strings(OWN),
        [
            "'Pull Up (Assisted)'|NULL|'{}'|NULL|'STRENGTH'|NULL|NULL|NULL",
            "'Sled Drag Deluxe'|'QUADRICEPS'|'{GLUTES,CALVES}'|'sled'|'STRONGMAN'|NULL|NULL|'PUSH'"
        ]
    );
    // And again: nothing more.
    let r = json_of(&run(
        &b,
        &["log", "import", f.to_str().unwrap(), "--format", "json"],
    ));
    assert_eq!(r["setsAdded"], 0);
    assert_eq!(r["sessionsAdded"], 0);
    assert_eq!(b.strings(SETS), a.strings(SETS));
}

#[test]
fn json_ndjson_filters_and_a_file() {
    let db = TestDb::new().with_user("a@x.io");
    fill(&db);
    let csv_rows = stdout_of(&run(&db, &["log", "export", "--format", "csv"]))
        .lines()
        .count()
        - 1;
    let json = json_of(&run(&db, &["log", "export", "--format", "json"]));
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), csv_rows);
    // Oldest first, ISO 8601 UTC, kilograms, the session and exercise fields.
    assert_eq!(rows[0]["date"], "2024-04-07T14:34:00.000Z");
    assert_eq!(rows[0]["session"], "Upper");
    assert_eq!(rows[0]["sessionNotes"], "Fire is hot");
    assert_eq!(rows[0]["exerciseOwn"], true);
    let sled: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["exercise"] == "Sled Drag Deluxe")
        .collect();
    assert!((sled[0]["weightKg"].as_f64().unwrap() - 135.0 * 0.453_592_37).abs() < 1e-9);
    assert_eq!(sled[0]["exerciseSecondaryMuscles"], "GLUTES;CALVES");
    assert_eq!(sled[0]["notes"], "outside, \"cold\"");
    let keys: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
    let header = stdout_of(&run(&db, &["log", "export", "--format", "csv"]));
    assert_eq!(
        header.lines().next().unwrap(),
        keys.iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(",")
    );

    let nd = stdout_of(&run(&db, &["log", "export", "--format", "ndjson"]));
    assert_eq!(nd.lines().count(), csv_rows);
    for l in nd.lines() {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }

    let only = json_of(&run(
        &db,
        &[
            "log",
            "export",
            "--format",
            "json",
            "--exercise",
            "Bench Press",
            "--since",
            "2026-03-01",
            "--until",
            "2026-03-01",
        ],
    ));
    assert_eq!(only.as_array().unwrap().len(), 6);
    let none = json_of(&run(
        &db,
        &["log", "export", "--format", "json", "--since", "2030-01-01"],
    ));
    assert_eq!(none, serde_json::json!([]));
    let empty_csv = stdout_of(&run(
        &db,
        &["log", "export", "--format", "csv", "--since", "2030-01-01"],
    ));
    assert_eq!(empty_csv.lines().count(), 1, "a header even with no rows");

    let path = db.home_path().join("out.csv");
    let out = run(
        &db,
        &[
            "log",
            "export",
            "--format",
            "csv",
            "--output",
            path.to_str().unwrap(),
        ],
    );
    assert!(stdout_of(&out).is_empty());
    assert!(stderr_of(&out).contains(&format!("Exported {csv_rows} set(s)")));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), header);
    assert!(!db.home_path().join("out.csv.partial").exists());
}

#[test]
fn no_user_can_export_another_users_sets() {
    let db = TestDb::new().with_user("a@x.io");
    fill(&db);
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    let as_b = |args: &[&str]| {
        let out = db
            .workout()
            .env("WORKOUT_USER", "b@x.io")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        out
    };
    let out = as_b(&["log", "export", "--format", "json"]);
    assert_eq!(json_of(&out), serde_json::json!([]));
    as_b(&["log", "add", "Barbell Squat", "1x5@100kg"]);
    let rows = json_of(&as_b(&["log", "export", "--format", "json"]));
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["exercise"], "Barbell Squat");
    // A's own exercise is not even a name B can filter by.
    let out = db
        .workout()
        .env("WORKOUT_USER", "b@x.io")
        .args(["log", "export", "--exercise", "Sled Drag Deluxe"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no exercise is named");
}

/// `--output`: the partial file is created exclusively beside the target
/// (a symlink at the old `FILE.partial` name is never followed), a
/// directory, FIFO or device is refused with exit 2 and left as it was,
/// and no failure leaves a partial file behind.
#[test]
fn export_output_never_follows_links_nor_replaces_special_files() {
    let db = TestDb::new().with_user("a@x.io");
    fill(&db);
    let dir = db.home_path().join("out");
    std::fs::create_dir(&dir).unwrap();
    let names = |d: &std::path::Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };

    // A symlink where the old code put its partial file: never followed.
    let victim = db.home_path().join("victim");
    std::fs::write(&victim, b"keep me").unwrap();
    std::os::unix::fs::symlink(&victim, dir.join("sets.csv.partial")).unwrap();
    let out = db
        .workout()
        .args(["log", "export", "--format", "csv", "--output"])
        .arg(dir.join("sets.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
    assert!(
        std::fs::read_to_string(dir.join("sets.csv"))
            .unwrap()
            .starts_with("id,date,")
    );
    assert_eq!(names(&dir), ["sets.csv", "sets.csv.partial"]);
    std::fs::remove_file(dir.join("sets.csv.partial")).unwrap();

    // A FIFO and a device are refused, and stay what they were.
    let fifo = dir.join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (target, what) in [(fifo.clone(), "a FIFO"), ("/dev/null".into(), "a device")] {
        let out = db
            .workout()
            .args(["log", "export", "--output"])
            .arg(&target)
            .output()
            .unwrap();
        assert_error(&out, 2, &format!("it is {what}, not a regular file"));
        assert_eq!(stderr_of(&out).lines().count(), 1);
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // A directory, named with or without a slash: refused, nothing left behind.
    let sub = dir.join("sub");
    std::fs::create_dir(&sub).unwrap();
    let with_slash = format!("{}/", sub.display());
    let gone = format!("{}/", dir.join("missing").display());
    for target in [sub.display().to_string(), with_slash, gone] {
        let out = db
            .workout()
            .args(["log", "export", "--output", &target])
            .output()
            .unwrap();
        assert_error(&out, 2, "it is a directory, not a regular file");
    }
    assert_eq!(names(&dir), ["pipe", "sets.csv", "sub"]);
    assert!(names(&sub).is_empty());

    // A write that fails midway (a file size limit: EFBIG) leaves neither
    // the file nor a partial one.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 1; exec \"$@\"")
        .arg("sh")
        .arg(BIN)
        .args(["log", "export", "--format", "json", "--output"])
        .arg(dir.join("x.json"))
        .env_clear()
        .env("HOME", db.home_path())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", "a@x.io")
        .output()
        .unwrap();
    assert_error(&out, 1, "");
    assert_eq!(names(&dir), ["pipe", "sets.csv", "sub"]);
}
