//! `workout migrate status|up|down`.

use anyhow::{Context as _, Result};
use clap::Subcommand;
use serde::Serialize;
use sqlx::PgConnection;

use crate::MIGRATOR;
use crate::context::Target;
use crate::db::schema;
use crate::error::Kind;
use crate::output::{Output, Record, TableData};
use crate::prompt::Prompt;

#[derive(Debug, Subcommand)]
pub enum MigrateCmd {
    /// List the schema migrations and which are applied
    Status,
    /// Apply the pending schema migrations
    Up,
    /// Revert the newest applied migration (refused while v2 holds data, unless --force)
    Down {
        /// Revert even though it drops tables and columns that hold data
        #[arg(long)]
        force: bool,
    },
}

/// One migration as `migrate status` prints it. Columns are stable.
#[derive(Debug, Serialize)]
pub struct MigrationView {
    pub version: i64,
    pub description: String,
    pub applied: bool,
}

impl Record for MigrationView {
    const COLUMNS: &'static [&'static str] = &["version", "description", "applied"];
}

/// The tables v2 added, which `down` past v2 would drop.
const V2_TABLES: [&str; 8] = [
    "TrainingPlan",
    "PlanDay",
    "PlanExercise",
    "WorkoutSession",
    "WorkoutLog",
    "Reminder",
    "ReminderDelivery",
    "LegacyMigrationRun",
];
const V2_VERSION: i64 = 20260101000002;

pub async fn run(
    cmd: MigrateCmd,
    target: &Target,
    conn: &mut PgConnection,
    out: &Output,
    prompt: Prompt,
) -> Result<()> {
    let state = schema::state(&mut *conn).await?;
    match cmd {
        MigrateCmd::Status => {
            let rows: Vec<MigrationView> = MIGRATOR
                .iter()
                .filter(|m| !m.migration_type.is_down_migration())
                .map(|m| MigrationView {
                    version: m.version,
                    description: m.description.to_string(),
                    applied: state.applied.contains(&m.version),
                })
                .collect();
            out.list(&rows, || TableData {
                headers: vec!["version", "description", "applied"],
                rows: rows
                    .iter()
                    .map(|r| {
                        vec![
                            r.version.to_string(),
                            r.description.clone(),
                            yes_no(r.applied),
                        ]
                    })
                    .collect(),
            })?;
            if !state.unknown.is_empty() {
                out.warn(format!(
                    "the database has migrations this workout does not know ({:?}): upgrade workout",
                    state.unknown
                ));
            } else if state.pending.is_empty() {
                out.info(format!("The schema of {} is up to date.", target.display()));
            } else {
                out.info(format!(
                    "{} migration(s) pending: run `workout migrate up`.",
                    state.pending.len()
                ));
            }
            Ok(())
        }
        MigrateCmd::Up => {
            if !state.unknown.is_empty() {
                return Err(Kind::Database.err(
                    "the database schema is newer than this workout: upgrade workout instead of migrating",
                ));
            }
            if state.pending.is_empty() {
                out.info("Nothing to do: the schema is up to date.");
                return Ok(());
            }
            MIGRATOR
                .run(&mut *conn)
                .await
                .context("cannot apply the schema migrations")?;
            out.info(format!(
                "Applied {} migration(s) to {}.",
                state.pending.len(),
                target.display()
            ));
            Ok(())
        }
        MigrateCmd::Down { force } => {
            let Some(&newest) = state.applied.last() else {
                return Err(Kind::Usage.err("nothing to revert: no migration is applied"));
            };
            if !state.unknown.is_empty() {
                return Err(Kind::Database.err(
                    "the database has migrations this workout does not know: upgrade workout to revert them",
                ));
            }
            if newest == V2_VERSION {
                let holding = v2_tables_with_rows(&mut *conn).await?;
                if !holding.is_empty() && !force {
                    return Err(Kind::Usage.err(format!(
                        "refusing to revert v2: it holds data ({}); pass --force to drop it",
                        holding.join(", ")
                    )));
                }
            }
            let desc = MIGRATOR
                .iter()
                .find(|m| m.version == newest)
                .map(|m| m.description.to_string())
                .unwrap_or_default();
            if !prompt.confirm(&format!(
                "Revert migration {newest} ({desc}) on {}?",
                target.display()
            ))? {
                out.info("Nothing reverted.");
                return Ok(());
            }
            let target_version = state.applied.iter().rev().nth(1).copied().unwrap_or(0);
            MIGRATOR
                .undo(&mut *conn, target_version)
                .await
                .with_context(|| format!("cannot revert migration {newest}"))?;
            out.info(format!("Reverted migration {newest} ({desc})."));
            Ok(())
        }
    }
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// What v2 holds data in, in one query: its tables with rows, and the v2
/// columns of the legacy tables that hold something other than their default
/// (profiles, exercise metadata), which reverting v2 would drop as well.
async fn v2_tables_with_rows(conn: &mut PgConnection) -> Result<Vec<String>> {
    // Table names are constants of this file, never input.
    let mut checks: Vec<String> = V2_TABLES
        .iter()
        .map(|t| format!(r#"SELECT '{t}' AS t WHERE EXISTS (SELECT 1 FROM "{t}")"#))
        .collect();
    checks.push(
        r#"SELECT 'User (profile columns)' WHERE EXISTS (SELECT 1 FROM "User" WHERE "timezone" IS NOT NULL
           OR "lastLogin" IS NOT NULL OR NOT "isActive" OR "weight" IS NOT NULL OR "height" IS NOT NULL
           OR "fitnessLevel" IS NOT NULL OR "goals" IS NOT NULL OR "weightUnit" <> 'kg')"#
            .to_string(),
    );
    checks.push(
        r#"SELECT 'Exercise (metadata columns)' WHERE EXISTS (SELECT 1 FROM "Exercise" WHERE
           "primaryMuscleGroup" IS NOT NULL OR "secondaryMuscleGroups" IS NOT NULL OR "equipment" IS NOT NULL
           OR "category" <> 'STRENGTH' OR "difficulty" IS NOT NULL OR "mechanic" IS NOT NULL
           OR "force" IS NOT NULL OR "instructions" IS NOT NULL OR "createdById" IS NOT NULL)"#
            .to_string(),
    );
    Ok(sqlx::query_scalar(&checks.join(" UNION ALL "))
        .fetch_all(conn)
        .await?)
}
