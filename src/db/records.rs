//! Personal records, the best estimated 1RM per day and the training
//! weeks, aggregated by the server: the answer's rows cross the wire, never
//! the history's (docs/design/records.md).

use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::db::types::Timestamp;
use sqlx::PgConnection;

use crate::domain::tracking::TrackingType;

/// The Mondays of the ISO weeks (of the user's zone) in which the user
/// trained, oldest first, as the database keeps them in "TrainingWeek"
/// (migration 10's triggers): one narrow row per training week, whatever
/// the history holds.
pub async fn training_weeks(conn: &mut PgConnection, user_id: &str) -> Result<Vec<NaiveDate>> {
    sqlx::query_scalar(r#"SELECT "week" FROM "TrainingWeek" WHERE "userId" = $1 ORDER BY "week""#)
        .bind(user_id)
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the training weeks")
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

/// The personal records of the user's exercises (or of one), computed from
/// the sets by the server with `workout_records_of` (migration 8: the one
/// copy of the rules, which the triggers that keep "ExerciseRecord" call
/// too): the answer's rows cross the wire, never the history's. The rules
/// are `domain::records::personal_records`' (which the tests hold this
/// equal to): the load is `tracking::load_kg` with the body weight in force
/// on each set's date; holds and cardio have no weight records; sets
/// without a session count per local day (of `tz`) for the session volume;
/// ties go to the earlier set. `sessions` leaves one session's sets out
/// (the records before it) or takes only its sets (the records it set,
/// through the sessionId key). Ordered by name in byte order, as the
/// domain's map orders them. `log prs` reads [`summary`] instead.
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
    // The user's exercises with sets: a loose index scan on
    // (userId, exerciseId, ...) that jumps from exercise to exercise; then
    // per exercise the records of its sets that count.
    sqlx::query_as(
        r#"WITH RECURSIVE exs(ex) AS (
             (SELECT "exerciseId" FROM "WorkoutLog" WHERE "userId" = $1 AND "exerciseId" >= coalesce($3::text, '')
              ORDER BY "exerciseId" LIMIT 1)
             UNION ALL
             SELECT (SELECT l."exerciseId" FROM "WorkoutLog" l WHERE l."userId" = $1 AND l."exerciseId" > exs.ex
                     ORDER BY l."exerciseId" LIMIT 1)
             FROM exs WHERE exs.ex IS NOT NULL AND $3::text IS NULL)
           SELECT exs.ex AS "exerciseId", e."name" AS "exerciseName", e."trackingType", r.heaviest, r.e1rm,
                  r."mostReps", r.volume, r.added, r.longest, r.distance, r.pace
           FROM exs
           JOIN "Exercise" e ON e."id" = exs.ex
           CROSS JOIN LATERAL workout_records_of($1, exs.ex, $2, $4, CASE WHEN $5::text IS NOT NULL THEN ARRAY[$5::text] END,
                                              NULL, NULL, false, NULL) r
           WHERE exs.ex IS NOT NULL AND ($3::text IS NULL OR exs.ex = $3)
           ORDER BY e."name" COLLATE "C", exs.ex"#,
    )
    .bind(user_id)
    .bind(tz)
    .bind(exercise_id)
    .bind(without)
    .bind(only)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the personal records")
}

/// The personal records of the user's exercises (or of one) as the
/// database keeps them in "ExerciseRecord" (migration 8's triggers): one
/// row per exercise, whatever the history. The same rows as
/// [`records`] with [`Sessions::All`] (`workout db check` compares them).
pub async fn summary(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: Option<&str>,
) -> Result<Vec<RecordRow>> {
    sqlx::query_as(
        r#"SELECT r."exerciseId", e."name" AS "exerciseName", e."trackingType", r.heaviest, r.e1rm,
                  r."mostReps", r.volume, r.added, r.longest, r.distance, r.pace
           FROM "ExerciseRecord" r
           JOIN "Exercise" e ON e."id" = r."exerciseId"
           WHERE r."userId" = $1 AND r."sets" > 0 AND ($2::text IS NULL OR r."exerciseId" = $2)
           ORDER BY e."name" COLLATE "C", r."exerciseId""#,
    )
    .bind(user_id)
    .bind(exercise_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the personal records")
}

/// A kept record row that differs from a fresh computation.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
#[sqlx(rename_all = "camelCase")]
#[serde(rename_all = "camelCase")]
pub struct RecordDifference {
    pub user: String,
    pub exercise_id: String,
    pub exercise: String,
    /// The columns that differ ("row" when one side has no row).
    pub fields: Vec<String>,
    /// For a kept training week ("TrainingWeek", migration 10) that differs
    /// from the sets: its Monday (`exercise` then names the week, and
    /// `exerciseId` is empty).
    #[sqlx(default)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<NaiveDate>,
}

/// The (user, exercise) pairs of one user (or every user) with sets or a
/// kept row.
const PAIRS: &str = r#"(SELECT DISTINCT "userId" AS u, "exerciseId" AS ex FROM "WorkoutLog" WHERE $1::text IS NULL OR "userId" = $1
      UNION SELECT "userId", "exerciseId" FROM "ExerciseRecord" WHERE $1::text IS NULL OR "userId" = $1) p
    JOIN "User" usr ON usr."id" = p.u"#;

/// Every kept record of one user (or of every user) against a fresh
/// computation from the sets (`workout_records_of`): the differences. A
/// kept row with no set that counts and no computed row are the same.
pub async fn check(
    conn: &mut PgConnection,
    user_id: Option<&str>,
) -> Result<Vec<RecordDifference>> {
    sqlx::query_as(&format!(
        r#"SELECT usr."email" AS "user", p.ex AS "exerciseId", e."name" AS "exercise", d.fields
           FROM {PAIRS}
           JOIN "Exercise" e ON e."id" = p.ex
           LEFT JOIN "ExerciseRecord" r ON r."userId" = p.u AND r."exerciseId" = p.ex AND r."sets" > 0
           LEFT JOIN LATERAL workout_records_of(p.u, p.ex, workout_tz(usr."timezone"), NULL, NULL, NULL, NULL, false, NULL) c ON true
           CROSS JOIN LATERAL (SELECT CASE WHEN (r."userId" IS NULL) <> (c."sets" IS NULL) THEN ARRAY['row'] ELSE array_remove(ARRAY[
               CASE WHEN r."sets" IS DISTINCT FROM c."sets"::int THEN 'sets' END,
               CASE WHEN r.heaviest IS DISTINCT FROM c.heaviest THEN 'heaviest' END,
               CASE WHEN r.e1rm IS DISTINCT FROM c.e1rm THEN 'e1rm' END,
               CASE WHEN r."mostReps" IS DISTINCT FROM c."mostReps" THEN 'mostReps' END,
               CASE WHEN r.volume IS DISTINCT FROM c.volume THEN 'volume' END,
               CASE WHEN r.added IS DISTINCT FROM c.added THEN 'added' END,
               CASE WHEN r.longest IS DISTINCT FROM c.longest THEN 'longest' END,
               CASE WHEN r.distance IS DISTINCT FROM c.distance THEN 'distance' END,
               CASE WHEN r.pace IS DISTINCT FROM c.pace THEN 'pace' END], NULL) END AS fields) d
           WHERE cardinality(d.fields) > 0
           ORDER BY usr."email", e."name" COLLATE "C", p.ex"#
    ))
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot check the kept records")
}

/// The training weeks of one user (or of every user) computed afresh from
/// the sets: (userId, Monday of the ISO week in the user's zone as the
/// server reads it, sets), one pass over the sets through
/// `(userId, date)`; each user's zone once (`MATERIALIZED`: inlined, the
/// PL/pgSQL `workout_tz` ran once per set).
const FRESH_WEEKS: &str = r#"(WITH z AS MATERIALIZED (
           SELECT "id", workout_tz("timezone") AS tz FROM "User" WHERE $1::text IS NULL OR "id" = $1)
     SELECT l."userId" AS u, workout_week_of(l."date", z.tz) AS w, count(*)::int AS n
       FROM z JOIN "WorkoutLog" l ON l."userId" = z."id"
      GROUP BY 1, 2)"#;

/// Every kept training week of one user (or of every user) against a fresh
/// count from the sets: the differences (`sets` when the counts differ,
/// `row` when one side has no row), oldest first per user.
pub async fn check_weeks(
    conn: &mut PgConnection,
    user_id: Option<&str>,
) -> Result<Vec<RecordDifference>> {
    sqlx::query_as(&format!(
        r#"SELECT usr."email" AS "user", '' AS "exerciseId",
                  'training week of ' || coalesce(f.w, k.w)::text AS "exercise",
                  CASE WHEN f.n IS NULL OR k.n IS NULL THEN ARRAY['row'] ELSE ARRAY['sets'] END AS fields,
                  coalesce(f.w, k.w) AS "week"
           FROM {FRESH_WEEKS} f
           FULL JOIN (SELECT "userId" AS u, "week" AS w, "sets" AS n FROM "TrainingWeek"
                      WHERE $1::text IS NULL OR "userId" = $1) k ON k.u = f.u AND k.w = f.w
           JOIN "User" usr ON usr."id" = coalesce(f.u, k.u)
           WHERE f.n IS DISTINCT FROM k.n
           ORDER BY usr."email", 5"#
    ))
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot check the kept training weeks")
}

/// Recomputes the kept records of one user (or of every user) from the
/// sets, after locking "ExerciseRecord" and "TrainingWeek" (in that order,
/// the order the triggers of one statement touch them) against the
/// triggers of concurrent writers (they queue behind it and fold their
/// sets in after); [`rebuild_weeks`] then rewrites the weeks in the same
/// transaction. Returns the
/// number of (user, exercise) rows written.
pub async fn rebuild(conn: &mut PgConnection, user_id: Option<&str>) -> Result<u64> {
    sqlx::query(r#"LOCK TABLE "ExerciseRecord", "TrainingWeek" IN EXCLUSIVE MODE"#)
        .execute(&mut *conn)
        .await
        .context("cannot lock the kept records")?;
    sqlx::query(r#"DELETE FROM "ExerciseRecord" WHERE $1::text IS NULL OR "userId" = $1"#)
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .context("cannot clear the kept records")?;
    let done = sqlx::query(&format!(
        r#"INSERT INTO "ExerciseRecord" ("userId", "exerciseId", "sets", heaviest, e1rm, "mostReps", volume, added, longest, distance, pace)
           SELECT p.u, p.ex, coalesce(c."sets", 0), c.heaviest, c.e1rm, c."mostReps", c.volume, c.added, c.longest, c.distance, c.pace
           FROM {PAIRS}
           LEFT JOIN LATERAL workout_records_of(p.u, p.ex, workout_tz(usr."timezone"), NULL, NULL, NULL, NULL, false, NULL) c ON true"#
    ))
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .context("cannot rebuild the kept records")?;
    Ok(done.rows_affected())
}

/// Recomputes the kept training weeks of one user (or of every user) from
/// the sets, in the transaction of [`rebuild`] (which locked
/// "TrainingWeek" against the triggers of concurrent writers). Returns the
/// number of weeks written.
pub async fn rebuild_weeks(conn: &mut PgConnection, user_id: Option<&str>) -> Result<u64> {
    sqlx::query(r#"DELETE FROM "TrainingWeek" WHERE $1::text IS NULL OR "userId" = $1"#)
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .context("cannot clear the kept training weeks")?;
    let done = sqlx::query(&format!(
        r#"INSERT INTO "TrainingWeek" ("userId", "week", "sets")
           SELECT u, w, n FROM {FRESH_WEEKS} f ORDER BY u, w"#
    ))
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .context("cannot rebuild the kept training weeks")?;
    Ok(done.rows_affected())
}

/// One day's best Epley estimate and the set that gave it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DayBestRow {
    pub day: NaiveDate,
    pub e1: f64,
    pub load: f64,
    pub reps: i32,
}

/// `log progress`'s statement for an exercise whose load is the set's
/// weight (every tracking type but the two body-weight ones, as in
/// `workout_set_load` and `tracking::load_kg`): plain columns and no
/// function call, so that the server may read and sort the exercise's sets
/// in parallel workers (the hand-written anchor's plan: each worker sorts
/// its share, in memory where the serial sort spilled to disk at 5M sets).
/// `workout_set_load`, like every function created without a PARALLEL
/// label, is parallel unsafe, and a statement that names it is planned
/// serial whole. $1 user, $2 time zone, $3 exercise, $4 since (or NULL).
pub const BEST_E1RM_BY_WEIGHT: &str = r#"SELECT DISTINCT ON (day) day, e1, load, reps
  FROM (SELECT ((l."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date AS day, l."date", l."setNumber", l."id",
               l."reps" AS reps, l."weight" AS load,
               CASE WHEN l."reps" = 1 THEN l."weight" WHEN l."weight" > 1e308 THEN 'Infinity'::float8
                    ELSE l."weight" * (1.0::float8 + l."reps"::float8 / 30.0::float8) END AS e1
          FROM "WorkoutLog" l
         WHERE l."userId" = $1 AND l."exerciseId" = $3 AND NOT l."isWarmup"
           AND l."reps" BETWEEN 1 AND 10 AND l."weight" IS NOT NULL
           AND ($4::timestamp IS NULL OR l."date" >= $4)) d
 ORDER BY day, e1 DESC, "date", "setNumber", "id""#;

/// The same for a body-weight exercise: the load from `workout_set_load`
/// (the body weight in force on the set's date), once per set.
const BEST_E1RM_BY_BODY_WEIGHT: &str = r#"SELECT DISTINCT ON (day) day, e1, load, reps
           FROM (SELECT ((x."date" AT TIME ZONE 'UTC') AT TIME ZONE $2)::date AS day, x.*,
                        CASE WHEN x.reps = 1 THEN x.load WHEN x.load > 1e308 THEN 'Infinity'::float8 ELSE x.load * (1.0::float8 + x.reps::float8 / 30.0::float8) END AS e1
                 FROM (SELECT l."date", l."setNumber", l."id", l."reps" AS reps, ld.load
                       FROM "WorkoutLog" l
                       JOIN "Exercise" e ON e."id" = l."exerciseId"
                       CROSS JOIN LATERAL workout_set_load($1, l."date", e."trackingType", l."weight") ld
                       WHERE l."userId" = $1 AND l."exerciseId" = $3 AND NOT l."isWarmup"
                         AND l."reps" BETWEEN 1 AND 10
                         AND ($4::timestamp IS NULL OR l."date" >= $4)
                       OFFSET 0) x
                 WHERE x.load IS NOT NULL) d
           ORDER BY day, e1 DESC, "date", "setNumber", "id""#;

/// An exercise's best estimated 1RM per local day (of `tz`), oldest first,
/// from `since` (a stored UTC bound) on: the server keeps each day's best
/// (the first set of the day, in set order, among equal estimates) and
/// sends one row a day. The `(userId, exerciseId, date)` index gives the
/// exercise's rows. The first statement of a transaction just begun: it
/// makes it a read-only snapshot (the exercise's tracking type and its
/// sets are read in one), without JIT.
pub async fn best_e1rm_per_day(
    conn: &mut PgConnection,
    user_id: &str,
    tz: &str,
    exercise_id: &str,
    since: Option<Timestamp>,
) -> Result<Vec<DayBestRow>> {
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *conn)
        .await
        .context("cannot read the estimated 1RM per day")?;
    without_jit(conn).await?;
    let tracking: Option<String> = sqlx::query_scalar(
        r#"SELECT "trackingType"::text FROM "Exercise"
           WHERE "id" = $1 AND ("createdById" IS NULL OR "createdById" = $2)"#,
    )
    .bind(exercise_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot read the estimated 1RM per day")?;
    let Some(tracking) = tracking else {
        return Ok(Vec::new());
    };
    let statement = if TrackingType::parse(&tracking)?.uses_body_weight() {
        BEST_E1RM_BY_BODY_WEIGHT
    } else {
        BEST_E1RM_BY_WEIGHT
    };
    sqlx::query_as(statement)
        .bind(user_id)
        .bind(tz)
        .bind(exercise_id)
        .bind(since)
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the estimated 1RM per day")
}

/// A set as `log stats` counts it, narrow: when it was done (the caller
/// takes the local date, `Timestamp::local_date`, which cost two time-zone
/// conversions per set in SQL), its session, reps, load (`workout_set_load`), whether a
/// warm-up, and its exercise (whose muscles [`stat_exercises`] reads once
/// per exercise, not once per set).
pub type StatRow = (
    Timestamp,
    Option<String>,
    Option<i32>,
    Option<f64>,
    bool,
    String,
);

/// The user's sets from `since` to `until` (stored UTC bounds), oldest
/// first, with only what `log stats` counts (see [`StatRow`]), through the
/// `(userId, date)` index; decoded by position, as a tuple (by name, the
/// column lookups were a tenth of the command's time at 10,000 sets).
pub async fn stat_sets(
    conn: &mut PgConnection,
    user_id: &str,
    since: Option<Timestamp>,
    until: Option<Timestamp>,
) -> Result<Vec<StatRow>> {
    sqlx::query_as(
        r#"SELECT l."date", l."sessionId", l."reps", ld.load, l."isWarmup", l."exerciseId"
           FROM "WorkoutLog" l
           JOIN "Exercise" e ON e."id" = l."exerciseId"
           CROSS JOIN LATERAL workout_set_load($1, l."date", e."trackingType", l."weight") ld
           WHERE l."userId" = $1 AND ($2::timestamp IS NULL OR l."date" >= $2)
             AND ($3::timestamp IS NULL OR l."date" < $3)
           ORDER BY l."date", l."setNumber", l."id""#,
    )
    .bind(user_id)
    .bind(since)
    .bind(until)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the sets")
}

/// The muscles of the exercises `ids` (those of [`stat_sets`]): each id
/// with its primary muscle group and its secondary ones.
pub async fn stat_exercises(
    conn: &mut PgConnection,
    ids: &[&str],
) -> Result<Vec<(String, Option<String>, Vec<String>)>> {
    sqlx::query_as(
        r#"SELECT e."id", e."primaryMuscleGroup"::text, coalesce(e."secondaryMuscleGroups"::text[], '{}')
           FROM "Exercise" e WHERE e."id" = ANY($1)"#,
    )
    .bind(ids)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the exercises")
}
