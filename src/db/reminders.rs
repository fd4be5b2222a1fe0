//! The `"Reminder"` and `"ReminderDelivery"` tables. Every query takes the
//! acting user's id; deliveries are reached through their reminder's user.
//!
//! A reminder "follows the user's time zone" when its `"timezone"` equals
//! the user's (UTC for a user with none): the column stays a plain IANA name,
//! as the Prisma contract says, and `user set --timezone` moves those
//! reminders along ([`follow_timezone`]). One made with an explicit `--tz`
//! other than the user's zone keeps it.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::types::Timestamp;
use crate::domain::reminder::{
    self as rules, Recurrence, ReminderKind, first_after, session_floor, session_occurrence,
};
use crate::error::Kind;

const COLUMNS: &str = r#"r."id", r."userId", r."kind", r."title", r."message", r."trainingPlanId",
    r."sessionId", r."weekdays", r."timeOfDay", r."timezone", r."leadMinutes", r."active",
    r."nextFireAt", r."lastFiredAt", r."createdAt", r."updatedAt",
    (SELECT p."name" FROM "TrainingPlan" p WHERE p."id" = r."trainingPlanId" AND p."userId" = r."userId") AS "planName",
    (SELECT s."name" FROM "WorkoutSession" s WHERE s."id" = r."sessionId" AND s."userId" = r."userId") AS "sessionName""#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Reminder {
    pub id: String,
    /// Its owner: every query that follows a claim is scoped by it.
    pub user_id: String,
    /// RECURRING or SESSION (a plan's reminder is SESSION with no session id).
    pub kind: ReminderKind,
    pub title: String,
    pub message: Option<String>,
    pub training_plan_id: Option<String>,
    pub session_id: Option<String>,
    pub weekdays: Option<Vec<i32>>,
    pub time_of_day: Option<String>,
    pub timezone: String,
    pub lead_minutes: i32,
    pub active: bool,
    pub next_fire_at: Option<Timestamp>,
    pub last_fired_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub plan_name: Option<String>,
    pub session_name: Option<String>,
}

impl Reminder {
    /// The weekly rule of a RECURRING reminder.
    pub fn recurrence(&self) -> Option<Recurrence> {
        if self.kind != ReminderKind::Recurring {
            return None;
        }
        Some(Recurrence {
            weekdays: self.weekdays.clone().unwrap_or_default(),
            time: chrono::NaiveTime::parse_from_str(self.time_of_day.as_deref()?, "%H:%M").ok()?,
            tz: crate::domain::profile::timezone_or_utc(Some(&self.timezone)),
        })
    }

    /// A SESSION reminder's occurrences, from the start times of its
    /// still scheduled sessions (see [`session_starts`]).
    pub fn occurrences(&self, starts: &HashMap<String, Vec<DateTime<Utc>>>) -> Vec<DateTime<Utc>> {
        starts
            .get(&self.id)
            .map(|v| {
                v.iter()
                    .map(|s| session_occurrence(*s, self.lead_minutes))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The floor of a SESSION reminder's occurrences (see [`session_floor`]).
    pub fn floor(&self) -> DateTime<Utc> {
        session_floor(
            self.last_fired_at.map(Timestamp::utc),
            self.created_at.utc(),
            self.lead_minutes,
        )
    }
}

/// A new reminder; `next_fire_at` is computed by the caller.
#[derive(Debug, Clone)]
pub struct NewReminder<'a> {
    pub kind: ReminderKind,
    pub title: &'a str,
    pub message: Option<&'a str>,
    pub plan_id: Option<&'a str>,
    pub session_id: Option<&'a str>,
    pub weekdays: Option<Vec<i32>>,
    pub time_of_day: Option<String>,
    pub timezone: &'a str,
    pub lead_minutes: i32,
}

pub async fn create(
    conn: &mut PgConnection,
    user_id: &str,
    r: &NewReminder<'_>,
    now: DateTime<Utc>,
) -> Result<Reminder> {
    // One transaction: the row and its reminders' next firing change together.
    let mut tx = conn.begin().await.context("cannot start a transaction")?;
    let conn = &mut *tx;
    let id = super::new_id();
    sqlx::query(
        r#"INSERT INTO "Reminder" ("id", "userId", "kind", "title", "message", "trainingPlanId", "sessionId",
               "weekdays", "timeOfDay", "timezone", "leadMinutes", "active", "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, $12, $12)"#,
    )
    .bind(&id)
    .bind(user_id)
    .bind(r.kind)
    .bind(r.title)
    .bind(r.message)
    .bind(r.plan_id)
    .bind(r.session_id)
    // An empty list, never NULL: Prisma reads NULL as [] but its list
    // filters (`isEmpty`, `has`) do not match NULL rows.
    .bind(r.weekdays.as_deref().unwrap_or(&[]))
    .bind(&r.time_of_day)
    .bind(r.timezone)
    .bind(r.lead_minutes)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot create the reminder")?;
    recompute(conn, user_id, std::slice::from_ref(&id), now).await?;
    let made = get(conn, user_id, &id).await?;
    tx.commit().await.context("cannot create the reminder")?;
    Ok(made)
}

pub async fn get(conn: &mut PgConnection, user_id: &str, id: &str) -> Result<Reminder> {
    sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r WHERE r."userId" = $1 AND r."id" = $2"#
    ))
    .bind(user_id)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot read the reminder")?
    .ok_or_else(|| Kind::NotFound.err(format!("no reminder has the id {id}")))
}

/// The user's reminders: active first, then by next firing.
pub async fn list(conn: &mut PgConnection, user_id: &str) -> Result<Vec<Reminder>> {
    sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r WHERE r."userId" = $1
           ORDER BY r."active" DESC, r."nextFireAt" ASC NULLS LAST, r."createdAt", r."id""#
    ))
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot list the reminders")
}

/// The active reminders due at or before `upto`, soonest first.
pub async fn due(
    conn: &mut PgConnection,
    user_id: &str,
    upto: DateTime<Utc>,
) -> Result<Vec<Reminder>> {
    sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r
           WHERE r."userId" = $1 AND r."active" AND r."nextFireAt" <= $2
           ORDER BY r."nextFireAt", r."id""#
    ))
    .bind(user_id)
    .bind(Timestamp::new(upto))
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the due reminders")
}

/// The reminder `reference` names: a unique id prefix (4+ characters) or
/// its title, case-insensitively. Another user's reminder is never found.
pub async fn resolve(conn: &mut PgConnection, user_id: &str, reference: &str) -> Result<Reminder> {
    let r = reference.trim();
    let rows = sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r
           WHERE r."userId" = $1 AND (lower(r."title") = lower($2) OR (length($2) >= 4 AND r."id" LIKE $3))
           ORDER BY r."id" LIMIT 6"#
    ))
    .bind(user_id)
    .bind(r)
    .bind(format!("{}%", r.replace(['%', '_', '\\'], "")))
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the reminder")?;
    // An exact id or title wins over prefixes.
    if let Some(exact) = rows.iter().find(|x| x.id == r) {
        return Ok(exact.clone());
    }
    super::unique(
        rows,
        || {
            Kind::NotFound.err(format!(
                "no reminder of yours has the title or an id starting with `{r}`"
            ))
        },
        |rows| {
            Kind::Usage.err(format!(
                "`{r}` names more than one reminder: {}; use more of the id",
                rows.iter()
                    .map(|x| format!("{} ({})", x.id, x.title))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        },
    )
}

/// Enables (recomputing when it fires next, from now) or disables (no
/// next firing) a reminder.
pub async fn set_active(
    conn: &mut PgConnection,
    user_id: &str,
    id: &str,
    active: bool,
    now: DateTime<Utc>,
) -> Result<Reminder> {
    // One transaction: the row and its reminders' next firing change together.
    let mut tx = conn.begin().await.context("cannot start a transaction")?;
    let conn = &mut *tx;
    sqlx::query(
        r#"UPDATE "Reminder" SET "active" = $3, "nextFireAt" = NULL, "updatedAt" = $4
           WHERE "userId" = $1 AND "id" = $2"#,
    )
    .bind(user_id)
    .bind(id)
    .bind(active)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot change the reminder")?;
    if active {
        recompute(conn, user_id, &[id.to_string()], now).await?;
    }
    let changed = get(conn, user_id, id).await?;
    tx.commit().await.context("cannot change the reminder")?;
    Ok(changed)
}

pub async fn delete(conn: &mut PgConnection, user_id: &str, id: &str) -> Result<()> {
    sqlx::query(r#"DELETE FROM "Reminder" WHERE "userId" = $1 AND "id" = $2"#)
        .bind(user_id)
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("cannot remove the reminder")?;
    Ok(())
}

/// The start times of the still SCHEDULED sessions each SESSION reminder
/// in `ids` is for: its session, or every session of its plan.
pub async fn session_starts(
    conn: &mut PgConnection,
    user_id: &str,
    ids: &[String],
) -> Result<HashMap<String, Vec<DateTime<Utc>>>> {
    let owned: Vec<Owned<'_>> = ids.iter().map(|id| (user_id, id.as_str())).collect();
    session_starts_of(conn, &owned).await
}

/// A reminder's id with its owner's: `(userId, id)`. The dispatch queries
/// after a claim take these, so each row stays scoped by its own user
/// whether one user's or every user's reminders were claimed.
pub type Owned<'a> = (&'a str, &'a str);

/// The owners' ids and the ids of `rows`, as two arrays to bind.
fn split<'a>(rows: impl Iterator<Item = Owned<'a>>) -> (Vec<&'a str>, Vec<&'a str>) {
    rows.unzip()
}

/// [`session_starts`] of reminders that may belong to several users.
pub async fn session_starts_of(
    conn: &mut PgConnection,
    owned: &[Owned<'_>],
) -> Result<HashMap<String, Vec<DateTime<Utc>>>> {
    let (users, ids) = split(owned.iter().copied());
    let rows: Vec<(String, Timestamp)> = sqlx::query_as(
        r#"SELECT r."id", s."scheduledAt"
           FROM UNNEST($1::text[], $2::text[]) AS v (uid, id)
           JOIN "Reminder" r ON r."userId" = v.uid AND r."id" = v.id
           JOIN "WorkoutSession" s ON s."userId" = r."userId" AND s."status" = 'SCHEDULED'
                AND s."scheduledAt" IS NOT NULL
                AND (s."id" = r."sessionId"
                     OR (r."sessionId" IS NULL AND s."trainingPlanId" = r."trainingPlanId"))
           WHERE r."kind" = 'SESSION'"#,
    )
    .bind(&users)
    .bind(&ids)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the sessions of the reminders")?;
    let mut out: HashMap<String, Vec<DateTime<Utc>>> = HashMap::new();
    for (id, at) in rows {
        out.entry(id).or_default().push(at.utc());
    }
    Ok(out)
}

/// Sets `nextFireAt` of the reminders `ids` from their rules: recurring
/// ones the first occurrence after `now`, session ones the first occurrence
/// of a still scheduled session after their floor; inactive ones none.
pub async fn recompute(
    conn: &mut PgConnection,
    user_id: &str,
    ids: &[String],
    now: DateTime<Utc>,
) -> Result<()> {
    let rows = sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r WHERE r."userId" = $1 AND r."id" = ANY($2)"#
    ))
    .bind(user_id)
    .bind(ids)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the reminders")?;
    let starts = session_starts(conn, user_id, ids).await?;
    let next: Vec<(String, Option<DateTime<Utc>>)> = rows
        .iter()
        .map(|r| {
            let n = if !r.active {
                None
            } else if let Some(rec) = r.recurrence() {
                rec.next_after(now)
            } else {
                first_after(&r.occurrences(&starts), r.floor())
            };
            (r.id.clone(), n)
        })
        .collect();
    set_next(conn, user_id, &next, None, now).await
}

/// Recomputes every active SESSION reminder of the user: after a session
/// was made, scheduled, started, completed, skipped or cancelled.
pub async fn refresh_sessions(
    conn: &mut PgConnection,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let ids: Vec<String> = sqlx::query_scalar(
        r#"SELECT "id" FROM "Reminder" WHERE "userId" = $1 AND "active" AND "kind" = 'SESSION'"#,
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the session reminders")?;
    if ids.is_empty() {
        return Ok(());
    }
    recompute(conn, user_id, &ids, now).await
}

/// Moves the reminders that followed the user's zone `old` to `new` and
/// recomputes their next firing (run in the transaction that changes the
/// user's zone).
pub async fn follow_timezone(
    conn: &mut PgConnection,
    user_id: &str,
    old: &str,
    new: &str,
    now: DateTime<Utc>,
) -> Result<u64> {
    let ids: Vec<String> = sqlx::query_scalar(
        r#"UPDATE "Reminder" SET "timezone" = $3, "updatedAt" = $4
           WHERE "userId" = $1 AND "timezone" = $2 RETURNING "id""#,
    )
    .bind(user_id)
    .bind(old)
    .bind(new)
    .bind(Timestamp::new(now))
    .fetch_all(&mut *conn)
    .await
    .context("cannot move the reminders to the new time zone")?;
    recompute(conn, user_id, &ids, now).await?;
    Ok(ids.len() as u64)
}

/// Sets `nextFireAt` (and, with `fired_at`, `lastFiredAt`) of many
/// reminders in one statement.
pub async fn set_next(
    conn: &mut PgConnection,
    user_id: &str,
    next: &[(String, Option<DateTime<Utc>>)],
    fired_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let owned: Vec<(Owned<'_>, Option<DateTime<Utc>>)> = next
        .iter()
        .map(|(id, t)| ((user_id, id.as_str()), *t))
        .collect();
    set_next_of(conn, &owned, fired_at, now).await
}

/// [`set_next`] of reminders that may belong to several users.
pub async fn set_next_of(
    conn: &mut PgConnection,
    next: &[(Owned<'_>, Option<DateTime<Utc>>)],
    fired_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    if next.is_empty() {
        return Ok(());
    }
    let (users, ids) = split(next.iter().map(|(o, _)| *o));
    let at: Vec<Option<Timestamp>> = next.iter().map(|(_, t)| t.map(Timestamp::new)).collect();
    sqlx::query(
        r#"UPDATE "Reminder" r SET "nextFireAt" = v.next,
               "lastFiredAt" = coalesce($4, r."lastFiredAt"), "updatedAt" = $5
           FROM UNNEST($1::text[], $2::text[], $3::timestamp[]) AS v (uid, id, next)
           WHERE r."userId" = v.uid AND r."id" = v.id"#,
    )
    .bind(&users)
    .bind(&ids)
    .bind(&at)
    .bind(fired_at.map(Timestamp::new))
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot schedule the reminders' next firing")?;
    Ok(())
}

/// The claim of a user's dispatch ([`claim_due`]): `$1` the user, `$2`
/// now, `$3` the limit, `$4` the ids to skip. Beside other users' due
/// reminders it reads the user's rows only (`tests/it/dispatch_all.rs`
/// pins the plan).
pub const CLAIM_USER: &str = r#"WHERE r."active" AND r."nextFireAt" <= $2 AND r."userId" = $1 AND r."id" <> ALL($4)
           ORDER BY r."nextFireAt"
           LIMIT $3
           FOR UPDATE OF r SKIP LOCKED"#;

/// Claims up to `limit` of the user's due reminders for this transaction:
/// rows another dispatcher holds are skipped, not waited for, and a row
/// another one advanced since is re-checked and left out. `skip` are ids
/// this run already failed.
pub async fn claim_due(
    conn: &mut PgConnection,
    user_id: &str,
    now: DateTime<Utc>,
    limit: i64,
    skip: &[String],
) -> Result<Vec<Reminder>> {
    sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r {CLAIM_USER}"#
    ))
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(limit)
    .bind(skip)
    .fetch_all(&mut *conn)
    .await
    .context("cannot claim the due reminders")
}

/// The claim of `dispatch --all-users` ([`claim_due_all`]): every user's
/// due reminders, through the `("active", "nextFireAt")` index, which leads
/// with what it filters on (`tests/it/dispatch_all.rs` pins the plan).
/// `$1` now, `$2` the limit, `$3` the ids to skip.
pub const CLAIM_ALL: &str = r#"WHERE r."active" AND r."nextFireAt" <= $1 AND r."id" <> ALL($3)
           ORDER BY r."nextFireAt"
           LIMIT $2
           FOR UPDATE OF r SKIP LOCKED"#;

/// Claims up to `limit` due reminders of any user, like [`claim_due`]
/// (rows another dispatcher holds are skipped, not waited for): for the
/// operator's `dispatch --all-users`. Each row carries its `userId`, by
/// which every later query of the dispatch is scoped.
pub async fn claim_due_all(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    limit: i64,
    skip: &[String],
) -> Result<Vec<Reminder>> {
    sqlx::query_as::<_, Reminder>(&format!(
        r#"SELECT {COLUMNS} FROM "Reminder" r {CLAIM_ALL}"#
    ))
    .bind(Timestamp::new(now))
    .bind(limit)
    .bind(skip)
    .fetch_all(&mut *conn)
    .await
    .context("cannot claim the due reminders")
}

/// Whom a delivered reminder is for: what a delivery names (never more of
/// the user than this) and the zone its local time is shown in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Owner {
    pub id: String,
    pub email: String,
    pub timezone: Option<String>,
}

impl Owner {
    /// A stored UTC timestamp in the owner's time zone, for people.
    pub fn local(&self, t: impl Into<Timestamp>, fmt: &str) -> String {
        t.into()
            .utc()
            .with_timezone(&crate::domain::profile::timezone_or_utc(
                self.timezone.as_deref(),
            ))
            .format(fmt)
            .to_string()
    }
}

/// The owners of claimed reminders, by id.
pub async fn owners(conn: &mut PgConnection, ids: &[&str]) -> Result<HashMap<String, Owner>> {
    let rows = sqlx::query_as::<_, Owner>(
        r#"SELECT "id", "email", "timezone" FROM "User" WHERE "id" = ANY($1)"#,
    )
    .bind(ids)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the reminders' users")?;
    Ok(rows.into_iter().map(|o| (o.id.clone(), o)).collect())
}

/// Records deliveries `((userId, reminderId), occurrence)`; returns the
/// reminder ids whose row is new. One already there (the unique key on
/// reminder and occurrence) is not a second delivery: the caller skips it.
pub async fn record_deliveries(
    conn: &mut PgConnection,
    rows: &[(Owned<'_>, DateTime<Utc>)],
    channel: &str,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = rows.iter().map(|_| super::new_id()).collect();
    let (users, reminders) = split(rows.iter().map(|(o, _)| *o));
    let occ: Vec<Timestamp> = rows.iter().map(|(_, t)| Timestamp::new(*t)).collect();
    sqlx::query_scalar(
        r#"INSERT INTO "ReminderDelivery" ("id", "reminderId", "occurrence", "deliveredAt", "channel")
           SELECT v.id, v.reminder, v.occ, $5, $6
           FROM UNNEST($1::text[], $2::text[], $3::text[], $4::timestamp[]) AS v (uid, id, reminder, occ)
           JOIN "Reminder" r ON r."id" = v.reminder AND r."userId" = v.uid
           ON CONFLICT ("reminderId", "occurrence") DO NOTHING
           RETURNING "reminderId""#,
    )
    .bind(&users)
    .bind(&ids)
    .bind(&reminders)
    .bind(&occ)
    .bind(Timestamp::new(now))
    .bind(channel)
    .fetch_all(&mut *conn)
    .await
    .context("cannot record the deliveries")
}

/// Takes back the delivery records of reminders whose delivery failed.
pub async fn forget_deliveries(
    conn: &mut PgConnection,
    rows: &[(Owned<'_>, DateTime<Utc>)],
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let (users, reminders) = split(rows.iter().map(|(o, _)| *o));
    let occ: Vec<Timestamp> = rows.iter().map(|(_, t)| Timestamp::new(*t)).collect();
    sqlx::query(
        r#"DELETE FROM "ReminderDelivery" d
           USING UNNEST($1::text[], $2::text[], $3::timestamp[]) AS v (uid, reminder, occ), "Reminder" r
           WHERE d."reminderId" = v.reminder AND d."occurrence" = v.occ
             AND r."id" = d."reminderId" AND r."userId" = v.uid"#,
    )
    .bind(&users)
    .bind(&reminders)
    .bind(&occ)
    .execute(&mut *conn)
    .await
    .context("cannot take back the failed deliveries")?;
    Ok(())
}

/// How many deliveries a reminder has had.
pub async fn delivery_count(conn: &mut PgConnection, user_id: &str, id: &str) -> Result<i64> {
    sqlx::query_scalar(
        r#"SELECT count(*) FROM "ReminderDelivery" d JOIN "Reminder" r ON r."id" = d."reminderId"
           WHERE r."userId" = $1 AND d."reminderId" = $2"#,
    )
    .bind(user_id)
    .bind(id)
    .fetch_one(&mut *conn)
    .await
    .context("cannot count the reminder's deliveries")
}

/// The firing of a claimed reminder at `now` (see `domain::reminder`).
pub fn firing(
    r: &Reminder,
    starts: &HashMap<String, Vec<DateTime<Utc>>>,
    now: DateTime<Utc>,
) -> rules::Firing {
    match r.recurrence() {
        Some(rec) => {
            let due = r.next_fire_at.map(Timestamp::utc).unwrap_or(now);
            rules::fire_recurring(&rec, due, now)
        }
        None => rules::fire_session(&r.occurrences(starts), r.floor(), now),
    }
}

/// A scheduled session as `reminder ics` shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Scheduled {
    pub id: String,
    pub name: String,
    pub training_plan_id: Option<String>,
    pub scheduled_at: Timestamp,
    pub duration_minutes: Option<i32>,
}

/// The user's SCHEDULED sessions that have a time, for `reminder ics`.
pub async fn scheduled_sessions(conn: &mut PgConnection, user_id: &str) -> Result<Vec<Scheduled>> {
    sqlx::query_as::<_, Scheduled>(
        r#"SELECT "id", "name", "trainingPlanId", "scheduledAt", "durationMinutes" FROM "WorkoutSession"
           WHERE "userId" = $1 AND "status" = 'SCHEDULED' AND "scheduledAt" IS NOT NULL
           ORDER BY "scheduledAt", "id""#,
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the scheduled sessions")
}
