//! `workout db check|rebuild`: the personal records the database keeps
//! ("ExerciseRecord", migration 8) against a fresh computation from the
//! sets, and recomputed (docs/design/records.md).

use anyhow::Result;
use sqlx::{Connection, PgConnection};

pub use crate::db::records::RecordDifference;

/// The kept records of one user (`Some(user id)`) or of every user that
/// differ from a fresh computation. Read in one REPEATABLE READ snapshot,
/// so that sets and records committed together are seen together.
pub async fn check(
    conn: &mut PgConnection,
    user_id: Option<&str>,
) -> Result<Vec<RecordDifference>> {
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .execute(&mut *tx)
        .await?;
    crate::db::records::without_jit(&mut tx).await?;
    let diffs = crate::db::records::check(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(diffs)
}

/// Recomputes the kept records of one user or of every user in one
/// transaction (idempotent); the number of (user, exercise) rows written.
pub async fn rebuild(conn: &mut PgConnection, user_id: Option<&str>) -> Result<u64> {
    let mut tx = conn.begin().await?;
    crate::db::records::without_jit(&mut tx).await?;
    let n = crate::db::records::rebuild(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(n)
}
