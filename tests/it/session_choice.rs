//! Issue 13 item 4: which session `next` and `log add` pick, the stale
//! session in progress, `session unstart` and `session reschedule`.

use crate::common::*;

fn at(db: &TestDb, now: &str, args: &[&str]) -> std::process::Output {
    db.workout()
        .env("WORKOUT_NOW", now)
        .args(args)
        .output()
        .unwrap()
}

fn status_of(db: &TestDb, id: &str) -> String {
    db.strings(&format!(
        r#"SELECT status::text FROM "WorkoutSession" WHERE id = '{id}'"#
    ))[0]
        .clone()
}

#[test]
fn next_is_a_session_due_earlier_today_not_thursdays() {
    let db = TestDb::new().with_user("a@x.io");
    // Monday 2026-03-02, in UTC (the user's default zone).
    let now = "2026-03-02T19:00:00Z";
    let tonight = db.json_at(
        now,
        &["session", "schedule", "Tonight", "--at", "2026-03-02 20:00"],
    );
    let thu = db.json_at(
        now,
        &["session", "schedule", "Thu", "--at", "2026-03-05 20:00"],
    );
    // Yesterday's missed session is not `next`.
    db.json_at(
        now,
        &["session", "schedule", "Sun", "--at", "2026-03-01 20:00"],
    );
    let later = "2026-03-02T20:27:00Z";
    let shown = db.json_at(later, &["session", "show", "next"]);
    assert_eq!(shown["session"]["name"], "Tonight", "{shown}");
    let started = db.json_at(later, &["session", "start", "next"]);
    assert_eq!(started["id"], tonight["id"]);
    assert_eq!(status_of(&db, thu["id"].as_str().unwrap()), "SCHEDULED");
    // After tonight's is started, next is Thursday's.
    let shown = db.json_at(later, &["session", "show", "next"]);
    assert_eq!(shown["session"]["id"], thu["id"]);
}

#[test]
fn log_add_never_uses_a_stale_session_silently() {
    let db = TestDb::new().with_user("a@x.io");
    let begun = "2026-03-02T08:00:00Z";
    let s = db.json_at(
        begun,
        &["session", "schedule", "Old", "--at", "2026-03-02 08:00"],
    );
    let old = s["id"].as_str().unwrap().to_string();
    db.json_at(begun, &["session", "start", &old]);
    // Within the limit the sets go into it.
    let out = at(
        &db,
        "2026-03-02T09:00:00Z",
        &["log", "add", "Squat", "1x5@100kg"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("warning"), "{}", stderr_of(&out));
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutLog" WHERE "sessionId" = '{old}'"#
        )),
        1
    );
    // Ten days later: another session, and a warning naming the old one.
    let out = at(
        &db,
        "2026-03-12T18:00:00Z",
        &["log", "add", "Squat", "1x5@100kg"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("warning:") && err.contains("in progress since"),
        "{err}"
    );
    assert!(err.contains("2026-03-02 08:00"), "{err}");
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutLog" WHERE "sessionId" = '{old}'"#
        )),
        1
    );
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutLog" WHERE "sessionId" <> '{old}'"#
        )),
        1
    );
    assert_eq!(status_of(&db, &old), "IN_PROGRESS");
    // The limit is a config key: 300 hours makes it fresh again.
    db.workout()
        .args(["config", "set", "stale_session_hours", "300"])
        .assert()
        .success();
    let out = at(
        &db,
        "2026-03-12T18:05:00Z",
        &["log", "add", "Squat", "1x5@100kg"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("warning"), "{}", stderr_of(&out));
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutLog" WHERE "sessionId" = '{old}'"#
        )),
        2
    );
    assert_error(
        &db.workout()
            .args(["config", "set", "stale_session_hours", "0"])
            .output()
            .unwrap(),
        2,
        "stale_session_hours must be",
    );
}

#[test]
fn unstart_takes_an_empty_started_session_back_to_scheduled() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-02T23:31:00Z";
    let s = db.json_at(
        now,
        &["session", "schedule", "Late", "--at", "2026-03-02 23:30"],
    );
    let id = s["id"].as_str().unwrap().to_string();
    db.json_at(now, &["session", "start", &id[..8]]);
    let back = db.json_at(now, &["session", "unstart", &id[..8]]);
    assert_eq!(back["status"], "SCHEDULED");
    assert!(back["startedAt"].is_null(), "{back}");
    assert_eq!(back["scheduledAt"], "2026-03-02T23:30:00.000Z");
    // Unstarting a scheduled one, or one with sets, is refused.
    assert_error(
        &at(&db, now, &["session", "unstart", &id]),
        2,
        "not in progress",
    );
    db.json_at(now, &["session", "start", &id]);
    let out = at(
        &db,
        now,
        &["log", "add", "Squat", "1x5@100kg", "--session", &id],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_error(
        &at(&db, now, &["session", "unstart", &id]),
        2,
        "it has sets",
    );
    assert_eq!(status_of(&db, &id), "IN_PROGRESS");
    assert_error(&at(&db, now, &["session", "unstart", "zzzzzzzz"]), 3, "");
}

#[test]
fn reschedule_moves_a_scheduled_session_and_its_reminder() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-02T10:00:00Z";
    let s = db.json_at(
        now,
        &["session", "schedule", "Legs", "--at", "2026-03-03 07:00"],
    );
    let id = s["id"].as_str().unwrap().to_string();
    let out = at(
        &db,
        now,
        &["reminder", "add", "--session", &id, "--before", "30m"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let moved = db.json_at(
        now,
        &[
            "session",
            "reschedule",
            &id[..8],
            "--at",
            "2026-03-04 18:30",
        ],
    );
    assert_eq!(moved["scheduledAt"], "2026-03-04T18:30:00.000Z");
    assert_eq!(
        db.strings(&format!(
            r#"SELECT "scheduledAt"::text FROM "WorkoutSession" WHERE id = '{id}'"#
        ))[0],
        "2026-03-04 18:30:00"
    );
    let next = db.strings(r#"SELECT coalesce("nextFireAt"::text, '') FROM "Reminder""#);
    assert_eq!(
        next,
        vec!["2026-03-04 18:00:00".to_string()],
        "the reminder follows"
    );
    db.json_at(now, &["session", "start", &id]);
    assert_error(
        &at(
            &db,
            now,
            &["session", "reschedule", &id, "--at", "2026-03-05 07:00"],
        ),
        2,
        "only a scheduled session moves",
    );
}

#[test]
fn plan_schedule_never_in_the_past_and_moves_instead_of_duplicating() {
    let db = TestDb::new().with_user("a@x.io");
    // Monday 2026-03-02 at 20:18 UTC (the user's zone).
    let now = "2026-03-02T20:18:00Z";
    db.json_at(now, &["plan", "create", "Split"]);
    db.json_at(
        now,
        &["plan", "add-day", "Split", "A", "--weekdays", "mon,thu"],
    );
    db.json_at(now, &["plan", "activate", "Split"]);
    let out = at(
        &db,
        now,
        &["plan", "schedule", "Split", "--weeks", "1", "--at", "07:00"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("whose time has passed"),
        "{}",
        stderr_of(&out)
    );
    let times = || {
        db.strings(r#"SELECT "scheduledAt"::text FROM "WorkoutSession" WHERE status = 'SCHEDULED' ORDER BY 1"#)
    };
    // Today's 07:00 is gone: only Thursday's.
    assert_eq!(times(), vec!["2026-03-05 07:00:00".to_string()]);
    // Again at 21:00: Thursday's moves, nothing doubles, and today's 21:00
    // is still ahead so it is made.
    let out = at(
        &db,
        now,
        &["plan", "schedule", "Split", "--weeks", "1", "--at", "21:00"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Moved 1"), "{}", stderr_of(&out));
    assert_eq!(
        times(),
        vec![
            "2026-03-02 21:00:00".to_string(),
            "2026-03-05 21:00:00".to_string()
        ]
    );
    // The same run again changes nothing.
    let out = at(
        &db,
        now,
        &["plan", "schedule", "Split", "--weeks", "1", "--at", "21:00"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(times().len(), 2);
}

#[test]
fn plan_edit_exercise_changes_targets_in_place() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-02T10:00:00Z";
    db.json_at(now, &["plan", "create", "P"]);
    db.json_at(now, &["plan", "add-day", "P", "A", "--weekdays", "mon"]);
    db.json_at(
        now,
        &[
            "plan",
            "add-exercise",
            "P",
            "A",
            "Barbell Squat",
            "--sets",
            "5",
            "--reps",
            "5",
            "--weight",
            "100kg",
            "--progression",
            "2.5kg",
        ],
    );
    db.json_at(
        now,
        &["plan", "add-exercise", "P", "A", "Plank", "--sets", "3"],
    );
    let row = || {
        db.strings(
            r#"SELECT concat_ws('|', x.id, x.position, x."targetSets", x."targetRepsMin", x."targetRepsMax", x."targetWeight", x."progressionKg")
               FROM "PlanExercise" x JOIN "Exercise" e ON e.id = x."exerciseId" WHERE e.name = 'Barbell Squat'"#,
        )[0]
            .clone()
    };
    let before = row();
    let id = before.split('|').next().unwrap().to_string();
    // A deload: lighter, fewer sets; the rest stays.
    let out = at(
        &db,
        now,
        &[
            "plan",
            "edit-exercise",
            "P",
            "A",
            "1",
            "--weight",
            "80kg",
            "--sets",
            "3",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(row(), format!("{id}|1|3|5|5|80|2.5"));
    let out = at(
        &db,
        now,
        &[
            "plan",
            "edit-exercise",
            "P",
            "A",
            "Barbell Squat",
            "--reps",
            "8-10",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(row(), format!("{id}|1|3|8|10|80|2.5"));
    assert_error(
        &at(
            &db,
            now,
            &["plan", "edit-exercise", "P", "A", "1", "--sets", "0"],
        ),
        2,
        "",
    );
    assert_eq!(
        row(),
        format!("{id}|1|3|8|10|80|2.5"),
        "a refused edit changes nothing"
    );
}

#[test]
fn remove_day_confirms_and_deletes_its_scheduled_sessions() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-02T10:00:00Z";
    db.json_at(now, &["plan", "create", "P"]);
    db.json_at(now, &["plan", "add-day", "P", "A", "--weekdays", "mon,thu"]);
    db.json_at(now, &["plan", "add-day", "P", "B", "--weekdays", "tue"]);
    db.json_at(now, &["plan", "activate", "P"]);
    db.json_at(
        now,
        &["plan", "schedule", "P", "--weeks", "2", "--at", "18:00"],
    );
    let count = |sql: &str| db.int(sql);
    assert_eq!(count(r#"SELECT count(*) FROM "WorkoutSession""#), 6);
    // One of A's sessions is done: it keeps its history.
    db.json_at("2026-03-02T18:05:00Z", &["session", "start", "next"]);
    let out = at(
        &db,
        "2026-03-02T18:10:00Z",
        &["log", "add", "Barbell Squat", "1x5@100kg"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    // Without a terminal and without --yes: refused, nothing removed.
    let out = at(&db, now, &["plan", "remove-day", "P", "A"]);
    assert_error(
        &out,
        2,
        "delete its 3 scheduled session(s)? 1 other session(s) keep their history",
    );
    assert_eq!(count(r#"SELECT count(*) FROM "PlanDay""#), 2);
    let out = at(&db, now, &["plan", "remove-day", "P", "A", "--yes"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("deleted 3 scheduled session(s)"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(count(r#"SELECT count(*) FROM "PlanDay""#), 1);
    assert_eq!(
        count(r#"SELECT count(*) FROM "WorkoutSession" WHERE status = 'SCHEDULED'"#),
        2
    );
    assert_eq!(
        count(r#"SELECT count(*) FROM "WorkoutSession" WHERE "planDayId" IS NULL"#),
        1
    );
    assert_eq!(count(r#"SELECT count(*) FROM "WorkoutLog""#), 1);
}

/// `workout log` in a pseudo-terminal with the clock at `now`.
fn spawn_log_at(db: &TestDb, now: &str) -> rexpect::session::PtySession {
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", db.user.as_deref().unwrap())
        .env("WORKOUT_NOW", now)
        .env("TERM", "xterm")
        .arg("log");
    rexpect::session::spawn_command(cmd, Some(30_000)).unwrap()
}

#[test]
fn workout_log_asks_about_a_stale_session_and_completes_or_discards_it() {
    let db = TestDb::new().with_user("a@x.io");
    let begun = "2026-03-02T08:00:00Z";
    let mk = |name: &str| {
        let s = db.json_at(
            begun,
            &["session", "schedule", name, "--at", "2026-03-02 08:00"],
        );
        s["id"].as_str().unwrap().to_string()
    };
    let old = mk("Old");
    db.json_at(begun, &["session", "start", &old]);
    let out = at(
        &db,
        "2026-03-02T08:10:00Z",
        &[
            "log",
            "add",
            "Barbell Squat",
            "1x5@100kg",
            "--session",
            &old,
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    // Ten days later: asked, with when it began; "Complete it" (down, Enter).
    let mut p = spawn_log_at(&db, "2026-03-12T18:00:00Z");
    p.exp_string("has been in progress since Mon 2026-03-02 08:00")
        .unwrap();
    p.send("\x1b[B").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Completed `Old`.").unwrap();
    p.exp_string("Name this workout").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().ok();
    assert_eq!(status_of(&db, &old), "COMPLETED");
    // An empty stale one can be discarded (down, down, Enter).
    let empty = mk("Empty");
    db.json_at(begun, &["session", "start", &empty]);
    let mut p = spawn_log_at(&db, "2026-03-12T18:00:00Z");
    p.exp_string("Discard it").unwrap();
    p.send("\x1b[B").unwrap();
    p.send("\x1b[B").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Discarded `Empty`.").unwrap();
    p.exp_string("Name this workout").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().ok();
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutSession" WHERE id = '{empty}'"#
        )),
        0
    );
}
