//! `workout db check|rebuild`: the summaries the database keeps (the
//! personal records, "ExerciseRecord", migration 8; the training weeks,
//! "TrainingWeek", migration 10) against a fresh computation from the sets,
//! and recomputed (docs/design/records.md).

use anyhow::Result;
use sqlx::{Connection, PgConnection};

pub use crate::db::records::RecordDifference;

/// The kept records and training weeks of one user (`Some(user id)`) or of
/// every user that differ from a fresh computation: the records' first,
/// then the weeks' (`week` set). Read in one REPEATABLE READ snapshot, so
/// that sets and summaries committed together are seen together.
pub async fn check(
    conn: &mut PgConnection,
    user_id: Option<&str>,
) -> Result<Vec<RecordDifference>> {
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .execute(&mut *tx)
        .await?;
    crate::db::records::without_jit(&mut tx).await?;
    let mut diffs = crate::db::records::check(&mut tx, user_id).await?;
    diffs.extend(crate::db::records::check_weeks(&mut tx, user_id).await?);
    tx.commit().await?;
    Ok(diffs)
}

/// What `db rebuild` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    /// (user, exercise) record rows.
    pub records: u64,
    /// (user, week) training-week rows.
    pub weeks: u64,
}

/// Recomputes the kept records and training weeks of one user or of every
/// user in one transaction (idempotent).
pub async fn rebuild(conn: &mut PgConnection, user_id: Option<&str>) -> Result<Rebuilt> {
    let mut tx = conn.begin().await?;
    crate::db::records::without_jit(&mut tx).await?;
    let records = crate::db::records::rebuild(&mut tx, user_id).await?;
    let weeks = crate::db::records::rebuild_weeks(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(Rebuilt { records, weeks })
}
