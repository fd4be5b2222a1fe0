//! Users and their profiles. A change of time zone moves the reminders that
//! follow the user's zone with it, in the same transaction.

use anyhow::Result;
use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::Ctx;
use crate::db::reminders;
pub use crate::db::users::ProfileChange;
use crate::db::users::{self, User};

/// The profile after a change, and how many reminders moved to its new zone.
#[derive(Debug)]
pub struct ProfileSet {
    pub user: User,
    pub reminders_moved: u64,
}

/// Changes the acting user's profile; the profile and the reminders that
/// follow the user's zone change together or not at all.
pub async fn set_profile(cx: &mut Ctx<'_>, change: &ProfileChange) -> Result<ProfileSet> {
    let before = cx.user.tz();
    let mut tx = cx.conn.begin().await?;
    let user = users::update_profile(&mut tx, &cx.user.id, change, cx.now).await?;
    // A body weight is history, not an overwrite: it is also a measurement
    // (the v3 trigger then keeps "User"."weight" = the latest one).
    let user = match change.weight_kg {
        Some(kg) => {
            weigh_in(&mut tx, &user.id, kg, cx.now).await?;
            users::find_by_email(&mut tx, &user.email)
                .await?
                .unwrap_or(user)
        }
        None => user,
    };
    let reminders_moved = match &change.timezone {
        Some(zone) if zone != before.name() => {
            reminders::follow_timezone(&mut tx, &user.id, before.name(), zone, cx.now).await?
        }
        _ => 0,
    };
    tx.commit().await?;
    Ok(ProfileSet {
        user,
        reminders_moved,
    })
}

/// A new user (no acting user: anyone may add one).
pub async fn add(
    conn: &mut PgConnection,
    email: &str,
    profile: &ProfileChange,
    now: DateTime<Utc>,
) -> Result<User> {
    let mut tx = conn.begin().await?;
    let user = users::create(&mut tx, email, profile, now).await?;
    if let Some(kg) = profile.weight_kg {
        weigh_in(&mut tx, &user.id, kg, now).await?;
    }
    tx.commit().await?;
    Ok(user)
}

/// A measurement of body weight `kg` dated `now`.
async fn weigh_in(
    conn: &mut PgConnection,
    user_id: &str,
    kg: f64,
    now: DateTime<Utc>,
) -> Result<()> {
    let at = super::Timestamp::new(now);
    let m = crate::db::body::NewMeasurement {
        date: at,
        weight_kg: Some(kg),
        ..Default::default()
    };
    crate::db::body::insert(conn, user_id, &m, at).await?;
    Ok(())
}

/// Every user, by e-mail.
pub async fn list(conn: &mut PgConnection) -> Result<Vec<User>> {
    users::list(conn).await
}
