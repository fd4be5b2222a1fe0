//! Issue 12 item 4: one answer under concurrency, the real binary run in
//! parallel, many rounds.

use std::process::Output;
use std::thread;

use crate::common::*;

/// Runs each argument list as its own `workout` process, all at once.
fn parallel(db: &TestDb, runs: Vec<Vec<String>>, now: &str) -> Vec<Output> {
    let handles: Vec<_> = runs
        .into_iter()
        .map(|args| {
            let mut cmd = db.workout();
            cmd.env("WORKOUT_NOW", now).args(&args);
            thread::spawn(move || cmd.output().unwrap())
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

#[test]
fn parallel_log_adds_make_one_session_and_numbers_without_gaps() {
    let db = TestDb::new().with_user("a@x.io");
    for round in 0..5 {
        let day = format!("2026-03-{:02}", 10 + round);
        let now = format!("{day}T18:00:00Z");
        let runs = (0..20)
            .map(|k| {
                vec![
                    "log".into(),
                    "add".into(),
                    "Barbell Squat".into(),
                    format!("1x5@{}", 100 + k),
                ]
            })
            .collect();
        for out in parallel(&db, runs, &now) {
            assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        }
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "WorkoutSession" WHERE "startedAt"::date = '{day}'"#
            )),
            1,
            "round {round}: one session for the day"
        );
        assert_eq!(
            db.strings(&format!(
                r#"SELECT string_agg(l."setNumber"::text, ',' ORDER BY l."setNumber")
                     FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId"
                    WHERE s."startedAt"::date = '{day}'"#
            )),
            vec![
                (1..=20)
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            ],
            "round {round}: set numbers 1..20"
        );
    }
}

#[test]
fn parallel_imports_of_one_file_store_it_once() {
    let db = TestDb::new().with_user("a@x.io");
    let dir = tempfile::tempdir().unwrap();
    for round in 0..4 {
        let file = dir.path().join(format!("strong{round}.csv"));
        let mut text = String::from(
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
        );
        for d in 1..=3 {
            for set in 1..=3 {
                text.push_str(&format!(
                    "2025-0{}-0{d} 18:00:00,\"Legs {round}\",30m,\"Race Lift {round}\",{set},{}.0,5,0,0,,,\n",
                    round + 1,
                    100 + set
                ));
            }
        }
        std::fs::write(&file, text).unwrap();
        let p = file.to_str().unwrap().to_string();
        let runs = (0..4)
            .map(|_| {
                vec![
                    "log".into(),
                    "import".into(),
                    p.clone(),
                    "--unit".into(),
                    "kg".into(),
                ]
            })
            .collect();
        for out in parallel(&db, runs, "2026-01-01T00:00:00Z") {
            assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        }
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "WorkoutSession" WHERE name = 'Legs {round}'"#
            )),
            3,
            "round {round}"
        );
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "WorkoutLog" l JOIN "Exercise" e ON e.id = l."exerciseId" WHERE e.name = 'Race Lift {round}'"#
            )),
            9,
            "round {round}"
        );
        assert_eq!(
            db.int(&format!(
                r#"SELECT count(*) FROM "Exercise" WHERE name = 'Race Lift {round}'"#
            )),
            1,
            "round {round}"
        );
    }
}

#[test]
fn of_two_conflicting_session_moves_exactly_one_wins() {
    // Pairs that cannot both happen in either order (start then cancel can).
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-01T08:00:00Z";
    for round in 0..20 {
        let out = db
            .workout()
            .env("WORKOUT_NOW", now)
            .args([
                "session",
                "schedule",
                &format!("S{round}"),
                "--at",
                "2026-03-02 07:00",
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let id = json_of(&out)["id"].as_str().unwrap().to_string();
        // (A delete after any move is allowed, and any move after a delete
        // finds nothing: no pair with delete conflicts both ways.)
        let (a, b) = match round % 3 {
            0 => ("start", "skip"),
            1 => ("skip", "cancel"),
            _ => ("complete", "skip"),
        };
        let arg = |m: &str| vec!["session".to_string(), m.to_string(), id.clone()];
        let outs = parallel(&db, vec![arg(a), arg(b)], now);
        let won: Vec<_> = outs.iter().filter(|o| o.status.success()).collect();
        assert_eq!(
            won.len(),
            1,
            "round {round} ({a} vs {b}): {:?}",
            outs.iter().map(stderr_of).collect::<Vec<_>>()
        );
        let lost = outs.iter().find(|o| !o.status.success()).unwrap();
        assert_eq!(
            lost.status.code(),
            Some(2),
            "round {round}: {}",
            stderr_of(lost)
        );
        assert!(!stderr_of(lost).is_empty());
        // No session stays in progress into the next round.
        db.sql(r#"UPDATE "WorkoutSession" SET status = 'CANCELLED' WHERE status = 'IN_PROGRESS'"#);
    }
}

#[test]
fn a_plan_move_is_judged_on_the_status_the_other_left() {
    // Pause then complete is allowed; complete then pause is not: a
    // completed plan must never come back as paused.
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-01T08:00:00Z";
    for round in 0..20 {
        let name = format!("P{round}");
        for args in [
            vec!["plan", "create", &name],
            vec!["plan", "activate", &name],
        ] {
            let out = db
                .workout()
                .env("WORKOUT_NOW", now)
                .args(&args)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", stderr_of(&out));
        }
        let arg = |m: &str| vec!["plan".to_string(), m.to_string(), name.clone()];
        let outs = parallel(&db, vec![arg("pause"), arg("complete")], now);
        assert!(
            outs[1].status.success(),
            "round {round}: {}",
            stderr_of(&outs[1])
        );
        if !outs[0].status.success() {
            assert_error(&outs[0], 2, "cannot pause");
        }
        assert_eq!(
            db.strings(&format!(
                r#"SELECT status::text FROM "TrainingPlan" WHERE name = '{name}'"#
            )),
            vec!["COMPLETED".to_string()],
            "round {round}"
        );
    }
}

#[test]
fn racing_exercise_and_alias_names_leave_one_and_say_why() {
    let db = TestDb::new().with_user("a@x.io");
    for round in 0..10 {
        let runs = (0..6)
            .map(|k| {
                let name = if k % 2 == 0 {
                    format!("RACE LIFT {round}")
                } else {
                    format!("race lift {round}")
                };
                if k < 3 {
                    vec!["exercise".into(), "add".into(), name]
                } else {
                    vec![
                        "exercise".into(),
                        "alias".into(),
                        "add".into(),
                        name,
                        "Barbell Squat".into(),
                    ]
                }
            })
            .collect();
        let outs = parallel(&db, runs, "2026-03-01T08:00:00Z");
        assert_eq!(
            outs.iter().filter(|o| o.status.success()).count(),
            1,
            "round {round}: {:?}",
            outs.iter().map(stderr_of).collect::<Vec<_>>()
        );
        for o in outs.iter().filter(|o| !o.status.success()) {
            let e = stderr_of(o);
            assert_eq!(o.status.code(), Some(2), "round {round}: {e}");
            assert!(
                e.lines().count() == 1 && !e.contains("violat") && !e.contains("SQL"),
                "round {round}: one sentence, not the database's: {e}"
            );
        }
        assert_eq!(
            db.int(&format!(
                r#"SELECT (SELECT count(*) FROM "Exercise" WHERE lower(name) = 'race lift {round}')
                        + (SELECT count(*) FROM "ExerciseAlias" WHERE lower(name) = 'race lift {round}')"#
            )),
            1
        );
    }
}
