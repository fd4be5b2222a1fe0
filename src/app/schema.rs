//! The schema migrations: `migrate status`, `up` and `down` as operations.
//! They act as no user (the schema is everyone's) and take the connection
//! `migrate` opened without the schema check. Each returns what happened;
//! the refusals are typed errors with the documented exit codes
//! (`Kind::Usage` 2, `Kind::Database` 5), so `cli/migrate.rs` only parses,
//! calls these and renders.

use anyhow::{Context as _, Result};
use sqlx::PgConnection;

use crate::MIGRATOR;
use crate::db::schema::{self, SchemaState};
use crate::error::Kind;
use crate::legacy::dualwrite::{self, Phase};
use crate::legacy::{self, Presence};

/// The migration that adds v2 (its tables hold data `down` would drop).
const V2_VERSION: i64 = 20260101000002;
/// The migration that adds v3 (its columns hold data v2 cannot).
const V3_VERSION: i64 = 20260101000004;

/// SQLSTATE of v3's pre-check: rows that break the v3 rules (the message
/// lists each rule, the ids and the repair; the migration changed nothing).
const V3_BLOCKED: &str = "WV3RU";

/// One of this binary's migrations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    pub version: i64,
    pub description: String,
    pub applied: bool,
}

/// What `migrate status` reports.
pub struct Status {
    /// This binary's migrations, oldest first, and whether each is applied.
    pub migrations: Vec<Migration>,
    /// The database against this binary.
    pub state: SchemaState,
    /// The legacy (v1) data, when the legacy tables exist.
    pub legacy: Option<Presence>,
    /// The transition phase, once v2 is applied.
    pub phase: Option<Phase>,
}

/// The schema's state, with the legacy data and the transition phase.
pub async fn status(conn: &mut PgConnection) -> Result<Status> {
    let state = schema::state(&mut *conn).await?;
    let migrations = MIGRATOR
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| Migration {
            version: m.version,
            description: m.description.to_string(),
            applied: state.applied.contains(&m.version),
        })
        .collect();
    let v2 = state.applied.contains(&V2_VERSION);
    let phase = if v2 {
        Some(dualwrite::phase(&mut *conn).await?)
    } else {
        None
    };
    if phase == Some(Phase::Cutover) {
        dualwrite::read_moved_tables(&mut *conn).await?;
    }
    let legacy = legacy::presence(&mut *conn, v2).await?;
    Ok(Status {
        migrations,
        state,
        legacy,
        phase,
    })
}

/// Fails with exit 5 unless the schema is exactly this binary's: what the
/// commands that read or write v2 data need.
pub async fn ensure_current(conn: &mut PgConnection) -> Result<()> {
    let state = schema::state(&mut *conn).await?;
    if state.is_current() {
        return Ok(());
    }
    Err(Kind::Database.err(if state.unknown.is_empty() {
        format!(
            "the database schema is behind ({} migration(s) pending): run `workout migrate up` first",
            state.pending.len()
        )
    } else {
        "the database schema is newer than this workout: upgrade workout".to_string()
    }))
}

/// What `migrate up` did: how many migrations it applied (0: none pending).
pub async fn up(conn: &mut PgConnection) -> Result<usize> {
    let state = schema::state(&mut *conn).await?;
    if !state.unknown.is_empty() {
        return Err(Kind::Database.err(
            "the database schema is newer than this workout: upgrade workout instead of migrating",
        ));
    }
    if state.pending.is_empty() {
        return Ok(0);
    }
    MIGRATOR.run(&mut *conn).await.map_err(blocked_by_rows)?;
    Ok(state.pending.len())
}

/// A migration's failure: v3's pre-check refusing the rows that break its
/// rules is one sentence (exit 5), anything else keeps its cause.
fn blocked_by_rows(e: sqlx::migrate::MigrateError) -> anyhow::Error {
    use sqlx::migrate::MigrateError;
    if let MigrateError::ExecuteMigration(sqlx::Error::Database(db), version) = &e
        && db.code().as_deref() == Some(V3_BLOCKED)
    {
        return Kind::Database.err(format!(
            "migration {version} was not applied: {}",
            db.message()
        ));
    }
    anyhow::Error::new(e).context("cannot apply the schema migrations")
}

/// The revert `migrate down` would make, checked: the newest applied
/// migration, and the version that stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Down {
    pub newest: i64,
    pub description: String,
    target: i64,
}

/// Checks that the newest migration may be reverted: one is applied, the
/// database is not newer than this binary, and (unless `force`) v2 or v3
/// do not hold data the revert would drop.
pub async fn plan_down(conn: &mut PgConnection, force: bool) -> Result<Down> {
    let state = schema::state(&mut *conn).await?;
    let Some(&newest) = state.applied.last() else {
        return Err(Kind::Usage.err("nothing to revert: no migration is applied"));
    };
    if !state.unknown.is_empty() {
        return Err(Kind::Database.err(
            "the database has migrations this workout does not know: upgrade workout to revert them",
        ));
    }
    if newest == V2_VERSION {
        let holding = schema::v2_tables_with_rows(&mut *conn).await?;
        if !holding.is_empty() && !force {
            return Err(Kind::Usage.err(format!(
                "refusing to revert v2: it holds data ({}); pass --force to drop it",
                holding.join(", ")
            )));
        }
    }
    if newest == V3_VERSION {
        let holding = schema::v3_only_data(&mut *conn).await?;
        if !holding.is_empty() && !force {
            return Err(Kind::Usage.err(format!(
                "refusing to revert v3: it holds data v2 cannot ({}); pass --force to drop it",
                holding.join(", ")
            )));
        }
    }
    let description = MIGRATOR
        .iter()
        .find(|m| m.version == newest)
        .map(|m| m.description.to_string())
        .unwrap_or_default();
    Ok(Down {
        newest,
        description,
        target: state.applied.iter().rev().nth(1).copied().unwrap_or(0),
    })
}

/// Reverts the migration `plan` names (its down script, one transaction).
pub async fn down(conn: &mut PgConnection, plan: &Down) -> Result<()> {
    MIGRATOR
        .undo(&mut *conn, plan.target)
        .await
        .with_context(|| format!("cannot revert migration {}", plan.newest))?;
    Ok(())
}
