//! What `migrate status` and `migrate dual-write status` show of the legacy
//! data: how much there is and is migrated, and the rows not carried over.

use crate::db::types::Timestamp;
use anyhow::{Context as _, Result};
use sqlx::{PgConnection, Row};

use super::report::SkippedRow;
use super::*;

/// How much legacy data there is and how much of it is migrated, for
/// `migrate status`. None when there are no legacy tables.
pub struct Presence {
    pub users: i64,
    pub workouts: i64,
    pub workout_exercises: i64,
    /// None before v2 is applied.
    pub migrated_workouts: Option<i64>,
    pub last_run: Option<(String, String, Timestamp)>,
}

pub async fn presence(conn: &mut PgConnection, v2: bool) -> Result<Option<Presence>> {
    let exists: bool = sqlx::query_scalar(
        r#"SELECT to_regclass('"Workout"') IS NOT NULL AND to_regclass('"WorkoutExercise"') IS NOT NULL"#,
    )
    .fetch_one(&mut *conn)
    .await?;
    if !exists {
        return Ok(None);
    }
    // The legacy mirrors of native sessions (dual-write) are v2's rows: not counted.
    let not_mirror = if v2 { NOT_MIRROR } else { "true" };
    let (users, workouts, workout_exercises): (i64, i64, i64) = sqlx::query_as(&format!(
        r#"SELECT (SELECT count(DISTINCT "userId") FROM "Workout" w WHERE {not_mirror}),
                  (SELECT count(*) FROM "Workout" w WHERE {not_mirror}),
                  (SELECT count(*) FROM "WorkoutExercise" we JOIN "Workout" w ON w.id = we."workoutId"
                    WHERE {not_mirror})"#
    ))
    .fetch_one(&mut *conn)
    .await?;
    let (migrated_workouts, last_run) = if v2 {
        let m: i64 = sqlx::query_scalar(
            r#"SELECT count(*) FROM "WorkoutSession" s JOIN "Workout" w
                 ON w.id = s."legacyWorkoutId" AND w."userId" = s."userId""#,
        )
        .fetch_one(&mut *conn)
        .await?;
        let last: Option<(String, String, Timestamp)> = sqlx::query_as(
            r#"SELECT mode, status, "startedAt" FROM "LegacyMigrationRun" ORDER BY "startedAt" DESC, id DESC LIMIT 1"#,
        )
        .fetch_optional(&mut *conn)
        .await?;
        (Some(m), last)
    } else {
        (None, None)
    };
    Ok(Some(Presence {
        users,
        workouts,
        workout_exercises,
        migrated_workouts,
        last_run,
    }))
}

/// Every legacy row that cannot be carried over (the batch's rule), for
/// `migrate dual-write status`: the triggers skip them as a run does.
pub async fn skipped_rows(conn: &mut PgConnection) -> Result<Vec<SkippedRow>> {
    let sql = fill(
        r#"SELECT we.id, we."workoutId", u.email, $SKIP_REASON AS reason
             FROM "WorkoutExercise" we
             JOIN "Workout" w ON w.id = we."workoutId"
             JOIN "User" u ON u.id = w."userId"
             LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
            WHERE NOT $VALID AND $NOT_MIRROR
            ORDER BY u.email, we."workoutId", we.id"#,
        false,
        0,
    );
    Ok(sqlx::query(&sql)
        .fetch_all(&mut *conn)
        .await
        .context("cannot list the legacy rows that are not carried over")?
        .into_iter()
        .map(|r| SkippedRow {
            table: "WorkoutExercise".into(),
            id: r.get(0),
            workout_id: r.get(1),
            user: r.get(2),
            reason: r.get(3),
        })
        .collect())
}
