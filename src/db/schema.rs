//! How far the database's schema is migrated, compared with the migrations
//! embedded in this binary.

use anyhow::{Context as _, Result};
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

/// The tables v2 added, which `down` past v2 would drop.
pub const V2_TABLES: [&str; 8] = [
    "TrainingPlan",
    "PlanDay",
    "PlanExercise",
    "WorkoutSession",
    "WorkoutLog",
    "Reminder",
    "ReminderDelivery",
    "LegacyMigrationRun",
];

/// What v3 holds that its down migration would drop: its tables' rows
/// (but the measurements v3 made from "User"."weight", which stays), and
/// its columns' values other than what v3 itself set.
pub async fn v3_only_data(conn: &mut PgConnection) -> Result<Vec<String>> {
    sqlx::query_scalar(
        r#"SELECT 'SessionExercise' WHERE EXISTS (SELECT 1 FROM "SessionExercise")
           UNION ALL SELECT 'ExerciseAlias' WHERE EXISTS (SELECT 1 FROM "ExerciseAlias")
           UNION ALL SELECT 'BodyMeasurement' WHERE EXISTS (SELECT 1 FROM "BodyMeasurement" b
               WHERE b."id" <> 'cv3bm' || substr(md5(b."userId"), 1, 20) OR b."updatedAt" <> b."createdAt")
           UNION ALL SELECT 'WorkoutLog (set types, supersets)' WHERE EXISTS (SELECT 1 FROM "WorkoutLog"
               WHERE "setType" NOT IN ('NORMAL', 'WARMUP') OR "supersetGroup" IS NOT NULL)
           UNION ALL SELECT 'PlanExercise (supersets)' WHERE EXISTS (SELECT 1 FROM "PlanExercise"
               WHERE "supersetGroup" IS NOT NULL)
           UNION ALL SELECT 'Exercise (tracking types)' WHERE EXISTS (SELECT 1 FROM "Exercise"
               WHERE "trackingType" <> 'WEIGHT_REPS' AND NOT ("id" LIKE 'ccat%' AND "createdById" IS NULL
                     AND "updatedAt" = "createdAt"))"#,
    )
    .fetch_all(conn)
    .await
    .context("cannot check what the v3 schema holds")
}

/// What v2 holds data in, in one query: its tables with rows, and the v2
/// columns of the legacy tables that hold something other than their default
/// (profiles, exercise metadata), which reverting v2 would drop as well.
pub async fn v2_tables_with_rows(conn: &mut PgConnection) -> Result<Vec<String>> {
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
    sqlx::query_scalar(&checks.join(" UNION ALL "))
        .fetch_all(conn)
        .await
        .context("cannot check what the v2 schema holds")
}
