//! Body measurements over time: add, list, delete, and the body weight in
//! force on a date. `"User"."weight"` follows the latest measured weight
//! (the v3 trigger), so none of these touch the profile themselves.

use anyhow::Result;
use sqlx::Connection;

use super::{Ctx, Timestamp};
use crate::db::body;
pub use crate::db::body::{Measurement, NewMeasurement};
use crate::error::Kind;

/// Adds a measurement; at least one value must be given.
pub async fn add(cx: &mut Ctx<'_>, m: &NewMeasurement) -> Result<Measurement> {
    let any = [
        m.weight_kg,
        m.body_fat_percent,
        m.waist_cm,
        m.chest_cm,
        m.arm_cm,
        m.thigh_cm,
        m.hips_cm,
        m.neck_cm,
    ]
    .iter()
    .any(Option::is_some);
    if !any {
        return Err(Kind::Usage.err(
            "nothing to record: give a body weight or one of --body-fat, --waist, --chest, --arm, --thigh, --hips, --neck",
        ));
    }
    let mut tx = cx.conn.begin().await?;
    body::lock_user(&mut tx, &cx.user.id).await?;
    let row = body::insert(&mut tx, &cx.user.id, m, Timestamp::new(cx.now)).await?;
    tx.commit().await?;
    Ok(row)
}

/// The user's measurements in [since, until), oldest first.
pub async fn list(
    cx: &mut Ctx<'_>,
    since: Option<Timestamp>,
    until: Option<Timestamp>,
) -> Result<Vec<Measurement>> {
    body::list(cx.conn, cx.uid(), since, until).await
}

/// The measurement `reference` names (id or a unique prefix).
pub async fn find(cx: &mut Ctx<'_>, reference: &str) -> Result<Measurement> {
    body::resolve(cx.conn, cx.uid(), reference).await
}

/// Deletes one measurement (exit 3 when another process deleted it first).
pub async fn delete(cx: &mut Ctx<'_>, m: &Measurement) -> Result<()> {
    let mut tx = cx.conn.begin().await?;
    body::lock_user(&mut tx, &cx.user.id).await?;
    if !body::delete(&mut tx, &cx.user.id, &m.id).await? {
        return Err(Kind::NotFound.err(format!("the measurement {} is already gone", m.id)));
    }
    tx.commit().await?;
    Ok(())
}
