//! Issue 16: `log stats` finds the training weeks by a loose index scan and
//! `log progress` reads one exercise through its index; their answers equal
//! hand-written SQL's on generated data (two users, so
//! that one user's sets never leak into the other's answers), and the
//! indexes the daily commands need are there.

use crate::common::*;

/// Sessions and sets for every user, set-based: 80 sessions each (some
/// sets without a session, some warm-ups, reps 0..15, weights or none),
/// on days spread over two years and across midnight in UTC.
fn generate(db: &TestDb) {
    db.sql(
        r#"SELECT setseed(0.16);
        INSERT INTO "WorkoutSession" ("id", "userId", "name", "status", "startedAt", "completedAt", "createdAt", "updatedAt")
        SELECT 'gs' || u."id" || '-' || i, u."id", 'Generated', 'COMPLETED',
               t, t + interval '1 hour', t, t
        FROM "User" u, generate_series(1, 80) i,
             LATERAL (SELECT timestamp '2025-01-01 20:00' + (i * 5 + (i % 3)) * interval '1 day'
                             + (i % 7) * interval '1 hour' AS t) x;
        WITH ex AS (SELECT "id", row_number() OVER (ORDER BY "id") AS k FROM "Exercise"
                    WHERE "createdById" IS NULL AND "name" IN ('Barbell Bench Press - Medium Grip', 'Barbell Squat', 'Pullups', 'Barbell Deadlift')),
        raw AS (
            SELECT s."userId", CASE WHEN n % 11 = 0 THEN NULL ELSE s."id" END AS sid, ex."id" AS ex,
                   s."startedAt" + n * interval '2 minutes' AS d,
                   floor(random() * 16)::int AS reps,
                   CASE WHEN random() < 0.15 THEN NULL ELSE round((random() * 80)::numeric / 2.5) * 2.5 END::float8 AS w,
                   random() < 0.1 AS warm, n
            FROM "WorkoutSession" s
            CROSS JOIN generate_series(1, 12) n
            JOIN ex ON ex.k = 1 + (n % 4)
            WHERE s."id" LIKE 'gs%')
        INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
                                  "isWarmup", "createdAt", "updatedAt")
        SELECT 'gl' || md5(random()::text), "userId", sid, ex, d,
               row_number() OVER (PARTITION BY "userId", sid, ex, CASE WHEN sid IS NULL THEN d END ORDER BY n),
               reps, w, warm, d, d
        FROM raw;"#,
    );
}

/// The acting user's id.
fn uid(db: &TestDb, email: &str) -> String {
    db.strings(&format!(
        r#"SELECT "id" FROM "User" WHERE "email" = '{email}'"#
    ))
    .remove(0)
}

fn close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() < 0.006,
        _ => a == b,
    }
}

fn assert_rows_equal(got: &serde_json::Value, want: &serde_json::Value, keys: &[&str]) {
    let (g, w) = (got.as_array().unwrap(), want.as_array().unwrap());
    assert_eq!(g.len(), w.len(), "rows:\n{got}\n{want}");
    assert!(!g.is_empty());
    for (a, b) in g.iter().zip(w) {
        for k in keys {
            assert!(close(&a[k], &b[k]), "{k}: {} vs {}\n{a}\n{b}", a[k], b[k]);
        }
    }
}

fn setup() -> (TestDb, String) {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    db.workout()
        .args(["user", "set", "--timezone", "America/New_York"])
        .assert()
        .success();
    generate(&db);
    let id = uid(&db, "a@x.io");
    (db, id)
}

#[test]
fn progress_equals_hand_written_sql_on_generated_data() {
    let (db, id) = setup();
    let anchor = db.strings(&format!(
        r#"WITH s AS (
             SELECT (l."date" AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date AS day, l."reps" AS reps,
                    l."weight" AS w, CASE WHEN l."reps" = 1 THEN l."weight" ELSE l."weight" * (1 + l."reps" / 30.0) END AS e1
             FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
             WHERE l."userId" = '{id}' AND e."name" = 'Barbell Bench Press - Medium Grip' AND l."setType" <> 'WARMUP'
               AND l."reps" BETWEEN 1 AND 10 AND l."weight" IS NOT NULL),
           best AS (SELECT day, max(e1) AS e1 FROM s GROUP BY day)
         SELECT json_agg(json_build_object('date', b.day, 'e1rmKg', round(b.e1::numeric, 2),
                         'weightKg', (SELECT max(w) FROM s WHERE s.day = b.day AND s.e1 = b.e1)) ORDER BY b.day)::text
         FROM best b"#
    ));
    let want: serde_json::Value = serde_json::from_str(&anchor[0]).unwrap();
    let got = db.json_at(
        "2027-06-01T12:00:00Z",
        &["log", "progress", "Barbell Bench Press - Medium Grip"],
    );
    assert_rows_equal(&got, &want, &["date", "e1rmKg", "weightKg"]);
}

/// `log progress`'s plan for a weight exercise (issue 16): the statement
/// names no function, so the server may read and sort the exercise's sets
/// in parallel workers as the hand-written SQL's plan does (at 5M sets the
/// anchor's workers each sorted their share in memory while the serial
/// plan spilled its sort to disk); the sets come through an index on the
/// user and the exercise, never a scan of the table. Parallel plans are
/// made cheap here so that the planner takes one wherever it may: a
/// statement that calls `workout_set_load` (parallel unsafe) never gets one.
#[test]
fn progress_of_a_weight_exercise_may_run_in_parallel_workers() {
    use sqlx::{Connection, Executor, Row};
    use workout_tracker::db::records::BEST_E1RM_BY_WEIGHT;
    let (db, id) = setup();
    db.sql("ANALYZE");
    let ex = db.strings(
        r#"SELECT "id" FROM "Exercise" WHERE "name" = 'Barbell Bench Press - Medium Grip' AND "createdById" IS NULL"#,
    )
    .remove(0);
    let plan: Vec<String> = rt().block_on(async {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        for s in [
            "SET jit = off",
            "SET enable_seqscan = off",
            "SET parallel_setup_cost = 0",
            "SET parallel_tuple_cost = 0",
            "SET min_parallel_table_scan_size = 0",
            "SET min_parallel_index_scan_size = 0",
            "SET max_parallel_workers_per_gather = 2",
        ] {
            c.execute(s).await.unwrap();
        }
        c.execute(
            format!("PREPARE p(text, text, text, timestamp) AS {BEST_E1RM_BY_WEIGHT}").as_str(),
        )
        .await
        .unwrap();
        let rows = c
            .fetch_all(
                format!(
                    "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) \
                     EXECUTE p('{id}', 'America/New_York', '{ex}', NULL)"
                )
                .as_str(),
            )
            .await
            .unwrap();
        rows.iter().map(|r| r.get::<String, _>(0)).collect()
    });
    let text = plan.join("\n");
    assert!(text.contains("Gather"), "{text}");
    assert!(!text.contains("Seq Scan"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("Cond: ") && l.contains(&ex)),
        "{text}"
    );
    // Each day's best is kept by DISTINCT ON over the merged workers' rows.
    assert!(text.starts_with("Unique"), "{text}");
}

/// The training weeks the database keeps ("TrainingWeek", migration 10)
/// equal the sets' weeks counted by hand for every user (each in their own
/// zone), and `log stats`' streaks of `id` (on the day of their last set, in
/// zone `tz`) equal the runs of consecutive weeks computed by hand.
fn streaks_hold(db: &TestDb, id: &str, tz: &str, step: &str) {
    let want = db.strings(
        r#"SELECT u || ' ' || w || ' ' || count(*)
           FROM (SELECT l."userId" AS u,
                        date_trunc('week', l."date" AT TIME ZONE 'UTC' AT TIME ZONE coalesce(us."timezone", 'UTC'))::date AS w
                 FROM "WorkoutLog" l JOIN "User" us ON us."id" = l."userId") x
           GROUP BY u, w ORDER BY 1"#,
    );
    let kept = db.strings(
        r#"SELECT "userId" || ' ' || "week" || ' ' || "sets" FROM "TrainingWeek" ORDER BY 1"#,
    );
    assert_eq!(kept, want, "{step}: the kept training weeks");
    // Training weeks (local ISO weeks), then runs of consecutive weeks.
    let runs = db.strings(&format!(
        r#"WITH w AS (SELECT DISTINCT date_trunc('week', l."date" AT TIME ZONE 'UTC' AT TIME ZONE '{tz}')::date AS wk
                    FROM "WorkoutLog" l WHERE l."userId" = '{id}'),
           g AS (SELECT wk, wk - (row_number() OVER (ORDER BY wk) * 7)::int AS grp FROM w)
         SELECT count(*)::text FROM g GROUP BY grp ORDER BY max(wk) DESC"#
    ));
    let longest = runs
        .iter()
        .map(|r| r.parse::<i64>().unwrap())
        .max()
        .unwrap();
    let last_day = db.strings(&format!(
        r#"SELECT (max(l."date") AT TIME ZONE 'UTC' AT TIME ZONE '{tz}')::date::text
           FROM "WorkoutLog" l WHERE l."userId" = '{id}'"#
    ));
    // On the day of the last set, the current streak is the last run.
    let now = db.strings(&format!(
        r#"SELECT to_char((date '{}' + time '12:00') AT TIME ZONE '{tz}' AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#,
        last_day[0]
    ));
    let v = db.json_at(&now[0], &["log", "stats", "--weeks", "12"]);
    assert_eq!(v["longestStreakWeeks"], longest, "{step}: {v}");
    assert_eq!(
        v["currentStreakWeeks"],
        runs[0].parse::<i64>().unwrap(),
        "{step}: {v}"
    );
}

#[test]
fn stats_streaks_equal_hand_written_sql_on_generated_data() {
    let (db, id) = setup();
    let ny = "America/New_York";
    streaks_hold(&db, &id, ny, "generated");
    assert!(db.int(r#"SELECT max("sets")::bigint FROM "TrainingWeek""#) > 1);
    // Every set of one week in the middle deleted (the longest run splits),
    // then one set of another week (its count drops).
    let week = |k: i64| {
        format!(
            r#"date_trunc('week', "date" AT TIME ZONE 'UTC' AT TIME ZONE '{ny}')::date
               = (SELECT min(date_trunc('week', "date" AT TIME ZONE 'UTC' AT TIME ZONE '{ny}')::date) + {k} * 7
                  FROM "WorkoutLog" WHERE "userId" = '{id}')"#
        )
    };
    db.sql(&format!(
        r#"DELETE FROM "WorkoutLog" WHERE "userId" = '{id}' AND {}"#,
        week(30)
    ));
    db.sql(&format!(
        r#"DELETE FROM "WorkoutLog" WHERE "id" = (SELECT min("id") FROM "WorkoutLog" WHERE "userId" = '{id}' AND {})"#,
        week(12)
    ));
    streaks_hold(&db, &id, ny, "deletes");
    // Sets moved (their date edited): one week's sets a week later (that
    // week empties, another run splits), and one set into the emptied week
    // 30 (it trains again: the runs join).
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "date" = "date" + interval '7 days' WHERE "userId" = '{id}' AND {}"#,
        week(20)
    ));
    streaks_hold(&db, &id, ny, "a week moved");
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "date" = "date" - interval '7 days'
            WHERE "id" = (SELECT min("id") FROM "WorkoutLog" WHERE "userId" = '{id}' AND {})"#,
        week(31)
    ));
    streaks_hold(&db, &id, ny, "a set moved");
    // A set moved to the other user, a note edited (nothing moves).
    db.sql(&format!(
        r#"UPDATE "WorkoutLog" SET "userId" = (SELECT "id" FROM "User" WHERE "email" = 'b@x.io'), "sessionId" = NULL
            WHERE "id" = (SELECT max("id") FROM "WorkoutLog" WHERE "userId" = '{id}' AND {});
           UPDATE "WorkoutLog" SET "notes" = 'n' WHERE "userId" = '{id}'"#,
        week(5)
    ));
    streaks_hold(&db, &id, ny, "a set moved to another user");
    // The time zone changed (17 hours later: sets near midnight change day
    // and, on a Sunday night or a Monday morning, week).
    db.workout()
        .args(["user", "set", "--timezone", "Pacific/Auckland"])
        .assert()
        .success();
    streaks_hold(&db, &id, "Pacific/Auckland", "time zone");
    // Another client writes (as Prisma or psql would): sets in three new
    // weeks after the last, in one statement.
    db.sql(&format!(
        r#"INSERT INTO "WorkoutLog" ("id", "userId", "exerciseId", "date", "setNumber", "reps", "weight", "createdAt", "updatedAt")
           SELECT 'ps' || k || '-' || n, '{id}', (SELECT "id" FROM "Exercise" WHERE "name" = 'Barbell Squat' AND "createdById" IS NULL),
                  m + k * interval '7 days' + n * interval '1 minute', n, 5, 100, now(), now()
           FROM (SELECT max("date") AS m FROM "WorkoutLog" WHERE "userId" = '{id}') x,
                generate_series(1, 3) k, generate_series(1, 4) n"#
    ));
    streaks_hold(&db, &id, "Pacific/Auckland", "another client's inserts");
    // And workout itself, on a day with no sets yet.
    let out = db
        .workout()
        .env("WORKOUT_NOW", "2030-01-09T00:00:00Z")
        .args(["log", "add", "Barbell Squat", "3x5@100kg"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    streaks_hold(&db, &id, "Pacific/Auckland", "log add");
}

#[test]
fn the_daily_commands_have_their_indexes() {
    let db = TestDb::new();
    let idx = db.strings(
        r#"SELECT indexdef FROM pg_indexes WHERE indexname IN
           ('WorkoutLog_userId_exerciseId_date_idx', 'WorkoutSession_userId_when_idx') ORDER BY indexname"#,
    );
    assert_eq!(idx.len(), 2, "{idx:?}");
    assert!(
        idx[0].contains(r#"("userId", "exerciseId", date)"#),
        "{idx:?}"
    );
    assert!(idx[1].contains("COALESCE"), "{idx:?}");
}

#[test]
fn stats_weeks_equal_hand_written_sql_with_body_weight_on_generated_data() {
    let (db, id) = setup();
    // Body weights (measured, changing, and a profile weight), so that the
    // body-weight exercise's load (workout_set_load) counts in the volume.
    db.sql(&format!(
        r#"INSERT INTO "BodyMeasurement" ("id", "userId", "date", "weightKg", "createdAt", "updatedAt")
           SELECT 'sbm' || i, '{id}', timestamp '2025-01-01' + i * interval '40 days', 70 + i * 1.5, now(), now()
           FROM generate_series(0, 20) i;
           UPDATE "User" SET "weight" = 88.5 WHERE "id" <> '{id}';"#
    ));
    let last = db.strings(&format!(
        r#"SELECT (max(l."date") AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date::text
           FROM "WorkoutLog" l WHERE l."userId" = '{id}'"#
    ));
    let want = db.strings(&format!(
        r#"WITH s AS (
             SELECT (l."date" AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date AS day, l.*,
                    CASE e."trackingType" WHEN 'BODYWEIGHT_REPS' THEN bw.kg + coalesce(l."weight", 0)
                         WHEN 'ASSISTED_BODYWEIGHT' THEN greatest(bw.kg - coalesce(l."weight", 0), 0)
                         ELSE l."weight" END AS load
             FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId" JOIN "User" u ON u."id" = l."userId"
             CROSS JOIN LATERAL (SELECT coalesce((SELECT b."weightKg" FROM "BodyMeasurement" b WHERE b."userId" = l."userId"
                                   AND b."weightKg" IS NOT NULL AND b."date" <= l."date" ORDER BY b."date" DESC LIMIT 1),
                                 u."weight") AS kg) bw
             WHERE l."userId" = '{id}'
               AND l."date" >= ((date_trunc('week', date '{day}') - interval '11 weeks') AT TIME ZONE 'America/New_York') AT TIME ZONE 'UTC'
               AND l."date" < (((date '{day}' + 1)::timestamp) AT TIME ZONE 'America/New_York') AT TIME ZONE 'UTC')
         SELECT coalesce(json_agg(json_build_object('weekStart', w, 'sessions', n, 'sets', c, 'hardSets', h, 'volumeKg', v) ORDER BY w), '[]')::text
         FROM (SELECT date_trunc('week', day)::date AS w, count(DISTINCT coalesce("sessionId", 'day:' || day)) AS n,
                      count(*) AS c, count(*) FILTER (WHERE NOT "isWarmup") AS h,
                      coalesce(sum("reps" * load) FILTER (WHERE NOT "isWarmup"), 0) AS v
               FROM s GROUP BY 1) g"#,
        day = last[0]
    ));
    let want: serde_json::Value = serde_json::from_str(&want[0]).unwrap();
    let v = db.json_at(
        &format!("{}T17:00:00Z", last[0]),
        &["log", "stats", "--weeks", "12"],
    );
    assert!(
        db.int(&format!(
            r#"SELECT count(*) FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
               WHERE l."userId" = '{id}' AND e."trackingType" = 'BODYWEIGHT_REPS' AND l."reps" > 0"#
        )) > 0
    );
    assert_rows_equal(
        &v["weeks"],
        &want,
        &["weekStart", "sessions", "sets", "hardSets", "volumeKg"],
    );
}
