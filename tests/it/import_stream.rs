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

/// A Strong export of `rows` sets in workouts of `per` sets (one exercise
/// each, names this tool does not know, lb), two workouts at a time with their rows interleaved (the
/// first 60% of A's, of B's, then the rest of A's and of B's: each workout
/// in two runs), B's workout notes on its second run's rows only. Returns
/// the file, the workouts, and what the stored sets must be, one line per
/// set sorted: `workout|start|exercise|set number|reps|pounds`.
fn interleaved_file(rows: usize, per: usize) -> (String, usize, Vec<String>) {
    const EX: [&str; 3] = ["Alpha Lift Deluxe", "Beta Lift Deluxe", "Gamma, \"Lift\""];
    let mut s = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
    );
    let mut want = Vec::new();
    let workouts = rows / per;
    let start = |w: usize| {
        chrono::NaiveDate::from_ymd_opt(2001, 1, 1)
            .unwrap()
            .and_hms_opt(6, 0, 0)
            .unwrap()
            + chrono::Duration::hours(3 * w as i64)
    };
    let first = per * 6 / 10;
    for pair in (0..workouts).step_by(2) {
        let ws: Vec<usize> = (pair..workouts.min(pair + 2)).collect();
        for (from, to) in [(0, first), (first, per)] {
            for &w in &ws {
                let t = start(w).format("%Y-%m-%d %H:%M:%S");
                let ex = EX[w % EX.len()];
                let notes = if w % 2 == 1 && from > 0 {
                    "evening"
                } else {
                    ""
                };
                for k in from..to {
                    let lb = 50 + (w * 7 + k * 5) % 300;
                    let reps = 1 + (w + k) % 12;
                    writeln!(
                        s,
                        "{t},\"Day {}\",1h 0m,\"{}\",{},{lb},{reps},0,0,,{notes},",
                        w % 10,
                        ex.replace('"', "\"\""),
                        k + 1
                    )
                    .unwrap();
                    want.push(format!("Day {}|{t}|{ex}|{}|{reps}|{lb}", w % 10, k + 1));
                }
            }
        }
    }
    // Bytewise, as the server's C collation sorts.
    want.sort();
    (s, workouts, want)
}

/// Issue 16: a file of many short workouts (a session every five sets)
/// imports exactly, and the process's peak memory does not grow with the
/// number of sessions: the sessions are staged in the server as the sets
/// are, not held (the import before held every session, several copies,
/// about 0.7 KB each). The same number of sets in ten times fewer
/// sessions peaks at about the same memory.
#[test]
fn a_file_of_many_sessions_imports_exactly_in_memory_flat_in_its_sessions() {
    let db = TestDb::new().with_user("many@example.com");
    db.workout()
        .args(["user", "set", "--timezone", "Europe/Berlin"])
        .assert()
        .success();
    db.workout()
        .args(["user", "add", "few@example.com"])
        .assert()
        .success();
    let rows = 100_000;
    let import = |email: &str, per: usize, dry: bool| {
        let (text, workouts, want) = interleaved_file(rows, per);
        let path = db.home_path().join(format!("strong-{per}.csv"));
        std::fs::write(&path, &text).unwrap();
        let mut cmd = bare_std(db.home_path());
        cmd.env("WORKOUT_DATABASE_URL", &db.url)
            .env("WORKOUT_USER", email)
            .args(["log", "import"])
            .arg(&path)
            .args(["--unit", "lb", "--format", "json"]);
        if dry {
            cmd.arg("--dry-run");
        }
        let (out, kb) = peak_kb(cmd);
        assert!(out.status.success(), "{}", stderr_of(&out));
        (json_of(&out), kb, workouts, want)
    };
    let (dry, _, workouts, _) = import("many@example.com", 5, true);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 0);
    let (report, many_kb, _, want) = import("many@example.com", 5, false);
    for r in [&dry, &report] {
        assert_eq!(r["sets"], rows as u64, "{r}");
        assert_eq!(r["sessions"], workouts as u64, "{r}");
        assert_eq!(r["setsAdded"], rows as u64, "{r}");
        assert_eq!(r["sessionsAdded"], workouts as u64, "{r}");
        assert_eq!(r["exercises"], 3, "{r}");
    }
    assert_eq!(workouts, 20_000);
    // The stored sets are the file's, numbered in file order per workout
    // across its two runs; each workout one session with the first notes.
    let uid = db.strings(r#"SELECT id FROM "User" WHERE email = 'many@example.com'"#)[0].clone();
    let got = db.strings(&format!(
        r#"SELECT x FROM (
             SELECT s.name || '|' || to_char(s."startedAt" AT TIME ZONE 'UTC' AT TIME ZONE u.timezone, 'YYYY-MM-DD HH24:MI:SS')
                    || '|' || e.name || '|' || l."setNumber" || '|' || l.reps || '|' || round(l.weight / 0.45359237) AS x
             FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId" JOIN "Exercise" e ON e.id = l."exerciseId"
             JOIN "User" u ON u.id = l."userId"
             WHERE l."userId" = '{uid}') q
           ORDER BY x COLLATE "C""#
    ));
    assert_eq!(got.len(), want.len());
    if let Some((g, w)) = got.iter().zip(&want).find(|(g, w)| g != w) {
        panic!("the stored sets differ from the file's: {g} vs {w}");
    }
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutSession" WHERE "userId" = '{uid}' AND notes = 'evening'"#
        )),
        (workouts / 2) as i64
    );
    // Ten times fewer sessions, the same sets.
    let (few, few_kb, few_workouts, _) = import("few@example.com", 50, false);
    assert_eq!(few["sessions"], few_workouts as u64, "{few}");
    assert!(
        many_kb < few_kb + 4 * 1024,
        "{workouts} sessions peaked at {many_kb} kB, {few_workouts} at {few_kb} kB: memory grows with the sessions"
    );
    assert!(many_kb < 60 * 1024, "peak memory {many_kb} kB");
    // Again: nothing added.
    let (again, _, _, _) = import("many@example.com", 5, false);
    assert_eq!(again["setsAdded"], 0, "{again}");
    assert_eq!(again["sessionsAdded"], 0, "{again}");
}
