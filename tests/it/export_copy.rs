//! `log export` made by the server (`COPY ... TO STDOUT`) writes the same
//! bytes as the row-by-row export it replaced (serde and the csv crate,
//! kept in debug builds behind WORKOUT_TEST_EXPORT_REFERENCE): every
//! format, filter and `--spreadsheet-safe`, on generated data with every
//! column filled and empty and the edges of text and floats.

use crate::common::*;

/// A user (pounds) with plans, sessions with and without sets, own
/// exercises used and unused, sets of every type, supersets, the day's
/// targets (first and second entries, not done), texts with quotes, commas,
/// line ends, control characters, formula starts, empty strings, and
/// floats at the edges of Rust's and PostgreSQL's notations. Another user's
/// rows beside them.
fn fill(db: &TestDb, email: &str) -> String {
    let uid = db.strings(&format!(r#"SELECT id FROM "User" WHERE email = '{email}'"#))[0].clone();
    db.sql(&format!(
        r#"
UPDATE "User" SET "weightUnit" = 'lb' WHERE id = '{uid}';
CREATE TEMP TABLE texts AS
SELECT t, row_number() OVER () AS i FROM unnest(ARRAY[
  E'a "quoted", comma', E'line\nbreak', E'cr\rhere', E'\ttab', '=1+1', '+31', '-2', '@SUM(A1)',
  E'\rx', '', NULL, E'ctl\x01\x1f\x7f', 'Ünïcödé ✓', '\.', E'back\\slash', ' spaced ', '#hash',
  'plain']) t;
CREATE TEMP TABLE floats AS
SELECT f, row_number() OVER () AS i FROM unnest(ARRAY[
  0, '-0'::float8, 72.5, 100, 1e-5, 1.5e-5, 9.99e-5, 1e-4, 0.1::float8 + 0.2::float8, 1.0::float8 / 3,
  1e15, 1.5e15, 1234567890123456.7, 1e16, 1.2345e20, 1e-7, 2.5e-300, 1.7976931348623157e308,
  123456.789, NULL]::float8[]) f;
INSERT INTO "TrainingPlan" (id, "userId", name, "updatedAt") VALUES
  ('tp1', '{uid}', '=Plan, "A"', now()), ('tp2', '{uid}', '', now());
INSERT INTO "PlanDay" (id, "trainingPlanId", name, position) VALUES
  ('pd1', 'tp1', E'-Day\n1', 1), ('pd2', 'tp2', 'Day 2', 1);
INSERT INTO "Exercise" (id, name, "createdById", equipment, category, "primaryMuscleGroup",
                        "secondaryMuscleGroups", difficulty, mechanic, force, "trackingType", "createdAt", "updatedAt")
SELECT 'ox' || k, 'Own ' || k || (SELECT coalesce(t, '') FROM texts WHERE i = 1 + k % 18), '{uid}',
       (SELECT t FROM texts WHERE i = 1 + (k * 5) % 18),
       (enum_range(NULL::"ExerciseCategory"))[1 + k % 3],
       CASE WHEN k % 3 > 0 THEN (enum_range(NULL::"MuscleGroup"))[1 + k % 5] END,
       CASE WHEN k % 2 = 0 THEN ARRAY[(enum_range(NULL::"MuscleGroup"))[2], (enum_range(NULL::"MuscleGroup"))[3]]
            ELSE '{{}}' END::"MuscleGroup"[],
       CASE WHEN k % 2 = 1 THEN (enum_range(NULL::"Difficulty"))[1] END,
       CASE WHEN k % 3 = 1 THEN (enum_range(NULL::"Mechanic"))[1] END,
       CASE WHEN k % 4 = 1 THEN (enum_range(NULL::"Force"))[1] END,
       (enum_range(NULL::"TrackingType"))[1 + k % 6],
       timestamp '2026-01-01' + k * interval '1 minute', now()
FROM generate_series(1, 6) k;
INSERT INTO "WorkoutSession" (id, "userId", "trainingPlanId", "planDayId", name, status, "scheduledAt",
                              "startedAt", "completedAt", "durationMinutes", notes, "createdAt", "updatedAt")
SELECT 'ws' || k, '{uid}', CASE WHEN k % 3 = 1 THEN 'tp1' WHEN k % 3 = 2 THEN 'tp2' END,
       CASE WHEN k % 3 = 1 THEN 'pd1' WHEN k % 6 = 2 THEN 'pd2' END,
       coalesce((SELECT t FROM texts WHERE i = 1 + k % 18), 'S'),
       (enum_range(NULL::"SessionStatus"))[1 + k % 5],
       CASE WHEN k % 2 = 0 THEN timestamp '2026-02-01 08:00:00.123' + k * interval '1 day' END,
       CASE WHEN k % 5 <> 0 THEN timestamp '2026-02-01 09:30:00.007' + k * interval '1 day' END,
       CASE WHEN k % 4 = 0 THEN timestamp '2026-02-01 10:45:59.999' + k * interval '1 day' END,
       CASE WHEN k % 3 = 0 THEN k * 7 END,
       (SELECT t FROM texts WHERE i = 1 + (k * 7) % 18),
       timestamp '2026-01-01' + k * interval '1 hour', now()
FROM generate_series(1, 30) k;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight,
                          "durationSeconds", "distanceMeters", rpe, "isWarmup", "setType", "supersetGroup",
                          notes, "createdAt", "updatedAt")
SELECT 'wl' || lpad(k::text, 4, '0'), '{uid}',
       CASE WHEN k % 37 = 0 THEN NULL ELSE 'ws' || (1 + k % 24) END,
       CASE WHEN k % 4 = 0 THEN 'ox' || (1 + k % 5) ELSE c.ids[1 + k % 7] END,
       timestamp '1900-01-01' + (k % 7) * interval '40 years' + k * interval '37 minutes 1.001 seconds',
       1 + k / 24, CASE WHEN k % 6 <> 0 THEN k % 30 END,
       (SELECT f FROM floats WHERE i = 1 + k % 20),
       CASE WHEN k % 5 = 0 THEN k * 3 END,
       (SELECT f FROM floats WHERE i = 1 + (k * 3) % 20),
       CASE k % 5 WHEN 0 THEN 1 WHEN 1 THEN 7.5 WHEN 2 THEN 25::float8 / 3 WHEN 3 THEN 10 END,
       k % 5 = 1, ('{{NORMAL,WARMUP,DROP,FAILURE,AMRAP}}'::"SetType"[])[1 + k % 5],
       CASE WHEN k % 3 = 0 THEN 1 + k % 2 END,
       (SELECT t FROM texts WHERE i = 1 + (k * 11) % 18),
       now(), now()
FROM generate_series(1, 400) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise"
      WHERE "createdById" IS NULL ORDER BY name LIMIT 7) e) c;
-- The day's targets: the exercise a set row carries (first entry), a
-- second entry of it, and one not done.
INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", position, "targetSets", "targetRepsMin",
                               "targetRepsMax", "targetWeight", "targetRpe", "restSeconds", "supersetGroup",
                               notes, "createdAt", "updatedAt")
SELECT 'se' || s.k || '_' || p, 'ws' || s.k,
       CASE WHEN p = 3 THEN 'ox6' ELSE (SELECT l."exerciseId" FROM "WorkoutLog" l WHERE l."sessionId" = 'ws' || s.k
                                        ORDER BY l.id LIMIT 1) END,
       p, p + s.k % 4, CASE WHEN p <> 2 THEN 5 END, CASE WHEN p <> 2 THEN 5 + s.k % 3 END,
       (SELECT f FROM floats WHERE i = 1 + (s.k * p) % 20),
       CASE WHEN p = 1 THEN 8.5 END, CASE WHEN s.k % 2 = 0 THEN 90 END, CASE WHEN p < 3 THEN 1 END,
       (SELECT t FROM texts WHERE i = 1 + (s.k + p) % 18), now(), now()
FROM generate_series(1, 24, 2) s(k), generate_series(1, 3) p
WHERE EXISTS (SELECT 1 FROM "WorkoutLog" l WHERE l."sessionId" = 'ws' || s.k);
"#
    ));
    uid
}

#[test]
fn the_servers_export_is_byte_for_byte_the_row_by_row_one() {
    let db = TestDb::new().with_user("copy@example.com");
    db.workout()
        .args(["user", "add", "other@example.com"])
        .assert()
        .success();
    fill(&db, "copy@example.com");
    // Another user's rows, which no export of ours may carry.
    db.workout()
        .env("WORKOUT_USER", "other@example.com")
        .env("WORKOUT_NOW", "2026-03-01T09:00:00Z")
        .args([
            "log",
            "add",
            "Bench Press",
            "3x5@100kg",
            "--notes",
            "other's",
        ])
        .assert()
        .success();
    let exercise = db.strings(r#"SELECT name FROM "Exercise" WHERE id = 'ox1'"#)[0].clone();
    // No set uses it: the filtered exports are empty.
    let unused = db.strings(r#"SELECT name FROM "Exercise" WHERE id = 'ox6'"#)[0].clone();
    let cases: Vec<Vec<&str>> = vec![
        vec!["--format", "csv"],
        vec![],
        vec!["--format", "csv", "--spreadsheet-safe"],
        vec!["--format", "json"],
        vec!["--format", "ndjson"],
        vec!["--format", "csv", "--exercise", "Bench Press"],
        vec!["--format", "json", "--exercise", &exercise],
        vec![
            "--format",
            "csv",
            "--since",
            "1940-01-01",
            "--until",
            "2000-12-31",
        ],
        vec!["--format", "ndjson", "--since", "2020-01-01"],
        vec!["--format", "json", "--exercise", &unused],
        vec!["--format", "csv", "--exercise", &unused],
        vec!["--format", "ndjson", "--exercise", &unused],
    ];
    for args in &cases {
        let export = |reference: bool| {
            let mut cmd = db.workout();
            cmd.env("WORKOUT_NOW", "2026-11-30T12:00:00Z");
            if reference {
                cmd.env("WORKOUT_TEST_EXPORT_REFERENCE", "1");
            }
            let out = cmd.args(["log", "export"]).args(args).output().unwrap();
            assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
            out.stdout
        };
        let want = export(true);
        let got = export(false);
        if got != want {
            let (g, w) = (
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want),
            );
            let line = g.lines().zip(w.lines()).position(|(a, b)| a != b);
            panic!(
                "{args:?}: the bytes differ (first different line {line:?}):\n got: {:?}\nwant: {:?}",
                line.and_then(|i| g.lines().nth(i)),
                line.and_then(|i| w.lines().nth(i)),
            );
        }
        // Only an empty ndjson is empty.
        assert!(!want.is_empty() || args.contains(&"ndjson"), "{args:?}");
    }
    // The data reaches every edge it is meant to: the full csv carries the
    // floats in both notations, quoted line ends, the extras.
    let full = String::from_utf8(
        db.workout()
            .args(["log", "export", "--format", "csv"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for needle in [
        "1e16",
        "1.2345e20",
        "1e-7",
        "0.00001",
        "1500000000000000.0",
        "-0.0",
        "72.5",
        "0.30000000000000004",
        "\"line\nbreak\"",
        "\"a \"\"quoted\"\", comma\"",
        "cr\rhere",
        "ctl\u{1}",
        "2026-02-03T08:00:00.123Z",
        "AMRAP",
        ",true,",
    ] {
        assert!(full.contains(needle), "{needle:?} not in the export");
    }
    assert!(!full.contains("other's"));
    assert_eq!(full.lines().filter(|l| l.starts_with("wl")).count(), 400);
    // With --output, the count told is the sets'.
    for reference in [true, false] {
        let f = db.home_path().join(format!("out{reference}.csv"));
        let mut cmd = db.workout();
        if reference {
            cmd.env("WORKOUT_TEST_EXPORT_REFERENCE", "1");
        }
        let out = cmd
            .args(["log", "export", "--format", "csv", "--output"])
            .arg(&f)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains("Exported 400 set(s)"),
            "{}",
            stderr_of(&out)
        );
    }
    assert_eq!(
        std::fs::read(db.home_path().join("outtrue.csv")).unwrap(),
        std::fs::read(db.home_path().join("outfalse.csv")).unwrap()
    );
}

/// The plan of the sets' COPY over a history big enough for the planner to
/// care (6,000 sets of one user beside another's): the sets come in date
/// order from the (userId, date) index and are shaped after, so no Sort
/// node holds the shaped rows (the top of the plan is the lookups, not a
/// Sort), and no JIT compilation (it cost more than it saved). The export
/// of that history is still the row-by-row one's bytes, in every format.
#[test]
fn the_export_sorts_and_compiles_nothing_wide() {
    use sqlx::Connection;
    use workout_tracker::db::export;
    let db = TestDb::new().with_user("big@example.com");
    db.workout()
        .args(["user", "add", "other@example.com"])
        .assert()
        .success();
    let uid = db.strings(r#"SELECT id FROM "User" WHERE email = 'big@example.com'"#)[0].clone();
    db.sql(&format!(
        r#"
UPDATE "User" SET timezone = 'Pacific/Auckland' WHERE id = '{uid}';
INSERT INTO "WorkoutSession" (id, "userId", name, status, "startedAt", "createdAt", "updatedAt")
SELECT 'bs' || s, '{uid}', 'S, "' || s || '"', 'COMPLETED', t, t, t
FROM generate_series(1, 300) s, LATERAL (SELECT timestamp '2026-01-01' + s * interval '11 hours' AS t) w;
INSERT INTO "SessionExercise" (id, "sessionId", "exerciseId", position, "targetSets", "targetWeight", "createdAt", "updatedAt")
SELECT 'se' || s, 'bs' || s, (SELECT id FROM "Exercise" WHERE "createdById" IS NULL ORDER BY name LIMIT 1), 1, 3, 82.5, now(), now()
FROM generate_series(1, 300, 3) s;
INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "isWarmup",
                          "setType", notes, "createdAt", "updatedAt")
SELECT 'bl' || s || '_' || k, '{uid}', 'bs' || s, ex.ids[1 + k % 4],
       timestamp '2026-01-01' + s * interval '11 hours' + (k / 4) * interval '2 minutes', 1 + k / 4, 5, 20 + k * 2.5,
       k < 4, CASE WHEN k < 4 THEN 'WARMUP' ELSE 'NORMAL' END::"SetType", CASE WHEN k = 7 THEN E'x,"y"\nz' END, now(), now()
FROM generate_series(1, 300) s, generate_series(0, 19) k,
     (SELECT array_agg(id ORDER BY name) AS ids FROM (SELECT id, name FROM "Exercise"
      WHERE "createdById" IS NULL ORDER BY name LIMIT 4) e) ex;
INSERT INTO "WorkoutLog" (id, "userId", "exerciseId", date, "setNumber", reps, "createdAt", "updatedAt")
SELECT 'ol' || k, (SELECT id FROM "User" WHERE email = 'other@example.com'),
       (SELECT id FROM "Exercise" WHERE "createdById" IS NULL ORDER BY name LIMIT 1), now(), k, 5, now(), now()
FROM generate_series(1, 2000) k;
ANALYZE;
"#
    ));
    for shape in [export::Shape::Csv { safe: false }, export::Shape::Json] {
        let statement = export::sets_statement(&export::Bounds::default(), shape);
        let query = statement
            .sql
            .strip_prefix("COPY (")
            .and_then(|s| s.rsplit_once(") TO STDOUT"))
            .map(|(q, _)| q.to_string())
            .expect("a COPY of a query");
        let plan: serde_json::Value = rt().block_on(async {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            let mut tx = c.begin().await.unwrap();
            export::bind(&mut tx, &uid, &export::Bounds::default())
                .await
                .unwrap();
            let (plan,): (serde_json::Value,) =
                sqlx::query_as(&format!("EXPLAIN (ANALYZE, FORMAT JSON) {query}"))
                    .fetch_one(&mut *tx)
                    .await
                    .unwrap();
            plan
        });
        let top = &plan[0]["Plan"];
        assert_ne!(top["Node Type"], "Sort", "{shape:?}: {plan:#}");
        assert_ne!(top["Node Type"], "Incremental Sort", "{shape:?}: {plan:#}");
        assert_eq!(top["Actual Rows"], 6000, "{shape:?}");
        assert!(plan[0].get("JIT").is_none(), "{shape:?}: {plan:#}");
    }
    // Its bytes, with the local days of a time zone far from UTC.
    for args in [
        vec!["--format", "csv"],
        vec!["--format", "json"],
        vec![
            "--format",
            "ndjson",
            "--since",
            "2026-01-20",
            "--until",
            "2026-02-10",
        ],
        vec![
            "--format",
            "csv",
            "--spreadsheet-safe",
            "--since",
            "2026-02-01",
        ],
    ] {
        let export = |reference: bool| {
            let mut cmd = db.workout();
            if reference {
                cmd.env("WORKOUT_TEST_EXPORT_REFERENCE", "1");
            }
            let out = cmd.args(["log", "export"]).args(&args).output().unwrap();
            assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
            out.stdout
        };
        let want = export(true);
        assert!(want.len() > 10_000, "{args:?}");
        assert!(export(false) == want, "{args:?}: the bytes differ");
    }
}
