//! The `"BodyMeasurement"` table: a user's dated body weight, body fat and
//! girths. The trigger `BodyMeasurement_user_weight` keeps `"User"."weight"`
//! equal to the latest measured weight, whoever writes.

use crate::db::types::Timestamp;
use anyhow::{Context, Result};
use sqlx::PgConnection;

const COLUMNS: &str = r#""id", "date", "weightKg", "bodyFatPercent", "waistCm", "chestCm",
    "armCm", "thighCm", "hipsCm", "neckCm", "notes", "createdAt""#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Measurement {
    pub id: String,
    pub date: Timestamp,
    pub weight_kg: Option<f64>,
    pub body_fat_percent: Option<f64>,
    pub waist_cm: Option<f64>,
    pub chest_cm: Option<f64>,
    pub arm_cm: Option<f64>,
    pub thigh_cm: Option<f64>,
    pub hips_cm: Option<f64>,
    pub neck_cm: Option<f64>,
    pub notes: Option<String>,
    pub created_at: Timestamp,
}

/// The values of a new measurement (at least one is set: the caller's check,
/// and the database's `BodyMeasurement_value_check`).
#[derive(Debug, Clone, Default)]
pub struct NewMeasurement {
    pub date: Timestamp,
    pub weight_kg: Option<f64>,
    pub body_fat_percent: Option<f64>,
    pub waist_cm: Option<f64>,
    pub chest_cm: Option<f64>,
    pub arm_cm: Option<f64>,
    pub thigh_cm: Option<f64>,
    pub hips_cm: Option<f64>,
    pub neck_cm: Option<f64>,
    pub notes: Option<String>,
}

pub async fn insert(
    conn: &mut PgConnection,
    user_id: &str,
    m: &NewMeasurement,
    now: Timestamp,
) -> Result<Measurement> {
    sqlx::query_as::<_, Measurement>(&format!(
        r#"INSERT INTO "BodyMeasurement" ("id", "userId", "date", "weightKg", "bodyFatPercent",
               "waistCm", "chestCm", "armCm", "thighCm", "hipsCm", "neckCm", "notes",
               "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
           RETURNING {COLUMNS}"#
    ))
    .bind(super::new_id())
    .bind(user_id)
    .bind(m.date)
    .bind(m.weight_kg)
    .bind(m.body_fat_percent)
    .bind(m.waist_cm)
    .bind(m.chest_cm)
    .bind(m.arm_cm)
    .bind(m.thigh_cm)
    .bind(m.hips_cm)
    .bind(m.neck_cm)
    .bind(&m.notes)
    .bind(now)
    .fetch_one(conn)
    .await
    .context("cannot save the measurement")
}

/// The user's measurements in [since, until), oldest first.
pub async fn list(
    conn: &mut PgConnection,
    user_id: &str,
    since: Option<Timestamp>,
    until: Option<Timestamp>,
) -> Result<Vec<Measurement>> {
    sqlx::query_as::<_, Measurement>(&format!(
        r#"SELECT {COLUMNS} FROM "BodyMeasurement"
            WHERE "userId" = $1
              AND ($2::timestamp IS NULL OR "date" >= $2)
              AND ($3::timestamp IS NULL OR "date" < $3)
            ORDER BY "date", "createdAt", "id""#
    ))
    .bind(user_id)
    .bind(since)
    .bind(until)
    .fetch_all(conn)
    .await
    .context("cannot read the measurements")
}

/// The measurement `reference` names: its id or a unique prefix (4+ characters).
pub async fn resolve(
    conn: &mut PgConnection,
    user_id: &str,
    reference: &str,
) -> Result<Measurement> {
    let r = reference.trim();
    if r.len() < 4 || !r.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(crate::error::Kind::Usage.err(format!(
            "`{r}` does not name a measurement: use its id, or at least 4 of its first characters (see `workout body list`)"
        )));
    }
    let rows = sqlx::query_as::<_, Measurement>(&format!(
        r#"SELECT {COLUMNS} FROM "BodyMeasurement" WHERE "userId" = $1 AND "id" LIKE $2 ORDER BY "id" LIMIT 6"#
    ))
    .bind(user_id)
    .bind(format!("{r}%"))
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the measurement")?;
    super::one_by_prefix(rows, r, "measurement", |m| &m.id)
}

/// Deletes one measurement; false if it was already gone.
pub async fn delete(conn: &mut PgConnection, user_id: &str, id: &str) -> Result<bool> {
    let n = sqlx::query(r#"DELETE FROM "BodyMeasurement" WHERE "userId" = $1 AND "id" = $2"#)
        .bind(user_id)
        .bind(id)
        .execute(conn)
        .await
        .context("cannot delete the measurement")?
        .rows_affected();
    Ok(n == 1)
}

/// Locks the user's row until the transaction ends, so that concurrent
/// writers of one user's measurements take turns: the v3 trigger that sets
/// `"User"."weight"` then sees every committed measurement (under READ
/// COMMITTED two racing inserts could each see only their own and the
/// earlier-dated one could win).
pub async fn lock_user(conn: &mut PgConnection, user_id: &str) -> Result<()> {
    sqlx::query(r#"SELECT 1 FROM "User" WHERE "id" = $1 FOR UPDATE"#)
        .bind(user_id)
        .execute(conn)
        .await
        .context("cannot lock the user")?;
    Ok(())
}
