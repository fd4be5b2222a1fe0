//! Reminders: what a new reminder is for and what it says, and the
//! dispatch protocol (claim, record, deliver, take back failures, advance),
//! which delivers through a [`Deliver`] that `cli` implements per channel.

use std::collections::HashMap;
use std::time::Duration as StdDuration;

use anyhow::{Context as _, Result};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use sqlx::{Connection, PgConnection};

use super::Ctx;
use crate::db::reminders::{self, NewReminder, Owned};
pub use crate::db::reminders::{Owner, Reminder, Scheduled};
use crate::db::users::User;
use crate::db::{plans, sessions};
use crate::domain::reminder::{Recurrence, ReminderKind, format_lead, title_or};
use crate::domain::session::Status;
use crate::error::Kind;

/// Reminders claimed (and delivered) per transaction.
const BATCH: i64 = 100;

/// What a new reminder fires for.
pub enum Target<'a> {
    /// Weekly at a local time; `tz` None follows the user's zone.
    Weekly {
        weekdays: Vec<i32>,
        time: NaiveTime,
        tz: Option<Tz>,
    },
    /// Before every scheduled session of a plan (name or id).
    Plan(&'a str),
    /// Before one session (id prefix, or next).
    Session(&'a str),
}

/// A validated `reminder add`.
pub struct AddRequest<'a> {
    pub target: Target<'a>,
    /// Minutes before the session (0 for a weekly reminder).
    pub lead: i32,
    pub title: Option<&'a str>,
    pub message: Option<&'a str>,
}

/// Adds a reminder. Validates everything first, then writes: bad input
/// changes nothing.
pub async fn add(cx: &mut Ctx<'_>, req: AddRequest<'_>) -> Result<Reminder> {
    let u = cx.user;
    let message = req.message.map(str::trim).filter(|m| !m.is_empty());
    let lead = req.lead;
    let new = match req.target {
        Target::Weekly { weekdays, time, tz } => {
            // No zone given: the user's, which the reminder then follows.
            let tz = tz.unwrap_or_else(|| u.tz());
            let rec = Recurrence { weekdays, time, tz };
            let title = title_or(req.title, || "Time to train".into())?;
            (
                title,
                None,
                None,
                Some(rec.weekdays.clone()),
                Some(time.format("%H:%M").to_string()),
                tz,
                ReminderKind::Recurring,
            )
        }
        Target::Plan(p) => {
            let plan = plans::resolve(cx.conn, &u.id, p).await?;
            let title = title_or(req.title, || {
                if lead > 0 {
                    format!("{} session in {}", plan.name, format_lead(lead))
                } else {
                    format!("{} session now", plan.name)
                }
            })?;
            (
                title,
                Some(plan.id.to_string()),
                None,
                None,
                None,
                u.tz(),
                ReminderKind::Session,
            )
        }
        Target::Session(reference) => {
            let s = sessions::resolve(cx.conn, &u.id, reference, cx.now).await?;
            if s.status != Status::Scheduled || s.scheduled_at.is_none() {
                return Err(Kind::Usage.err(format!(
                    "the session `{}` is {}: only a scheduled session can have a reminder",
                    s.name,
                    s.status.human()
                )));
            }
            let title = title_or(req.title, || {
                if lead > 0 {
                    format!("{} in {}", s.name, format_lead(lead))
                } else {
                    format!("{} now", s.name)
                }
            })?;
            (
                title,
                s.training_plan_id.as_deref().map(str::to_string),
                Some(s.id.to_string()),
                None,
                None,
                u.tz(),
                ReminderKind::Session,
            )
        }
    };
    let (title, plan_id, session_id, weekdays, time_of_day, tz, kind) = new;
    reminders::create(
        cx.conn,
        &u.id,
        &NewReminder {
            kind,
            title: &title,
            message,
            plan_id: plan_id.as_deref(),
            session_id: session_id.as_deref(),
            weekdays,
            time_of_day,
            timezone: tz.name(),
            lead_minutes: if kind == ReminderKind::Recurring {
                0
            } else {
                lead
            },
        },
        cx.now,
    )
    .await
}

/// What a reminder is, for people and machines: RECURRING, PLAN (a
/// SESSION reminder for a plan's sessions) or SESSION.
pub fn kind_of(r: &Reminder) -> &'static str {
    match (r.kind, &r.session_id) {
        (ReminderKind::Recurring, _) => "RECURRING",
        (_, None) => "PLAN",
        _ => "SESSION",
    }
}

/// True when `r` alarms before the scheduled session `s`: a session
/// reminder for it, or a plan reminder for its plan.
pub fn covers(r: &Reminder, s: &Scheduled) -> bool {
    r.kind == ReminderKind::Session
        && match &r.session_id {
            Some(id) => *id == s.id,
            None => r.training_plan_id.is_some() && r.training_plan_id == s.training_plan_id,
        }
}

/// The active reminders and the scheduled sessions, for a calendar.
pub async fn calendar(cx: &mut Ctx<'_>) -> Result<(Vec<Reminder>, Vec<Scheduled>)> {
    let all = reminders::list(cx.conn, &cx.user.id).await?;
    let active = all.into_iter().filter(|r| r.active).collect();
    let scheduled = reminders::scheduled_sessions(cx.conn, &cx.user.id).await?;
    Ok((active, scheduled))
}

/// The user's reminders.
pub async fn list(cx: &mut Ctx<'_>) -> Result<Vec<Reminder>> {
    reminders::list(cx.conn, cx.uid()).await
}

/// The reminder `reference` names (id, unique id prefix or title); none is
/// exit 3.
pub async fn resolve(cx: &mut Ctx<'_>, reference: &str) -> Result<Reminder> {
    reminders::resolve(cx.conn, cx.uid(), reference).await
}

/// One reminder and how many occurrences of it were delivered.
pub async fn show(cx: &mut Ctx<'_>, reference: &str) -> Result<(Reminder, i64)> {
    let r = resolve(cx, reference).await?;
    let n = reminders::delivery_count(cx.conn, cx.uid(), &r.id).await?;
    Ok((r, n))
}

/// The active reminders due by `ahead` from now, changing nothing.
pub async fn due(cx: &mut Ctx<'_>, ahead: chrono::Duration) -> Result<Vec<Reminder>> {
    reminders::due(cx.conn, cx.uid(), cx.now + ahead).await
}

/// Turns the reminder `reference` names on (it fires next at its first
/// occurrence from now) or off.
pub async fn set_active(cx: &mut Ctx<'_>, reference: &str, active: bool) -> Result<Reminder> {
    let uid = cx.uid();
    let mut tx = cx.conn.begin().await?;
    let r = reminders::resolve(&mut tx, uid, reference).await?;
    let r = reminders::set_active(&mut tx, uid, &r.id, active, cx.now).await?;
    tx.commit().await?;
    Ok(r)
}

/// Removes a reminder (found by [`resolve`]) and its delivery history.
pub async fn remove(cx: &mut Ctx<'_>, r: &Reminder) -> Result<()> {
    reminders::delete(cx.conn, cx.uid(), &r.id).await
}

/// One occurrence of a reminder to deliver.
pub struct Due<'a> {
    pub reminder: &'a Reminder,
    /// Whom it is for (its user's id, e-mail and zone).
    pub owner: &'a Owner,
    /// The occurrence delivered.
    pub occurrence: DateTime<Utc>,
    /// Later occurrences up to now folded into this one.
    pub missed: u32,
}

/// A delivery channel. `deliver` returns once the reminder has left the
/// process; an error leaves the occurrence due for the next run.
pub trait Deliver {
    /// Its name, stored with each delivery: stdout, notify or exec.
    fn channel(&self) -> &'static str;
    fn deliver(&mut self, d: &Due<'_>) -> Result<()>;
}

/// What one dispatch did.
#[derive(Debug, Default)]
pub struct Dispatched {
    /// Reminders delivered.
    pub fired: usize,
    /// Missed occurrences folded into those.
    pub missed: u32,
    /// One line per reminder that could not be delivered (it stays due).
    pub failed: Vec<String>,
}

/// Whose due reminders a dispatch fires.
#[derive(Clone, Copy)]
pub enum Scope<'a> {
    /// The acting user's (`reminder dispatch`).
    User(&'a User),
    /// Every user's (`reminder dispatch --all-users`): for the operator of
    /// a server that runs one dispatcher for the web and mobile apps'
    /// users too. It acts as no user; each claimed row carries its owner,
    /// by which every later query of the run is scoped.
    AllUsers,
}

/// Fires what is due at `now` in `scope`, in batches. Each batch is one
/// transaction:
///
/// 1. claim up to [`BATCH`] due reminders (`FOR UPDATE SKIP LOCKED`: a
///    concurrent dispatcher takes other rows and never waits for these);
/// 2. insert one `ReminderDelivery` per reminder and occurrence (`ON
///    CONFLICT DO NOTHING` on the unique key: an occurrence already
///    recorded is not delivered again);
/// 3. deliver those the insert returned;
/// 4. take back the records of failed deliveries (they stay due) and
///    advance `nextFireAt` of the rest;
/// 5. commit.
///
/// A dispatcher killed before the commit leaves nothing behind: the
/// server rolls the transaction back, the locks go, and the next run
/// delivers the occurrence. So the database never records an occurrence
/// twice and never loses one. The one window left is a kill after a
/// delivery left the process and before the commit: then the next run
/// delivers it again (at-least-once at that boundary, which no protocol
/// without the receiver's help can close); `--exec` gets
/// WORKOUT_REMINDER_DELIVERY_KEY so a receiver can drop a repeat.
///
/// It takes a connection rather than a [`Ctx`]: with
/// [`Scope::AllUsers`] there is no acting user.
///
/// `pause` (a test hook) sleeps between claiming and delivering.
pub async fn dispatch_scoped(
    conn: &mut PgConnection,
    scope: Scope<'_>,
    now: DateTime<Utc>,
    to: &mut dyn Deliver,
    pause: Option<StdDuration>,
) -> Result<Dispatched> {
    let acting = match scope {
        Scope::User(u) => Some(Owner {
            id: u.id.to_string(),
            email: u.email.clone(),
            timezone: u.timezone.clone(),
        }),
        Scope::AllUsers => None,
    };
    let mut failed: Vec<String> = Vec::new();
    let mut done = Dispatched::default();
    loop {
        let mut tx = conn.begin().await?;
        let claimed = match scope {
            Scope::User(u) => reminders::claim_due(&mut tx, &u.id, now, BATCH, &failed).await?,
            Scope::AllUsers => reminders::claim_due_all(&mut tx, now, BATCH, &failed).await?,
        };
        if claimed.is_empty() {
            tx.commit().await?;
            break;
        }
        if let Some(p) = pause {
            tokio::time::sleep(p).await;
        }
        let owners: HashMap<String, Owner> = match &acting {
            Some(o) => HashMap::from([(o.id.clone(), o.clone())]),
            None => {
                let mut ids: Vec<&str> = claimed.iter().map(|r| r.user_id.as_str()).collect();
                ids.sort_unstable();
                ids.dedup();
                reminders::owners(&mut tx, &ids).await?
            }
        };
        let owned: Vec<Owned<'_>> = claimed
            .iter()
            .map(|r| (r.user_id.as_str(), r.id.as_str()))
            .collect();
        let starts = reminders::session_starts_of(&mut tx, &owned).await?;
        let firings: HashMap<&str, _> = claimed
            .iter()
            .map(|r| (r.id.as_str(), reminders::firing(r, &starts, now)))
            .collect();
        let due: Vec<(Owned<'_>, DateTime<Utc>)> = owned
            .iter()
            .filter_map(|o| firings[o.1].occurrence.map(|t| (*o, t)))
            .collect();
        let fresh = reminders::record_deliveries(&mut tx, &due, to.channel(), now).await?;
        let mut undelivered: Vec<(Owned<'_>, DateTime<Utc>)> = Vec::new();
        for r in claimed.iter().filter(|r| fresh.contains(&r.id)) {
            let f = &firings[r.id.as_str()];
            let occurrence = f.occurrence.expect("recorded ones have an occurrence");
            let owner = owners
                .get(&r.user_id)
                .context("a claimed reminder's user is gone")?;
            let d = Due {
                reminder: r,
                owner,
                occurrence,
                missed: f.missed,
            };
            match to.deliver(&d) {
                Ok(()) => {
                    done.fired += 1;
                    done.missed += f.missed;
                }
                Err(e) => {
                    done.failed.push(match scope {
                        Scope::User(_) => format!("`{}` ({e:#})", r.title),
                        Scope::AllUsers => format!("`{}` of {} ({e:#})", r.title, owner.email),
                    });
                    undelivered.push(((r.user_id.as_str(), r.id.as_str()), occurrence));
                }
            }
        }
        reminders::forget_deliveries(&mut tx, &undelivered).await?;
        failed.extend(undelivered.iter().map(|((_, id), _)| id.to_string()));
        // Advance the delivered ones (now their lastFiredAt) and those with
        // nothing left to deliver (a session no longer scheduled); the
        // failed ones stay as they were.
        let (delivered, stale): (Vec<_>, Vec<_>) = owned
            .iter()
            .filter(|(_, id)| !failed.iter().any(|f| f == id))
            .map(|o| (*o, firings[o.1].next))
            .partition(|((_, id), _)| firings[id].occurrence.is_some());
        reminders::set_next_of(&mut tx, &delivered, Some(now), now).await?;
        reminders::set_next_of(&mut tx, &stale, None, now).await?;
        tx.commit()
            .await
            .context("cannot record the deliveries: they will be delivered again")?;
    }
    Ok(done)
}
