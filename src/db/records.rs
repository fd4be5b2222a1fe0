//! Personal records, the best estimated 1RM per day and the training
//! weeks, aggregated by the server: the answer's rows cross the wire, never
//! the history's (docs/design/records.md).

use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};
use sqlx::PgConnection;

use crate::domain::tracking::TrackingType;

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

/// The load of a set `l` of exercise `e`, in kg, with `bw.kg` the body
/// weight in force on its date: `tracking::load_kg` in SQL.
macro_rules! load_of_set {
    () => {
        r#"CASE e."trackingType"
               WHEN 'BODYWEIGHT_REPS' THEN bw.kg + coalesce(l."weight", 0)
               WHEN 'ASSISTED_BODYWEIGHT' THEN CASE WHEN bw.kg IS NOT NULL THEN greatest(bw.kg - coalesce(l."weight", 0), 0) END
               ELSE l."weight" END"#
    };
}

/// For the rest of the transaction, no JIT compilation: the records'
/// queries carry a body-weight subplan per set, whose estimated cost puts
/// them over `jit_above_cost` at any size, and compiling them took seconds
/// (4 s at 20,000 sets on a loaded 2-core machine) for queries that run in
/// milliseconds.
pub async fn without_jit(conn: &mut PgConnection) -> Result<()> {
    sqlx::query("SELECT set_config('jit', 'off', true)")
        .execute(&mut *conn)
        .await
        .context("cannot turn JIT off")?;
    Ok(())
}

/// The record kinds of one exercise as the server aggregates them (see
/// [`records`]): each `[-value, epoch]` (or `[value, epoch]` for the pace,
/// where lower is better), the smallest array winning, so that the best
/// value wins and, among equal values, the earliest set.
#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct RecordRow {
    pub exercise_id: String,
    pub exercise_name: String,
    pub tracking_type: TrackingType,
    pub heaviest: Option<Vec<f64>>,
    pub e1rm: Option<Vec<f64>>,
    /// `[-reps, -shown weight or 0, epoch, 1 when no weight is shown]`.
    pub most_reps: Option<Vec<f64>>,
    pub volume: Option<Vec<f64>>,
    pub added: Option<Vec<f64>>,
    pub longest: Option<Vec<f64>>,
    pub distance: Option<Vec<f64>>,
    pub pace: Option<Vec<f64>>,
}

/// Which sets of the user [`records`] counts.
#[derive(Debug, Clone, Copy)]
pub enum Sessions<'a> {
    All,
    /// Every set but this session's.
    Without(&'a str),
    /// Only this session's sets.
    Only(&'a str),
}

/// The personal records of the user's exercises (or of one), aggregated by
/// the server in one pass over the sets that count (not warm-ups): the
/// answer's rows cross the wire, never the history's, so memory stays flat
/// whatever the history. The rules are `domain::records::personal_records`'
/// (which the tests hold this equal to): the load is `tracking::load_kg`
/// with the body weight in force on each set's date; holds and cardio have
/// no weight records; sets without a session count per local day (of
/// `tz`) for the session volume; ties go to the earlier set.
/// `sessions` leaves one session's sets out (the records before it) or
/// takes only its sets (the records it set, through the sessionId index).
/// Ordered by name in byte order, as the domain's map orders them.
pub async fn records(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
    exercise_id: Option<&str>,
    sessions: Sessions<'_>,
) -> Result<Vec<RecordRow>> {
    let (without, only) = match sessions {
        Sessions::All => (None, None),
        Sessions::Without(s) => (Some(s), None),
        Sessions::Only(s) => (None, Some(s)),
    };
    // One exercise's sets that count, with their load (the body weight in
    // force on the set's date for body-weight exercises), its Epley
    // estimate, the load added or the assistance, and the session (or local
    // day) the set counts in for the session volume. `exs.ex` and `e` come
    // from the enclosing query; the (userId, exerciseId, date) index gives
    // the rows. (`OFFSET 0` keeps the load a column computed once per set:
    // inlined, its body-weight lookup would run once per aggregate.)
    let sets = format!(
        r#"(SELECT x.*,
                   CASE WHEN x.reps = 1 THEN x.load
                        WHEN x.reps BETWEEN 2 AND 10 THEN x.load * (1.0::float8 + x.reps::float8 / 30.0::float8) END AS e1,
                   CASE e."trackingType" WHEN 'BODYWEIGHT_REPS' THEN x.w WHEN 'ASSISTED_BODYWEIGHT' THEN -x.w END AS added
            FROM (SELECT coalesce(l."sessionId", 'day:' || ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date::text) AS k,
                         extract(epoch FROM l."date")::float8 AS t,
                         l."reps" AS reps, l."weight" AS w, l."durationSeconds" AS dur, l."distanceMeters" AS dist,
                         {load} AS load
                  FROM "WorkoutLog" l
                  CROSS JOIN LATERAL (SELECT {bw} AS kg) bw
                  WHERE l."userId" = $1 AND l."exerciseId" = exs.ex AND l."setType" <> 'WARMUP'
                    AND ($4::text IS NULL OR l."sessionId" IS DISTINCT FROM $4)
                    AND ($5::text IS NULL OR l."sessionId" = $5)
                  OFFSET 0) x) s"#,
        bw = crate::db::logs::body_weight_on_set_date!(),
        load = load_of_set!()
    );
    // The user's exercises with sets: a loose index scan on
    // (userId, exerciseId, ...) that jumps from exercise to exercise; then
    // per exercise one pass for the records of single sets and one for the
    // session volumes.
    let q = format!(
        r#"WITH RECURSIVE exs(ex) AS (
             (SELECT "exerciseId" FROM "WorkoutLog" WHERE "userId" = $1 AND "exerciseId" >= coalesce($3::text, '')
              ORDER BY "exerciseId" LIMIT 1)
             UNION ALL
             SELECT (SELECT l."exerciseId" FROM "WorkoutLog" l WHERE l."userId" = $1 AND l."exerciseId" > exs.ex
                     ORDER BY l."exerciseId" LIMIT 1)
             FROM exs WHERE exs.ex IS NOT NULL AND $3::text IS NULL)
           SELECT exs.ex AS "exerciseId", e."name" AS "exerciseName", e."trackingType", r.heaviest, r.e1rm,
                  r."mostReps", v.volume, r.added, r.longest, r.distance, r.pace
           FROM exs
           JOIN "Exercise" e ON e."id" = exs.ex
           CROSS JOIN LATERAL (
             SELECT count(*) AS n,
                    min(ARRAY[-load, t]) FILTER (WHERE reps >= 1 AND load IS NOT NULL AND NOT timed) AS heaviest,
                    min(ARRAY[-e1, t]) FILTER (WHERE e1 IS NOT NULL AND NOT timed) AS e1rm,
                    min(ARRAY[-reps::float8, -coalesce(coalesce(added, load), 0), t,
                              CASE WHEN coalesce(added, load) IS NULL THEN 1 ELSE 0 END])
                        FILTER (WHERE reps >= 1 AND NOT timed) AS "mostReps",
                    min(ARRAY[-added, t]) FILTER (WHERE reps >= 1 AND added IS NOT NULL) AS added,
                    min(ARRAY[-dur::float8, t]) FILTER (WHERE dur > 0) AS longest,
                    min(ARRAY[-dist, t]) FILTER (WHERE dist > 0) AS distance,
                    min(ARRAY[dur::float8 / (dist / 1000.0::float8), t]) FILTER (WHERE dur > 0 AND dist > 0) AS pace
             FROM {sets}
             CROSS JOIN (SELECT e."trackingType" IN ('DURATION', 'DISTANCE_DURATION') AS timed) tm) r
           CROSS JOIN LATERAL (
             SELECT min(ARRAY[-g.v, g.t]) FILTER (WHERE g.v > 0) AS volume
             FROM (SELECT sum(load * reps::float8) AS v, min(t) AS t FROM {sets}
                   WHERE reps >= 1 AND load IS NOT NULL AND e."trackingType" NOT IN ('DURATION', 'DISTANCE_DURATION')
                   GROUP BY k) g) v
           WHERE exs.ex IS NOT NULL AND ($3::text IS NULL OR exs.ex = $3) AND r.n > 0
           ORDER BY e."name" COLLATE "C", exs.ex"#
    );
    sqlx::query_as(&q)
        .bind(user_id)
        .bind(tz)
        .bind(exercise_id)
        .bind(without)
        .bind(only)
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the personal records")
}

/// One day's best Epley estimate and the set that gave it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DayBestRow {
    pub day: NaiveDate,
    pub e1: f64,
    pub load: f64,
    pub reps: i32,
}

/// An exercise's best estimated 1RM per local day (of `tz`), oldest first,
/// from `since` (a stored UTC bound) on: the server keeps each day's best
/// (the first set of the day, in set order, among equal estimates) and
/// sends one row a day. The `(userId, exerciseId, date)` index gives the
/// exercise's rows.
pub async fn best_e1rm_per_day(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
    exercise_id: &str,
    since: Option<NaiveDateTime>,
) -> Result<Vec<DayBestRow>> {
    sqlx::query_as(concat!(
        r#"SELECT DISTINCT ON (day) day, e1, load, reps
           FROM (SELECT ((x."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date AS day, x.*,
                        CASE WHEN x.reps = 1 THEN x.load ELSE x.load * (1.0::float8 + x.reps::float8 / 30.0::float8) END AS e1
                 FROM (SELECT l."date", l."setNumber", l."id", l."reps" AS reps, "#,
        load_of_set!(),
        r#" AS load
                       FROM "WorkoutLog" l
                       JOIN "Exercise" e ON e."id" = l."exerciseId"
                       CROSS JOIN LATERAL (SELECT "#,
        crate::db::logs::body_weight_on_set_date!(),
        r#" AS kg) bw
                       WHERE l."userId" = $1 AND l."exerciseId" = $3 AND NOT l."isWarmup"
                         AND l."reps" BETWEEN 1 AND 10
                         AND ($4::timestamp IS NULL OR l."date" >= $4)
                       OFFSET 0) x
                 WHERE x.load IS NOT NULL) d
           ORDER BY day, e1 DESC, "date", "setNumber", "id""#
    ))
    .bind(user_id)
    .bind(tz)
    .bind(exercise_id)
    .bind(since)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the estimated 1RM per day")
}

/// A set as `log stats` counts it: narrow, on its local date (of `tz`).
#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct StatRow {
    pub day: NaiveDate,
    pub session_id: Option<String>,
    pub reps: Option<i32>,
    pub load: Option<f64>,
    pub is_warmup: bool,
    pub muscle: Option<String>,
    pub secondary: Vec<String>,
}

/// The user's sets from `since` to `until` (stored UTC bounds), oldest
/// first, with only what `log stats` counts: seven narrow columns instead
/// of a whole set, through the `(userId, date)` index.
pub async fn stat_sets(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
    since: Option<NaiveDateTime>,
    until: Option<NaiveDateTime>,
) -> Result<Vec<StatRow>> {
    sqlx::query_as(concat!(
        r#"SELECT ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date AS "day", l."sessionId", l."reps", "#,
        load_of_set!(),
        r#" AS "load", l."isWarmup", e."primaryMuscleGroup"::text AS "muscle",
               coalesce(e."secondaryMuscleGroups"::text[], '{}') AS "secondary"
           FROM "WorkoutLog" l
           JOIN "Exercise" e ON e."id" = l."exerciseId"
           CROSS JOIN LATERAL (SELECT "#,
        crate::db::logs::body_weight_on_set_date!(),
        r#" AS kg) bw
           WHERE l."userId" = $1 AND ($3::timestamp IS NULL OR l."date" >= $3)
             AND ($4::timestamp IS NULL OR l."date" < $4)
           ORDER BY l."date", l."setNumber", l."id""#
    ))
    .bind(user_id)
    .bind(tz)
    .bind(since)
    .bind(until)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the sets")
}
