//! `workout reminder dispatch --all-users` (issue 16 item 5): one
//! operator's dispatcher for every user's reminders. Exactly once with
//! several dispatchers at once (all-users ones, and per-user ones beside
//! them), each delivery naming its user and in its user's time zone, a
//! failing `--exec`, the flags it refuses, and the claim query's plan.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Output, Stdio};

use sqlx::{Connection, Executor, PgConnection, Row};

use crate::common::{TestDb, assert_error, bare_std, rt, stderr_of, stdout_of};

/// The users, each with a zone, and a password hash that must never show.
const USERS: [(&str, &str); 5] = [
    ("a@x.io", "UTC"),
    ("b@x.io", "Europe/Berlin"),
    ("c@x.io", "America/New_York"),
    ("d@x.io", "Asia/Tokyo"),
    ("e@x.io", "Australia/Sydney"),
];
const HASH: &str = "$2b$12$secrethashsecrethashsecrethashsecrethashsecrethashse";

/// A database with the users of [`USERS`] (made through the binary) and
/// `per_user` daily reminders each, due at `due` (UTC, SQL timestamp);
/// and a sixth user whose reminders are not due.
fn users_with_due(per_user: i64, due: &str) -> TestDb {
    let db = TestDb::new().with_user(USERS[0].0);
    for (email, tz) in USERS {
        if email != USERS[0].0 {
            db.workout().args(["user", "add", email]).assert().success();
        }
        db.workout()
            .args(["user", "set", "--timezone", tz])
            .env("WORKOUT_USER", email)
            .assert()
            .success();
    }
    db.workout()
        .args(["user", "add", "later@x.io"])
        .assert()
        .success();
    db.sql(&format!(
        r#"UPDATE "User" SET "password" = '{HASH}';
           INSERT INTO "Reminder" ("id", "userId", "kind", "title", "weekdays", "timeOfDay", "timezone",
                  "active", "nextFireAt", "createdAt", "updatedAt")
           SELECT u."id" || '-r' || g, u."id", 'RECURRING', 'Reminder ' || g,
                  ARRAY[1,2,3,4,5,6,7], to_char(timestamp '{due}', 'HH24:MI'), 'UTC', true,
                  CASE WHEN u."email" = 'later@x.io' THEN timestamp '{due}' + interval '1 year'
                       ELSE timestamp '{due}' END,
                  '{due}', '{due}'
           FROM generate_series(1, {per_user}) g, "User" u"#
    ));
    db
}

/// A dispatcher process against `db`: `--all-users` with no acting user,
/// or one user's (`Some(email)`), at `now`, in NDJSON.
fn dispatcher(db: &TestDb, user: Option<&str>, now: &str, extra: &[&str]) -> std::process::Command {
    let mut cmd = bare_std(db.home_path());
    cmd.env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_NOW", now)
        .args(["reminder", "dispatch", "--format", "ndjson"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match user {
        Some(u) => {
            cmd.env("WORKOUT_USER", u);
        }
        None => {
            cmd.arg("--all-users");
        }
    }
    cmd
}

/// Runs the commands at the same time; their outputs.
fn all_at_once(cmds: Vec<std::process::Command>) -> Vec<Output> {
    let threads: Vec<_> = cmds
        .into_iter()
        .map(|mut c| std::thread::spawn(move || c.output().unwrap()))
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

/// A delivered line: ((reminderId, occurrence), (userId, userEmail)).
type Delivery = ((String, String), (String, String));

/// The delivered lines of finished dispatchers (each must have succeeded).
fn deliveries(outs: &[Output]) -> Vec<Delivery> {
    let mut got = Vec::new();
    for out in outs {
        assert!(out.status.success(), "{}", stderr_of(out));
        let text = stdout_of(out);
        assert!(!text.contains(HASH), "a password hash was printed");
        for l in text.lines() {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            got.push((
                (s("reminderId"), s("occurrence")),
                (s("userId"), s("userEmail")),
            ));
        }
    }
    got
}

/// Each reminder's owner, from the database: id -> (userId, email).
fn owners(db: &TestDb) -> BTreeMap<String, (String, String)> {
    db.strings(
        r#"SELECT r."id" || '|' || u."id" || '|' || u."email" FROM "Reminder" r
           JOIN "User" u ON u."id" = r."userId""#,
    )
    .into_iter()
    .map(|l| {
        let p: Vec<&str> = l.split('|').collect();
        (p[0].to_string(), (p[1].to_string(), p[2].to_string()))
    })
    .collect()
}

/// Checks one round: every due reminder of the five users delivered once
/// for `occurrence`, named by its own user, none of `later@x.io`, and each
/// recorded once.
fn check_round(db: &TestDb, got: &[Delivery], occurrence: &str, per_user: usize) {
    let owners = owners(db);
    let due = USERS.len() * per_user;
    assert_eq!(got.len(), due, "each due reminder delivered once");
    let keys: BTreeSet<_> = got.iter().map(|(k, _)| k.clone()).collect();
    assert_eq!(keys.len(), due, "no reminder delivered twice");
    for ((id, occ), who) in got {
        assert_eq!(occ, occurrence);
        assert_eq!(&owners[id], who, "{id} names its own user");
        assert_ne!(who.1, "later@x.io");
    }
    let users: BTreeSet<_> = got.iter().map(|(_, (_, e))| e.as_str()).collect();
    assert_eq!(users.len(), USERS.len());
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "ReminderDelivery" WHERE "occurrence" = '{occurrence}'"#
        )),
        due as i64
    );
}

#[test]
fn four_all_users_dispatchers_deliver_every_users_reminders_once_round_after_round() {
    let per_user = 60;
    let db = users_with_due(per_user, "2026-03-20 07:00:00");
    for day in 20..26 {
        let now = format!("2026-03-{day}T07:00:30Z");
        let outs = all_at_once((0..4).map(|_| dispatcher(&db, None, &now, &[])).collect());
        let got = deliveries(&outs);
        check_round(
            &db,
            &got,
            &format!("2026-03-{day}T07:00:00.000Z"),
            per_user as usize,
        );
        // Advanced to the next day; a second run finds nothing.
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "Reminder" WHERE "nextFireAt" = '2026-03-{} 07:00:00'"#,
                day + 1
            )),
            USERS.len() as i64 * per_user
        );
        assert!(deliveries(&[dispatcher(&db, None, &now, &[]).output().unwrap()]).is_empty());
    }
    // later@x.io's were never due at those times.
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "ReminderDelivery" d JOIN "Reminder" r ON r."id" = d."reminderId"
               JOIN "User" u ON u."id" = r."userId" WHERE u."email" = 'later@x.io'"#
        ),
        0
    );
}

#[test]
fn per_user_and_all_users_dispatchers_at_once_deliver_each_once() {
    let per_user = 40;
    let db = users_with_due(per_user, "2026-03-20 07:00:00");
    for day in 20..26 {
        let now = format!("2026-03-{day}T07:00:30Z");
        // Two all-users dispatchers, and one per user for a and b, together.
        let cmds = vec![
            dispatcher(&db, Some("a@x.io"), &now, &[]),
            dispatcher(&db, None, &now, &[]),
            dispatcher(&db, Some("b@x.io"), &now, &[]),
            dispatcher(&db, None, &now, &[]),
        ];
        let outs = all_at_once(cmds);
        // A user's own dispatcher delivers only that user's.
        for (i, email) in [(0, "a@x.io"), (2, "b@x.io")] {
            for (_, (_, e)) in deliveries(&outs[i..=i]) {
                assert_eq!(e, email);
            }
        }
        let got = deliveries(&outs);
        check_round(
            &db,
            &got,
            &format!("2026-03-{day}T07:00:00.000Z"),
            per_user as usize,
        );
    }
}

#[test]
fn each_user_fires_at_their_own_local_time() {
    let db = users_with_due(0, "2026-01-01 00:00:00");
    // A 07:00 reminder for b (Berlin) and c (New York), made through the binary.
    for email in ["b@x.io", "c@x.io"] {
        db.workout()
            .args([
                "reminder",
                "add",
                "--days",
                "mon,tue,wed,thu,fri,sat,sun",
                "--at",
                "07:00",
            ])
            .args(["--title", &format!("Lift, {email}")])
            .env("WORKOUT_USER", email)
            .env("WORKOUT_NOW", "2026-01-12T00:00:00Z")
            .assert()
            .success();
    }
    let run = |now: &str| {
        let out = db
            .workout()
            .env_remove("WORKOUT_USER")
            .env("WORKOUT_NOW", now)
            .args(["reminder", "dispatch", "--all-users"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        stdout_of(&out)
    };
    // 06:00 UTC is 07:00 in Berlin (CET) and 01:00 in New York: Berlin's only,
    // shown in Berlin's time.
    assert_eq!(
        run("2026-01-12T06:00:10Z"),
        "2026-01-12 07:00 CET  Lift, b@x.io\n"
    );
    // 12:00 UTC is 07:00 in New York (EST).
    assert_eq!(
        run("2026-01-12T12:00:10Z"),
        "2026-01-12 07:00 EST  Lift, c@x.io\n"
    );
    assert_eq!(run("2026-01-12T12:30:00Z"), "");
}

#[test]
fn a_failing_exec_leaves_that_users_reminder_due_and_delivers_the_others() {
    let db = users_with_due(2, "2026-03-20 07:00:00");
    let now = "2026-03-20T07:00:30Z";
    // Fails for everyone: exit 1, nothing recorded, everything still due.
    let out = dispatcher(&db, None, now, &["--exec", "exit 3"])
        .output()
        .unwrap();
    assert_error(&out, 1, "could not be delivered");
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    // Fails for c's only: the others are delivered, with their user in the
    // environment; c's stay due and are named.
    let file = db.home_path().join("got");
    let cmd = format!(
        "[ \"$WORKOUT_REMINDER_USER_EMAIL\" != c@x.io ] && \
         printf '%s|%s|%s|%s\\n' \"$WORKOUT_REMINDER_ID\" \"$WORKOUT_REMINDER_USER_ID\" \
         \"$WORKOUT_REMINDER_USER_EMAIL\" \"$WORKOUT_REMINDER_LOCAL_TIME\" >> '{}'",
        file.display()
    );
    let out = dispatcher(&db, None, now, &["-q", "--exec", &cmd])
        .output()
        .unwrap();
    assert_error(&out, 1, "2 reminder(s) could not be delivered");
    let err = stderr_of(&out);
    assert!(
        err.contains("`Reminder 1` of c@x.io") && err.contains("`Reminder 2` of c@x.io"),
        "{err}"
    );
    let owners = owners(&db);
    let got = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 8);
    for l in &lines {
        let p: Vec<&str> = l.split('|').collect();
        assert_eq!(owners[p[0]], (p[1].to_string(), p[2].to_string()));
        let want = match p[2] {
            "a@x.io" => "2026-03-20 07:00 UTC",
            "b@x.io" => "2026-03-20 08:00 CET",
            "d@x.io" => "2026-03-20 16:00 JST",
            "e@x.io" => "2026-03-20 18:00 AEDT",
            other => panic!("{other} got one"),
        };
        assert_eq!(p[3], want, "{l}: in its user's zone");
    }
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM "Reminder" r JOIN "User" u ON u."id" = r."userId"
               WHERE u."email" = 'c@x.io' AND r."nextFireAt" = '2026-03-20 07:00:00'"#
        ),
        2
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 8);
    // The next run delivers c's, once.
    let out = dispatcher(&db, None, now, &[]).output().unwrap();
    let got = deliveries(&[out]);
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|(_, (_, e))| e == "c@x.io"));
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 10);
}

#[test]
fn all_users_needs_no_user_and_refuses_flags_that_make_no_sense() {
    let db = users_with_due(1, "2026-03-20 07:00:00");
    let now = "2026-03-20T07:00:30Z";
    // --user: it acts as no user.
    let out = db
        .workout()
        .env("WORKOUT_NOW", now)
        .args(["--user", "a@x.io", "reminder", "dispatch", "--all-users"])
        .output()
        .unwrap();
    assert_error(&out, 2, "acts as no user");
    // --notify: other people's reminders on this desktop.
    let out = db
        .workout()
        .env("WORKOUT_NOW", now)
        .args(["reminder", "dispatch", "--all-users", "--notify"])
        .output()
        .unwrap();
    assert_error(&out, 2, "--exec");
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    // No acting user at all: a per-user dispatch cannot run, --all-users can.
    let out = db
        .workout()
        .env_remove("WORKOUT_USER")
        .env("WORKOUT_NOW", now)
        .args(["reminder", "dispatch"])
        .output()
        .unwrap();
    assert_error(&out, 2, "no user is selected");
    let out = db
        .workout()
        .env_remove("WORKOUT_USER")
        .env("WORKOUT_NOW", now)
        .args(["reminder", "dispatch", "--all-users", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "reminderId,title,message,occurrence,missed,sessionId,planId,channel,userId,userEmail"
    );
    assert_eq!(lines.count(), USERS.len());
    assert!(!text.contains(HASH));
}

/// The plans of the claims over 20,000 reminders of 2,000 users (a tenth
/// inactive), 90 due, whether the server plans them for the values
/// (custom) or once for any (generic, as a prepared statement may be after
/// five runs): the all-users one (`db::reminders::CLAIM_ALL`) is an index
/// scan of `("active", "nextFireAt")` that reads the due rows only; a
/// user's (`CLAIM_USER`) reads through an index on the user.
#[test]
fn the_claims_read_only_their_rows_through_an_index() {
    let db = TestDb::new();
    db.sql(
        r#"INSERT INTO "User" ("id", "email", "updatedAt")
           SELECT 'pu' || u, 'p' || u || '@x.io', now() FROM generate_series(1, 2000) u;
           INSERT INTO "Reminder" ("id", "userId", "kind", "title", "weekdays", "timeOfDay", "timezone",
                  "active", "nextFireAt", "createdAt", "updatedAt")
           SELECT 'pr' || g, 'pu' || (1 + g % 2000), 'RECURRING', 'R', ARRAY[1], '07:00', 'UTC', g % 10 <> 0,
                  CASE WHEN g <= 100 THEN timestamp '2026-03-20 06:59' ELSE timestamp '2026-03-20 08:00' + g * interval '1 second' END,
                  now(), now()
           FROM generate_series(1, 20000) g;
           ANALYZE "Reminder"; ANALYZE "User";"#,
    );
    let query = format!(
        r#"SELECT r."id" FROM "Reminder" r {}"#,
        workout_tracker::db::reminders::CLAIM_ALL
    );
    for mode in ["force_custom_plan", "force_generic_plan"] {
        let text = plan_of(
            &db,
            mode,
            &format!("PREPARE claim(timestamp, bigint, text[]) AS {query}"),
            "EXECUTE claim('2026-03-20 07:00', 100, '{}')",
        );
        assert!(
            text.contains(r#"Index Scan using "Reminder_active_nextFireAt_idx" on "Reminder" r"#),
            "{mode}:\n{text}"
        );
        assert!(!text.contains("Seq Scan"), "{mode}:\n{text}");
        assert!(!text.contains("Rows Removed by Filter"), "{mode}:\n{text}");
        assert!(
            text.contains("Index Cond: ((active = true) AND (\"nextFireAt\" <= $1))")
                || text.contains(
                    "Index Cond: ((active = true) AND (\"nextFireAt\" <= '2026-03-20 07:00:00'"
                ),
            "{mode}:\n{text}"
        );
        assert!(text.contains("(actual rows=90 loops=1)"), "{mode}:\n{text}");
    }
    // A user's own claim, beside the other users' due reminders, reads
    // that user's rows only: its index condition is on the user.
    let query = format!(
        r#"SELECT r."id" FROM "Reminder" r {}"#,
        workout_tracker::db::reminders::CLAIM_USER
    );
    for mode in ["force_custom_plan", "force_generic_plan"] {
        let text = plan_of(
            &db,
            mode,
            &format!("PREPARE claim(text, timestamp, bigint, text[]) AS {query}"),
            "EXECUTE claim('pu2', '2026-03-20 07:00', 100, '{}')",
        );
        assert!(!text.contains("Seq Scan"), "{mode}:\n{text}");
        assert!(
            text.lines()
                .any(|l| l.contains("Index Cond: ") && l.contains("\"userId\" = ")),
            "{mode}:\n{text}"
        );
        assert!(text.contains("(actual rows=1 loops=1)"), "{mode}:\n{text}");
    }
}

/// `EXPLAIN (ANALYZE)` of `execute` after `prepare`, with the server's
/// plan cache mode set to `mode`.
fn plan_of(db: &TestDb, mode: &str, prepare: &str, execute: &str) -> String {
    let rows: Vec<String> = rt().block_on(async {
        let mut c = PgConnection::connect(&db.url).await.unwrap();
        c.execute(format!("SET plan_cache_mode = {mode}").as_str())
            .await
            .unwrap();
        c.execute(prepare).await.unwrap();
        let rows = c
            .fetch_all(
                format!("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) {execute}").as_str(),
            )
            .await
            .unwrap();
        rows.iter().map(|r| r.get::<String, _>(0)).collect()
    });
    rows.join("\n")
}

#[test]
fn all_users_watch_delivers_every_users_reminders_until_sigterm() {
    let db = users_with_due(2, "2026-03-20 07:00:00");
    let child = dispatcher(&db, None, "2026-03-20T07:00:30Z", &["--watch"])
        .spawn()
        .unwrap();
    let t0 = std::time::Instant::now();
    while db.int(r#"SELECT count(*) FROM "ReminderDelivery""#) < 10 {
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(30),
            "nothing dispatched"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    check_round(&db, &deliveries(&[out]), "2026-03-20T07:00:00.000Z", 2);
}

#[test]
fn an_all_users_dispatcher_killed_after_claiming_leaves_its_batch_to_the_next() {
    let db = users_with_due(2, "2026-03-20 07:00:00");
    let now = "2026-03-20T07:00:30Z";
    let idle = || {
        db.int(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
             AND application_name = 'workout' AND state = 'idle in transaction'",
        )
    };
    let mut child = dispatcher(&db, None, now, &[])
        .env("WORKOUT_DISPATCH_PAUSE_MS", "60000")
        .spawn()
        .unwrap();
    let t0 = std::time::Instant::now();
    while idle() == 0 {
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(30),
            "never claimed"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // Another all-users dispatcher and a user's own skip the claimed rows
    // (all ten are in the one batch) without waiting.
    let t1 = std::time::Instant::now();
    let outs = all_at_once(vec![
        dispatcher(&db, None, now, &[]),
        dispatcher(&db, Some("b@x.io"), now, &[]),
    ]);
    assert!(deliveries(&outs).is_empty());
    assert!(t1.elapsed() < std::time::Duration::from_secs(20));
    child.kill().unwrap(); // SIGKILL
    let out = child.wait_with_output().unwrap();
    assert_eq!(stdout_of(&out), "", "nothing was delivered before the kill");
    while idle() > 0 {
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(60),
            "the claim was never released"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(db.int(r#"SELECT count(*) FROM "ReminderDelivery""#), 0);
    // The next run delivers them, once.
    let got = deliveries(&[dispatcher(&db, None, now, &[]).output().unwrap()]);
    check_round(&db, &got, "2026-03-20T07:00:00.000Z", 2);
}
