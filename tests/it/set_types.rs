//! Issue 11 items 1, 2 and 6: set types and supersets through `log add`,
//! `log edit`, the Hevy and Strong imports, and `log export` -> `log import`
//! into an empty database (the real files in `../shared/data/exports/`).

use std::collections::HashMap;

use crate::common::*;

fn ok(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = db.workout().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    out
}

/// type|isWarmup|supersetGroup of every set, in set order.
const KINDS: &str = r#"SELECT concat_ws('|', e."name", l."setNumber", l."setType", l."isWarmup", coalesce(l."supersetGroup"::text, '-'))
    FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId" ORDER BY l."date", e."name", l."setNumber""#;

#[test]
fn log_add_and_edit_store_the_set_type_and_superset() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["log", "add", "Bench Press", "1x10@40kg", "--warmup"]);
    ok(
        &db,
        &["log", "add", "Bench Press", "2x5@100kg", "--superset", "1"],
    );
    ok(
        &db,
        &[
            "log",
            "add",
            "Bench Press",
            "1x8@80kg",
            "--type",
            "drop",
            "--superset",
            "1",
        ],
    );
    ok(&db, &["log", "add", "Pullups", "1x12", "--type", "amrap"]);
    ok(&db, &["log", "add", "Pullups", "1x9", "--type", "Failure"]);
    ok(&db, &["log", "add", "Pullups", "1x5", "--type", "warm-up"]);
    let rows = db.strings(
        r#"SELECT concat_ws('|', l."setNumber", l."setType", l."isWarmup", coalesce(l."supersetGroup"::text, '-'))
           FROM "WorkoutLog" l ORDER BY l."exerciseId", l."setNumber""#,
    );
    let mut rows = rows;
    rows.sort();
    let mut want = vec![
        "1|WARMUP|t|-",
        "2|NORMAL|f|1",
        "3|NORMAL|f|1",
        "4|DROP|f|1",
        "1|AMRAP|f|-",
        "2|FAILURE|f|-",
        "3|WARMUP|t|-",
    ];
    want.sort();
    assert_eq!(rows, want);

    // Bad input: one sentence, exit 2, nothing written.
    let out = db
        .workout()
        .args(["log", "add", "Bench Press", "1x5@60kg", "--type", "giant"])
        .output()
        .unwrap();
    assert_error(&out, 2, "giant");
    let out = db
        .workout()
        .args([
            "log",
            "add",
            "Bench Press",
            "1x5@60kg",
            "--type",
            "drop",
            "--warmup",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = db
        .workout()
        .args(["log", "add", "Bench Press", "1x5@60kg", "--superset", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 7);

    // The machine output says the type and the group.
    let v = json_of(&ok(
        &db,
        &[
            "log",
            "history",
            "--exercise",
            "Bench Press",
            "--format",
            "json",
        ],
    ));
    let types: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["setType"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"DROP"), "{v}");

    // log edit --type: the warm-up flag follows.
    let id = db.strings(r#"SELECT "id" FROM "WorkoutLog" WHERE "setType" = 'DROP'"#)[0].clone();
    ok(&db, &["log", "edit", &id, "--type", "warmup"]);
    assert_eq!(
        db.strings(&format!(
            r#"SELECT concat_ws('|', "setType", "isWarmup") FROM "WorkoutLog" WHERE "id" = '{id}'"#
        )),
        ["WARMUP|t"]
    );
    ok(
        &db,
        &["log", "edit", &id, "--type", "amrap", "--superset", "none"],
    );
    assert_eq!(
        db.strings(&format!(
            r#"SELECT concat_ws('|', "setType", "isWarmup", coalesce("supersetGroup"::text, '-')) FROM "WorkoutLog" WHERE "id" = '{id}'"#
        )),
        ["AMRAP|f|-"]
    );
    let out = db
        .workout()
        .args(["log", "edit", &id, "--type", "drop", "--no-warmup"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn warmups_stay_out_of_records_and_other_types_count() {
    let db = TestDb::new().with_user("a@x.io");
    ok(
        &db,
        &["log", "add", "Bench Press", "1x1@150kg", "--type", "warmup"],
    );
    ok(
        &db,
        &["log", "add", "Bench Press", "1x3@100kg", "--type", "drop"],
    );
    ok(
        &db,
        &[
            "log",
            "add",
            "Bench Press",
            "1x2@110kg",
            "--type",
            "failure",
        ],
    );
    let v = json_of(&ok(&db, &["log", "prs", "--format", "json"]));
    let text = v.to_string();
    assert!(text.contains("110"), "{text}");
    assert!(!text.contains("150"), "{text}");
}

#[test]
fn hevy_and_strong_set_types_and_supersets_are_kept() {
    let db = TestDb::new().with_user("a@x.io");
    let f = db.home_path().join("hevy.csv");
    std::fs::write(
        &f,
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bench Press (Barbell),0,,0,warmup,40,10,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bench Press (Barbell),0,,1,normal,80,5,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bent Over Row (Barbell),0,,0,failure,60,8,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bicep Curl (Dumbbell),1,,0,dropset,12,10,,,\n\
         Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Plank,,,0,normal,,,,60,\n",
    )
    .unwrap();
    ok(&db, &["log", "import", f.to_str().unwrap()]);
    assert_eq!(
        db.strings(KINDS),
        [
            "Barbell Bench Press - Medium Grip|1|WARMUP|t|1",
            "Barbell Bench Press - Medium Grip|2|NORMAL|f|1",
            "Bent Over Barbell Row|1|FAILURE|f|1",
            "Bicep Curl (Dumbbell)|1|DROP|f|2",
            "Plank|1|NORMAL|f|-",
        ]
    );

    let db = TestDb::new().with_user("a@x.io");
    let f = db.home_path().join("strong.csv");
    std::fs::write(
        &f,
        "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"WARM_UP\";\"60\";\"5\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"1\";\"140\";\"3\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"DROP_SET\";\"100\";\"6\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"F\";\"90\";\"7\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"D\";\"80\";\"8\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"W\";\"80\";\"8\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Legs\";\"3600\";\"Deadlift (Barbell)\";\"FAILURE\";\"70\";\"9\";\"\";\"\";\"\";\"\";\"\"\n",
    )
    .unwrap();
    ok(&db, &["log", "import", f.to_str().unwrap()]);
    assert_eq!(
        db.strings(KINDS),
        [
            "Barbell Deadlift|1|WARMUP|t|-",
            "Barbell Deadlift|2|NORMAL|f|-",
            "Barbell Deadlift|3|DROP|f|-",
            "Barbell Deadlift|4|FAILURE|f|-",
            "Barbell Deadlift|5|DROP|f|-",
            "Barbell Deadlift|6|WARMUP|t|-",
            "Barbell Deadlift|7|FAILURE|f|-",
        ]
    );
}

fn shared(name: &str) -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/exports")
        .join(name);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("\n\n*** SKIPPED: {} is absent ***\n\n", p.display());
        None
    }
}

/// Counts of (setType, has a superset) in an export's csv, read here with
/// the csv crate by column name.
fn export_counts(text: &str) -> (HashMap<String, usize>, usize) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let h = r.headers().unwrap().clone();
    let ti = h
        .iter()
        .position(|c| c == "setType")
        .expect("setType column");
    let si = h
        .iter()
        .position(|c| c == "superset")
        .expect("superset column");
    let mut types = HashMap::new();
    let mut supersets = 0;
    for rec in r.records() {
        let rec = rec.unwrap();
        if rec[ti].is_empty() {
            continue;
        }
        *types.entry(rec[ti].to_string()).or_insert(0) += 1;
        if !rec[si].is_empty() {
            supersets += 1;
        }
    }
    (types, supersets)
}

fn db_counts(db: &TestDb) -> (HashMap<String, usize>, usize) {
    let mut types = HashMap::new();
    for s in db.strings(r#"SELECT "setType"::text FROM "WorkoutLog""#) {
        *types.entry(s).or_insert(0) += 1;
    }
    let supersets =
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "supersetGroup" IS NOT NULL"#) as usize;
    (types, supersets)
}

/// Imports a real file, exports, imports the export into an empty
/// database: the types and supersets the file has are there at each step.
fn real_round_trip(
    name: &str,
    extra: &[&str],
    type_col: &str,
    superset_col: Option<&str>,
    map: fn(&str) -> &'static str,
) {
    let Some(path) = shared(name) else {
        return;
    };
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let h = rdr.headers().unwrap().clone();
    let ti = h.iter().position(|c| c == type_col).unwrap();
    let si = superset_col.map(|s| h.iter().position(|c| c == s).unwrap());
    let mut want_types: HashMap<String, usize> = HashMap::new();
    let mut want_supersets = 0;
    for rec in rdr.records() {
        let rec = rec.unwrap();
        if rec[ti].eq_ignore_ascii_case("rest timer") {
            continue;
        }
        *want_types.entry(map(&rec[ti]).to_string()).or_insert(0) += 1;
        if si.is_some_and(|i| !rec[i].is_empty()) {
            want_supersets += 1;
        }
    }
    let a = TestDb::new().with_user("a@x.io");
    ok(
        &a,
        &[&["log", "import", path.to_str().unwrap()][..], extra].concat(),
    );
    assert_eq!(db_counts(&a), (want_types.clone(), want_supersets));
    let text = stdout_of(&ok(&a, &["log", "export", "--format", "csv"]));
    assert_eq!(export_counts(&text), (want_types.clone(), want_supersets));
    let b = TestDb::new().with_user("a@x.io");
    let f = b.home_path().join("export.csv");
    std::fs::write(&f, &text).unwrap();
    ok(&b, &["log", "import", f.to_str().unwrap()]);
    assert_eq!(db_counts(&b), (want_types, want_supersets));
    // Set by set, the same type and group in the same session.
    const EACH: &str = r#"SELECT concat_ws('|', s."name", s."startedAt", e."name", l."setNumber", l."setType", coalesce(l."supersetGroup"::text, '-'))
        FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId" LEFT JOIN "WorkoutSession" s ON s."id" = l."sessionId" ORDER BY 1"#;
    assert_eq!(b.strings(EACH), a.strings(EACH));
}

#[test]
fn the_real_hevy_file_keeps_every_superset_row_and_set_type() {
    real_round_trip(
        "hevy.csv",
        &[],
        "set_type",
        Some("superset_id"),
        |t| match t {
            "warmup" => "WARMUP",
            "dropset" => "DROP",
            "failure" => "FAILURE",
            _ => "NORMAL",
        },
    );
}

#[test]
fn the_real_strong_file_keeps_every_set_type() {
    real_round_trip(
        "strong.csv",
        &["--unit", "kg"],
        "Set Order",
        None,
        |t| match t.to_ascii_uppercase().as_str() {
            "W" | "WARM_UP" => "WARMUP",
            "D" | "DROP_SET" => "DROP",
            "F" | "FAILURE" => "FAILURE",
            _ => "NORMAL",
        },
    );
}
