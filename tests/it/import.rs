//! `workout log import` through the binary: the real exports in
//! `../shared/data/exports/` with totals computed here from the files (a
//! reading of their own, not the tool's parser), small files of every other
//! layout, double imports, bad rows, names another user has.

use std::path::PathBuf;

use crate::common::*;

const LB: f64 = 0.453_592_37;

fn shared(name: &str) -> Option<PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/exports")
        .join(name);
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "\n\n*** SKIPPED: {} is absent: the import of real exports is NOT tested ***\n\n",
            p.display()
        );
        None
    }
}

/// Writes `text` to a file in the test's HOME and returns its path.
fn file(db: &TestDb, name: &str, text: &str) -> String {
    let p = db.home_path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn import(db: &TestDb, args: &[&str]) -> serde_json::Value {
    let out = db
        .workout()
        .args(["log", "import"])
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "log import {args:?}: {}",
        stderr_of(&out)
    );
    json_of(&out)
}

fn float(db: &TestDb, sql: &str) -> f64 {
    db.strings(&format!("SELECT ({sql})::text"))[0]
        .parse()
        .unwrap()
}

/// The database's own totals for the user: sets, sessions, volume in kg.
fn totals(db: &TestDb) -> (i64, i64, f64) {
    (
        db.int(r#"SELECT count(*) FROM "WorkoutLog""#),
        db.int(r#"SELECT count(*) FROM "WorkoutSession""#),
        float(
            db,
            r#"SELECT coalesce(sum(coalesce("reps", 0) * coalesce("weight", 0)), 0) FROM "WorkoutLog""#,
        ),
    )
}

fn check(report: &serde_json::Value, db: &TestDb, sets: usize, sessions: usize, volume: f64) {
    assert_eq!(report["sets"], sets as u64, "{report}");
    assert_eq!(report["sessions"], sessions as u64, "{report}");
    let v = report["volumeKg"].as_f64().unwrap();
    assert!(
        (v - volume).abs() < 0.01,
        "report volume {v} vs file {volume}"
    );
    let (s, ses, vol) = totals(db);
    assert_eq!(s as usize, sets);
    assert_eq!(ses as usize, sessions);
    assert!(
        (vol - volume).abs() < 0.01,
        "database volume {vol} vs file {volume}"
    );
}

#[test]
fn the_real_strong_export() {
    let Some(path) = shared("strong.csv") else {
        return;
    };
    // The file's own figures, read plainly: every row but rest timers is a
    // set; (Date, Workout Name) is a workout; weights are in pounds.
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let (mut sets, mut workouts, mut volume) = (0, std::collections::HashSet::new(), 0.0);
    for r in rdr.records() {
        let r = r.unwrap();
        if &r[4] == "Rest Timer" {
            continue;
        }
        sets += 1;
        workouts.insert((r[0].to_string(), r[1].to_string()));
        let w: f64 = r[5].parse().unwrap_or(0.0);
        let reps: f64 = r[6].parse().unwrap_or(0.0);
        volume += w * LB * reps;
    }
    assert_eq!(sets, 4690, "the README's figure");
    let db = TestDb::new().with_user("a@x.io");
    // No unit in this layout: it must be asked for.
    let out = db
        .workout()
        .args(["log", "import", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_error(&out, 2, "--unit kg or --unit lb");
    let r = import(&db, &[path.to_str().unwrap(), "--unit", "lb"]);
    assert_eq!(r["layout"], "strong");
    check(&r, &db, sets, workouts.len(), volume);
    assert_eq!(r["skippedRows"], 0);
    // Catalog names were matched (`Bench Press (Barbell)`), others made own.
    assert!(
        db.int(
            r#"SELECT count(*) FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
           WHERE e."name" = 'Barbell Bench Press - Medium Grip'"#
        ) > 0
    );
    let new: Vec<&str> = r["newExercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(new.contains(&"Intensity") && !new.contains(&"Bench Press (Barbell)"));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE "createdById" IS NOT NULL"#),
        new.len() as i64
    );
    // A 35-hour workout left running is read, not refused.
    assert_eq!(
        db.int(r#"SELECT max("durationMinutes")::bigint FROM "WorkoutSession""#),
        57 * 60 + 42
    );

    // The second time adds nothing.
    let again = import(&db, &[path.to_str().unwrap(), "--unit", "lb"]);
    assert_eq!(again["setsAdded"], 0);
    assert_eq!(again["sessionsAdded"], 0);
    assert_eq!(again["newExercises"].as_array().unwrap().len(), 0);
    check(&again, &db, sets, workouts.len(), volume);
}

#[test]
fn the_real_hevy_export() {
    let Some(path) = shared("hevy.csv") else {
        return;
    };
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let (mut sets, mut workouts, mut volume) = (0, std::collections::HashSet::new(), 0.0);
    for r in rdr.records() {
        let r = r.unwrap();
        sets += 1;
        workouts.insert((r[0].to_string(), r[1].to_string()));
        volume += r[9].parse::<f64>().unwrap_or(0.0) * r[10].parse::<f64>().unwrap_or(0.0);
    }
    let db = TestDb::new().with_user("a@x.io");
    let r = import(&db, &[path.to_str().unwrap()]);
    assert_eq!(r["format"], "hevy");
    check(&r, &db, sets, workouts.len(), volume);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "isWarmup""#),
        94
    );
    let again = import(&db, &[path.to_str().unwrap()]);
    assert_eq!(again["setsAdded"], 0);
    check(&again, &db, sets, workouts.len(), volume);
}

#[test]
fn the_real_fitnotes_export_with_commas_in_names() {
    let Some(path) = shared("fitnotes.csv") else {
        return;
    };
    // Read from the right: commas in names only shift the left fields.
    let text = std::fs::read_to_string(&path).unwrap();
    let (mut sets, mut days, mut volume) = (0, std::collections::HashSet::new(), 0.0);
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        let n = f.len();
        sets += 1;
        days.insert(f[0].to_string());
        let w: f64 = f[n - 6].parse().unwrap_or(0.0);
        let factor = if f[n - 5] == "lbs" { LB } else { 1.0 };
        volume += w * factor * f[n - 4].parse::<f64>().unwrap_or(0.0);
    }
    let db = TestDb::new().with_user("a@x.io");
    let r = import(&db, &[path.to_str().unwrap()]);
    check(&r, &db, sets, days.len(), volume);
    assert_eq!(r["recoveredRows"], 99);
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
               WHERE e."name" = 'Overhead Press (Each Side, Dumbbells)'"#
        ),
        84
    );
}

#[test]
fn strong_semicolons_rest_timers_set_orders_and_units() {
    let db = TestDb::new().with_user("a@x.io");
    let f = file(
        &db,
        "strong-semi.csv",
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n\
         2020-05-01 07:00:00;Push;Bench Press (Barbell);W;60;kg;10;;;;;;Morning\n\
         2020-05-01 07:00:00;Push;Bench Press (Barbell);1;225;lbs;5;8,5;;;;;\n\
         2020-05-01 07:00:00;Push;Bench Press (Barbell);Rest Timer;;;;;;;90;;\n\
         2020-05-01 07:00:00;Push;Bench Press (Barbell);D;100;kg;8;;;;;;\n\
         2020-05-01 07:00:00;Push;Bench Press (Barbell);F;80;kg;12;;;;;;\n\
         2020-05-01 07:00:00;Push;Plank;1;;;;;;;60;hold;\n",
    );
    let r = import(&db, &[&f]);
    assert_eq!(r["layout"], "strong-semicolon");
    assert_eq!(r["restRows"], 1);
    check(&r, &db, 5, 1, 600.0 + 225.0 * LB * 5.0 + 800.0 + 960.0);
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws(' ', "setNumber", "reps", round("weight"::numeric, 3), "isWarmup", "rpe")
               FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
               WHERE e."name" = 'Barbell Bench Press - Medium Grip' ORDER BY "setNumber""#
        ),
        [
            "1 10 60.000 t",
            "2 5 102.058 f 8.5",
            "3 8 100.000 f",
            "4 12 80.000 f"
        ]
    );
    assert_eq!(
        db.strings(r#"SELECT concat_ws(' ', "name", "notes", "status") FROM "WorkoutSession""#),
        ["Push Morning COMPLETED"]
    );
}

#[test]
fn strong_2016_and_numbered_layouts() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    let old = file(
        &db,
        "strong-2016.csv",
        "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\n\
         2016-03-01 18:00:00,Legs,Squat (Barbell),0,100,5,0,0,\n\
         2016-03-01 18:00:00,Legs,Squat (Barbell),1,100,5,0,0,\n\
         2016-03-01 18:00:00,Legs,Rowing (Machine),0,0,0,2.5,600,\n",
    );
    let r = import(&db, &[&old]);
    assert_eq!(r["layout"], "strong-2016");
    check(&r, &db, 3, 1, 1000.0);
    // 18:00 in Berlin in March (CET, UTC+1) is 17:00 UTC.
    assert_eq!(
        db.strings(r#"SELECT "startedAt"::text FROM "WorkoutSession""#),
        ["2016-03-01 17:00:00"]
    );
    assert_eq!(
        db.strings(
            r#"SELECT "distanceMeters"::text FROM "WorkoutLog" WHERE "distanceMeters" IS NOT NULL"#
        ),
        ["2500"]
    );
    let numbered = file(
        &db,
        "strong-numbered.csv",
        "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Full; Body\";\"3600\";\"Deadlift (Barbell)\";\"WARM_UP\";\"60\";\"5\";\"\";\"\";\"\";\"\";\"\"\n\
         \"1\";\"2023-01-02 10:00:00\";\"Full; Body\";\"3600\";\"Deadlift (Barbell)\";\"FAILURE\";\"140\";\"3.0\";\"9\";\"\";\"\";\"\";\"\"\n",
    );
    let r = import(&db, &[&numbered]);
    assert_eq!(r["layout"], "strong-numbered");
    assert_eq!(r["setsAdded"], 2);
    assert_eq!(
        db.strings(
            r#"SELECT "durationMinutes"::text FROM "WorkoutSession" WHERE "name" = 'Full; Body'"#
        ),
        ["60"]
    );
}

#[test]
fn hevy_imperial_with_locale_dates() {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "set", "--timezone", "America/New_York"])
        .assert()
        .success();
    let f = file(
        &db,
        "hevy-lbs.csv",
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe\n\
         Legs,\"May 7, 2026, 6:13 AM\",\"May 7, 2026, 7:00 AM\",,Squat (Barbell),,,0,warmup,135,5,,,\n\
         Legs,\"May 7, 2026, 6:13 AM\",\"May 7, 2026, 7:00 AM\",,Squat (Barbell),,,1,normal,225,5,,,8\n\
         Walk,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Walk,,,0,normal,,,1,1200,\n",
    );
    let r = import(&db, &[&f]);
    check(&r, &db, 3, 2, (135.0 + 225.0) * LB * 5.0);
    // 6:13 AM in New York in May (EDT, UTC-4).
    assert_eq!(
        db.strings(r#"SELECT "startedAt"::text FROM "WorkoutSession" ORDER BY 1"#),
        ["2024-04-07 20:34:00", "2026-05-07 10:13:00"]
    );
    assert_eq!(
        db.strings(
            r#"SELECT "distanceMeters"::text FROM "WorkoutLog" WHERE "distanceMeters" IS NOT NULL"#
        ),
        ["1609.344"]
    );
}

#[test]
fn fitnotes_old_layout_in_pounds() {
    let db = TestDb::new().with_user("a@x.io");
    let f = file(
        &db,
        "fitnotes-old.csv",
        "Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n\
         2015-06-01,Flat Barbell Bench Press,Chest,135.0,10,,,\n\
         2015-06-01,Flat Barbell Bench Press,Chest,155.0,8,,,\n\
         2015-06-01,Treadmill Run,Cardio,,,2.5,km,0:20:00\n\
         2015-06-02,Flat Barbell Bench Press,Chest,135.0,10,,,\n",
    );
    let r = import(&db, &[&f]);
    assert_eq!(r["layout"], "fitnotes-old");
    check(&r, &db, 4, 2, (1350.0 + 1240.0 + 1350.0) * LB);
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws(' ', "category", "primaryMuscleGroup") FROM "Exercise" WHERE "name" = 'Treadmill Run'"#
        ),
        ["CARDIO"]
    );
    assert_eq!(
        db.strings(r#"SELECT "durationSeconds"::text FROM "WorkoutLog" WHERE "durationSeconds" IS NOT NULL"#),
        ["1200"]
    );
}

const BAD: &str = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
     2021-07-07 18:35:21,Push,31m,Bench Press (Barbell),1,100,5,0,0,,,\n\
     2021-07-07 18:35:21,Push,31m,Bench Press (Barbell),2,100,five,0,0,,,\n\
     2021-07-07 18:35:21,Push,31m,Bench Press (Barbell),3,100,5,0,0,,,\n\
     someday,Push,31m,Bench Press (Barbell),4,100,5,0,0,,,\n";

#[test]
fn a_bad_row_fails_the_whole_import_unless_skipped() {
    let db = TestDb::new().with_user("a@x.io");
    let f = file(&db, "bad.csv", BAD);
    let out = db
        .workout()
        .args(["log", "import", &f, "--unit", "kg"])
        .output()
        .unwrap();
    assert_error(&out, 2, "line 3: `five` is not a number of reps");
    assert!(stderr_of(&out).contains("line 5: `someday`"));
    assert!(stderr_of(&out).contains("--skip-invalid"));
    assert_eq!(totals(&db).0, 0, "nothing was imported");
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE "createdById" IS NOT NULL"#),
        0
    );

    // --dry-run reports and writes nothing.
    let r = import(&db, &[&f, "--unit", "kg", "--skip-invalid", "--dry-run"]);
    assert_eq!(r["dryRun"], true);
    assert_eq!(r["sets"], 2);
    assert_eq!(r["setsAdded"], 2);
    assert_eq!(totals(&db).0, 0);

    let out = db
        .workout()
        .args(["log", "import", &f, "--unit", "kg", "--skip-invalid"])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let r = json_of(&out);
    assert_eq!(r["skippedRows"], 2);
    assert_eq!(r["problems"][0]["line"], 3);
    assert!(stderr_of(&out).contains("line 3:"));
    check(&r, &db, 2, 1, 1000.0);
}

#[test]
fn unknown_files_and_missing_files_are_one_sentence() {
    let db = TestDb::new().with_user("a@x.io");
    let f = file(&db, "x.csv", "a,b,c\n1,2,3\n");
    let out = db.workout().args(["log", "import", &f]).output().unwrap();
    assert_error(&out, 2, "no export layout");
    let out = db
        .workout()
        .args(["log", "import", "/nonexistent/file.csv"])
        .output()
        .unwrap();
    assert_error(&out, 2, "cannot read /nonexistent/file.csv");
    let out = db
        .workout()
        .args(["log", "import", &file(&db, "b.csv", BAD), "--from", "hevy"])
        .output()
        .unwrap();
    assert_error(&out, 2, "--from hevy");
}

#[test]
fn a_name_another_user_has_is_free_and_reused() {
    let db = TestDb::new().with_user("b@x.io");
    db.workout()
        .args(["exercise", "add", "Zercher Carry"])
        .assert()
        .success();
    db.workout()
        .args(["user", "add", "a@x.io"])
        .assert()
        .success();
    let f = file(
        &db,
        "z.csv",
        "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\n\
         2016-03-01 18:00:00,Legs,Zercher Carry,1,60,1,0,0,\n\
         2016-03-01 18:00:00,Legs,Zercher Carry,2,60,1,0,0,\n",
    );
    let as_a = |args: &[&str]| {
        let out = db
            .workout()
            .env("WORKOUT_USER", "a@x.io")
            .args(["log", "import", &f, "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        (json_of(&out), stderr_of(&out))
    };
    // v3: names are unique per user, so A gets the name as it is, and
    // nothing says that B has one.
    let (r, err) = as_a(&[]);
    assert_eq!(r["newExercises"][0], "Zercher Carry");
    assert_eq!(r["renamedExercises"].as_array().unwrap().len(), 0);
    assert!(!err.contains("(2)"), "{err}");
    let (r, _) = as_a(&[]);
    assert_eq!(r["setsAdded"], 0);
    assert_eq!(r["newExercises"].as_array().unwrap().len(), 0);
    assert_eq!(
        db.strings(
            r#"SELECT e."name" FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
               JOIN "User" u ON u."id" = l."userId" WHERE u."email" = 'a@x.io' GROUP BY 1"#
        ),
        ["Zercher Carry"]
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Exercise" WHERE name = 'Zercher Carry'"#),
        2,
        "one each"
    );
}

#[test]
fn the_table_report_agrees_with_the_json() {
    let db = TestDb::new().with_user("a@x.io");
    let f = file(
        &db,
        "ok.csv",
        &BAD.replace("five", "5")
            .replace("someday", "2021-07-08 10:00:00"),
    );
    let out = db
        .workout()
        .args(["log", "import", &f, "--unit", "kg"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let table = stdout_of(&out);
    assert!(table.contains("4 (0 warm-up); added 4"), "{table}");
    assert!(table.contains("2; added 2"), "{table}");
    assert!(table.contains("2000 kg"), "{table}");
}

/// A date the file claims but no calendar can hold is a bad row, not a crash.
#[test]
fn an_absurd_year_in_a_file_is_a_bad_row() {
    let db = TestDb::new().with_user("a@x.io");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("strong.csv");
    std::fs::write(
        &file,
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
         +262142-12-31 23:00:00,Late,2h,Squat (Barbell),1,100,5,,,,,\n",
    )
    .unwrap();
    let out = db
        .workout()
        .args(["log", "import"])
        .arg(&file)
        .args(["--unit", "kg"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("line 2") && err.contains("out of range"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
}

/// Two spellings of one new name in a file make one exercise, not two that
/// differ only in case (names match ignoring case everywhere).
#[test]
fn one_exercise_for_spellings_that_differ_in_case() {
    let db = TestDb::new().with_user("a@x.io");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("strong.csv");
    std::fs::write(
        &file,
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
         2026-01-05 07:00:00,A,1h,Zottman Press Test,1,20,10,,,,,\n\
         2026-01-05 07:00:00,A,1h,zottman press test,2,20,8,,,,,\n\
         2026-01-06 07:00:00,B,1h,ZOTTMAN PRESS TEST,1,22,8,,,,,\n",
    )
    .unwrap();
    let out = db
        .workout()
        .args(["log", "import"])
        .arg(&file)
        .args(["--unit", "kg", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(report["exercises"], 1, "{report}");
    assert_eq!(
        db.strings(r#"SELECT name FROM "Exercise" WHERE lower(name) = 'zottman press test'"#),
        ["Zottman Press Test"]
    );
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', s.name, l."setNumber", l.reps) FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId" ORDER BY s.name, l."setNumber""#),
        ["A|1|10", "A|2|8", "B|1|8"]
    );
}
