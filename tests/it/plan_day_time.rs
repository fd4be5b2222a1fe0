//! Issue 13: a plan day's own time of day (`plan add-day|edit-day --at`),
//! which `plan schedule` uses over its plan-wide `--at`, local to the
//! user's time zone, with the existing rules (never in the past, a new
//! time moves instead of duplicating).

use std::process::Command as StdCommand;

use crate::common::*;

fn at(db: &TestDb, now: &str, args: &[&str]) -> std::process::Output {
    db.workout()
        .env("WORKOUT_NOW", now)
        .args(args)
        .output()
        .unwrap()
}

fn ok(db: &TestDb, now: &str, args: &[&str]) -> String {
    let out = at(db, now, args);
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    stderr_of(&out)
}

/// The scheduled sessions as day name and UTC time, in time order.
fn scheduled(db: &TestDb) -> Vec<String> {
    db.strings(
        r#"SELECT concat_ws('|', d.name, s."scheduledAt"::text) FROM "WorkoutSession" s
           JOIN "PlanDay" d ON d.id = s."planDayId" WHERE s.status = 'SCHEDULED' ORDER BY s."scheduledAt""#,
    )
}

fn day_times(db: &TestDb) -> Vec<String> {
    db.strings(
        r#"SELECT concat_ws('|', name, coalesce("time", '-')) FROM "PlanDay" ORDER BY position"#,
    )
}

#[test]
fn a_day_time_is_used_over_the_plan_wide_at_and_moves_on_change() {
    let db = TestDb::new().with_user("a@x.io");
    // Monday 2026-03-02, 07:00 in New York (EST, UTC-5).
    let now = "2026-03-02T12:00:00Z";
    ok(&db, now, &["user", "set", "--timezone", "America/New_York"]);
    ok(&db, now, &["plan", "create", "Split"]);
    ok(
        &db,
        now,
        &[
            "plan",
            "add-day",
            "Split",
            "A",
            "--weekdays",
            "mon,thu",
            "--at",
            "18:30",
        ],
    );
    ok(
        &db,
        now,
        &["plan", "add-day", "Split", "B", "--weekdays", "tue"],
    );
    ok(&db, now, &["plan", "activate", "Split"]);
    assert_eq!(day_times(&db), ["A|18:30", "B|-"]);

    // B has no time of its own: --at is needed, and the error says so.
    let out = at(&db, now, &["plan", "schedule", "Split", "--weeks", "1"]);
    assert_error(&out, 2, "the day `B` has no time of its own");
    assert_eq!(scheduled(&db).len(), 0);

    ok(
        &db,
        now,
        &["plan", "schedule", "Split", "--weeks", "1", "--at", "07:30"],
    );
    assert_eq!(
        scheduled(&db),
        [
            "A|2026-03-02 23:30:00", // Mon 18:30 EST, the day's own
            "B|2026-03-03 12:30:00", // Tue 07:30 EST, the plan-wide --at
            "A|2026-03-05 23:30:00",
        ]
    );

    // `plan show` shows it, in the table and as dayTime.
    let shown = db.json_at(now, &["plan", "show", "Split"]);
    let rows = shown.as_array().unwrap();
    assert_eq!(rows[0]["dayTime"], "18:30");
    assert_eq!(rows[1]["dayTime"], serde_json::Value::Null);
    let table = at(&db, now, &["plan", "show", "Split"]);
    assert!(
        stdout_of(&table).contains("1. A (18:30)"),
        "{}",
        stdout_of(&table)
    );

    // A new time for A (7:05 is stored as 07:05): its two sessions move,
    // nothing doubles, B stays.
    ok(
        &db,
        now,
        &["plan", "edit-day", "Split", "A", "--at", "7:05"],
    );
    assert_eq!(day_times(&db), ["A|07:05", "B|-"]);
    let said = ok(
        &db,
        now,
        &["plan", "schedule", "Split", "--weeks", "1", "--at", "07:30"],
    );
    // Monday 07:05 EST (12:05 UTC) is still ahead: Monday's moves too.
    assert!(said.contains("Moved 2"), "{said}");
    assert_eq!(
        scheduled(&db),
        [
            "A|2026-03-02 12:05:00",
            "B|2026-03-03 12:30:00",
            "A|2026-03-05 12:05:00"
        ]
    );

    // `--at none` clears it: A follows the plan-wide --at again.
    ok(
        &db,
        now,
        &["plan", "edit-day", "Split", "A", "--at", "none"],
    );
    assert_eq!(day_times(&db), ["A|-", "B|-"]);
    ok(
        &db,
        now,
        &["plan", "schedule", "Split", "--weeks", "1", "--at", "20:00"],
    );
    assert_eq!(
        scheduled(&db),
        [
            "A|2026-03-03 01:00:00",
            "B|2026-03-04 01:00:00",
            "A|2026-03-06 01:00:00"
        ]
    );

    // A bad time is refused with one sentence, and nothing changes.
    let out = at(
        &db,
        now,
        &["plan", "edit-day", "Split", "A", "--at", "25:00"],
    );
    assert_error(&out, 2, "`25:00` is not a time of day");
    let out = at(&db, now, &["plan", "add-day", "Split", "C", "--at", "6pm"]);
    assert_error(&out, 2, "`6pm` is not a time of day");
    assert_eq!(day_times(&db), ["A|-", "B|-"]);
}

/// The day's time is local: across the spring-forward night in New York
/// the same 18:30 is 23:30 UTC on Saturday and 22:30 UTC on Sunday, and a
/// 02:30 that does not exist that night is the first moment after it.
#[test]
fn a_day_time_is_local_across_the_dst_change() {
    let db = TestDb::new().with_user("a@x.io");
    // Friday 2026-03-06; clocks go forward on Sunday 2026-03-08 at 02:00.
    let now = "2026-03-06T12:00:00Z";
    ok(&db, now, &["user", "set", "--timezone", "America/New_York"]);
    ok(&db, now, &["plan", "create", "Weekend"]);
    ok(
        &db,
        now,
        &[
            "plan",
            "add-day",
            "Weekend",
            "Evening",
            "--weekdays",
            "sat,sun",
            "--at",
            "18:30",
        ],
    );
    ok(
        &db,
        now,
        &[
            "plan",
            "add-day",
            "Weekend",
            "Night",
            "--weekdays",
            "sun",
            "--at",
            "02:30",
        ],
    );
    ok(&db, now, &["plan", "activate", "Weekend"]);
    // Every day has its own time: no --at needed.
    ok(&db, now, &["plan", "schedule", "Weekend", "--weeks", "1"]);
    assert_eq!(
        scheduled(&db),
        [
            "Evening|2026-03-07 23:30:00", // Sat 18:30 EST (UTC-5)
            "Night|2026-03-08 07:00:00",   // Sun 02:30 does not exist: 03:00 EDT
            "Evening|2026-03-08 22:30:00", // Sun 18:30 EDT (UTC-4)
        ]
    );
}

/// Another client (psql) cannot store a time in another form: the CHECK
/// refuses it, and `workout` keeps reading the day.
#[test]
fn the_check_refuses_a_bad_time_written_by_psql() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-02T12:00:00Z";
    ok(&db, now, &["plan", "create", "P"]);
    ok(
        &db,
        now,
        &[
            "plan",
            "add-day",
            "P",
            "A",
            "--weekdays",
            "mon",
            "--at",
            "18:30",
        ],
    );
    let psql = ["/usr/lib/postgresql/15/bin/psql", "psql"]
        .into_iter()
        .find(|p| StdCommand::new(p).arg("--version").output().is_ok())
        .expect("psql");
    for bad in ["25:00", "7:00", "18:30:00", "18h30", ""] {
        let out = StdCommand::new(psql)
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &db.url, "-c"])
            .arg(format!(
                r#"UPDATE "PlanDay" SET "time" = '{bad}' WHERE name = 'A'"#
            ))
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad:?} was stored");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("PlanDay_time_check"),
            "{bad:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A good one from psql is read and used.
    let out = StdCommand::new(psql)
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &db.url, "-c"])
        .arg(r#"UPDATE "PlanDay" SET "time" = '06:45' WHERE name = 'A'"#)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(day_times(&db), ["A|06:45"]);
    ok(&db, now, &["plan", "activate", "P"]);
    // Today's 06:45 (UTC, the user's zone) has passed: next Monday's.
    ok(&db, now, &["plan", "schedule", "P", "--weeks", "2"]);
    assert_eq!(scheduled(&db), ["A|2026-03-09 06:45:00"]);
}

/// Two `plan schedule` runs at once give one right answer: one session
/// per day and date, at the day's time, never two.
#[test]
fn parallel_schedule_runs_never_duplicate_sessions() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-02T06:00:00Z";
    for round in 0..8 {
        let plan = format!("P{round}");
        ok(&db, now, &["plan", "create", &plan]);
        ok(
            &db,
            now,
            &[
                "plan",
                "add-day",
                &plan,
                "A",
                "--weekdays",
                "mon,wed,fri",
                "--at",
                "18:30",
            ],
        );
        ok(
            &db,
            now,
            &["plan", "add-day", &plan, "B", "--weekdays", "tue,thu"],
        );
        ok(&db, now, &["plan", "activate", &plan]);
        // Round by round: two first runs at once, or a first run beside a
        // run with another --at (B moves; A keeps its own time).
        let second = if round % 2 == 0 { "07:00" } else { "08:00" };
        let handles: Vec<_> = ["07:00", second]
            .into_iter()
            .map(|t| {
                let mut cmd = db.workout();
                cmd.env("WORKOUT_NOW", now)
                    .args(["plan", "schedule", &plan, "--weeks", "2", "--at", t]);
                std::thread::spawn(move || cmd.output().unwrap())
            })
            .collect();
        for h in handles {
            let out = h.join().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        }
        let rows = db.strings(&format!(
            r#"SELECT concat_ws('|', d.name, count(*), count(DISTINCT (s."scheduledAt"::date)),
                      string_agg(DISTINCT to_char(s."scheduledAt", 'HH24:MI'), ','))
               FROM "WorkoutSession" s JOIN "PlanDay" d ON d.id = s."planDayId"
               JOIN "TrainingPlan" p ON p.id = s."trainingPlanId"
               WHERE p.name = '{plan}' GROUP BY d.name ORDER BY d.name"#
        ));
        // Two weeks from Monday: A on 6 dates, B on 4; one session a date.
        assert_eq!(rows[0], "A|6|6|18:30", "round {round}");
        assert!(
            rows[1] == "B|4|4|07:00" || rows[1] == format!("B|4|4|{second}"),
            "round {round}: {rows:?}"
        );
    }
}
