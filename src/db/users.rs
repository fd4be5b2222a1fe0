//! The `"User"` table. No query here selects `"password"`: the web app's
//! hash never leaves the database through `workout`.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::types::{Timestamp, UserId};
use crate::error::Kind;

/// The columns every read selects (never `password`).
const COLUMNS: &str = r#""id", "email", "name", "timezone", "weightUnit", "weight", "height",
    "fitnessLevel", "goals", "isActive", "createdAt", "updatedAt", "lastLogin""#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: Option<String>,
    pub timezone: Option<String>,
    pub weight_unit: String,
    pub weight: Option<f64>,
    pub height: Option<i32>,
    pub fitness_level: Option<String>,
    pub goals: Option<String>,
    pub is_active: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub last_login: Option<Timestamp>,
}

/// The profile fields a user may set; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProfileChange {
    pub name: Option<String>,
    pub timezone: Option<String>,
    pub weight_unit: Option<String>,
    pub weight_kg: Option<f64>,
    pub height_cm: Option<i32>,
    pub fitness_level: Option<String>,
    pub goals: Option<String>,
}

impl ProfileChange {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.timezone.is_none()
            && self.weight_unit.is_none()
            && self.weight_kg.is_none()
            && self.height_cm.is_none()
            && self.fitness_level.is_none()
            && self.goals.is_none()
    }
}

/// The user with this e-mail: exact match first (the unique index), then a
/// case-insensitive one if it names exactly one user.
pub async fn find_by_email(conn: &mut PgConnection, email: &str) -> Result<Option<User>> {
    let exact = sqlx::query_as::<_, User>(&format!(
        r#"SELECT {COLUMNS} FROM "User" WHERE "email" = $1"#
    ))
    .bind(email)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot look up the user")?;
    if exact.is_some() {
        return Ok(exact);
    }
    let mut folded = sqlx::query_as::<_, User>(&format!(
        r#"SELECT {COLUMNS} FROM "User" WHERE lower("email") = lower($1) LIMIT 2"#
    ))
    .bind(email)
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the user")?;
    Ok(if folded.len() == 1 {
        folded.pop()
    } else {
        None
    })
}

/// Every user, by e-mail.
pub async fn list(conn: &mut PgConnection) -> Result<Vec<User>> {
    sqlx::query_as::<_, User>(&format!(r#"SELECT {COLUMNS} FROM "User" ORDER BY "email""#))
        .fetch_all(&mut *conn)
        .await
        .context("cannot list the users")
}

/// Creates a user; an e-mail already taken is a usage error.
pub async fn create(
    conn: &mut PgConnection,
    email: &str,
    profile: &ProfileChange,
    now: DateTime<Utc>,
) -> Result<User> {
    let now = Timestamp::new(now);
    let created = sqlx::query_as::<_, User>(&format!(
        r#"INSERT INTO "User" ("id", "email", "name", "timezone", "weightUnit", "weight", "height",
                               "fitnessLevel", "goals", "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, COALESCE($5, 'kg'), $6, $7, $8, $9, $10, $10)
           ON CONFLICT ("email") DO NOTHING
           RETURNING {COLUMNS}"#
    ))
    .bind(super::new_id())
    .bind(email)
    .bind(&profile.name)
    .bind(&profile.timezone)
    .bind(&profile.weight_unit)
    .bind(profile.weight_kg)
    .bind(profile.height_cm)
    .bind(&profile.fitness_level)
    .bind(&profile.goals)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot create the user")?;
    created.ok_or_else(|| Kind::Usage.err(format!("a user with the e-mail {email} already exists")))
}

/// The user with this e-mail, made first if missing (the embedded default's
/// local user). Looks up before inserting, so the common case is one read;
/// two processes racing to make it both end with the same row.
pub async fn ensure(
    conn: &mut PgConnection,
    email: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(User, bool)> {
    if let Some(u) = find_by_email(conn, email).await? {
        return Ok((u, false));
    }
    let profile = ProfileChange {
        name: Some(name.to_string()),
        ..Default::default()
    };
    match create(conn, email, &profile, now).await {
        Ok(u) => Ok((u, true)),
        Err(e) if crate::error::kind_of(&e) == Kind::Usage => {
            let u = find_by_email(conn, email)
                .await?
                .with_context(|| format!("the user {email} vanished while being created"))?;
            Ok((u, false))
        }
        Err(e) => Err(e),
    }
}

/// Changes the given profile fields of the user `id`.
pub async fn update_profile(
    conn: &mut PgConnection,
    id: &UserId,
    change: &ProfileChange,
    now: DateTime<Utc>,
) -> Result<User> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(r#"UPDATE "User" SET "updatedAt" = "#);
    q.push_bind(Timestamp::new(now));
    if let Some(v) = &change.name {
        q.push(r#", "name" = "#).push_bind(v);
    }
    if let Some(v) = &change.timezone {
        q.push(r#", "timezone" = "#).push_bind(v);
    }
    if let Some(v) = &change.weight_unit {
        q.push(r#", "weightUnit" = "#).push_bind(v);
    }
    if let Some(v) = change.weight_kg {
        q.push(r#", "weight" = "#).push_bind(v);
    }
    if let Some(v) = change.height_cm {
        q.push(r#", "height" = "#).push_bind(v);
    }
    if let Some(v) = &change.fitness_level {
        q.push(r#", "fitnessLevel" = "#).push_bind(v);
    }
    if let Some(v) = &change.goals {
        q.push(r#", "goals" = "#).push_bind(v);
    }
    q.push(r#" WHERE "id" = "#).push_bind(id);
    q.push(format!(" RETURNING {COLUMNS}"));
    q.build_query_as::<User>()
        .fetch_optional(&mut *conn)
        .await
        .context("cannot update the profile")?
        .ok_or_else(|| Kind::NotFound.err("the user no longer exists"))
}

impl User {
    /// The unit weights are shown and typed in.
    pub fn unit(&self) -> crate::domain::units::WeightUnit {
        self.weight_unit
            .parse()
            .unwrap_or(crate::domain::units::WeightUnit::Kg)
    }

    /// The user's time zone; none set (or one unknown here) is UTC.
    pub fn tz(&self) -> chrono_tz::Tz {
        crate::domain::profile::timezone_or_utc(self.timezone.as_deref())
    }

    /// A stored UTC timestamp in the user's time zone, formatted for people.
    pub fn local(&self, t: impl Into<Timestamp>, fmt: &str) -> String {
        t.into()
            .utc()
            .with_timezone(&self.tz())
            .format(fmt)
            .to_string()
    }

    /// The local calendar date of a stored UTC timestamp.
    pub fn local_date(&self, t: impl Into<Timestamp>) -> chrono::NaiveDate {
        t.into().local_date(self.tz())
    }

    /// The UTC instant (as stored) at which the local `date` begins.
    pub fn start_of(&self, date: chrono::NaiveDate) -> Timestamp {
        Timestamp::new(crate::domain::plan::local_instant(
            self.tz(),
            date,
            chrono::NaiveTime::MIN,
        ))
    }
}
