//! `log import` streams: a long Strong file is read, checked and staged in
//! chunks, so the process's peak memory does not grow with the file, and
//! the report (and `--dry-run`'s) stays exact.

use std::fmt::Write as _;

use crate::common::*;

/// A Strong export (the common layout, pounds) of `rows` set rows: 25 sets
/// a workout over 5 exercises (catalog, app and unknown names), W/F set
/// orders, float noise, a Rest Timer row in each workout, notes with commas
/// and quotes. Returns the file and what its report must say: sets,
/// warm-ups, workouts, volume in kg (two decimals).
fn strong_file(rows: usize) -> (String, usize, usize, usize, f64) {
    const EX: [&str; 6] = [
        "Bench Press (Barbell)",
        "Squat (Barbell)",
        "Deadlift (Barbell)",
        "Zercher Carry Deluxe",
        "Landmine Press Deluxe",
        "Face Pull (Cable)",
    ];
    let mut s = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
    );
    let (mut n, mut w, mut warm) = (0, 0, 0);
    let mut volume = 0.0;
    while n < rows {
        w += 1;
        let day =
            chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(w as i64);
        for e in 0..5 {
            let ex = EX[(w + e * 3) % EX.len()];
            for set in 1..=5 {
                if n == rows {
                    break;
                }
                let order = if set == 1 {
                    warm += 1;
                    "W".to_string()
                } else if set == 5 && w % 3 == 0 {
                    "F".to_string()
                } else {
                    (set - 1).to_string()
                };
                let lb = 45 + (w % 40) * 5 + set * 10;
                let reps = 5 + set % 4;
                let weight = if set == 3 {
                    format!("{}", lb as f64 - 0.00000000000003)
                } else {
                    lb.to_string()
                };
                volume += reps as f64 * lb as f64 * 0.45359237;
                writeln!(
                    s,
                    "{day} 07:00:00,\"Workout {}\",1h 2m,\"{ex}\",{order},{weight},{reps},0,0,\"set {n}, \"\"ok\"\"\",,",
                    w % 7
                )
                .unwrap();
                n += 1;
            }
            if e == 2 {
                writeln!(
                    s,
                    "{day} 07:00:00,\"Workout {}\",1h 2m,\"{ex}\",Rest Timer,0,0,0,90,,,",
                    w % 7
                )
                .unwrap();
            }
        }
    }
    (s, n, warm, w, (volume * 100.0).round() / 100.0)
}

/// Runs the command and returns its output and peak resident memory in
/// kB (VmHWM, read until it exits).
fn peak_kb(mut cmd: std::process::Command) -> (std::process::Output, u64) {
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let watch = std::thread::spawn(move || {
        let mut peak = 0;
        while let Ok(s) = std::fs::read_to_string(&status) {
            if let Some(kb) = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak = peak.max(kb);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        peak
    });
    let out = child.wait_with_output().unwrap();
    (out, watch.join().unwrap())
}

#[test]
fn a_long_strong_file_imports_in_flat_memory_with_an_exact_report() {
    let db = TestDb::new().with_user("long@example.com");
    let rows = 100_000;
    let (text, sets, warmups, workouts, volume) = strong_file(rows);
    let path = db.home_path().join("strong.csv");
    std::fs::write(&path, &text).unwrap();
    let file_mb = text.len() / 1_000_000;
    drop(text);
    let run = |dry: bool| {
        let mut cmd = bare_std(db.home_path());
        cmd.env("WORKOUT_DATABASE_URL", &db.url)
            .env("WORKOUT_USER", "long@example.com")
            .args(["log", "import"])
            .arg(&path)
            .args(["--unit", "lb", "--format", "json"]);
        if dry {
            cmd.arg("--dry-run");
        }
        let (out, kb) = peak_kb(cmd);
        assert!(out.status.success(), "{}", stderr_of(&out));
        (json_of(&out), kb)
    };
    let (dry, _) = run(true);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
    let (report, kb) = run(false);
    for r in [&dry, &report] {
        assert_eq!(r["sets"], sets as u64, "{r}");
        assert_eq!(r["warmupSets"], warmups as u64, "{r}");
        assert_eq!(r["sessions"], workouts as u64, "{r}");
        assert_eq!(r["setsAdded"], sets as u64, "{r}");
        assert_eq!(r["sessionsAdded"], workouts as u64, "{r}");
        assert_eq!(r["exercises"], 6, "{r}");
        assert!(
            (r["volumeKg"].as_f64().unwrap() - volume).abs() < 0.02,
            "{r} {volume}"
        );
        assert!(r["restRows"].as_u64().unwrap() > 0);
    }
    assert_eq!(dry["dryRun"], true);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), sets as i64);
    // The sets are numbered 1, 2, ... per workout and exercise (an
    // exercise done twice in a workout goes on counting), a warm-up first,
    // the notes kept whole.
    assert_eq!(
        db.int(
            r#"SELECT count(*) FROM (SELECT count(*) AS c, max("setNumber") AS m,
                      count(DISTINCT "setNumber") AS d, bool_and("setNumber" <> 1 OR "setType" = 'WARMUP') AS w
                 FROM "WorkoutLog" GROUP BY "sessionId", "exerciseId") g
                WHERE c <> m OR d <> c OR NOT w"#
        ),
        0
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE notes = 'set 7, "ok"'"#),
        1
    );
    // The whole file held in memory (the import before streaming) takes
    // several times its size; streaming stays under a fixed bound.
    assert!(
        kb < 60 * 1024,
        "peak memory {kb} kB for a {file_mb} MB file: not flat"
    );
    // Again: nothing added.
    let (again, _) = run(false);
    assert_eq!(again["setsAdded"], 0);
    assert_eq!(again["sessionsAdded"], 0);
}
