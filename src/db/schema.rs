//! How far the database's schema is migrated, compared with the migrations
//! embedded in this binary.

use anyhow::Result;
use sqlx::PgConnection;

use crate::MIGRATOR;

/// The database's schema against this binary's migrations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaState {
    /// Versions recorded as applied (successfully) in `_sqlx_migrations`.
    pub applied: Vec<i64>,
    /// This binary's versions that are not applied.
    pub pending: Vec<i64>,
    /// Applied versions this binary does not know: the database is newer.
    pub unknown: Vec<i64>,
}

impl SchemaState {
    pub fn is_current(&self) -> bool {
        self.pending.is_empty() && self.unknown.is_empty()
    }
}

/// The versions of this binary's (up) migrations, ascending.
pub fn known_versions() -> Vec<i64> {
    MIGRATOR
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| m.version)
        .collect()
}

/// One query: the applied versions. No `_sqlx_migrations` table means none.
pub async fn state(conn: &mut PgConnection) -> Result<SchemaState> {
    let applied: Vec<i64> = match sqlx::query_scalar(
        "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version",
    )
    .fetch_all(conn)
    .await
    {
        Ok(v) => v,
        Err(sqlx::Error::Database(db)) if db.code().as_deref() == Some("42P01") => Vec::new(),
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context("cannot read the schema's migration state (_sqlx_migrations)"));
        }
    };
    let known = known_versions();
    Ok(SchemaState {
        pending: known
            .iter()
            .copied()
            .filter(|v| !applied.contains(v))
            .collect(),
        unknown: applied
            .iter()
            .copied()
            .filter(|v| !known.contains(v))
            .collect(),
        applied,
    })
}
