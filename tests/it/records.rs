//! Issue 16: `log prs` and `log progress` aggregate in the server; their
//! answers equal the domain's reference computation
//! (`domain::records::personal_records` over the full history) on
//! generated data: several users, every set type, every tracking type,
//! body-weight sets across body-weight changes, holds, cardio, ties, sets
//! without a session, and deletes and edits written through SQL as another
//! client would.

use chrono::NaiveDate;
use serde_json::{Value, json};
use workout_tracker::domain::records::{RecordSet, personal_records};
use workout_tracker::domain::tracking::{TrackingType, load_kg};

use crate::common::*;

pub(crate) const NOW: &str = "2027-06-01T12:00:00Z";

/// Two users (one in New York), one catalog exercise per tracking type,
/// 60 sessions each with 16 sets (some without a session, every set type),
/// body-weight changes, then deletes and edits.
pub(crate) fn generate() -> TestDb {
    let db = TestDb::new().with_user("a@x.io");
    db.workout()
        .args(["user", "add", "b@x.io"])
        .assert()
        .success();
    db.workout()
        .args(["user", "set", "--timezone", "America/New_York"])
        .assert()
        .success();
    // Own exercises whose byte order differs from a linguistic one.
    for (name, sets) in [("Zz Upper", "3x5@60kg"), ("za lower", "5,8@40kg")] {
        db.workout()
            .args(["exercise", "add", name])
            .assert()
            .success();
        db.workout()
            .env("WORKOUT_NOW", "2026-05-01T12:00:00Z")
            .args(["log", "add", name, sets])
            .assert()
            .success();
    }
    db.sql(
        r#"SELECT setseed(0.42);
        INSERT INTO "WorkoutSession" ("id", "userId", "name", "status", "startedAt", "completedAt", "createdAt", "updatedAt")
        SELECT 'rs' || u."id" || '-' || i, u."id", 'Generated', 'COMPLETED', t, t + interval '1 hour', t, t
        FROM "User" u, generate_series(1, 60) i,
             LATERAL (SELECT timestamp '2025-01-01 21:00' + (i * 6) * interval '1 day' + (i % 5) * interval '1 hour' AS t) x;
        WITH ex AS (SELECT "id", "trackingType"::text AS tt, row_number() OVER (ORDER BY "trackingType", "name") - 1 AS k
                    FROM (SELECT DISTINCT ON ("trackingType") "id", "name", "trackingType" FROM "Exercise"
                          WHERE "createdById" IS NULL ORDER BY "trackingType", "name") c),
        raw AS (
            SELECT s."userId", CASE WHEN n % 7 = 0 THEN NULL ELSE s."id" END AS sid, ex."id" AS ex, ex.tt,
                   s."startedAt" + n * interval '3 minutes' AS d,
                   CASE WHEN random() < 0.1 THEN NULL ELSE floor(random() * 14)::int END AS reps,
                   CASE WHEN random() < 0.2 THEN NULL ELSE (floor(random() * 16) * 2.5)::float8 END AS w,
                   CASE WHEN ex.tt IN ('DURATION', 'DISTANCE_DURATION') OR random() < 0.05
                        THEN CASE WHEN random() < 0.1 THEN NULL ELSE (10 + floor(random() * 20) * 30)::int END END AS dur,
                   CASE WHEN ex.tt = 'DISTANCE_DURATION' AND random() < 0.9 THEN (500 + floor(random() * 20) * 250)::float8 END AS dist,
                   (ARRAY['NORMAL', 'WARMUP', 'DROP', 'FAILURE', 'AMRAP', 'NORMAL'])[1 + (n % 6)] AS kind, n
            FROM "WorkoutSession" s
            CROSS JOIN generate_series(1, 16) n
            JOIN ex ON ex.k = n % (SELECT count(*) FROM ex)
            WHERE s."id" LIKE 'rs%')
        INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
                                  "durationSeconds", "distanceMeters", "isWarmup", "setType", "createdAt", "updatedAt")
        SELECT 'rl' || md5(random()::text), "userId", sid, ex, d,
               row_number() OVER (PARTITION BY "userId", sid, ex, CASE WHEN sid IS NULL THEN d END ORDER BY n),
               reps, w, dur, dist, kind = 'WARMUP', kind::"SetType", d, d
        FROM raw;
        -- The body weight changes over the history (of a); b has only a profile weight.
        INSERT INTO "BodyMeasurement" ("id", "userId", "date", "weightKg", "createdAt", "updatedAt")
        SELECT 'rbm' || i, u."id", timestamp '2025-02-01' + i * interval '50 days', 76.5 + (i % 4) * 2.5, now(), now()
        FROM "User" u, generate_series(0, 6) i WHERE u."email" = 'a@x.io';
        UPDATE "User" SET "weight" = 70.5 WHERE "email" = 'b@x.io';
        -- Another client edits and deletes sets.
        DELETE FROM "WorkoutLog" WHERE "id" IN (SELECT "id" FROM "WorkoutLog" ORDER BY md5("id") LIMIT 60);
        UPDATE "WorkoutLog" SET "weight" = "weight" + 2.5
         WHERE "id" IN (SELECT "id" FROM "WorkoutLog" WHERE "weight" IS NOT NULL ORDER BY md5("id" || 'e') LIMIT 60);
        UPDATE "WorkoutLog" SET "setType" = 'WARMUP', "isWarmup" = true
         WHERE "id" IN (SELECT "id" FROM "WorkoutLog" WHERE NOT "isWarmup" ORDER BY md5("id" || 'w') LIMIT 30);
        -- Ties: the best set of each exercise again, later and in another session.
        INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
                                  "durationSeconds", "distanceMeters", "isWarmup", "setType", "createdAt", "updatedAt")
        SELECT 'rt' || md5(l."id"), l."userId", 'rs' || l."userId" || '-60', l."exerciseId", l."date" + interval '400 days', 100 + row_number() OVER (),
               l."reps", l."weight", l."durationSeconds", l."distanceMeters", false, 'NORMAL', now(), now()
        FROM (SELECT DISTINCT ON ("userId", "exerciseId") * FROM "WorkoutLog" WHERE NOT "isWarmup"
              ORDER BY "userId", "exerciseId", "weight" DESC NULLS LAST, "durationSeconds" DESC NULLS LAST) l;"#,
    );
    db
}

/// The reference: every set that counts, read by hand-written SQL, through
/// `domain::records::personal_records`, as `log prs --format json` shows it.
pub(crate) fn reference(db: &TestDb, email: &str) -> Value {
    let rows = db.strings(&format!(
        r#"SELECT coalesce(json_agg(json_build_object(
               'ex', e."name", 'sid', l."sessionId",
               'day', ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE coalesce(u."timezone", 'UTC'))::date,
               'reps', l."reps", 'w', l."weight", 'tt', e."trackingType",
               'bw', coalesce((SELECT b."weightKg" FROM "BodyMeasurement" b
                               WHERE b."userId" = l."userId" AND b."weightKg" IS NOT NULL AND b."date" <= l."date"
                               ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1), u."weight"),
               'dur', l."durationSeconds", 'dist', l."distanceMeters")
             ORDER BY l."date" DESC, l."setNumber" DESC, l."id" DESC), '[]')::text
           FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId" JOIN "User" u ON u."id" = l."userId"
           WHERE u."email" = '{email}' AND l."setType" <> 'WARMUP'"#
    ));
    let sets: Vec<Value> = serde_json::from_str(&rows[0]).unwrap();
    let sets: Vec<RecordSet> = sets
        .iter()
        .map(|s| {
            let t = TrackingType::parse(s["tt"].as_str().unwrap()).unwrap();
            let w = s["w"].as_f64();
            RecordSet {
                exercise: s["ex"].as_str().unwrap().into(),
                session: s["sid"].as_str().map(String::from),
                date: s["day"].as_str().unwrap().parse::<NaiveDate>().unwrap(),
                reps: s["reps"].as_i64().map(|r| r as i32),
                weight_kg: load_kg(t, w, s["bw"].as_f64()),
                added_kg: match t {
                    TrackingType::Bodyweight => w,
                    TrackingType::Assisted => w.map(|w| -w),
                    _ => None,
                },
                tracking: t,
                duration_s: s["dur"].as_i64().map(|d| d as i32),
                distance_m: s["dist"].as_f64(),
            }
        })
        .collect();
    let r2 = |v: f64| (v * 100.0).round() / 100.0;
    let recs = personal_records(&sets);
    Value::Array(
        recs.iter()
            .map(|r| {
                let v = |x: &Option<workout_tracker::domain::records::Record<f64>>| {
                    x.as_ref().map(|x| x.value)
                };
                let d = |x: &Option<workout_tracker::domain::records::Record<f64>>| {
                    x.as_ref().map(|x| x.date.to_string())
                };
                json!({
                    "exercise": r.exercise,
                    "heaviestKg": v(&r.heaviest_kg), "heaviestDate": d(&r.heaviest_kg),
                    "bestE1rmKg": v(&r.best_e1rm_kg).map(r2), "bestE1rmDate": d(&r.best_e1rm_kg),
                    "mostReps": r.most_reps.as_ref().map(|x| x.value.0),
                    "mostRepsWeightKg": r.most_reps.as_ref().and_then(|x| x.value.1),
                    "mostRepsDate": r.most_reps.as_ref().map(|x| x.date.to_string()),
                    "bestSessionVolumeKg": v(&r.best_session_volume_kg).map(r2),
                    "bestSessionVolumeDate": d(&r.best_session_volume_kg),
                    "trackingType": r.tracking.label(),
                    "bestAddedKg": v(&r.best_added_kg), "bestAddedDate": d(&r.best_added_kg),
                    "longestSeconds": r.longest_seconds.as_ref().map(|x| x.value),
                    "longestDate": r.longest_seconds.as_ref().map(|x| x.date.to_string()),
                    "longestDistanceMeters": v(&r.longest_distance_m),
                    "longestDistanceDate": d(&r.longest_distance_m),
                    "fastestPaceSecondsPerKm": v(&r.fastest_pace_s_per_km).map(r2),
                    "fastestPaceDate": d(&r.fastest_pace_s_per_km),
                })
            })
            .collect(),
    )
}

pub(crate) fn assert_same(got: &Value, want: &Value) {
    let (g, w) = (got.as_array().unwrap(), want.as_array().unwrap());
    assert_eq!(g.len(), w.len(), "exercises:\n{got:#}\n{want:#}");
    for (a, b) in g.iter().zip(w) {
        for (k, bv) in b.as_object().unwrap() {
            let av = &a[k];
            let same = match (av.as_f64(), bv.as_f64()) {
                (Some(x), Some(y)) => (x - y).abs() < 1e-9,
                _ => av == bv,
            };
            assert!(same, "{k}: {av} vs {bv}\n{a:#}\n{b:#}");
        }
    }
}

#[test]
fn prs_equal_the_domain_reference_on_generated_data() {
    let db = generate();
    // Every kind of record is exercised by the data.
    let a = reference(&db, "a@x.io");
    for key in [
        "heaviestKg",
        "bestE1rmKg",
        "mostReps",
        "bestSessionVolumeKg",
        "bestAddedKg",
        "longestSeconds",
        "longestDistanceMeters",
        "fastestPaceSecondsPerKm",
    ] {
        assert!(
            a.as_array().unwrap().iter().any(|r| !r[key].is_null()),
            "no {key} in the data: {a:#}"
        );
    }
    assert!(a.as_array().unwrap().len() >= 5, "{a:#}");
    assert_same(&db.json_at(NOW, &["log", "prs"]), &a);
    let b = reference(&db, "b@x.io");
    assert_same(&db.json_at(NOW, &["--user", "b@x.io", "log", "prs"]), &b);
    // One exercise: the same row.
    for row in a.as_array().unwrap() {
        let name = row["exercise"].as_str().unwrap();
        let one = db.json_at(NOW, &["log", "prs", "--exercise", name]);
        assert_same(&one, &Value::Array(vec![row.clone()]));
    }
    // A body-weight change moves the body-weight records at once.
    db.sql(
        r#"UPDATE "BodyMeasurement" SET "weightKg" = "weightKg" + 10 WHERE "id" = 'rbm3';
           DELETE FROM "WorkoutLog" WHERE "id" IN (SELECT "id" FROM "WorkoutLog" ORDER BY md5("id" || 'x') LIMIT 40);"#,
    );
    assert_same(&db.json_at(NOW, &["log", "prs"]), &reference(&db, "a@x.io"));
}

#[test]
fn progress_equals_the_domain_rule_with_body_weight() {
    let db = generate();
    // Every exercise with a load: each local day's best Epley estimate,
    // the first set in set order among equal ones (hand-written SQL).
    let names = db.strings(
        r#"SELECT DISTINCT e."name" FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId"
           WHERE e."trackingType" IN ('WEIGHT_REPS', 'BODYWEIGHT_REPS', 'ASSISTED_BODYWEIGHT') ORDER BY 1"#,
    );
    assert!(names.len() >= 3, "{names:?}");
    for name in &names {
        let anchor = db.strings(&format!(
            r#"WITH s AS (
                 SELECT ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York')::date AS day, l."reps",
                        l."date", l."setNumber", l."id", x.load,
                        CASE WHEN l."reps" = 1 THEN x.load ELSE x.load * (1 + l."reps"::float8 / 30) END AS e1
                 FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId" JOIN "User" u ON u."id" = l."userId"
                 CROSS JOIN LATERAL (SELECT coalesce((SELECT b."weightKg" FROM "BodyMeasurement" b
                          WHERE b."userId" = l."userId" AND b."weightKg" IS NOT NULL AND b."date" <= l."date"
                          ORDER BY b."date" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1), u."weight") AS bw) b
                 CROSS JOIN LATERAL (SELECT CASE e."trackingType" WHEN 'BODYWEIGHT_REPS' THEN b.bw + coalesce(l."weight", 0)
                          WHEN 'ASSISTED_BODYWEIGHT' THEN greatest(b.bw - coalesce(l."weight", 0), 0)
                          ELSE l."weight" END AS load) x
                 WHERE u."email" = 'a@x.io' AND e."name" = '{name}' AND l."setType" <> 'WARMUP'
                   AND l."reps" BETWEEN 1 AND 10 AND x.load IS NOT NULL)
               SELECT coalesce(json_agg(json_build_object('date', day, 'e1rmKg', round(e1::numeric, 2), 'weightKg', load, 'reps', reps)
                               ORDER BY day), '[]')::text
               FROM (SELECT DISTINCT ON (day) * FROM s ORDER BY day, e1 DESC, "date", "setNumber", "id") d"#
        ));
        let want: Value = serde_json::from_str(&anchor[0]).unwrap();
        let got = db.json_at(NOW, &["log", "progress", name]);
        assert!(!want.as_array().unwrap().is_empty(), "{name}");
        assert_same(&got, &want);
    }
}

/// Peak RSS in kB of `workout ARGS` acting as `db`'s user (GNU time).
fn peak_rss_kb(db: &TestDb, args: &[&str]) -> (u64, String) {
    let out = std::process::Command::new("/usr/bin/time")
        .args(["-f", "maxrss=%M"])
        .arg(BIN)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", db.home.path())
        .env("WORKOUT_DATABASE_URL", &db.url)
        .env("WORKOUT_USER", db.user.as_deref().unwrap())
        .env("WORKOUT_NOW", NOW)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    let kb = err
        .lines()
        .find_map(|l| l.strip_prefix("maxrss="))
        .unwrap_or_else(|| panic!("{err}"))
        .trim()
        .parse()
        .unwrap();
    (kb, stdout_of(&out))
}

#[test]
fn prs_memory_stays_flat_as_the_history_grows() {
    // 150,000 sets of one user over 8 exercises: the records cost what
    // their answer costs in memory (before: every set decoded, ~100 MB).
    let db = TestDb::new().with_user("a@x.io");
    db.sql(
        r#"INSERT INTO "WorkoutSession" ("id", "userId", "name", "status", "startedAt", "completedAt", "createdAt", "updatedAt")
           SELECT 'ms' || i, u."id", 'S', 'COMPLETED', t, t, t, t
           FROM "User" u, generate_series(1, 7500) i, LATERAL (SELECT timestamp '2020-01-01' + i * interval '6 hours' AS t) x;
           INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight", "createdAt", "updatedAt")
           SELECT 'ml' || i || '_' || k, s."userId", s."id", ex.ids[1 + k % 8], s."startedAt" + k * interval '1 minute',
                  1 + k / 8, 1 + (i + k) % 12, 20 + ((i * 7 + k) % 40) * 2.5, s."startedAt", s."startedAt"
           FROM generate_series(1, 7500) i CROSS JOIN generate_series(0, 19) k
           JOIN "WorkoutSession" s ON s."id" = 'ms' || i,
           (SELECT array_agg("id" ORDER BY "name") AS ids FROM (SELECT "id", "name" FROM "Exercise"
             WHERE "createdById" IS NULL AND "trackingType" = 'WEIGHT_REPS' ORDER BY "name" LIMIT 8) e) ex;"#,
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 150_000);
    let (kb, out) = peak_rss_kb(&db, &["log", "prs", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 8, "{v:#}");
    assert!(kb < 30 * 1024, "log prs peak RSS {kb} kB at 150k sets");
    let (kb, _) = peak_rss_kb(
        &db,
        &[
            "log",
            "progress",
            v[0]["exercise"].as_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(kb < 30 * 1024, "log progress peak RSS {kb} kB");
}

#[test]
fn prs_of_weight_exercises_equal_hand_written_sql() {
    let db = generate();
    // The heaviest set, the best Epley estimate and the most reps of each
    // weight-reps exercise, written as a person would in SQL.
    let rows = db.strings(
        r#"WITH s AS (
             SELECT e."name", l."reps", l."weight" AS w, l."date",
                    ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York')::date::text AS day,
                    CASE WHEN l."reps" = 1 THEN l."weight"
                         WHEN l."reps" BETWEEN 2 AND 10 THEN l."weight" * (1 + l."reps"::float8 / 30) END AS e1
             FROM "WorkoutLog" l JOIN "Exercise" e ON e."id" = l."exerciseId" JOIN "User" u ON u."id" = l."userId"
             WHERE u."email" = 'a@x.io' AND l."setType" <> 'WARMUP' AND e."trackingType" = 'WEIGHT_REPS')
           SELECT json_build_object('exercise', h."name", 'heaviestKg', h.w, 'heaviestDate', h.day,
                                    'bestE1rmKg', round(r.e1::numeric, 2), 'bestE1rmDate', r.day,
                                    'mostReps', m."reps", 'mostRepsWeightKg', m.w, 'mostRepsDate', m.day)::text
           FROM (SELECT DISTINCT ON ("name") * FROM s WHERE "reps" >= 1 AND w IS NOT NULL ORDER BY "name", w DESC, "date") h
           JOIN (SELECT DISTINCT ON ("name") * FROM s WHERE e1 IS NOT NULL ORDER BY "name", e1 DESC, "date") r USING ("name")
           JOIN (SELECT DISTINCT ON ("name") * FROM s WHERE "reps" >= 1 ORDER BY "name", "reps" DESC, coalesce(w, 0) DESC, "date") m
             USING ("name")"#,
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    for row in &rows {
        let want: Value = serde_json::from_str(row).unwrap();
        let name = want["exercise"].as_str().unwrap();
        let got = db.json_at(NOW, &["log", "prs", "--exercise", name]);
        assert_same(&got, &Value::Array(vec![want]));
    }
}
