//! Issue 17: the transition phases (`migrate dual-write enable|disable|status`,
//! `migrate cutover [--undo]`) on a real server, with hand-made and generated
//! legacy data, the old app's writes made in SQL as it makes them.

use std::process::{Command as StdCommand, Stdio};

use crate::common::*;
use crate::legacy::fixture;

/// `workout` as the legacy user ana (the `migrate` commands ignore it).
fn ana(db: &TestDb) -> assert_cmd::Command {
    let mut c = db.workout();
    c.env("WORKOUT_USER", "ana@example.com");
    c
}

/// The legacy data of `legacy::fixture()` (invalid rows included), dual-writing.
fn enabled() -> TestDb {
    let db = fixture();
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    db
}

fn status(db: &TestDb) -> serde_json::Value {
    let out = db
        .workout()
        .args(["migrate", "dual-write", "status", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

/// `migrate verify` fails with exit 4 and names `invariant` on stdout.
fn assert_verify_finds(db: &TestDb, invariant: &str) {
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stdout_of(&out));
    assert!(stdout_of(&out).contains(invariant), "{}", stdout_of(&out));
}

fn assert_verifies(db: &TestDb) {
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(
        out.status.success(),
        "verify failed\n{}\n{}",
        stdout_of(&out),
        stderr_of(&out)
    );
}

/// The sets of the session made of legacy workout `w`, as "exercise reps weight" in order.
fn sets_of_workout(db: &TestDb, w: &str) -> Vec<String> {
    db.strings(&format!(
        r#"SELECT concat_ws(' ', l."exerciseId", l.reps, l.weight) FROM "WorkoutLog" l
             JOIN "WorkoutSession" s ON s.id = l."sessionId" WHERE s."legacyWorkoutId" = '{w}'
            ORDER BY l."legacyWorkoutExerciseId", l."setNumber""#
    ))
}

/// The mirror of session `s`: "exercise sets reps weight" per WorkoutExercise row, in order.
fn mirror_rows(db: &TestDb, s: &str) -> Vec<String> {
    db.strings(&format!(
        r#"SELECT concat_ws(' ', "exerciseId", sets, reps, weight) FROM "WorkoutExercise"
            WHERE "workoutId" = '{s}' ORDER BY "order""#
    ))
}

#[test]
fn each_phase_enters_and_leaves_cleanly() {
    let db = fixture();
    let before = status(&db);
    // The schema's own triggers (v3's rules) are not dual-write's.
    let schema_triggers =
        db.strings(r#"SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"#);
    assert_eq!(before["phase"], "expand");
    assert_eq!(before["triggers"], serde_json::json!([]));
    assert_eq!(before["current"], serde_json::Value::Null);
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let on = status(&db);
    assert_eq!(on["phase"], "dual-write");
    assert_eq!(on["triggers"].as_array().unwrap().len(), 15, "{on}");
    assert_eq!(on["functions"].as_array().unwrap().len(), 17, "{on}");
    assert_eq!(on["index"], true);
    assert_eq!(on["notInStep"], serde_json::json!([]));
    // The invalid legacy rows are skipped and reported, as the batch does.
    let skipped: Vec<String> = on["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["id"].as_str().unwrap(),
                r["reason"].as_str().unwrap()
            )
        })
        .collect();
    assert!(skipped.contains(&"we5 sets < 1".to_string()), "{skipped:?}");
    assert!(
        skipped.contains(&"we9 non-finite weight".to_string()),
        "{skipped:?}"
    );
    assert_eq!(skipped.len(), 6, "{skipped:?}");
    // Enabled twice: the triggers and functions are installed again (the
    // current ones, which they already were), nothing else happens.
    assert_eq!(on["current"], true);
    let runs = db.int(r#"SELECT count(*) FROM "LegacyMigrationRun""#);
    let again = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert!(
        stderr_of(&again).contains("installed again (they were current)"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "LegacyMigrationRun""#), runs);
    assert_eq!(status(&db)["current"], true);
    assert_verifies(&db);

    let out = db
        .workout()
        .args(["migrate", "dual-write", "disable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let off = status(&db);
    assert_eq!(off["phase"], "expand");
    assert_eq!(off["triggers"], serde_json::json!([]));
    assert_eq!(off["functions"], serde_json::json!([]));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM pg_proc WHERE proname LIKE 'workout\_dw\_%'"#),
        0
    );
    assert_eq!(
        db.strings(r#"SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"#),
        schema_triggers
    );

    // cutover: the legacy tables go into schema legacy, still readable.
    let workouts = db.int(r#"SELECT count(*) FROM "Workout""#);
    let out = db.workout().args(["migrate", "cutover"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(status(&db)["phase"], "cutover");
    assert_eq!(db.int(r#"SELECT count(*) FROM legacy."Workout""#), workouts);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM legacy."WorkoutExercise""#),
        12
    );
    assert_eq!(
        db.strings(r#"SELECT coalesce(to_regclass('public."Workout"')::text, 'gone')"#),
        ["gone"]
    );
    assert_verifies(&db);
    let refused = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert_error(&refused, 2, "cutover --undo");
    let refused = db
        .workout()
        .args(["migrate", "rollback", "--yes"])
        .output()
        .unwrap();
    assert_error(&refused, 2, "cutover --undo");
    let twice = db.workout().args(["migrate", "cutover"]).output().unwrap();
    assert_error(&twice, 2, "already cut over");

    // undo: back, and dual-write on again.
    let out = db
        .workout()
        .args(["migrate", "cutover", "--undo", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let back = json_of(&out);
    assert_eq!(back["phase"], "dual-write");
    assert_eq!(back["triggers"].as_array().unwrap().len(), 15);
    assert_eq!(db.int(r#"SELECT count(*) FROM "Workout""#), workouts);
    assert_eq!(
        db.int("SELECT count(*) FROM pg_namespace WHERE nspname = 'legacy'"),
        0
    );
    assert_verifies(&db);
    let nothing = db
        .workout()
        .args(["migrate", "cutover", "--undo"])
        .output()
        .unwrap();
    assert_error(&nothing, 2, "nothing to undo");
}

#[test]
fn legacy_edits_deletes_and_empty_workouts_are_carried_at_once() {
    let db = enabled();
    assert_eq!(sets_of_workout(&db, "w1").len(), 5);
    // An edit on the legacy side, as the old app makes it.
    db.sql(r#"UPDATE "WorkoutExercise" SET reps = 12, weight = 62.5 WHERE id = 'we1'"#);
    assert_eq!(
        sets_of_workout(&db, "w1"),
        ["e1 12 62.5", "e1 12 62.5", "e1 12 62.5", "e4 8", "e4 8"]
    );
    db.sql(r#"UPDATE "Workout" SET name = 'Push A', notes = NULL WHERE id = 'w1'"#);
    assert_eq!(
        db.strings(r#"SELECT concat_ws('|', name, notes) FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w1'"#),
        ["Push A"]
    );
    // A new workout with no exercises, then one with rows (one invalid: skipped).
    db.sql(
        r#"BEGIN;
           INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES
             ('w9', 'Nothing', '2024-03-01 10:00', 'u_ana', '2024-03-01'),
             ('w10', 'Something', '2024-03-02 10:00', 'u_ana', '2024-03-02');
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES
             ('we90', 'w10', 'e3', 2, 5, 100, 0), ('we91', 'w10', 'e3', 2, -5, 100, 1);
           COMMIT;"#,
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w9' AND status = 'COMPLETED'"#),
        1
    );
    assert_eq!(sets_of_workout(&db, "w9").len(), 0);
    assert_eq!(sets_of_workout(&db, "w10"), ["e3 5 100", "e3 5 100"]);
    let skipped = status(&db)["skipped"].to_string();
    assert!(
        skipped.contains("we91") && skipped.contains("reps < 0"),
        "{skipped}"
    );
    // The checksum is the batch's: a run finds nothing to do.
    let out = db
        .workout()
        .args(["migrate", "legacy", "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = json_of(&out);
    let sessions = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "WorkoutSession")
        .unwrap()
        .clone();
    assert_eq!(sessions["inserted"], 0, "{report}");
    assert_eq!(sessions["updated"], 0, "{report}");
    // A run while dual-writing goes through the triggers and changes nothing.
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("Carried over 0 new and 0 changed"),
        "{}",
        stderr_of(&out)
    );
    // A delete of a legacy row, then of a legacy workout.
    db.sql(r#"DELETE FROM "WorkoutExercise" WHERE id = 'we2'"#);
    assert_eq!(sets_of_workout(&db, "w1").len(), 3);
    db.sql(r#"DELETE FROM "Workout" WHERE id = 'w1'"#);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE name = 'Push A'"#),
        0
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" = 'we1'"#),
        0
    );
    assert_verifies(&db);
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
}

#[test]
fn native_sessions_are_mirrored_and_the_old_apps_edits_come_back() {
    let db = enabled();
    let add = |args: &[&str]| {
        let out = db
            .workout()
            .env("WORKOUT_USER", "ana@example.com")
            .args(["log", "add"])
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        json_of(&out)
    };
    add(&["Squat", "5@40", "--warmup"]);
    add(&["Squat", "3x5@100"]);
    add(&["Squat", "4@100"]);
    let set = add(&["Curl", "10"]);
    let sid = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NULL AND "legacyChecksum" IS NULL"#);
    assert_eq!(sid.len(), 1, "one native session: {set}");
    let sid = &sid[0];
    // One Workout per session, one row per run; the warm-up has no place.
    assert_eq!(
        db.strings(&format!(
            r#"SELECT concat_ws('|', name, "userId") FROM "Workout" WHERE id = '{sid}'"#
        )),
        ["Workout|u_ana"]
    );
    assert_eq!(
        mirror_rows(&db, sid),
        ["e3 3 5 100", "e3 1 4 100", "e5 1 10"]
    );
    assert_verifies(&db);
    // `migrate status` counts the old app's workouts, not the mirrors.
    let out = db.workout().args(["migrate", "status"]).output().unwrap();
    assert!(
        stderr_of(&out).contains(
            "Legacy data: 5 workout(s) of 2 user(s), 12 WorkoutExercise row(s); 5 migrated (100%)."
        ),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains("Transition phase: dual-write"),
        "{}",
        stderr_of(&out)
    );
    // An edit on the native side (as Prisma or `workout` makes it).
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET reps = 5 WHERE "sessionId" = '{sid}' AND reps = 4"#
    ));
    assert_eq!(mirror_rows(&db, sid), ["e3 4 5 100", "e5 1 10"]);
    db.sql(&format!(
        r#"UPDATE "WorkoutSession" SET name = 'Leg day', "updatedAt" = now() WHERE id = '{sid}'"#
    ));
    assert_eq!(
        db.strings(&format!(r#"SELECT name FROM "Workout" WHERE id = '{sid}'"#)),
        ["Leg day"]
    );
    // An edit on the old app's side of the mirror comes back as sets.
    db.sql(&format!(
        r#"UPDATE "WorkoutExercise" SET sets = 2, reps = 8 WHERE "workoutId" = '{sid}' AND "order" = 0"#
    ));
    assert_eq!(
        db.strings(&format!(
            r#"SELECT concat_ws(' ', "exerciseId", reps, weight, "isWarmup") FROM "WorkoutLog" l
                WHERE "sessionId" = '{sid}' ORDER BY {}"#,
            "l.\"isWarmup\" DESC, l.date, l.\"createdAt\", l.id"
        )),
        ["e3 5 40 t", "e3 8 100 f", "e3 8 100 f", "e5 10 f"]
    );
    db.sql(&format!(
        r#"UPDATE "Workout" SET name = 'Renamed by the old app' WHERE id = '{sid}'"#
    ));
    assert_eq!(
        db.strings(&format!(
            r#"SELECT name FROM "WorkoutSession" WHERE id = '{sid}'"#
        )),
        ["Renamed by the old app"]
    );
    assert_verifies(&db);
    // A delete on the native side takes the mirror along.
    db.sql(&format!(
        r#"DELETE FROM "WorkoutSession" WHERE id = '{sid}'"#
    ));
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "Workout" WHERE id = '{sid}'"#
        )),
        0
    );
    // A delete of a mirror on the old app's side takes the session along.
    add(&["Curl", "12"]);
    let sid2 = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NULL AND "legacyChecksum" IS NULL"#);
    assert_eq!(sid2.len(), 1);
    assert_eq!(mirror_rows(&db, &sid2[0]), ["e5 1 12"]);
    db.sql(&format!(
        r#"DELETE FROM "Workout" WHERE id = '{}'"#,
        sid2[0]
    ));
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutSession" WHERE id = '{}'"#,
            sid2[0]
        )),
        0
    );
    assert_verifies(&db);
}

#[test]
fn verify_checks_the_mirrors_while_dual_writing() {
    let db = enabled();
    let out = ana(&db)
        .args(["log", "add", "Curl", "3x10"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_verifies(&db);
    // A mirror row tampered with behind the triggers' back.
    db.sql(
        r#"SET session_replication_role = replica;
           UPDATE "WorkoutExercise" SET reps = 9 WHERE "workoutId" IN (SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NULL);
           SET session_replication_role = DEFAULT;"#,
    );
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert_error(&out, 4, "native session has its legacy mirror");
    let st = status(&db);
    assert_eq!(st["notInStep"].as_array().unwrap().len(), 1, "{st}");
}

#[test]
fn enable_catches_up_what_was_written_while_it_was_off() {
    let db = fixture();
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    // Written while dual-write is off: a native session and a legacy change.
    let out = ana(&db)
        .args(["log", "add", "Curl", "2x10@12"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    db.sql(r#"UPDATE "WorkoutExercise" SET reps = 7 WHERE id = 'we6'"#);
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("1 native session(s) mirrored"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" = 'we6' AND reps = 7"#),
        5
    );
    let sid = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NULL AND "legacyChecksum" IS NULL"#);
    assert_eq!(mirror_rows(&db, &sid[0]), ["e5 2 10 12"]);
    assert_verifies(&db);
}

#[test]
fn rollback_removes_the_mirrors_too_and_is_refused_while_dual_writing() {
    let db = fixture();
    let legacy_before = db.strings(crate::legacy::LEGACY_SUM);
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = ana(&db)
        .args(["log", "add", "Curl", "2x10@12"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(db.int(r#"SELECT count(*) FROM "Workout""#), 6);
    let refused = db
        .workout()
        .args(["migrate", "rollback", "--yes"])
        .output()
        .unwrap();
    assert_error(&refused, 2, "dual-write disable");
    let out = db
        .workout()
        .args(["migrate", "dual-write", "disable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = db
        .workout()
        .args(["migrate", "rollback", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    // The legacy tables hold exactly what the old app wrote; the native session stays.
    assert_eq!(db.strings(crate::legacy::LEGACY_SUM), legacy_before);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutSession""#), 1);
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 2);
}

/// Generated legacy data: `users` users with `per_user` workouts of 3 rows each.
fn generated(users: i64, per_user: i64) -> TestDb {
    let db = TestDb::empty();
    db.sql(include_str!(
        "../../migrations/20260101000001_legacy_v1.up.sql"
    ));
    db.sql(&format!(
        r#"INSERT INTO "User" (id, email, "updatedAt")
             SELECT 'gu' || u, 'g' || u || '@example.com', '2024-01-01' FROM generate_series(1, {users}) u;
           INSERT INTO "Exercise" (id, name, "muscleGroup", "updatedAt")
             SELECT 'ge' || x, 'Generated ' || x, 'chest', '2023-01-01' FROM generate_series(1, 8) x;
           INSERT INTO "Workout" (id, name, date, notes, duration, "userId", "updatedAt")
             SELECT 'gw' || u || '_' || w, 'Day ' || (w % 3), '2024-01-01'::timestamp + make_interval(days => w::int),
                    NULL, 45, 'gu' || u, '2024-01-01'
               FROM generate_series(1, {users}) u, generate_series(1, {per_user}) w;
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
             SELECT 'gx' || u || '_' || w || '_' || k, 'gw' || u || '_' || w, 'ge' || (1 + (u + w + k) % 8),
                    1 + (w + k) % 4, 5 + k, CASE WHEN k = 2 THEN NULL ELSE 20 + w % 50 END, k
               FROM generate_series(1, {users}) u, generate_series(1, {per_user}) w, generate_series(0, 2) k;"#
    ));
    let out = db.workout().args(["migrate", "up"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    db
}

/// One old-app connection's workload: `rounds` rounds of an insert of a
/// workout with its rows (one transaction, as Prisma's nested create), an
/// edit of a row, an edit of a workout, a delete of a row and a delete of a
/// workout, each its own transaction, on user `u`'s workouts.
fn old_app_script(u: i64, rounds: i64) -> String {
    let mut s = String::from("\\set ON_ERROR_STOP on\n");
    for r in 0..rounds {
        s.push_str(&format!(
            r#"BEGIN;
INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('nw{u}_{r}', 'New {r}', '2024-06-01 10:00', 'gu{u}', now());
INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES
  ('nx{u}_{r}_0', 'nw{u}_{r}', 'ge1', 3, 10, 50, 0), ('nx{u}_{r}_1', 'nw{u}_{r}', 'ge2', 2, 8, NULL, 1);
COMMIT;
UPDATE "WorkoutExercise" SET reps = reps + 1 WHERE id = (SELECT we.id FROM "WorkoutExercise" we JOIN "Workout" w ON w.id = we."workoutId" WHERE w."userId" = 'gu{u}' AND w.id LIKE 'gw%' ORDER BY random() LIMIT 1);
UPDATE "Workout" SET name = 'Edited {r}', "updatedAt" = now() WHERE id = (SELECT id FROM "Workout" WHERE "userId" = 'gu{u}' AND id LIKE 'gw%' ORDER BY random() LIMIT 1);
DELETE FROM "WorkoutExercise" WHERE id = (SELECT we.id FROM "WorkoutExercise" we JOIN "Workout" w ON w.id = we."workoutId" WHERE w."userId" = 'gu{u}' AND w.id LIKE 'gw%' ORDER BY random() LIMIT 1);
DELETE FROM "Workout" WHERE id = (SELECT id FROM "Workout" WHERE "userId" = 'gu{u}' AND id LIKE 'gw%' ORDER BY random() LIMIT 1);
"#
        ));
    }
    s
}

#[test]
fn a_concurrent_old_app_workload_and_log_add_stay_in_step() {
    let users = 4;
    let per_user = 60;
    let rounds = 15;
    let db = generated(users, per_user);
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_verifies(&db);
    let psql = ["/usr/lib/postgresql/15/bin/psql", "psql"]
        .into_iter()
        .find(|p| StdCommand::new(p).arg("--version").output().is_ok())
        .expect("psql");
    for round in 0..3 {
        // Several old-app connections at once, one per user (3 of 4 users).
        let mut old_app = Vec::new();
        for u in 1..users {
            let script = old_app_script(u, rounds)
                .replace("'nw", &format!("'r{round}nw"))
                .replace("'nx", &format!("'r{round}nx"));
            let mut child = StdCommand::new(psql)
                .args(["-X", "-q", "-d", &db.url])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                use std::io::Write;
                let _ = stdin.write_all(script.as_bytes());
            });
            old_app.push(child);
        }
        // Meanwhile `workout log add`, as two users in parallel.
        let natives: Vec<_> = [1, users]
            .into_iter()
            .map(|u| {
                let cmds: Vec<_> = (0..6)
                    .map(|i| {
                        let mut c = db.workout();
                        c.env("WORKOUT_USER", format!("g{u}@example.com")).args([
                            "log",
                            "add",
                            "Generated 3",
                            &format!("{}@60", 5 + i % 2),
                        ]);
                        c
                    })
                    .collect();
                std::thread::spawn(move || {
                    for mut c in cmds {
                        let out = c.output().unwrap();
                        assert!(out.status.success(), "{}", stderr_of(&out));
                    }
                })
            })
            .collect();
        for n in natives {
            n.join().unwrap();
        }
        for child in old_app {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "the old app's workload failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_verifies(&db);
    }
    // Nothing lost: every set `log add` wrote is mirrored (2 users x 6 a round).
    assert_eq!(
        db.int(r#"SELECT coalesce(sum(we.sets), 0) FROM "WorkoutExercise" we JOIN "WorkoutSession" s ON s.id = we."workoutId""#),
        3 * 2 * 6
    );
    // Every workout the old app inserted has its session with its sets.
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE "legacyWorkoutId" LIKE 'r_nw%'"#),
        3 * (users - 1) * rounds
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" LIKE 'r_nx%'"#),
        3 * (users - 1) * rounds * 5
    );
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
    // The imported plans followed the workload too: a run would change none.
    assert_eq!(plan_run(&db), (0, 0));
}

/// A workout that lists one exercise in two rows (added one statement at a
/// time, as the old app may) numbers its sets on, as the batch migration
/// does: v3 keeps set numbers unique per session and exercise, so numbering
/// each row from 1 would refuse the old app's write.
#[test]
fn a_repeated_exercise_in_one_workout_numbers_its_sets_on() {
    let db = enabled();
    db.sql(
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt")
             VALUES ('w20', 'Twice', '2024-03-05 10:00', 'u_ana', '2024-03-05')"#,
    );
    db.sql(
        r#"INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
             VALUES ('we200', 'w20', 'e3', 3, 5, 100, 0)"#,
    );
    db.sql(
        r#"INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
             VALUES ('we201', 'w20', 'e3', 2, 3, 110, 1)"#,
    );
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws(' ', l."legacyWorkoutExerciseId", l."setNumber")
                 FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId"
                WHERE s."legacyWorkoutId" = 'w20' ORDER BY l."setNumber""#
        ),
        ["we200 1", "we200 2", "we200 3", "we201 4", "we201 5"]
    );
    assert_verifies(&db);
}

/// The sets of session `s` in order: "exercise reps weight warmup linked",
/// linked = whether the set points at a legacy row.
fn session_sets(db: &TestDb, s: &str) -> Vec<String> {
    db.strings(&format!(
        r#"SELECT concat_ws(' ', l."exerciseId", l.reps, l.weight, l."isWarmup",
                  l."legacyWorkoutExerciseId" IS NOT NULL) FROM "WorkoutLog" l
            WHERE l."sessionId" = '{s}' ORDER BY l.date, l."createdAt", l.id"#
    ))
}

/// Issue 17 (gap): sets written natively into a session that came from a
/// legacy workout are mirrored into that workout, after its own rows, as
/// runs; edited and deleted with them; never carried back. An old-app edit
/// of such a workout afterwards is a conflict (the batch's rule): the
/// session, native sets included, stays as it is, and status/verify say so.
#[test]
fn native_sets_in_a_migrated_session_are_mirrored_into_its_workout() {
    let db = enabled();
    let sid = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w1'"#);
    let sid = sid[0].clone();
    let add = |args: &[&str]| {
        let out = ana(&db)
            .env("WORKOUT_NOW", "2026-03-05T10:00:00Z")
            .args(["log", "add"])
            .args(args)
            .args(["--session", &sid])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    };
    let legacy = |db: &TestDb| {
        db.strings(
            r#"SELECT concat_ws(' ', id, sets, reps, weight) FROM "WorkoutExercise"
                WHERE id IN ('we1', 'we2') ORDER BY id"#,
        )
    };
    let legacy_before = legacy(&db);
    add(&["Squat", "5@40", "--warmup"]);
    add(&["Squat", "3x5@100"]);
    add(&["Squat", "5@100"]);
    add(&["Curl", "10"]);
    // The workout's own rows first, then one row per run; no warm-up.
    assert_eq!(
        mirror_rows(&db, "w1"),
        ["e1 3 10 60.5", "e4 2 8", "e3 4 5 100", "e5 1 10"]
    );
    assert_eq!(legacy(&db), legacy_before);
    // Linked as migrated sets are (so verify's sums hold); the warm-up is not.
    assert_eq!(
        session_sets(&db, &sid),
        [
            "e1 10 60.5 f t",
            "e1 10 60.5 f t",
            "e1 10 60.5 f t",
            "e4 8 f t",
            "e4 8 f t",
            "e3 5 40 t f",
            "e3 5 100 f t",
            "e3 5 100 f t",
            "e3 5 100 f t",
            "e3 5 100 f t",
            "e5 10 f t"
        ]
    );
    // No loop: the mirrored rows did not come back as more sets, and the
    // session is in step with its workout (a run finds nothing to do).
    assert_verifies(&db);
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(
        stderr_of(&out).contains("Carried over 0 new and 0 changed"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(session_sets(&db, &sid).len(), 11);

    // A native edit: the run splits.
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET reps = 6, "updatedAt" = now()
            WHERE id = (SELECT id FROM "WorkoutLog" WHERE "sessionId" = '{sid}' AND "exerciseId" = 'e3'
                         ORDER BY "setNumber" DESC LIMIT 1)"#
    ));
    assert_eq!(
        mirror_rows(&db, "w1"),
        [
            "e1 3 10 60.5",
            "e4 2 8",
            "e3 3 5 100",
            "e3 1 6 100",
            "e5 1 10"
        ]
    );
    assert_verifies(&db);
    // Native deletes: a whole run, then the first set of a run (whose id the row bears).
    db.sql(&format!(
        r#"DELETE FROM "WorkoutLog" WHERE "sessionId" = '{sid}' AND "exerciseId" = 'e5'"#
    ));
    assert_eq!(
        mirror_rows(&db, "w1"),
        ["e1 3 10 60.5", "e4 2 8", "e3 3 5 100", "e3 1 6 100"]
    );
    let first = db.strings(&format!(
        r#"SELECT "legacyWorkoutExerciseId" FROM "WorkoutLog"
            WHERE "sessionId" = '{sid}' AND reps = 5 AND weight = 100 ORDER BY "createdAt", id LIMIT 1"#
    ));
    db.sql(&format!(
        r#"DELETE FROM "WorkoutLog" WHERE id = '{}'"#,
        first[0]
    ));
    assert_eq!(
        mirror_rows(&db, "w1"),
        ["e1 3 10 60.5", "e4 2 8", "e3 2 5 100", "e3 1 6 100"]
    );
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutExercise" WHERE id = '{}'"#,
            first[0]
        )),
        0
    );
    assert_verifies(&db);
    assert_eq!(legacy(&db), legacy_before);

    // The old app edits that workout: a conflict, left as it is (native
    // sets and the mirrored rows stay), reported by status and verify.
    let before = session_sets(&db, &sid);
    db.sql(r#"UPDATE "WorkoutExercise" SET reps = 11 WHERE id = 'we1'"#);
    assert_eq!(session_sets(&db, &sid), before);
    let not_in_step = status(&db)["notInStep"].to_string();
    assert!(not_in_step.contains("legacyChecksum"), "{not_in_step}");
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stdout_of(&out));
    let out = db
        .workout()
        .args(["migrate", "legacy", "--format", "json"])
        .output()
        .unwrap();
    let report = json_of(&out);
    assert!(
        report["conflicts"].to_string().contains("\"w1\""),
        "{report}"
    );
    assert_eq!(session_sets(&db, &sid), before);
    // A native delete of the session still takes its legacy workout along.
    db.sql(&format!(
        r#"DELETE FROM "WorkoutSession" WHERE id = '{sid}'"#
    ));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Workout" WHERE id = 'w1'"#),
        0
    );
}

/// Sets written natively into a migrated session while dual-write was off
/// are mirrored by `enable`.
#[test]
fn enable_mirrors_native_sets_of_migrated_sessions_written_while_off() {
    let db = fixture();
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let sid = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w5'"#);
    let out = db
        .workout()
        .env("WORKOUT_USER", "bo@example.com")
        .env("WORKOUT_NOW", "2026-03-05T10:00:00Z")
        .args(["log", "add", "Curl", "2x12@10", "--session", &sid[0]])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(mirror_rows(&db, "w5").len(), 3);
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        mirror_rows(&db, "w5"),
        ["e4 3 5", "e7 2 10 Infinity", "e_gone 3 3 10", "e5 2 12 10"]
    );
    assert_verifies(&db);
}

/// User `u`'s imported plan: "day position|day name|exercise position|exercise|sets|reps min|reps max|weight".
fn plan_of(db: &TestDb, u: &str) -> Vec<String> {
    db.strings(&format!(
        r#"SELECT concat_ws('|', d.position, d.name,
                  coalesce(x.position::text, '-'), x."exerciseId", x."targetSets", x."targetRepsMin",
                  x."targetRepsMax", coalesce(x."targetWeight"::text, 'BW'))
             FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."isLegacyImport"
             LEFT JOIN "PlanExercise" x ON x."planDayId" = d.id
            WHERE p."userId" = '{u}'
            ORDER BY d.position, x.position"#
    ))
}

/// What a `migrate legacy --dry-run` would do to the imported plans: (inserted, updated).
pub(crate) fn plan_run(db: &TestDb) -> (i64, i64) {
    let out = db
        .workout()
        .args(["migrate", "legacy", "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = json_of(&out);
    let plans = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "TrainingPlan")
        .unwrap()
        .clone();
    (
        plans["inserted"].as_i64().unwrap(),
        plans["updated"].as_i64().unwrap(),
    )
}

/// A newer "Push" of u_ana, as the old app writes it (the workout, then its
/// rows): the plan's first day is now it.
fn newer_push(db: &TestDb) {
    db.sql(
        r#"BEGIN;
           INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('w20', 'Push', '2024-05-01 18:00', 'u_ana', '2024-05-01');
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES
             ('we20', 'w20', 'e5', 3, 12, 20, 0);
           COMMIT;"#,
    );
    assert_eq!(
        plan_of(db, "u_ana"),
        [
            "1|Push|1|e5|3|12|12|20",
            "2|Legs 🦵|1|e3|5|5|5|100",
            "3|Empty|-|BW"
        ]
    );
}

/// Issue 17 (gap): the old app's writes that change what `migrate legacy`
/// would derive as the imported plan rebuild it in the same transaction,
/// with the batch's own statements (a dry run afterwards finds nothing to
/// do); a plan edited natively is a conflict and left as it is.
#[test]
fn the_imported_plan_follows_the_old_apps_writes() {
    let db = enabled();
    let before = [
        "1|push|1|e1|1|12|12|40",
        "1|push|2|e2|4|6|6|70",
        "2|Legs 🦵|1|e3|5|5|5|100",
        "3|Empty|-|BW",
    ];
    assert_eq!(plan_of(&db, "u_ana"), before);
    newer_push(&db);
    assert_eq!(plan_run(&db), (0, 0));
    // An edit of its row, then a new name (a new day, last).
    db.sql(r#"UPDATE "WorkoutExercise" SET reps = 15 WHERE id = 'we20'"#);
    db.sql(
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('w21', 'Arms', '2024-05-02 18:00', 'u_ana', '2024-05-02')"#,
    );
    assert_eq!(
        plan_of(&db, "u_ana"),
        [
            "1|Push|1|e5|3|15|15|20",
            "2|Legs 🦵|1|e3|5|5|5|100",
            "3|Empty|-|BW",
            "4|Arms|-|BW"
        ]
    );
    assert_eq!(plan_run(&db), (0, 0));
    // Deletes: the newer "Push" goes, the older one is the day again; a row of it goes too.
    db.sql(r#"DELETE FROM "Workout" WHERE id = 'w20'"#);
    db.sql(r#"DELETE FROM "WorkoutExercise" WHERE id = 'we3'"#);
    assert_eq!(
        plan_of(&db, "u_ana"),
        [
            "1|push|1|e1|1|12|12|40",
            "2|Legs 🦵|1|e3|5|5|5|100",
            "3|Empty|-|BW",
            "4|Arms|-|BW"
        ]
    );
    assert_eq!(plan_run(&db), (0, 0));
    // A user's first workout: a plan of their own.
    assert!(plan_of(&db, "u_cy").is_empty());
    db.sql(
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('w22', 'Run', '2024-05-03 07:00', 'u_cy', '2024-05-03')"#,
    );
    assert_eq!(plan_of(&db, "u_cy"), ["1|Run|-|BW"]);
    assert_eq!(plan_run(&db), (0, 0));
    assert_verifies(&db);
    // A plan edited natively is a conflict: left as it is.
    db.sql(r#"UPDATE "PlanDay" SET name = 'Jog' WHERE name = 'Run'"#);
    db.sql(r#"UPDATE "TrainingPlan" SET "updatedAt" = now() WHERE "userId" = 'u_cy'"#);
    db.sql(r#"UPDATE "Workout" SET name = 'Run fast' WHERE id = 'w22'"#);
    assert_eq!(plan_of(&db, "u_cy"), ["1|Jog|-|BW"]);
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w22' AND name = 'Run fast'"#),
        1
    );
}

/// An old-app write that changes one day of the imported plan (a newer
/// workout of its name) keeps that day's row: a session planned from it
/// (written natively, as the web app would) keeps its `planDayId`, and the
/// day's own columns the legacy workouts do not give (its time) stay; its
/// exercises are replaced, so a session target linked to one of them loses
/// that link, as when the day went whole. The plan is the batch's.
#[test]
fn a_changed_day_of_the_imported_plan_keeps_its_sessions() {
    let db = enabled();
    let day = db.strings(
        r#"SELECT d.id FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."isLegacyImport"
            WHERE p."userId" = 'u_ana' AND d.name = 'push'"#,
    );
    assert_eq!(day.len(), 1);
    let day = &day[0];
    db.sql(&format!(
        r#"UPDATE "PlanDay" SET time = '07:30' WHERE id = '{day}';
           INSERT INTO "WorkoutSession" (id, "userId", name, status, "trainingPlanId", "planDayId", "scheduledAt", "updatedAt")
           SELECT 'ps1', 'u_ana', 'push', 'SCHEDULED', d."trainingPlanId", d.id, '2024-06-01 18:00', now()
             FROM "PlanDay" d WHERE d.id = '{day}';
           INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", "planExerciseId", position, "targetSets", "updatedAt")
           SELECT 'pt' || x.position, 'ps1', x."exerciseId", x.id, x.position, x."targetSets", now()
             FROM "PlanExercise" x WHERE x."planDayId" = '{day}';"#
    ));
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "SessionExercise" WHERE "sessionId" = 'ps1' AND "planExerciseId" IS NOT NULL"#),
        2
    );
    newer_push(&db);
    assert_eq!(
        db.strings(&format!(
            r#"SELECT concat_ws('|', d.id = '{day}', d.time) FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId"
                WHERE p."userId" = 'u_ana' AND p."isLegacyImport" AND d.name = 'Push'"#
        )),
        ["t|07:30"]
    );
    assert_eq!(
        db.strings(
            r#"SELECT coalesce("planDayId", 'NULL') FROM "WorkoutSession" WHERE id = 'ps1'"#
        ),
        [day.as_str()]
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "SessionExercise" WHERE "sessionId" = 'ps1' AND "planExerciseId" IS NOT NULL"#),
        0
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "SessionExercise" WHERE "sessionId" = 'ps1'"#),
        2
    );
    assert_eq!(plan_run(&db), (0, 0));
    assert_verifies(&db);
}

/// A rebuild of one day reads only the most recent workout of its name (on
/// the name index), and picks the one the batch does: by date, then id, a
/// native session's mirror never (it is the session's, not the old app's).
#[test]
fn a_rebuilt_day_takes_the_most_recent_workout_of_its_name_as_the_batch_does() {
    let db = enabled();
    // A native "Push" after every legacy one: its mirror has the name too.
    db.sql(
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "updatedAt")
           VALUES ('ns1', 'u_ana', 'Push', 'COMPLETED', '2024-07-01 18:00', now())"#,
    );
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "Workout" WHERE id = 'ns1' AND name = 'Push'"#),
        1
    );
    let write = |id: &str, name: &str, ex: &str| {
        db.sql(&format!(
            r#"BEGIN;
               INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('{id}', '{name}', '2024-05-01 18:00', 'u_ana', '2024-05-01');
               INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES
                 ('{id}_x', '{id}', '{ex}', 2, 8, 30, 0);
               COMMIT;"#
        ));
    };
    write("w50", " PUSH ", "e5");
    assert_eq!(
        plan_of(&db, "u_ana"),
        [
            "1|PUSH|1|e5|2|8|8|30",
            "2|Legs 🦵|1|e3|5|5|5|100",
            "3|Empty|-|BW"
        ]
    );
    assert_eq!(plan_run(&db), (0, 0));
    // The same date, a lower id: not the most recent.
    write("w40", "Push", "e1");
    assert_eq!(plan_of(&db, "u_ana")[0], "1|PUSH|1|e5|2|8|8|30");
    assert_eq!(plan_run(&db), (0, 0));
    // The same date, a higher id: the day's now.
    write("w60", "push", "e2");
    assert_eq!(plan_of(&db, "u_ana")[0], "1|push|1|e2|2|8|8|30");
    assert_eq!(plan_run(&db), (0, 0));
    assert_verifies(&db);
}

/// A rebuild of one day (one user's one name: what almost every old-app
/// write that changes a plan asks for) runs on that day's rows alone and
/// gives the batch's plan at every step: a newer workout of the name whose
/// rows are the day's already renames the day and leaves its exercises (and
/// the links of the sessions' targets to them) as they are; its rows that
/// cannot be carried are not the day's; a plan edited natively is a
/// conflict, left as it is; and where the plan has two days of the name (a
/// native edit), the whole plan is rebuilt as the batch would.
#[test]
fn a_rebuilt_day_is_the_batchs_in_every_case() {
    let db = enabled();
    newer_push(&db);
    let ids = || {
        db.strings(
            r#"SELECT x.id FROM "PlanExercise" x JOIN "PlanDay" d ON d.id = x."planDayId"
                 JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."isLegacyImport" AND p."userId" = 'u_ana'
                WHERE d.position = 1 ORDER BY x.position"#,
        )
    };
    let before = ids();
    let write = |id: &str, name: &str, rows: &str| {
        db.sql(&format!(
            r#"BEGIN;
               INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('{id}', '{name}', '2024-05-{d} 18:00', 'u_ana', now());
               INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES {rows};
               COMMIT;"#,
            d = &id[1..]
        ));
    };
    // The same rows under another spelling of the name: renamed, the rows kept.
    write("w21", "PUSH ", "('we21', 'w21', 'e5', 3, 12, 20, 0)");
    assert_eq!(plan_of(&db, "u_ana")[0], "1|PUSH|1|e5|3|12|12|20");
    assert_eq!(ids(), before);
    assert_eq!(plan_run(&db), (0, 0));
    // A row that cannot be carried (no sets) is not the day's.
    write(
        "w22",
        "Push",
        "('we22a', 'w22', 'e1', 0, 5, 50, 0), ('we22b', 'w22', 'e2', 2, 6, 60, 1)",
    );
    assert_eq!(plan_of(&db, "u_ana")[0], "1|Push|1|e2|2|6|6|60");
    assert_eq!(plan_of(&db, "u_ana").len(), 3);
    assert_eq!(plan_run(&db), (0, 0));
    // Edited natively: a conflict; the day stays, the workout is carried.
    db.sql(r#"UPDATE "TrainingPlan" SET "updatedAt" = now() WHERE "userId" = 'u_ana' AND "isLegacyImport""#);
    write("w23", "Push", "('we23', 'w23', 'e3', 1, 1, 1, 0)");
    assert_eq!(plan_of(&db, "u_ana")[0], "1|Push|1|e2|2|6|6|60");
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" = 'we23'"#),
        1
    );
    // Stamped again (as a run leaves it), with a second day of the name
    // made natively: the whole plan is rebuilt, as the batch derives it.
    db.sql(
        r#"UPDATE "PlanDay" d SET name = 'push' FROM "TrainingPlan" p
            WHERE p.id = d."trainingPlanId" AND p."userId" = 'u_ana' AND p."isLegacyImport" AND d.position = 3;
           UPDATE "TrainingPlan" p SET "updatedAt" = (SELECT max("startedAt") FROM "LegacyMigrationRun" WHERE mode = 'dual-write')
            WHERE "userId" = 'u_ana' AND "isLegacyImport""#,
    );
    write("w24", "Push", "('we24', 'w24', 'e4', 2, 2, 2, 0)");
    assert_eq!(
        plan_of(&db, "u_ana"),
        [
            "1|Push|1|e4|2|2|2|2",
            "2|Legs 🦵|1|e3|5|5|5|100",
            "3|Empty|-|BW"
        ]
    );
    assert_eq!(plan_run(&db), (0, 0));
    assert_verifies(&db);
}

fn dual_write(db: &TestDb, what: &str) -> std::process::Output {
    let out = db
        .workout()
        .args(["migrate", "dual-write", what])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    out
}

/// Issue 17 (edge): a native session deleted while dual-write was off
/// leaves its mirror behind; `verify` reports it before `enable`, and
/// `enable` removes it (rather than carrying it over as an old-app workout).
/// A native session edited while off is mirrored again as it is now.
#[test]
fn a_native_session_deleted_or_edited_while_off_is_followed_by_enable() {
    let db = enabled();
    for day in ["2026-03-02T10:00:00Z", "2026-03-05T10:00:00Z"] {
        let out = ana(&db)
            .env("WORKOUT_NOW", day)
            .args(["log", "add", "Curl", "2x10@12"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let native = db.strings(
        r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NULL AND "legacyChecksum" IS NULL ORDER BY "createdAt""#,
    );
    assert_eq!(native.len(), 2, "{native:?}");
    let (gone, edited) = (&native[0], &native[1]);
    assert_eq!(mirror_rows(&db, gone), ["e5 2 10 12"]);
    dual_write(&db, "disable");
    // While off: one session deleted, the other edited (its name and a set).
    db.sql(&format!(
        r#"DELETE FROM "WorkoutSession" WHERE id = '{gone}'"#
    ));
    db.sql(&format!(
        r#"UPDATE "WorkoutSession" SET name = 'Arms', "updatedAt" = now() WHERE id = '{edited}';
           UPDATE "WorkoutLog" SET reps = 8, "updatedAt" = now()
            WHERE id = (SELECT id FROM "WorkoutLog" WHERE "sessionId" = '{edited}' ORDER BY "createdAt" DESC, id DESC LIMIT 1)"#
    ));
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "Workout" WHERE id = '{gone}'"#
        )),
        1
    );
    // verify says so before enable.
    assert_verify_finds(&db, "no legacy mirror outlives");
    let out = dual_write(&db, "enable");
    assert!(
        stderr_of(&out).contains("1 mirror workout(s) of deleted sessions"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "Workout" WHERE id = '{gone}'"#
        )),
        0
    );
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutSession" WHERE "legacyWorkoutId" = '{gone}'"#
        )),
        0
    );
    assert_eq!(mirror_rows(&db, edited), ["e5 1 10 12", "e5 1 8 12"]);
    assert_eq!(
        db.strings(&format!(
            r#"SELECT name FROM "Workout" WHERE id = '{edited}'"#
        )),
        ["Arms"]
    );
    assert_verifies(&db);
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
}

/// Issue 17 (edge): a native set of a migrated session deleted while
/// dual-write was off leaves the row that mirrored it in the legacy
/// workout; `verify` reports it before `enable`, and `enable` removes the
/// row (the session stays in step with its workout). A set edited while
/// off is mirrored as it is now.
#[test]
fn a_native_set_deleted_or_edited_while_off_is_followed_by_enable() {
    let db = enabled();
    let sid = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w1'"#);
    let sid = sid[0].clone();
    for set in [["Squat", "3x5@100"], ["Curl", "10"]] {
        let out = ana(&db)
            .env("WORKOUT_NOW", "2026-03-05T10:00:00Z")
            .args(["log", "add", set[0], set[1], "--session", &sid])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    assert_eq!(
        mirror_rows(&db, "w1"),
        ["e1 3 10 60.5", "e4 2 8", "e3 3 5 100", "e5 1 10"]
    );
    dual_write(&db, "disable");
    db.sql(&format!(
        r#"DELETE FROM "WorkoutLog" WHERE "sessionId" = '{sid}' AND "exerciseId" = 'e5';
           UPDATE "WorkoutLog" SET reps = 6, "updatedAt" = now()
            WHERE id = (SELECT id FROM "WorkoutLog" WHERE "sessionId" = '{sid}' AND "exerciseId" = 'e3'
                         ORDER BY "setNumber" DESC LIMIT 1)"#
    ));
    assert_verify_finds(&db, "no legacy mirror outlives");
    let out = dual_write(&db, "enable");
    assert!(
        stderr_of(&out).contains("1 mirror row(s) of deleted sets"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        mirror_rows(&db, "w1"),
        ["e1 3 10 60.5", "e4 2 8", "e3 2 5 100", "e3 1 6 100"]
    );
    assert_verifies(&db);
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
    let out = db.workout().args(["migrate", "legacy"]).output().unwrap();
    assert!(
        stderr_of(&out).contains("Carried over 0 new and 0 changed"),
        "{}",
        stderr_of(&out)
    );
}

/// Runs `write` (the old app's statements) in one transaction, with
/// PL/pgSQL function statistics on, and returns the rows of `stats` (a
/// query of `(text, bigint)` over the transaction's `pg_stat_xact_*`
/// views), read after the deferred triggers ran and before the commit.
pub(crate) fn xact_stats(db: &TestDb, write: &str, stats: &str) -> Vec<(String, i64)> {
    rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        let mut tx = c.begin().await.unwrap();
        sqlx::raw_sql(&format!(
            "SET LOCAL track_functions = 'pl'; {write}; SET CONSTRAINTS ALL IMMEDIATE;"
        ))
        .execute(&mut *tx)
        .await
        .unwrap_or_else(|e| panic!("{e}\n{write}"));
        let rows: Vec<(String, i64)> = sqlx::query_as(stats).fetch_all(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        c.close().await.unwrap();
        rows
    })
}

/// Runs `write` (the old app's statements) in one transaction and returns
/// how many times the imported plan was rebuilt for it (`workout_dw_plans`
/// calls, counted by PostgreSQL's function statistics).
fn plan_rebuilds(db: &TestDb, write: &str) -> i64 {
    xact_stats(
        db,
        write,
        "SELECT '', coalesce(sum(calls), 0)::bigint FROM pg_stat_xact_user_functions WHERE funcname = 'workout_dw_plans'",
    )[0]
    .1
}

/// Issue 17 (cost): the imported plan is rebuilt only for a write that can
/// change it (the most recent or the first workout of a name, as the plan
/// is derived); an old app's write of an older workout leaves it unread, and
/// the plan is still what `migrate legacy` derives.
#[test]
fn the_imported_plan_is_rebuilt_only_when_a_write_can_change_it() {
    let db = enabled();
    let before = plan_of(&db, "u_ana");
    // An older "push" between the first and the most recent: no rebuild.
    let n = plan_rebuilds(
        &db,
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('w30', 'push', '2024-01-15 18:00', 'u_ana', now());
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES ('we30', 'w30', 'e5', 2, 9, 9, 0)"#,
    );
    assert_eq!(n, 0);
    assert_eq!(plan_of(&db, "u_ana"), before);
    assert_eq!(plan_run(&db), (0, 0));
    let n = plan_rebuilds(
        &db,
        r#"UPDATE "WorkoutExercise" SET reps = 10 WHERE id = 'we30'"#,
    );
    assert_eq!(n, 0);
    assert_eq!(plan_run(&db), (0, 0));
    // The same workout made the most recent "push": rebuilt, its rows are the day's.
    let n = plan_rebuilds(
        &db,
        r#"UPDATE "Workout" SET date = '2024-06-01 18:00' WHERE id = 'w30'"#,
    );
    assert_eq!(n, 1);
    assert_eq!(plan_of(&db, "u_ana")[0], "1|push|1|e5|2|10|10|9");
    assert_eq!(plan_run(&db), (0, 0));
    // A "Legs 🦵" before every other workout: the first date of its name
    // moves, and so does its day.
    let n = plan_rebuilds(
        &db,
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('w31', 'Legs 🦵', '2020-01-01 18:00', 'u_ana', now())"#,
    );
    assert_eq!(n, 1);
    assert!(
        plan_of(&db, "u_ana")[0].starts_with("1|Legs 🦵|"),
        "{:?}",
        plan_of(&db, "u_ana")
    );
    assert_eq!(plan_run(&db), (0, 0));
    // Deleted again: the days go back to where they were.
    let n = plan_rebuilds(&db, r#"DELETE FROM "Workout" WHERE id = 'w31'"#);
    assert_eq!(n, 1);
    assert!(plan_of(&db, "u_ana")[0].starts_with("1|push|"));
    assert_eq!(plan_run(&db), (0, 0));
    assert_verifies(&db);
}

/// Issue 17 (races): the carry runs when the writer commits, so several
/// old-app connections writing the *same* workouts at once (rows added,
/// edited and deleted in multi-statement transactions, the workouts
/// renamed and re-dated) must still leave each session as its workout is
/// after the last commit: whoever commits last carries what is committed.
/// Such writers deadlock often (a row one holds while the carry of another
/// waits for it; the records triggers' row locks taken in two statements):
/// PostgreSQL aborts one transaction, which rolls back whole, and the old
/// app retries it; what committed stays in step.
#[test]
fn concurrent_old_app_writers_on_the_same_workouts_stay_in_step() {
    let db = generated(1, 6);
    dual_write(&db, "enable");
    let psql = ["/usr/lib/postgresql/15/bin/psql", "psql"]
        .into_iter()
        .find(|p| StdCommand::new(p).arg("--version").output().is_ok())
        .expect("psql");
    for round in 0..4 {
        let writers: Vec<_> = (0..4)
            .map(|c| {
                let mut s = String::from("\\set ON_ERROR_STOP on\n");
                for r in 0..12 {
                    let w = format!("gw1_{}", 1 + (c + r) % 3);
                    s.push_str(&format!(
                        r#"BEGIN;
UPDATE "WorkoutExercise" SET reps = reps + 1 WHERE "workoutId" = '{w}' AND "order" = {k};
INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES ('c{round}_{c}_{r}', '{w}', 'ge{e}', 2, 7, 30, {o});
COMMIT;
UPDATE "Workout" SET name = 'Day {n}', date = date + interval '1 hour', "updatedAt" = now() WHERE id = '{w}';
DELETE FROM "WorkoutExercise" WHERE id = (SELECT id FROM "WorkoutExercise" WHERE "workoutId" = '{w}' AND id LIKE 'c%' ORDER BY id LIMIT 1);
"#,
                        k = r % 3,
                        e = 1 + (c + r) % 8,
                        o = 10 + r,
                        n = (c + r) % 2,
                    ));
                }
                let mut child = StdCommand::new(psql)
                    .args(["-X", "-q", "-d", &db.url])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                let mut stdin = child.stdin.take().unwrap();
                std::thread::spawn(move || {
                    use std::io::Write;
                    let _ = stdin.write_all(s.as_bytes());
                });
                child
            })
            .collect();
        let mut finished = 0;
        for child in writers {
            let out = child.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            // A deadlock PostgreSQL detects and breaks is the old app's to
            // retry (the runbook says so); anything else is a failure.
            assert!(
                out.status.success() || err.contains("deadlock detected"),
                "an old-app writer failed: {err}"
            );
            finished += i32::from(out.status.success());
        }
        // At least one writer finished its whole workload each round (the
        // others may have been stopped by a deadlock part of the way).
        assert!(finished >= 1, "round {round}: no writer got through");
        assert_verifies(&db);
        assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
        for w in 1..=3 {
            let legacy = db.strings(&format!(
                r#"SELECT concat_ws(' ', "exerciseId", reps, weight) FROM "WorkoutExercise", generate_series(1, sets)
                    WHERE "workoutId" = 'gw1_{w}' ORDER BY "order", id"#
            ));
            assert_eq!(
                sets_of_workout(&db, &format!("gw1_{w}")).len(),
                legacy.len()
            );
        }
    }
    assert_eq!(plan_run(&db), (0, 0));
}

/// Issue 17 (edge): native sets of a migrated session moved to other
/// sessions (their sessionId changed) while dual-write was off: the row that
/// mirrored them in the first workout outlives them there. `verify` reports
/// it before `enable`; `enable` removes it and mirrors the sets where they
/// are now: as a row of the other migrated session's workout, and in a
/// native session's mirror.
#[test]
fn a_set_moved_to_another_session_while_off_is_followed_by_enable() {
    let db = enabled();
    let sid = |w: &str| {
        db.strings(&format!(
            r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = '{w}'"#
        ))[0]
            .clone()
    };
    let (s1, s2) = (sid("w1"), sid("w2"));
    let out = ana(&db)
        .env("WORKOUT_NOW", "2026-03-05T10:00:00Z")
        .args(["log", "add", "Squat", "2x5@100", "--session", &s1])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = ana(&db)
        .env("WORKOUT_NOW", "2026-03-06T10:00:00Z")
        .args(["log", "add", "Curl", "10@12"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let native = db.strings(
        r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NULL AND "legacyChecksum" IS NULL"#,
    );
    assert_eq!(native.len(), 1, "{native:?}");
    let n = &native[0];
    assert_eq!(
        mirror_rows(&db, "w1"),
        ["e1 3 10 60.5", "e4 2 8", "e3 2 5 100"]
    );
    let w2_before = mirror_rows(&db, "w2");
    dual_write(&db, "disable");
    // While off: the two squat sets leave the migrated session, one to w2's
    // session, one to the native session.
    let squats = db.strings(&format!(
        r#"SELECT id FROM "WorkoutLog" WHERE "sessionId" = '{s1}' AND "exerciseId" = 'e3' ORDER BY "setNumber""#
    ));
    assert_eq!(squats.len(), 2);
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "sessionId" = '{s2}', "setNumber" = 7, "updatedAt" = now() WHERE id = '{}';
           UPDATE "WorkoutLog" SET "sessionId" = '{n}', "setNumber" = 8, "updatedAt" = now() WHERE id = '{}'"#,
        squats[0], squats[1]
    ));
    assert_verify_finds(&db, "no legacy mirror outlives");
    let out = dual_write(&db, "enable");
    assert!(
        stderr_of(&out).contains("1 mirror row(s) of deleted sets"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(mirror_rows(&db, "w1"), ["e1 3 10 60.5", "e4 2 8"]);
    let mut w2_after = w2_before.clone();
    w2_after.push("e3 1 5 100".into());
    assert_eq!(mirror_rows(&db, "w2"), w2_after);
    // In the session's set order (date): the squat set was logged a day earlier.
    assert_eq!(mirror_rows(&db, n), ["e3 1 5 100", "e5 1 10 12"]);
    assert_verifies(&db);
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
}

/// Issue 17 (edge): a set carried over from a legacy row, moved natively to
/// another session (on or off, the old model cannot follow: its row still
/// counts it in the first workout). `verify` reports it rather than pass.
#[test]
fn verify_reports_a_carried_set_moved_to_another_session() {
    let db = enabled();
    let sid = |w: &str| {
        db.strings(&format!(
            r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = '{w}'"#
        ))[0]
            .clone()
    };
    let (s1, s2) = (sid("w1"), sid("w3"));
    assert_verifies(&db);
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "sessionId" = '{s2}', "setNumber" = 9, "updatedAt" = now()
            WHERE id = (SELECT id FROM "WorkoutLog" WHERE "sessionId" = '{s1}' ORDER BY "setNumber" DESC, id LIMIT 1)"#
    ));
    assert_verify_finds(
        &db,
        "every migrated set is in the session of its legacy workout",
    );
    dual_write(&db, "disable");
    assert_verify_finds(
        &db,
        "every migrated set is in the session of its legacy workout",
    );
}

/// Marks the installed dual-write functions as an earlier version's (as a
/// database upgraded with dual-write on has them): an earlier stamp.
fn as_installed_by_an_earlier_version(db: &TestDb) {
    db.sql(
        r#"DO $$ DECLARE f regprocedure; BEGIN
             FOR f IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.proname LIKE 'workout\_dw\_%' LOOP
               EXECUTE format('COMMENT ON FUNCTION %s IS %L', f, 'workout dual-write 0123456789abcdef0123456789abcdef');
             END LOOP; END $$"#,
    );
}

/// Issue 17 (edge): after an upgrade, a database with dual-write on keeps
/// the bodies the earlier version installed. `status` says they are stale;
/// `enable` on it re-installs the current ones (and their behaviour).
#[test]
fn enable_reinstalls_the_bodies_an_earlier_version_left() {
    let db = enabled();
    assert_eq!(status(&db)["current"], true);
    // An earlier version's body: deleting a legacy workout left its session.
    as_installed_by_an_earlier_version(&db);
    db.sql(
        r#"CREATE OR REPLACE FUNCTION workout_dw_on_workout_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
           BEGIN RETURN OLD; END $fn$;
           COMMENT ON FUNCTION workout_dw_on_workout_delete() IS 'workout dual-write 0123456789abcdef0123456789abcdef';
           DROP INDEX "Workout_userId_name_dw_idx""#,
    );
    let st = status(&db);
    assert_eq!(st["phase"], "dual-write");
    assert_eq!(st["current"], false, "{st}");
    assert_eq!(st["index"], false, "{st}");
    let table = db
        .workout()
        .args(["migrate", "dual-write", "status"])
        .output()
        .unwrap();
    assert!(table.status.success());
    assert!(
        stdout_of(&table).contains("STALE: installed by an earlier version"),
        "{}",
        stdout_of(&table)
    );
    let ms = db.workout().args(["migrate", "status"]).output().unwrap();
    assert!(ms.status.success());
    assert!(
        stderr_of(&ms)
            .contains("are an earlier version's: run `workout migrate dual-write enable`"),
        "{}",
        stderr_of(&ms)
    );
    let out = dual_write(&db, "enable");
    assert!(
        stderr_of(&out).contains("of an earlier version: the current ones replace them"),
        "{}",
        stderr_of(&out)
    );
    let st = status(&db);
    assert_eq!(st["current"], true, "{st}");
    assert_eq!(st["index"], true, "{st}");
    assert_eq!(st["triggers"].as_array().unwrap().len(), 15, "{st}");
    let ms = db.workout().args(["migrate", "status"]).output().unwrap();
    assert!(
        !stderr_of(&ms).contains("earlier version"),
        "{}",
        stderr_of(&ms)
    );
    // The current body: the old app's delete takes the session along.
    let sid = db.strings(r#"SELECT id FROM "WorkoutSession" WHERE "legacyWorkoutId" = 'w4'"#);
    assert_eq!(sid.len(), 1);
    db.sql(r#"DELETE FROM "Workout" WHERE id = 'w4'"#);
    assert_eq!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutSession" WHERE id = '{}'"#,
            sid[0]
        )),
        0
    );
    assert_verifies(&db);
}

/// Issue 17 (edge): the re-install misses no write: old-app connections
/// and `workout log add` write while `enable` replaces the triggers of an
/// earlier version, several rounds; verify passes after each.
#[test]
fn reinstalling_while_the_old_app_writes_misses_nothing() {
    let users = 3;
    let rounds = 8;
    let db = generated(users, 30);
    dual_write(&db, "enable");
    let psql = ["/usr/lib/postgresql/15/bin/psql", "psql"]
        .into_iter()
        .find(|p| StdCommand::new(p).arg("--version").output().is_ok())
        .expect("psql");
    for round in 0..4 {
        as_installed_by_an_earlier_version(&db);
        assert_eq!(status(&db)["current"], false);
        let mut old_app = Vec::new();
        for u in 1..=users {
            let script = old_app_script(u, rounds)
                .replace("'nw", &format!("'r{round}nw"))
                .replace("'nx", &format!("'r{round}nx"));
            let mut child = StdCommand::new(psql)
                .args(["-X", "-q", "-d", &db.url])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                use std::io::Write;
                let _ = stdin.write_all(script.as_bytes());
            });
            old_app.push(child);
        }
        let native = {
            let mut c = db.workout();
            c.env("WORKOUT_USER", "g1@example.com")
                .args(["log", "add", "Generated 3", "3x5@60"]);
            std::thread::spawn(move || c.output().unwrap())
        };
        std::thread::sleep(std::time::Duration::from_millis(50 * (round + 1)));
        dual_write(&db, "enable");
        let out = native.join().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        for child in old_app {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "the old app's workload failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(status(&db)["current"], true);
        assert_verifies(&db);
    }
    // Every workout the old app inserted has its session with its sets.
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutSession" WHERE "legacyWorkoutId" LIKE 'r_nw%'"#),
        4 * users * rounds
    );
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
}

/// Issue 17 (edge): `dual-write disable` and `cutover` while old-app
/// connections and `workout log add` write, several rounds. With the
/// triggers live the writers take the four tables in both orders, so
/// `disable` (and the move of `cutover`) must not deadlock with them: each
/// gives up its lock waits before PostgreSQL looks for a deadlock and tries
/// again, so it succeeds and no writer is aborted. After `disable`, `enable`
/// catches up what was written meanwhile and verify passes; after
/// `cutover`, verify passes at once (nothing the old app wrote before the
/// move is left behind), and an old-app write after it fails only because
/// the tables moved.
#[test]
fn disable_and_cutover_while_the_old_app_writes_do_not_deadlock() {
    let users = 3;
    let rounds = 8;
    let db = generated(users, 30);
    dual_write(&db, "enable");
    let psql = ["/usr/lib/postgresql/15/bin/psql", "psql"]
        .into_iter()
        .find(|p| StdCommand::new(p).arg("--version").output().is_ok())
        .expect("psql");
    for round in 0..6 {
        let cutover = round % 3 == 2;
        let mut old_app = Vec::new();
        for u in 1..=users {
            let script = old_app_script(u, rounds)
                .replace("'nw", &format!("'r{round}nw"))
                .replace("'nx", &format!("'r{round}nx"));
            let mut child = StdCommand::new(psql)
                .args(["-X", "-q", "-d", &db.url])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                use std::io::Write;
                let _ = stdin.write_all(script.as_bytes());
            });
            old_app.push(child);
        }
        // Meanwhile `workout log add`, as two users in parallel.
        let natives: Vec<_> = [1, 2]
            .into_iter()
            .map(|u| {
                let cmds: Vec<_> = (0..4)
                    .map(|i| {
                        let mut c = db.workout();
                        c.env("WORKOUT_USER", format!("g{u}@example.com")).args([
                            "log",
                            "add",
                            "Generated 3",
                            &format!("{}@60", 5 + i % 2),
                        ]);
                        c
                    })
                    .collect();
                std::thread::spawn(move || {
                    cmds.into_iter()
                        .map(|mut c| c.output().unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(30 * (round % 3 + 1)));
        let out = if cutover {
            db.workout().args(["migrate", "cutover"]).output().unwrap()
        } else {
            db.workout()
                .args(["migrate", "dual-write", "disable"])
                .output()
                .unwrap()
        };
        assert!(out.status.success(), "round {round}: {}", stderr_of(&out));
        for n in natives {
            for out in n.join().unwrap() {
                assert!(out.status.success(), "{}", stderr_of(&out));
            }
        }
        for child in old_app {
            let out = child.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success()
                    || (cutover
                        && (err.contains(r#"relation "Workout" does not exist"#)
                            || err.contains(r#"relation "WorkoutExercise" does not exist"#))),
                "round {round}: the old app's workload failed: {err}"
            );
        }
        if cutover {
            assert_eq!(status(&db)["phase"], "cutover");
            assert_verifies(&db);
            let out = db
                .workout()
                .args(["migrate", "cutover", "--undo"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", stderr_of(&out));
        } else {
            assert_eq!(status(&db)["phase"], "expand");
            dual_write(&db, "enable");
        }
        assert_eq!(status(&db)["phase"], "dual-write");
        assert_verifies(&db);
    }
    assert_eq!(status(&db)["notInStep"], serde_json::json!([]));
}
