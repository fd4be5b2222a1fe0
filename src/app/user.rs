//! Users and their profiles. A change of time zone moves the reminders that
//! follow the user's zone with it, in the same transaction.

use anyhow::Result;
use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::Ctx;
use crate::db::reminders;
use crate::db::users::{self, ProfileChange, User};

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
    users::create(conn, email, profile, now).await
}

/// Every user, by e-mail.
pub async fn list(conn: &mut PgConnection) -> Result<Vec<User>> {
    users::list(conn).await
}
