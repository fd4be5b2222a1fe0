//! Issue 13 item 6: tables that fit the terminal (COLUMNS=80 in a
//! pseudo-terminal), whole names, short ids that commands take back, and
//! piped output that keeps every column and the full ids.

use rexpect::session::spawn_command;

use crate::common::*;

/// `workout ARGS` on a terminal `cols` wide; everything it printed.
fn on_tty(db: &TestDb, cols: &str, args: &[&str]) -> String {
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", db.user.as_deref().unwrap())
        .env("WORKOUT_NOW", "2026-03-02T18:00:00Z")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("COLUMNS", cols)
        .args(args);
    let mut p = spawn_command(cmd, Some(30_000)).unwrap();
    // rexpect hands back each byte as a char: decode the UTF-8 again.
    let raw = p.exp_eof().unwrap();
    let bytes: Vec<u8> = raw.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8(bytes).unwrap().replace('\r', "")
}

fn fits(text: &str, cols: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= cols,
            "a line wider than {cols}:\n{line}\nin:\n{text}"
        );
    }
}

#[test]
fn history_and_sessions_fit_80_columns_with_whole_names_and_short_ids() {
    let db = TestDb::new().with_user("a@x.io");
    let long = "Barbell Bench Press - Medium Grip";
    for args in [
        vec![
            "log",
            "add",
            long,
            "3x5@100kg",
            "--notes",
            "felt strong today, paused reps",
        ],
        vec!["log", "add", "Barbell Squat", "2x5@140kg"],
    ] {
        let out = db
            .workout()
            .env("WORKOUT_NOW", "2026-03-02T17:00:00Z")
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let full_ids = db.strings(r#"SELECT id FROM "WorkoutLog" ORDER BY id"#);
    let text = on_tty(&db, "80", &["log", "history"]);
    fits(&text, 80);
    assert!(text.contains(long), "the name is whole:\n{text}");
    assert!(text.contains("100 kg"), "{text}");
    // Short ids: no full id, and each row's shown id is a prefix of one.
    for id in &full_ids {
        assert!(
            !text.contains(id.as_str()),
            "a full id on a terminal:\n{text}"
        );
    }
    let shown: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().last())
        .filter(|w| w.len() >= 6 && full_ids.iter().any(|id| id.starts_with(w)))
        .collect();
    assert_eq!(shown.len(), full_ids.len(), "{text}");
    // The short id is accepted back.
    let out = db
        .workout()
        .args(["log", "edit", shown[0], "--reps", "6"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    // A wider terminal gets the borders back; a narrow one still no cut names.
    let wide = on_tty(&db, "200", &["log", "history"]);
    assert!(wide.contains("rpe") && wide.contains('│'), "{wide}");
    assert!(
        !text.contains("rpe"),
        "80 columns drop the rpe column:\n{text}"
    );
    let sessions = on_tty(&db, "80", &["session", "list", "--past"]);
    fits(&sessions, 80);
    // Piped: every column and the full ids.
    let piped = db.workout().args(["log", "history"]).output().unwrap();
    let piped = stdout_of(&piped);
    for id in &full_ids {
        assert!(piped.contains(id.as_str()), "{piped}");
    }
    assert!(piped.contains("rpe") && piped.contains("other"), "{piped}");
}
