//! `workout migrate rollback`: removes exactly what the legacy migration
//! created, found by its links (`legacyWorkoutId`, `legacyChecksum`,
//! `legacyWorkoutExerciseId`, `isLegacyImport`) and by the muscle groups its
//! runs recorded, in one transaction. Legacy rows are never touched, and
//! native rows that hang on migrated ones make it refuse rather than
//! cascade them away.

use crate::db::types::Timestamp;
use anyhow::{Context as _, Result};
use sqlx::{Connection, PgConnection};

use super::report::RollbackCount;
use crate::db::new_id;

/// A session the migration made (its legacy workout may be gone since).
const MIGRATED: &str = r#"(s."legacyWorkoutId" IS NOT NULL OR s."legacyChecksum" IS NOT NULL)"#;

/// What a rollback would remove, before it does.
pub async fn dependents(conn: &mut PgConnection) -> Result<Vec<String>> {
    let stamps = super::stamps(conn)
        .await
        .context("cannot roll back the legacy migration")?;
    let (sets, reminders, sessions): (i64, i64, i64) = sqlx::query_as(&format!(
        r#"SELECT
             (SELECT count(*) FROM "WorkoutLog" l JOIN "WorkoutSession" s
                 ON s.id = l."sessionId" AND s."userId" = l."userId"
               WHERE {MIGRATED} AND l."createdAt" <> ALL($1)),
             (SELECT count(*) FROM "Reminder" r
               WHERE EXISTS (SELECT 1 FROM "WorkoutSession" s WHERE s.id = r."sessionId" AND s."userId" = r."userId" AND {MIGRATED})
                  OR EXISTS (SELECT 1 FROM "TrainingPlan" p WHERE p.id = r."trainingPlanId" AND p."userId" = r."userId" AND p."isLegacyImport")),
             (SELECT count(*) FROM "WorkoutSession" s
               WHERE NOT {MIGRATED} AND EXISTS (SELECT 1 FROM "TrainingPlan" p
                       WHERE p.id = s."trainingPlanId" AND p."userId" = s."userId" AND p."isLegacyImport"))"#
    ))
    .bind(&stamps)
    .fetch_one(&mut *conn)
    .await.context("cannot roll back the legacy migration")?;
    let mut out = Vec::new();
    if sets > 0 {
        out.push(format!(
            "{sets} set(s) logged natively in migrated sessions"
        ));
    }
    if reminders > 0 {
        out.push(format!(
            "{reminders} reminder(s) on migrated sessions or imported plans"
        ));
    }
    if sessions > 0 {
        out.push(format!("{sessions} native session(s) of an imported plan"));
    }
    Ok(out)
}

/// Removes it all; returns the counts per table. The caller holds the lock
/// and has checked [`dependents`].
pub async fn rollback(conn: &mut PgConnection, now: Timestamp) -> Result<Vec<RollbackCount>> {
    let mut tx = conn
        .begin()
        .await
        .context("cannot roll back the legacy migration")?;
    let mut counts = Vec::new();
    let mut count = |table: &str, deleted: u64, updated: u64| {
        counts.push(RollbackCount {
            table: table.to_string(),
            deleted: deleted as i64,
            updated: updated as i64,
        })
    };
    let in_sessions = sqlx::query(&format!(
        r#"DELETE FROM "WorkoutLog" l USING "WorkoutSession" s
            WHERE l."sessionId" = s.id AND l."userId" = s."userId" AND {MIGRATED}"#
    ))
    .execute(&mut *tx)
    .await
    .context("cannot roll back the legacy migration")?
    .rows_affected();
    // Sets the migration made that were moved elsewhere since.
    let elsewhere =
        sqlx::query(r#"DELETE FROM "WorkoutLog" WHERE "legacyWorkoutExerciseId" IS NOT NULL"#)
            .execute(&mut *tx)
            .await
            .context("cannot roll back the legacy migration")?
            .rows_affected();
    count("WorkoutLog", in_sessions + elsewhere, 0);
    // The legacy mirrors of native sessions that dual-write made (a mirror
    // has its session's id; its WorkoutExercise rows cascade).
    let mirrors = sqlx::query(&format!(
        r#"DELETE FROM "Workout" w USING "WorkoutSession" s
            WHERE w.id = s.id AND w."userId" = s."userId" AND {}"#,
        super::dualwrite::NATIVE_S
    ))
    .execute(&mut *tx)
    .await
    .context("cannot roll back the legacy migration")?
    .rows_affected();
    let sessions = sqlx::query(&format!(
        r#"DELETE FROM "WorkoutSession" s WHERE {MIGRATED}"#
    ))
    .execute(&mut *tx)
    .await
    .context("cannot roll back the legacy migration")?
    .rows_affected();
    count("WorkoutSession", sessions, 0);
    let (days, exercises): (i64, i64) = sqlx::query_as(
        r#"SELECT (SELECT count(*) FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" WHERE p."isLegacyImport"),
                  (SELECT count(*) FROM "PlanExercise" x JOIN "PlanDay" d ON d.id = x."planDayId"
                     JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" WHERE p."isLegacyImport")"#,
    )
    .fetch_one(&mut *tx)
    .await.context("cannot roll back the legacy migration")?;
    let plans = sqlx::query(r#"DELETE FROM "TrainingPlan" WHERE "isLegacyImport""#)
        .execute(&mut *tx)
        .await
        .context("cannot roll back the legacy migration")?
        .rows_affected();
    count("TrainingPlan", plans, 0);
    count("PlanDay", days as u64, 0);
    count("PlanExercise", exercises as u64, 0);
    // Muscle groups that apply runs set since the last rollback, where they
    // still hold what the run set.
    let muscles = sqlx::query(
        r#"UPDATE "Exercise" e SET "primaryMuscleGroup" = NULL
             FROM (SELECT DISTINCT m->>'id' AS id, m->>'primaryMuscleGroup' AS grp
                     FROM "LegacyMigrationRun" r
                     CROSS JOIN jsonb_array_elements(coalesce(r.report->'mappedExercises', '[]'::jsonb)) m
                    WHERE r.mode = 'apply' AND NOT coalesce((r.report->>'rolledBack')::boolean, false)) x
            WHERE e.id = x.id AND e."primaryMuscleGroup"::text = x.grp"#,
    )
    .execute(&mut *tx)
    .await.context("cannot roll back the legacy migration")?
    .rows_affected();
    count("Exercise", 0, muscles);
    if mirrors > 0 {
        count("Workout (dual-write mirrors)", mirrors, 0);
    }
    sqlx::query(
        r#"UPDATE "LegacyMigrationRun" SET report = coalesce(report, '{}'::jsonb) || '{"rolledBack": true}'::jsonb
            WHERE mode = 'apply' AND NOT coalesce((report->>'rolledBack')::boolean, false)"#,
    )
    .execute(&mut *tx)
    .await.context("cannot roll back the legacy migration")?;
    let report = serde_json::json!({ "mode": "rollback", "tables": &counts });
    sqlx::query(
        r#"INSERT INTO "LegacyMigrationRun" (id, mode, status, "startedAt", "finishedAt", report)
           VALUES ($1, 'rollback', 'succeeded', $2, $2, $3)"#,
    )
    .bind(new_id())
    .bind(now)
    .bind(sqlx::types::Json(report))
    .execute(&mut *tx)
    .await
    .context("cannot roll back the legacy migration")?;
    tx.commit()
        .await
        .context("cannot roll back the legacy migration")?;
    Ok(counts)
}

/// What a rollback would remove: the migrated sessions and the imported plans.
pub async fn counts(conn: &mut PgConnection) -> Result<(i64, i64)> {
    sqlx::query_as(
        r#"SELECT (SELECT count(*) FROM "WorkoutSession" WHERE "legacyWorkoutId" IS NOT NULL OR "legacyChecksum" IS NOT NULL),
                  (SELECT count(*) FROM "TrainingPlan" WHERE "isLegacyImport")"#,
    )
    .fetch_one(conn)
    .await
    .context("cannot count what a rollback would remove")
}

/// The first step of `migrate rollback`: takes the migration's lock (a run
/// or another rollback is refused), refuses (exit 2) when native data hangs
/// on migrated rows, and returns what would go (sessions, plans).
pub async fn prepare(conn: &mut PgConnection) -> Result<(i64, i64)> {
    super::lock(&mut *conn).await?;
    let held = dependents(&mut *conn).await?;
    if !held.is_empty() {
        return Err(crate::error::Kind::Usage.err(format!(
            "refusing to roll back: native data hangs on migrated rows ({}); remove or move it first",
            held.join(", ")
        )));
    }
    counts(&mut *conn).await
}

/// The second step, after [`prepare`] (and the caller's confirmation):
/// removes it all, releases the lock, returns the counts per table.
pub async fn apply(conn: &mut PgConnection) -> Result<Vec<RollbackCount>> {
    let now = Timestamp::new(crate::clock::now()?);
    let counts = rollback(&mut *conn, now).await?;
    super::unlock(&mut *conn).await?;
    Ok(counts)
}
