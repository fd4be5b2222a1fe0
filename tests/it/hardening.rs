//! Issue 14, items 9-21, through the binary: bad input in imports and on
//! the command line, hooks that hang or take titles for options, outputs
//! that are closed, full, read by terminals, calendars or spreadsheets, and
//! the export/import round trip.

use std::time::{Duration, Instant};

use crate::common::*;

const NOW: &str = "2026-03-20T09:00:00Z";

fn ok(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    out
}

fn file(db: &TestDb, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let p = db.home_path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn import(db: &TestDb, path: &str, extra: &[&str]) -> std::process::Output {
    db.workout()
        .args(["log", "import", path])
        .args(extra)
        .output()
        .unwrap()
}

fn sets(db: &TestDb) -> i64 {
    db.int(r#"SELECT count(*) FROM "WorkoutLog""#)
}

const HEVY: &str = "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n";

/// 9: numbers that overflow after rounding, or that do not fit the
/// column, are that row's problem, with its line; never Infinity or i32::MAX.
#[test]
fn import_rejects_out_of_range_numbers_per_row() {
    let db = TestDb::new().with_user("a@x.io");
    let path = file(
        &db,
        "hevy.csv",
        format!(
            "{HEVY}\
             Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bench Press (Barbell),,,0,normal,1e308,5,,,\n\
             Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Plank,,,1,normal,,,,99999999999,\n\
             Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Running,,,2,normal,,,1e308,,\n\
             Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bench Press (Barbell),,,3,normal,100,5,,,\n"
        ),
    );
    let out = import(&db, &path, &[]);
    assert_error(&out, 2, "3 row(s)");
    let err = stderr_of(&out);
    for line in ["line 2:", "line 3:", "line 4:"] {
        assert!(err.contains(line), "{line}: {err}");
    }
    assert_eq!(sets(&db), 0);
    let out = import(&db, &path, &["--skip-invalid"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(sets(&db), 1);
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "WorkoutLog" WHERE "weight" = 'Infinity' OR "distanceMeters" = 'Infinity' OR "durationSeconds" = 2147483647"#
        ),
        0
    );
}

/// 10: the tool's own csv refuses every value `log add` refuses.
#[test]
fn own_csv_is_checked_as_log_add_checks() {
    let db = TestDb::new().with_user("a@x.io");
    ok(
        &db,
        &["log", "add", "Bench Press", "1x5@100kg", "--rpe", "8"],
    );
    let export = stdout_of(&ok(&db, &["log", "export", "--format", "csv"]));
    let mut rdr = csv::Reader::from_reader(export.as_bytes());
    let header = rdr.headers().unwrap().clone();
    let row = rdr.records().next().unwrap().unwrap();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    for (column, value, why) in [
        ("reps", "-5", "reps"),
        ("reps", "2000000000", "reps"),
        ("weightKg", "NaN", "weight"),
        ("weightKg", "inf", "weight"),
        ("weightKg", "-3", "weight"),
        ("rpe", "99", "RPE"),
        ("setNumber", "-7", "set number"),
        ("date", "0000-01-01T10:00:00.000Z", "year 0"),
    ] {
        let mut bad = row.clone().iter().map(str::to_string).collect::<Vec<_>>();
        bad[col(column)] = value.to_string();
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&header).unwrap();
        w.write_record(&bad).unwrap();
        let path = file(&db, "bad.csv", w.into_inner().unwrap());
        let out = db
            .workout()
            .env("WORKOUT_USER", "b@x.io")
            .args(["log", "import", &path])
            .output()
            .unwrap();
        assert_error(&out, 2, "line 2");
        assert!(
            stderr_of(&out).contains(why),
            "{column}={value}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(sets(&db), 1, "only A's own set");
}

/// 11: a NUL byte in a text field is the row's problem, with its line.
#[test]
fn nul_bytes_are_a_row_problem() {
    let db = TestDb::new().with_user("a@x.io");
    let path = file(
        &db,
        "hevy.csv",
        format!(
            "{HEVY}\
             Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,Bench Press (Barbell),,bad\0note,0,normal,100,5,,,\n\
             Up\0per,\"8 Apr 2024, 16:34\",\"8 Apr 2024, 17:35\",,Bench Press (Barbell),,,0,normal,100,5,,,\n\
             Upper,\"9 Apr 2024, 16:34\",\"9 Apr 2024, 17:35\",,Bench Press (Barbell),,fine,0,normal,100,5,,,\n"
        ),
    );
    let out = import(&db, &path, &[]);
    assert_error(&out, 2, "line 2: a field holds a NUL byte");
    assert!(stderr_of(&out).contains("line 3: a field holds a NUL byte"));
    assert_eq!(sets(&db), 0);
    let out = import(&db, &path, &["--skip-invalid"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(db.strings(r#"SELECT "notes" FROM "WorkoutLog""#), ["fine"]);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 1);
}

/// 12: a binary file is bad input (exit 2), for both importers.
#[test]
fn binary_files_are_bad_input() {
    let db = TestDb::new().with_user("a@x.io");
    let png: Vec<u8> = [
        0x89u8, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 0, 0, 13, 0xff, 0xfe,
    ]
    .into_iter()
    .chain(std::iter::repeat_n(0u8, 100))
    .collect();
    let path = file(&db, "photo.png", &png);
    assert_error(&import(&db, &path, &[]), 2, "binary");
    let out = db
        .workout()
        .args(["exercise", "import", &path])
        .output()
        .unwrap();
    assert_error(&out, 2, "binary");
    let latin1 = file(&db, "latin1.json", b"[{\"name\": \"Caf\xe9\"}]");
    let out = db
        .workout()
        .args(["exercise", "import", &latin1])
        .output()
        .unwrap();
    assert_error(&out, 2, "not UTF-8");
}

/// 13: errors quote a long input cut short; names and notes have limits.
#[test]
fn long_inputs_are_cut_in_messages_and_limited() {
    let db = TestDb::new().with_user("a@x.io");
    // Longer than any text the tool keeps: refused before anything else.
    let huge = "x".repeat(100_000);
    let out = db
        .workout()
        .args(["exercise", "add", &huge])
        .output()
        .unwrap();
    assert_error(&out, 2, "100000 characters long");
    assert!(out.stderr.len() < 300, "{}", stderr_of(&out));
    // A name over the name limit: the message quotes it cut.
    let long = "y".repeat(5_000);
    let out = db
        .workout()
        .args(["exercise", "add", &long])
        .output()
        .unwrap();
    assert_error(&out, 2, "at most 120 characters");
    assert!(out.stderr.len() < 400, "{}", stderr_of(&out));
    let out = db
        .workout()
        .args(["exercise", "show", &long])
        .output()
        .unwrap();
    assert!(out.stderr.len() < 1000, "{}", stderr_of(&out));
    // Notes over 10,000 characters.
    let notes = "n".repeat(10_000);
    ok(
        &db,
        &["log", "add", "Bench Press", "1x5@100kg", "--notes", &notes],
    );
    let out = db
        .workout()
        .args([
            "log",
            "add",
            "Bench Press",
            "1x5@100kg",
            "--notes",
            &format!("{notes}n"),
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "10001 characters long");
    // A session name over 200 characters, or with a control character.
    let out = db
        .workout()
        .args([
            "session",
            "schedule",
            &"s".repeat(201),
            "--at",
            "2026-04-01 10:00",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "at most 200 characters");
    let out = db
        .workout()
        .args([
            "session",
            "schedule",
            "Legs\u{1b}[2J",
            "--at",
            "2026-04-01 10:00",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "no control characters");
    // In an import: the row's problem quotes the name cut.
    let path = file(
        &db,
        "hevy.csv",
        format!(
            "{HEVY}Upper,\"7 Apr 2024, 16:34\",\"7 Apr 2024, 17:35\",,{},,,0,normal,100,5,,,\n",
            "z".repeat(9_000)
        ),
    );
    let out = import(&db, &path, &[]);
    assert_error(&out, 2, "line 2");
    assert!(out.stderr.len() < 600, "{}", stderr_of(&out));
    assert_eq!(sets(&db), 1);
    // `exercise import`: instructions over 10,000 characters make the entry invalid.
    let path = file(
        &db,
        "ex.json",
        serde_json::json!([{"name": "Long Story", "instructions": "i".repeat(10_001)}]).to_string(),
    );
    let out = db
        .workout()
        .args(["exercise", "import", &path])
        .output()
        .unwrap();
    assert_error(&out, 2, "the instructions are 10001 characters long");
}

/// 14: no schedule writes a date past 9999.
#[test]
fn schedules_stay_inside_the_years_the_tool_reads() {
    let db = TestDb::new().with_user("a@x.io");
    ok(&db, &["plan", "create", "Run"]);
    ok(
        &db,
        &["plan", "add-day", "Run", "Long", "--weekdays", "sat,sun"],
    );
    ok(&db, &["plan", "activate", "Run"]);
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args([
            "plan",
            "schedule",
            "Run",
            "--from",
            "9999-12-25",
            "--weeks",
            "2",
            "--at",
            "07:00",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "10000");
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 0);
    ok(
        &db,
        &[
            "plan",
            "schedule",
            "Run",
            "--from",
            "9999-12-01",
            "--weeks",
            "2",
            "--at",
            "07:00",
        ],
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 4);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE "scheduledAt" >= '10000-01-01'"#),
        0
    );
    // A time that is 10000-01-01 in UTC.
    ok(&db, &["user", "set", "--timezone", "Pacific/Honolulu"]);
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args(["session", "schedule", "Late", "--at", "9999-12-31 23:00"])
        .output()
        .unwrap();
    assert_error(&out, 2, "out of range");
}

/// 15: a closed or full stderr (and stdout) after the commit: exit 0 and
/// the set stored once, never a panic.
#[test]
fn a_closed_or_full_output_after_the_commit_is_success() {
    let db = TestDb::new().with_user("a@x.io");
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let status = bare_std(db.home_path())
        .env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", "a@x.io")
        .args(["log", "add", "Bench Press", "1x5@100kg"])
        .stdout(full())
        .stderr(full())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(sets(&db), 1);
    // stderr closed by the shell.
    let bin = env!("CARGO_BIN_EXE_workout");
    let status = std::process::Command::new("sh")
        .args([
            "-c",
            &format!("'{bin}' log add 'Bench Press' 1x5@100kg >/dev/full 2>&-"),
        ])
        .env_clear()
        .env("HOME", db.home_path())
        .env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", "a@x.io")
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(sets(&db), 2);
}

fn due_reminder(db: &TestDb, title: &str) -> String {
    let v = db.json_at(
        "2026-03-20T09:00:00Z",
        &[
            "reminder",
            "add",
            "--days",
            "mon,tue,wed,thu,fri,sat,sun",
            "--at",
            "07:00",
            &format!("--title={title}"),
        ],
    );
    v["id"].as_str().unwrap().to_string()
}

/// 16: a title such as `--help` reaches notify-send as its summary.
#[test]
fn notify_send_takes_the_title_as_an_argument() {
    let db = TestDb::new().with_user("a@x.io");
    due_reminder(&db, "--help");
    let bin = db.home_path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let log = db.home_path().join("argv");
    let fake = bin.join("notify-send");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{}'\n",
            log.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = db
        .workout()
        .env("PATH", path)
        .env("WORKOUT_NOW", "2026-03-21T08:00:00Z")
        .args(["reminder", "dispatch", "--notify"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let argv = std::fs::read_to_string(&log).unwrap();
    let argv: Vec<&str> = argv.lines().collect();
    assert_eq!(argv[..3], ["--app-name=workout", "--", "--help"]);
}

/// 17: a hook that hangs is killed with its process group after
/// --timeout; its reminder stays due and the run exits 1 naming it.
#[test]
fn a_hanging_exec_hook_is_killed_and_its_reminder_stays_due() {
    let db = TestDb::new().with_user("a@x.io");
    let id = due_reminder(&db, "Lift");
    let next = |db: &TestDb| {
        db.strings(&format!(
            r#"SELECT "nextFireAt"::text FROM "Reminder" WHERE id = '{id}'"#
        ))
    };
    let before = next(&db);
    let pidfile = db.home_path().join("pid");
    let hook = format!("sleep 300 & echo $! > '{}'; wait", pidfile.display());
    let start = Instant::now();
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2026-03-21T08:00:00Z")
        .args(["reminder", "dispatch", "--exec", &hook, "--timeout", "1s"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_error(&out, 1, "`Lift`");
    assert!(stderr_of(&out).contains("--timeout"), "{}", stderr_of(&out));
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    assert_eq!(next(&db), before);
    // The hook's own child went with its group.
    let pid = std::fs::read_to_string(&pidfile)
        .unwrap()
        .trim()
        .to_string();
    let gone = (0..50).any(|_| {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let dead = state.is_empty() || state.split_whitespace().nth(2) == Some("Z");
        if !dead {
            std::thread::sleep(Duration::from_millis(100));
        }
        dead
    });
    assert!(gone, "the hook's child {pid} is still running");
    // A later run with a quick hook delivers it.
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2026-03-21T08:00:00Z")
        .args(["reminder", "dispatch", "--exec", "true", "--timeout", "5s"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 1);
}

/// 18: control characters never reach a calendar line or a terminal.
#[test]
fn ics_and_tables_carry_no_raw_control_characters() {
    let db = TestDb::new().with_user("a@x.io");
    let id = due_reminder(&db, "Lift");
    db.sql(&format!(
        r#"UPDATE "Reminder" SET "title" = 'Lift' || chr(13) || 'BEGIN:VEVENT' || chr(13) || 'SUMMARY:x' || chr(27) || '[2J', "message" = 'm' || chr(13) || 'END:VCALENDAR' WHERE id = '{id}'"#
    ));
    let ics = stdout_of(&ok(&db, &["reminder", "ics"]));
    assert!(
        ics.split("\r\n")
            .all(|l| !l.contains('\r') && !l.contains('\u{1b}')),
        "{ics:?}"
    );
    // The injected text stays inside its value: one line of each.
    let lines: Vec<&str> = ics.split("\r\n").collect();
    for l in ["BEGIN:VEVENT", "END:VCALENDAR"] {
        assert_eq!(lines.iter().filter(|x| **x == l).count(), 1, "{ics}");
    }
    assert!(!lines.iter().any(|l| l.starts_with("SUMMARY:x")), "{ics}");
    // Tables: names with ESC print escaped.
    ok(
        &db,
        &["session", "schedule", "Legs", "--at", "2026-04-01 10:00"],
    );
    db.sql(r#"UPDATE "WorkoutSession" SET "name" = 'Legs' || chr(27) || '[2J'"#);
    for args in [&["session", "list"][..], &["reminder", "list"][..]] {
        let out = db
            .workout()
            .env("WORKOUT_NOW", NOW)
            .args(args)
            .output()
            .unwrap();
        let text = stdout_of(&out);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\r'),
            "{args:?}: {text:?}"
        );
    }
    let out = db
        .workout()
        .env("WORKOUT_NOW", NOW)
        .args(["session", "list"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&out).contains("Legs\\u{1b}[2J"),
        "{}",
        stdout_of(&out)
    );
}

/// 19: exports stay exact; --spreadsheet-safe defuses formula cells.
#[test]
fn spreadsheet_safe_exports() {
    let db = TestDb::new().with_user("a@x.io");
    ok(
        &db,
        &[
            "log",
            "add",
            "Bench Press",
            "1x5@100kg",
            "--notes",
            "=HYPERLINK(\"http://x\")",
        ],
    );
    let cell = |args: &[&str]| {
        let text = stdout_of(&ok(&db, args));
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        let i = rdr
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "notes")
            .unwrap();
        rdr.records().next().unwrap().unwrap()[i].to_string()
    };
    assert_eq!(cell(&["log", "export"]), "=HYPERLINK(\"http://x\")");
    assert_eq!(
        cell(&["log", "export", "--spreadsheet-safe"]),
        "'=HYPERLINK(\"http://x\")"
    );
    let out = db
        .workout()
        .args(["log", "export", "--format", "json", "--spreadsheet-safe"])
        .output()
        .unwrap();
    assert_error(&out, 2, "--spreadsheet-safe is for csv");
}

/// The export without its ids (they differ between databases) and plan
/// columns (plans are not in an export).
fn without_ids(csv_text: &str) -> Vec<Vec<String>> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let header = rdr.headers().unwrap().clone();
    let keep: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            !["id", "sessionId", "exerciseId", "planId", "plan", "planDay"].contains(h)
        })
        .map(|(i, _)| i)
        .collect();
    let mut rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            keep.iter().map(|i| r[*i].to_string()).collect()
        })
        .collect();
    rows.sort();
    rows
}

/// 20: export, import into an empty database as a fresh user, export
/// again: the same sessions (with and without sets) and own exercises.
#[test]
fn the_round_trip_keeps_sessions_and_exercises_without_sets() {
    let a = TestDb::new().with_user("a@x.io");
    ok(
        &a,
        &[
            "exercise",
            "add",
            "Never Used Press",
            "--muscle",
            "chest",
            "--equipment",
            "band",
        ],
    );
    ok(&a, &["exercise", "add", "Used Row", "--muscle", "lats"]);
    ok(
        &a,
        &["log", "add", "Used Row", "3x10@40kg", "--notes", "ok"],
    );
    ok(
        &a,
        &[
            "session",
            "schedule",
            "Legs",
            "--at",
            "2026-04-01 10:00",
            "--notes",
            "heavy",
        ],
    );
    ok(
        &a,
        &["session", "schedule", "Legs", "--at", "2026-04-08 10:00"],
    );
    let s = a.json_at(
        NOW,
        &["session", "schedule", "Swim", "--at", "2026-04-02 10:00"],
    );
    ok(&a, &["session", "cancel", s["id"].as_str().unwrap()]);
    let first = stdout_of(&ok(&a, &["log", "export"]));

    let b = TestDb::new().with_user("b@y.io");
    let path = file(&b, "export.csv", &first);
    let out = import(&b, &path, &["--format", "json"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let second = stdout_of(&ok(&b, &["log", "export"]));
    assert_eq!(without_ids(&second), without_ids(&first));
    let sessions = r#"SELECT concat_ws('|', name, status, "scheduledAt", "startedAt", notes) FROM "WorkoutSession" ORDER BY 1"#;
    assert_eq!(b.strings(sessions), a.strings(sessions));
    assert_eq!(b.int(r#"SELECT count(*) FROM "WorkoutSession""#), 4);
    let own = r#"SELECT concat_ws('|', name, "primaryMuscleGroup", equipment, category) FROM "Exercise" WHERE "createdById" IS NOT NULL ORDER BY 1"#;
    assert_eq!(b.strings(own), a.strings(own));
    assert_eq!(b.strings(own).len(), 2);
    // Again: nothing more.
    let out = import(&b, &path, &[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(b.int(r#"SELECT count(*) FROM "WorkoutSession""#), 4);
    assert_eq!(b.strings(own).len(), 2);
}

/// 21: an ordinary `exercise import` never changes a shared catalog row.
#[test]
fn an_import_never_changes_a_shared_exercise() {
    let db = TestDb::new().with_user("a@x.io");
    let row = r#"SELECT row_to_json(e)::text FROM "Exercise" e WHERE name = 'Barbell Deadlift' AND "createdById" IS NULL"#;
    let before = db.strings(row);
    assert_eq!(before.len(), 1);
    let path = file(
        &db,
        "mine.json",
        r#"[{"name": "Barbell Deadlift", "primaryMuscles": ["chest"], "level": "expert",
             "instructions": ["Do it my way."], "equipment": "machine"},
            {"name": "barbell deadlift", "primaryMuscles": ["chest"]}]"#,
    );
    let out = db
        .workout()
        .args(["exercise", "import", &path, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let r = json_of(&out);
    assert_eq!(r[0]["result"], "unchanged");
    assert_eq!(db.strings(row), before);
}

/// 21: `exercise import --shared` is refused to a role that does not own
/// the schema, and changes nothing.
#[test]
fn shared_import_is_only_for_the_schema_owner() {
    let db = TestDb::new().with_user("a@x.io");
    let role = format!("wt_plain_{}", db.name);
    db.sql(&format!(
        r#"CREATE ROLE "{role}" LOGIN PASSWORD 'plain-pw';
           GRANT CONNECT ON DATABASE "{name}" TO "{role}";
           GRANT USAGE ON SCHEMA public TO "{role}";
           GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}";"#,
        name = db.name
    ));
    let mut url = url::Url::parse(&db.url).unwrap();
    url.set_username(&role).unwrap();
    url.set_password(Some("plain-pw")).unwrap();
    let row = r#"SELECT row_to_json(e)::text FROM "Exercise" e WHERE name = 'Barbell Deadlift' AND "createdById" IS NULL"#;
    let before = db.strings(row);
    let path = file(
        &db,
        "catalog.json",
        r#"[{"name": "Barbell Deadlift", "primaryMuscles": ["hamstrings"], "instructions": ["Lift."]}]"#,
    );
    let out = db
        .workout()
        .env("WORKOUT_DATABASE_URL", url.as_str())
        .args(["exercise", "import", &path, "--shared"])
        .output()
        .unwrap();
    let cleanup = format!(
        r#"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"; REVOKE ALL ON SCHEMA public FROM "{role}";
           REVOKE ALL ON DATABASE "{name}" FROM "{role}"; DROP ROLE "{role}";"#,
        name = db.name
    );
    assert_error(&out, 2, "only for the database role that owns the schema");
    assert_eq!(db.strings(row), before);
    // The owner may: the instructions come in, the facts stay.
    let out = db
        .workout()
        .args(["exercise", "import", &path, "--shared", "--format", "json"])
        .output()
        .unwrap();
    db.sql(&cleanup);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)[0]["result"], "instructions-added");
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', "primaryMuscleGroup", instructions) FROM "Exercise" WHERE name = 'Barbell Deadlift'"#),
        ["LOWER_BACK|Lift."]
    );
}
