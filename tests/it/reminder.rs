//! `workout reminder`: recurrence across DST changes, dispatch exactly once
//! under concurrency and after a kill, missed occurrences, the ICS file read
//! back by a real iCalendar parser, bad input, and isolation between users.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveTime, Utc};
use icalendar::{Component, DatePerhapsTime};
use workout_tracker::domain::reminder::Recurrence;

use crate::common::{TestDb, assert_error, bare_std, stdout_of};

const A: &str = "a@x.io";

fn user(tz: &str) -> TestDb {
    let db = TestDb::new().with_user(A);
    db.workout()
        .args(["user", "set", "--timezone", tz])
        .env("WORKOUT_NOW", "2026-01-01T00:00:00Z")
        .assert()
        .success();
    db
}

/// `reminder dispatch` at `now`: its stdout lines.
fn dispatch_at(db: &TestDb, now: &str) -> Vec<String> {
    let out = db
        .workout()
        .args(["reminder", "dispatch"])
        .env("WORKOUT_NOW", now)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", crate::common::stderr_of(&out));
    stdout_of(&out).lines().map(str::to_string).collect()
}

fn next_of(db: &TestDb, id: &str) -> String {
    db.strings(&format!(
        r#"SELECT to_char("nextFireAt", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM "Reminder" WHERE "id" = '{id}'"#
    ))[0]
        .clone()
}

fn add_daily(db: &TestDb, now: &str, at: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "reminder",
        "add",
        "--days",
        "mon,tue,wed,thu,fri,sat,sun",
        "--at",
        at,
    ];
    args.extend_from_slice(extra);
    db.json_at(now, &args)["id"].as_str().unwrap().to_string()
}

#[test]
fn add_list_show_due_enable_disable_remove() {
    let db = user("Europe/Berlin");
    // Friday 2026-03-20, 10:00 in Berlin.
    let now = "2026-03-20T09:00:00Z";
    let r = db.json_at(
        now,
        &[
            "reminder",
            "add",
            "--days",
            "mon,wed,fri",
            "--at",
            "07:00",
            "--message",
            "Legs; then core",
        ],
    );
    assert_eq!(r["kind"], "RECURRING");
    assert_eq!(r["title"], "Time to train");
    assert_eq!(r["weekdays"], "1,3,5");
    assert_eq!(r["timezone"], "Europe/Berlin");
    // The next is Monday 07:00 CET.
    assert_eq!(r["nextFireAt"], "2026-03-23T06:00:00.000Z");
    let id = r["id"].as_str().unwrap();

    let list = db.json_at(now, &["reminder", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let shown = db.json_at(now, &["reminder", "show", &id[..8]]);
    assert_eq!(shown["id"], id);
    let shown = db.json_at(now, &["reminder", "show", "time to TRAIN"]);
    assert_eq!(shown["id"], id);

    // Due: nothing now; within 3 days it is.
    assert_eq!(db.json_at(now, &["reminder", "due"]), serde_json::json!([]));
    let soon = db.json_at(now, &["reminder", "due", "--within", "24h"]);
    assert_eq!(soon, serde_json::json!([]));
    let later = "2026-03-23T05:30:00Z";
    let soon = db.json_at(later, &["reminder", "due", "--within", "1h"]);
    assert_eq!(soon.as_array().unwrap().len(), 1);
    // `due` changed nothing.
    assert_eq!(next_of(&db, id), "2026-03-23T06:00:00Z");

    // Disabled: no next firing, nothing dispatched.
    let off = db.json_at(now, &["reminder", "disable", id]);
    assert_eq!(off["active"], false);
    assert_eq!(off["nextFireAt"], serde_json::Value::Null);
    assert!(dispatch_at(&db, "2026-03-23T06:00:00Z").is_empty());
    // Enabled on Tuesday: next is Wednesday, not the Monday it missed.
    let on = db.json_at("2026-03-24T12:00:00Z", &["reminder", "enable", id]);
    assert_eq!(on["nextFireAt"], "2026-03-25T06:00:00.000Z");

    // Remove confirms; --no-input without --yes refuses and keeps it.
    let out = db
        .workout()
        .args(["reminder", "remove", id, "--no-input"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(db.int(r#"SELECT count(*) FROM "Reminder""#), 1);
    db.workout()
        .args(["reminder", "remove", id, "--yes"])
        .assert()
        .success();
    assert_eq!(db.int(r#"SELECT count(*) FROM "Reminder""#), 0);
    let out = db
        .workout()
        .args(["reminder", "show", id])
        .output()
        .unwrap();
    assert_error(&out, 3, "no reminder");
}

#[test]
fn bad_input_is_one_sentence_and_changes_nothing() {
    let db = user("Europe/Berlin");
    let cases: &[(&[&str], &str)] = &[
        (
            &["--days", "funday", "--at", "07:00"],
            "unknown weekday `funday`",
        ),
        (
            &["--days", "mon", "--at", "25:00"],
            "`25:00` is not a time of day",
        ),
        (
            &["--days", "mon", "--at", "07:00", "--tz", "Mars/Olympus"],
            "unknown time zone",
        ),
        (
            &["--plan", "Nope", "--before", "-5m"],
            "`-5m` is not a lead time",
        ),
        (
            &["--days", "mon", "--at", "07:00", "--title", " "],
            "cannot be empty",
        ),
    ];
    for (args, needle) in cases {
        let out = db
            .workout()
            .args(["reminder", "add"])
            .args(*args)
            .output()
            .unwrap();
        assert_error(&out, 2, needle);
        assert_eq!(
            crate::common::stderr_of(&out).lines().count(),
            1,
            "one sentence: {args:?}"
        );
    }
    // Clap's own usage errors: exit 2 as well.
    let out = db
        .workout()
        .args(["reminder", "add", "--at", "07:00"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = db
        .workout()
        .args(["reminder", "due", "--within", "-5m"])
        .output()
        .unwrap();
    assert_error(&out, 2, "not a duration");
    assert_eq!(db.int(r#"SELECT count(*) FROM "Reminder""#), 0);
    // --notify without notify-send on PATH is a clear error.
    let out = db
        .workout()
        .args(["reminder", "dispatch", "--notify"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_error(&out, 1, "notify-send");
}

/// Spring forward and fall back in Europe/Berlin and America/New_York:
/// 07:00 stays 07:00 local; a skipped time fires at the first valid moment
/// after it; a repeated time fires once.
#[test]
fn dst_forward_and_back() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        // zone, time, start, nextFireAt after each dispatch
        (
            "Europe/Berlin",
            "07:00",
            "2026-03-27T12:00:00Z",
            &[
                "2026-03-28T06:00:00Z",
                "2026-03-29T05:00:00Z",
                "2026-03-30T05:00:00Z",
            ],
        ),
        (
            "Europe/Berlin",
            "07:00",
            "2026-10-23T12:00:00Z",
            &[
                "2026-10-24T05:00:00Z",
                "2026-10-25T06:00:00Z",
                "2026-10-26T06:00:00Z",
            ],
        ),
        (
            "Europe/Berlin",
            "02:30",
            "2026-03-28T12:00:00Z",
            // 02:30 does not exist on the 29th: 03:00 CEST.
            &["2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"],
        ),
        (
            "Europe/Berlin",
            "02:30",
            "2026-10-24T12:00:00Z",
            // 02:30 happens twice on the 25th: once, at 02:30 CEST.
            &["2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"],
        ),
        (
            "America/New_York",
            "07:00",
            "2026-03-06T20:00:00Z",
            &[
                "2026-03-07T12:00:00Z",
                "2026-03-08T11:00:00Z",
                "2026-03-09T11:00:00Z",
            ],
        ),
        (
            "America/New_York",
            "07:00",
            "2026-10-30T20:00:00Z",
            &[
                "2026-10-31T11:00:00Z",
                "2026-11-01T12:00:00Z",
                "2026-11-02T12:00:00Z",
            ],
        ),
        (
            "America/New_York",
            "02:15",
            "2026-03-07T12:00:00Z",
            &["2026-03-08T07:00:00Z", "2026-03-09T06:15:00Z"],
        ),
        (
            "America/New_York",
            "01:30",
            "2026-10-31T12:00:00Z",
            &["2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"],
        ),
    ];
    for (zone, at, start, expected) in cases {
        let db = user(zone);
        let id = add_daily(&db, start, at, &[]);
        let mut seen = vec![next_of(&db, &id)];
        // Fire each occurrence at its own moment, as a timer would.
        for _ in 1..expected.len() {
            let now = seen.last().unwrap().clone();
            let lines = dispatch_at(&db, &now);
            assert_eq!(lines.len(), 1, "{zone} {at} at {now}: {lines:?}");
            // The same moment again: nothing more.
            assert!(dispatch_at(&db, &now).is_empty());
            seen.push(next_of(&db, &id));
        }
        assert_eq!(&seen, expected, "{zone} {at}");
        assert_eq!(
            db.int(r#"SELECT count(*) FROM "ReminderDelivery""#),
            expected.len() as i64 - 1
        );
    }
}

#[test]
fn missed_occurrences_fire_once_and_schedule_from_now() {
    let db = user("Europe/Berlin");
    // Made Friday; daily 07:00; first due Saturday 07:00.
    let id = add_daily(&db, "2026-03-20T09:00:00Z", "07:00", &[]);
    assert_eq!(next_of(&db, &id), "2026-03-21T06:00:00Z");
    // The machine is off until Tuesday 10:00: Saturday fires once, and
    // Sunday, Monday and Tuesday are missed.
    let lines = dispatch_at(&db, "2026-03-24T09:00:00Z");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("3 missed"), "{}", lines[0]);
    assert_eq!(next_of(&db, &id), "2026-03-25T06:00:00Z");
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 1);
    assert_eq!(
        db.strings(
            r#"SELECT to_char("occurrence", 'YYYY-MM-DD"T"HH24:MI') FROM "ReminderDelivery""#
        ),
        ["2026-03-21T06:00"]
    );
    assert!(dispatch_at(&db, "2026-03-24T09:30:00Z").is_empty());
}

/// Adds `n` reminders due at `due` for user `email` in one statement.
fn seed_due(db: &TestDb, email: &str, n: i64, due: &str) {
    db.sql(&format!(
        r#"INSERT INTO "Reminder" ("id", "userId", "kind", "title", "weekdays", "timeOfDay", "timezone",
               "active", "nextFireAt", "createdAt", "updatedAt")
           SELECT 'seed' || g, u."id", 'RECURRING', 'R' || g, ARRAY[1,2,3,4,5,6,7], '07:00', 'UTC',
                  true, '{due}', '{due}', '{due}'
           FROM generate_series(1, {n}) g, "User" u WHERE u."email" = '{email}'"#
    ));
}

#[test]
fn concurrent_dispatchers_deliver_each_occurrence_once() {
    let db = user("UTC");
    seed_due(&db, A, 1000, "2026-03-20 07:00:00");
    let now = "2026-03-20T07:00:30Z";
    let mut children = Vec::new();
    for _ in 0..8 {
        let mut cmd = bare_std(db.home_path());
        cmd.env("WORKOUT_DATABASE_URL", &db.url)
            .env("WORKOUT_USER", A)
            .env("WORKOUT_NOW", now)
            .args(["reminder", "dispatch", "--format", "ndjson"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        children.push(std::thread::spawn(move || cmd.output().unwrap()));
    }
    let mut lines = Vec::new();
    for c in children {
        let out = c.join().unwrap();
        assert!(out.status.success(), "{}", crate::common::stderr_of(&out));
        lines.extend(stdout_of(&out).lines().map(str::to_string));
    }
    assert_eq!(lines.len(), 1000);
    let mut ids: Vec<String> = lines
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["reminderId"].as_str().unwrap().to_string()
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 1000, "each reminder delivered once");
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 1000);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Reminder" WHERE "nextFireAt" = '2026-03-21 07:00:00'"#),
        1000
    );
    assert!(dispatch_at(&db, now).is_empty());
}

fn idle_dispatchers(db: &TestDb) -> i64 {
    db.int(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
         AND application_name = 'workout' AND state = 'idle in transaction'",
    )
}

#[test]
fn a_dispatcher_killed_between_claim_and_delivery_leaves_the_occurrence() {
    let db = user("UTC");
    seed_due(&db, A, 3, "2026-03-20 07:00:00");
    let now = "2026-03-20T07:01:00Z";
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", A)
        .env("WORKOUT_NOW", now)
        .env("WORKOUT_DISPATCH_PAUSE_MS", "60000")
        .args(["reminder", "dispatch"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = cmd.spawn().unwrap();
    // Wait until it holds its claim (its transaction open, paused).
    let t0 = Instant::now();
    while idle_dispatchers(&db) == 0 {
        assert!(t0.elapsed() < Duration::from_secs(30), "never claimed");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Another dispatcher meanwhile skips the claimed rows, without waiting.
    let t1 = Instant::now();
    assert!(dispatch_at(&db, now).is_empty());
    assert!(t1.elapsed() < Duration::from_secs(20));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let mut printed = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut printed)
        .unwrap();
    assert_eq!(printed, "", "nothing was delivered before the kill");
    while idle_dispatchers(&db) > 0 {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "the claim was never released"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    // The next run delivers them, once.
    assert_eq!(dispatch_at(&db, now).len(), 3);
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 3);
}

#[test]
fn exec_delivery_gets_the_reminder_and_a_failure_is_not_recorded() {
    let db = user("Europe/Berlin");
    let id = add_daily(
        &db,
        "2026-03-20T09:00:00Z",
        "07:00",
        &["--title", "Lift", "--message", "Heavy, today"],
    );
    let now = "2026-03-21T06:00:00Z";
    // A failing command: reported, exit 1, not recorded, still due.
    let out = db
        .workout()
        .args(["reminder", "dispatch", "--exec", "exit 3"])
        .env("WORKOUT_NOW", now)
        .output()
        .unwrap();
    assert_error(&out, 1, "could not be delivered");
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    assert_eq!(next_of(&db, &id), "2026-03-21T06:00:00Z");
    // A working one sees the reminder in its environment.
    let file = db.home_path().join("got");
    let cmd = format!(
        "printf '%s|%s|%s|%s|%s\\n' \"$WORKOUT_REMINDER_ID\" \"$WORKOUT_REMINDER_TITLE\" \
         \"$WORKOUT_REMINDER_MESSAGE\" \"$WORKOUT_REMINDER_OCCURRENCE\" \"$WORKOUT_REMINDER_SESSION_ID\" >> '{}'",
        file.display()
    );
    let out = db
        .workout()
        .args(["reminder", "dispatch", "--exec", &cmd])
        .env("WORKOUT_NOW", now)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", crate::common::stderr_of(&out));
    assert_eq!(stdout_of(&out), "");
    let got = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        got,
        format!("{id}|Lift|Heavy, today|2026-03-21T06:00:00.000Z|\n")
    );
    assert_eq!(
        db.strings(r#"SELECT "channel" FROM "ReminderDelivery""#),
        ["exec"]
    );
}

#[test]
fn session_and_plan_reminders_follow_their_sessions() {
    let db = user("Europe/Berlin");
    let now = "2026-03-20T09:00:00Z";
    db.workout()
        .args(["plan", "create", "Strength"])
        .env("WORKOUT_NOW", now)
        .assert()
        .success();
    let s1 = db.json_at(
        now,
        &[
            "session",
            "schedule",
            "Push",
            "--at",
            "2026-03-23 18:00",
            "--plan",
            "Strength",
        ],
    );
    let s1 = s1["id"].as_str().unwrap().to_string();
    let plan = db.json_at(
        now,
        &["reminder", "add", "--plan", "Strength", "--before", "30m"],
    );
    assert_eq!(plan["kind"], "PLAN");
    assert_eq!(plan["title"], "Strength session in 30m");
    assert_eq!(plan["nextFireAt"], "2026-03-23T16:30:00.000Z");
    let plan_id = plan["id"].as_str().unwrap().to_string();
    let one = db.json_at(
        now,
        &["reminder", "add", "--session", &s1, "--before", "1h"],
    );
    assert_eq!(one["kind"], "SESSION");
    assert_eq!(one["nextFireAt"], "2026-03-23T16:00:00.000Z");
    let one_id = one["id"].as_str().unwrap().to_string();

    // A second session of the plan, earlier: the plan's reminder moves to it.
    let s2 = db.json_at(
        now,
        &[
            "session",
            "schedule",
            "Pull",
            "--at",
            "2026-03-22 10:00",
            "--plan",
            "Strength",
        ],
    );
    assert_eq!(next_of(&db, &plan_id), "2026-03-22T08:30:00Z");
    // Cancelled: it no longer counts.
    db.workout()
        .args(["session", "cancel", s2["id"].as_str().unwrap()])
        .env("WORKOUT_NOW", now)
        .assert()
        .success();
    assert_eq!(next_of(&db, &plan_id), "2026-03-23T16:30:00Z");

    // Both fire before Push.
    let lines = dispatch_at(&db, "2026-03-23T16:45:00Z");
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(next_of(&db, &plan_id), "NULL");
    assert_eq!(next_of(&db, &one_id), "NULL");

    // A session cancelled after its reminder came due: checked at dispatch
    // time too, so it does not fire even with a stale nextFireAt.
    let s3 = db.json_at(
        now,
        &["session", "schedule", "Legs", "--at", "2026-03-25 18:00"],
    );
    let s3 = s3["id"].as_str().unwrap().to_string();
    let r3 = db.json_at(
        now,
        &["reminder", "add", "--session", &s3, "--before", "1h"],
    );
    db.sql(&format!(
        r#"UPDATE "WorkoutSession" SET "status" = 'CANCELLED' WHERE "id" = '{s3}'"#
    ));
    assert!(dispatch_at(&db, "2026-03-25T17:30:00Z").is_empty());
    assert_eq!(next_of(&db, r3["id"].as_str().unwrap()), "NULL");

    // A completed session cannot get a reminder.
    let out = db
        .workout()
        .args(["reminder", "add", "--session", &s1, "--before", "1h"])
        .env("WORKOUT_NOW", "2026-03-23T16:45:00Z")
        .output()
        .unwrap();
    assert!(out.status.success(), "still scheduled");
    db.workout()
        .args(["session", "complete", &s1, "--duration", "50m"])
        .env("WORKOUT_NOW", "2026-03-23T19:00:00Z")
        .assert()
        .success();
    let out = db
        .workout()
        .args(["reminder", "add", "--session", &s1])
        .output()
        .unwrap();
    assert_error(&out, 2, "only a scheduled session");
}

#[test]
fn changing_the_time_zone_moves_the_reminders_that_follow_it() {
    let db = user("Europe/Berlin");
    let now = "2026-03-20T09:00:00Z";
    let follows = add_daily(&db, now, "07:00", &[]);
    let pinned = add_daily(&db, now, "07:00", &["--tz", "Asia/Tokyo"]);
    assert_eq!(next_of(&db, &follows), "2026-03-21T06:00:00Z");
    assert_eq!(next_of(&db, &pinned), "2026-03-20T22:00:00Z");
    db.workout()
        .args(["user", "set", "--timezone", "America/New_York"])
        .env("WORKOUT_NOW", now)
        .assert()
        .success();
    // 05:00 in New York now: 07:00 there today.
    assert_eq!(next_of(&db, &follows), "2026-03-20T11:00:00Z");
    assert_eq!(next_of(&db, &pinned), "2026-03-20T22:00:00Z");
    assert_eq!(
        db.strings(&format!(
            r#"SELECT "timezone" FROM "Reminder" WHERE "id" = '{follows}'"#
        )),
        ["America/New_York"]
    );
}

#[test]
fn users_never_see_or_fire_each_others_reminders() {
    let db = user("UTC");
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    seed_due(&db, "b@x.io", 2, "2026-03-20 07:00:00");
    let b_id = "seed1";
    assert_eq!(
        db.json_at("2026-03-20T08:00:00Z", &["reminder", "list"]),
        serde_json::json!([])
    );
    assert_eq!(
        db.json_at("2026-03-20T08:00:00Z", &["reminder", "due"]),
        serde_json::json!([])
    );
    let out = db
        .workout()
        .args(["reminder", "show", b_id])
        .output()
        .unwrap();
    assert_error(&out, 3, "no reminder");
    let out = db
        .workout()
        .args(["reminder", "remove", b_id, "--yes"])
        .output()
        .unwrap();
    assert_error(&out, 3, "no reminder");
    assert!(dispatch_at(&db, "2026-03-20T08:00:00Z").is_empty());
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    // B's own dispatcher fires them.
    let out = db
        .workout()
        .env("WORKOUT_USER", "b@x.io")
        .env("WORKOUT_NOW", "2026-03-20T08:00:00Z")
        .args(["reminder", "dispatch"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 2);
}

/// The instants the tool computes for `rec`: its chain of next firings.
fn tool_chain(rec: &Recurrence, from: DateTime<Utc>, n: usize) -> Vec<DateTime<Utc>> {
    let mut t = from;
    (0..n)
        .map(|_| {
            t = rec.next_after(t).unwrap();
            t
        })
        .collect()
}

#[test]
fn ics_parses_back_and_its_rrule_expands_to_the_tools_instants() {
    let db = user("Europe/Berlin");
    let now = "2026-03-02T09:00:00Z";
    let berlin = add_daily(
        &db,
        now,
        "07:00",
        &[
            "--title",
            "Morning; lift, then stretch",
            "--message",
            "Line one\nline two, with \\ and ; too",
        ],
    );
    let ny = db.json_at(
        now,
        &[
            "reminder",
            "add",
            "--days",
            "sat,sun",
            "--at",
            "01:30",
            "--tz",
            "America/New_York",
        ],
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    db.workout()
        .args(["plan", "create", "Strength"])
        .env("WORKOUT_NOW", now)
        .assert()
        .success();
    let s = db.json_at(
        now,
        &[
            "session",
            "schedule",
            "Push",
            "--at",
            "2026-03-23 18:00",
            "--plan",
            "Strength",
        ],
    );
    db.json_at(
        now,
        &["reminder", "add", "--plan", "Strength", "--before", "30m"],
    );
    let out = db
        .workout()
        .args(["reminder", "ics"])
        .env("WORKOUT_NOW", now)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    // RFC 5545 content lines: CRLF, at most 75 octets.
    assert!(text.contains("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "unfolded line: {line}");
    }
    let cal: icalendar::Calendar = text.parse().expect("a real parser reads it back");
    let events: Vec<&icalendar::Event> = cal.events().collect();
    assert_eq!(events.len(), 3);

    let by_uid = |uid: &str| {
        *events
            .iter()
            .find(|e| e.get_uid() == Some(&format!("{uid}@workout")))
            .unwrap()
    };
    let e = by_uid(&berlin);
    assert_eq!(e.get_summary(), Some("Morning; lift, then stretch"));
    assert_eq!(
        e.get_description(),
        Some("Line one\nline two, with \\ and ; too")
    );
    assert_eq!(
        by_uid(s["id"].as_str().unwrap()).components()[0].property_value("TRIGGER"),
        Some("-PT1800S")
    );

    for (id, zone, hm, days) in [
        (
            &berlin,
            chrono_tz::Europe::Berlin,
            "07:00",
            (1..=7).collect::<Vec<_>>(),
        ),
        (&ny, chrono_tz::America::New_York, "01:30", vec![6, 7]),
    ] {
        let e = by_uid(id);
        let Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::WithTimezone {
            date_time,
            tzid,
        })) = e.get_start()
        else {
            panic!("DTSTART with a TZID: {:?}", e.get_start())
        };
        assert_eq!(tzid, zone.name());
        let rule = e.property_value("RRULE").unwrap();
        let set: rrule::RRuleSet = format!(
            "DTSTART;TZID={tzid}:{}\nRRULE:{rule}",
            date_time.format("%Y%m%dT%H%M%S")
        )
        .parse()
        .unwrap();
        // Past both DST changes of 2026.
        let expanded: Vec<DateTime<Utc>> = set
            .all(300)
            .dates
            .iter()
            .map(|d| d.with_timezone(&Utc))
            .collect();
        let rec = Recurrence {
            weekdays: days,
            time: NaiveTime::parse_from_str(hm, "%H:%M").unwrap(),
            tz: zone,
        };
        let first = expanded[0];
        let ours = tool_chain(&rec, first - chrono::Duration::seconds(1), expanded.len());
        assert_eq!(expanded, ours, "{zone}");
        assert!(expanded.last().unwrap().to_rfc3339().as_str() > "2026-11-02");
        // And the first one after now is the stored nextFireAt.
        let now_t: DateTime<Utc> = now.parse().unwrap();
        // The series starts at the first occurrence after it was made.
        assert!(expanded[0] > now_t);
        let next = &expanded[0];
        assert_eq!(
            next.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            next_of(&db, id)
        );
    }
}

#[test]
fn watch_dispatches_until_sigterm() {
    let db = user("UTC");
    seed_due(&db, A, 2, "2026-03-20 07:00:00");
    let child = bare_std(db.home_path())
        .env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", A)
        .env("WORKOUT_NOW", "2026-03-20T07:00:30Z")
        .args(["reminder", "dispatch", "--watch"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while db.int(r#"SELECT count(*) FROM "ReminderDelivery""#) < 2 {
        assert!(t0.elapsed() < Duration::from_secs(30), "nothing dispatched");
        std::thread::sleep(Duration::from_millis(50));
    }
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(stdout_of(&out).lines().count(), 2);
}

/// `--format json` is one document (docs/output.md): the deliveries of a
/// run are one array, and a run with nothing due prints `[]`.
#[test]
fn dispatch_json_is_one_array() {
    let db = user("UTC");
    seed_due(&db, A, 3, "2026-03-20 07:00:00");
    let run = || {
        let out = db
            .workout()
            .env("WORKOUT_NOW", "2026-03-20T07:00:30Z")
            .args(["reminder", "dispatch", "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", crate::common::stderr_of(&out));
        serde_json::from_str::<serde_json::Value>(&stdout_of(&out)).unwrap()
    };
    let first = run();
    let ids: Vec<&str> = first
        .as_array()
        .expect("one JSON array")
        .iter()
        .map(|v| v["reminderId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(run(), serde_json::json!([]));
}
