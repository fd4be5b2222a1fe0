//! The training weeks, aggregated by the server: the answer's rows cross the
//! wire, never the history's. (Personal records and the best estimated 1RM
//! per day stay in Rust, `app::log` over `domain::records`: they carry the
//! set types, the body-weight load in force on each set's date and the
//! record kinds of `domain::records`.)

use anyhow::{Context, Result};
use chrono::NaiveDate;
use sqlx::PgConnection;

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
