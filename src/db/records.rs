//! Personal records, the best estimated 1RM per day and the training weeks,
//! aggregated by the server: the answer's rows cross the wire, never the
//! history's. The rules (what counts, ties to the earliest date, Epley for
//! 1..=10 reps) are `domain::records`'s; each record is one CTE below, so a
//! new kind of record is one more CTE and one more pair of columns.

use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};
use sqlx::PgConnection;

use crate::domain::records::{ExerciseRecords, Record};

/// The working sets with at least one rep, with their local date (`$2` is
/// the IANA zone), of the user (`$1`), of one exercise when `$3` is set,
/// leaving out one session when `$4` is set.
const SETS: &str = r#"SELECT l."exerciseId" AS ex, l."sessionId" AS sid,
           ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date AS day, l."reps" AS reps, l."weight" AS w
    FROM "WorkoutLog" l
    WHERE l."userId" = $1 AND NOT l."isWarmup"
      AND ($3::text IS NULL OR l."exerciseId" = $3)
      AND ($4::text IS NULL OR l."sessionId" IS DISTINCT FROM $4)"#;

/// Epley's estimate as SQL, the same float operations as
/// `domain::records::epley` (so equal values tie exactly).
const EPLEY: &str =
    "CASE WHEN reps = 1 THEN w ELSE w * (1.0::float8 + reps::float8 / 30.0::float8) END";

#[derive(sqlx::FromRow)]
struct Row {
    exercise: String,
    heaviest: Option<f64>,
    heaviest_day: Option<NaiveDate>,
    e1rm: Option<f64>,
    e1rm_day: Option<NaiveDate>,
    most_reps: Option<i32>,
    most_reps_w: Option<f64>,
    most_reps_day: Option<NaiveDate>,
    volume: Option<f64>,
    volume_day: Option<NaiveDate>,
}

/// The records of every exercise the user did working sets of (or of one),
/// by exercise name; `without` leaves a session out (the records before it).
pub async fn personal(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
    exercise_id: Option<&str>,
    without: Option<&str>,
) -> Result<Vec<ExerciseRecords>> {
    let sql = format!(
        r#"WITH s AS MATERIALIZED ({SETS}),
        exs AS (SELECT DISTINCT ex FROM s),
        heaviest AS (SELECT DISTINCT ON (ex) ex, w AS value, day FROM s
                     WHERE reps >= 1 AND w IS NOT NULL ORDER BY ex, w DESC, day),
        e1rm AS (SELECT DISTINCT ON (ex) ex, {EPLEY} AS value, day FROM s
                 WHERE reps BETWEEN 1 AND 10 AND w IS NOT NULL ORDER BY ex, 2 DESC, day),
        most_reps AS (SELECT DISTINCT ON (ex) ex, reps AS value, w, day FROM s
                      WHERE reps >= 1 ORDER BY ex, reps DESC, coalesce(w, 0) DESC, day),
        volume AS (SELECT DISTINCT ON (ex) ex, value, day FROM (
                       SELECT ex, sum(w * reps) AS value, min(day) AS day FROM s
                       WHERE reps >= 1 AND w IS NOT NULL
                       GROUP BY ex, coalesce(sid, 'day:' || day::text)) v
                   WHERE value > 0 ORDER BY ex, value DESC, day)
        SELECT e."name" AS exercise,
               h.value AS heaviest, h.day AS heaviest_day,
               r.value AS e1rm, r.day AS e1rm_day,
               m.value AS most_reps, m.w AS most_reps_w, m.day AS most_reps_day,
               v.value AS volume, v.day AS volume_day
        FROM exs
        JOIN "Exercise" e ON e."id" = exs.ex
        LEFT JOIN heaviest h ON h.ex = exs.ex
        LEFT JOIN e1rm r ON r.ex = exs.ex
        LEFT JOIN most_reps m ON m.ex = exs.ex
        LEFT JOIN volume v ON v.ex = exs.ex
        ORDER BY e."name" COLLATE "C", e."id""#
    );
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(user_id)
        .bind(tz)
        .bind(exercise_id)
        .bind(without)
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the personal records")?;
    fn rec<T>(v: Option<T>, d: Option<NaiveDate>) -> Option<Record<T>> {
        Some(Record {
            value: v?,
            date: d?,
        })
    }
    Ok(rows
        .into_iter()
        .map(|r| ExerciseRecords {
            exercise: r.exercise,
            heaviest_kg: rec(r.heaviest, r.heaviest_day),
            best_e1rm_kg: rec(r.e1rm, r.e1rm_day),
            most_reps: rec(r.most_reps.map(|n| (n, r.most_reps_w)), r.most_reps_day),
            best_session_volume_kg: rec(r.volume, r.volume_day),
        })
        .collect())
}

/// The best Epley estimate of one local day and the set that gave it (the
/// first such set of the day on a tie).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DayBest {
    pub day: NaiveDate,
    pub e1rm: f64,
    pub w: f64,
    pub reps: i32,
}

/// An exercise's best estimated 1RM per local day, oldest first, from
/// `since` (a stored UTC bound) on; working sets only.
pub async fn best_e1rm_per_day(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
    exercise_id: &str,
    since: Option<NaiveDateTime>,
) -> Result<Vec<DayBest>> {
    let sql = format!(
        r#"SELECT DISTINCT ON (day) day, {EPLEY} AS e1rm, w, reps FROM (
               SELECT ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date AS day, l."reps" AS reps,
                      l."weight" AS w, l."date", l."setNumber", l."id"
               FROM "WorkoutLog" l
               WHERE l."userId" = $1 AND l."exerciseId" = $3 AND NOT l."isWarmup"
                 AND l."reps" BETWEEN 1 AND 10 AND l."weight" IS NOT NULL
                 AND ($4::timestamp IS NULL OR l."date" >= $4)) s
           ORDER BY day, 2 DESC, "date", "setNumber", "id""#
    );
    sqlx::query_as(&sql)
        .bind(user_id)
        .bind(tz)
        .bind(exercise_id)
        .bind(since)
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the estimated 1RM per day")
}

/// One local date per ISO week (of the zone `tz`) in which the user
/// trained, oldest first: a loose index scan on `(userId, date)` that jumps
/// from week to week, so it costs the number of training weeks, not sets.
pub async fn training_weeks(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
) -> Result<Vec<NaiveDate>> {
    sqlx::query_scalar(
        r#"WITH RECURSIVE w(d) AS (
               (SELECT "date" FROM "WorkoutLog" WHERE "userId" = $1 ORDER BY "date" LIMIT 1)
               UNION ALL
               SELECT (SELECT l."date" FROM "WorkoutLog" l
                       WHERE l."userId" = $1
                         AND l."date" >= ((date_trunc('week', (w.d AT TIME ZONE 'UTC') AT TIME ZONE $2)
                                           + interval '7 days') AT TIME ZONE $2) AT TIME ZONE 'UTC'
                       ORDER BY l."date" LIMIT 1)
               FROM w WHERE w.d IS NOT NULL)
           SELECT ((d AT TIME ZONE 'UTC') AT TIME ZONE $2)::date FROM w WHERE d IS NOT NULL"#,
    )
    .bind(user_id)
    .bind(tz)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the training weeks")
}
