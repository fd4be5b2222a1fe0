//! `workout reminder add|list|show|enable|disable|remove|due|dispatch|ics`:
//! a file per verb; the rules and the dispatch protocol are in
//! `app::reminder`, the delivery channels in [`dispatch`].

mod add;
mod dispatch;
mod ics;
mod list;
mod remove;

use anyhow::Result;
use clap::{ArgGroup, Args, Subcommand};
use serde::{Deserialize, Serialize};

use crate::app::reminder::{Reminder, kind_of};
use crate::app::{Timestamp, User};
use crate::context::Context;
use crate::domain::reminder::format_lead;
use crate::output::TableData;

pub use dispatch::PAUSE_VAR;

#[derive(Debug, Subcommand)]
pub enum ReminderCmd {
    /// Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)
    Add(AddArgs),
    /// List your reminders
    List,
    /// One reminder, with when it fires next
    Show {
        /// Its id (or a unique prefix of 4+ characters) or its title
        reminder: String,
    },
    /// Turn a reminder back on: it fires next at its first occurrence from now
    Enable { reminder: String },
    /// Turn a reminder off: it does not fire until enabled
    Disable { reminder: String },
    /// Remove a reminder and its delivery history (confirms, or --yes)
    Remove { reminder: String },
    /// Print the reminders due now (and soon, with --within), changing nothing
    Due {
        /// Also those due within this long from now, e.g. 2h
        #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
        within: Option<String>,
    },
    /// Fire the due reminders, each occurrence exactly once
    Dispatch(DispatchArgs),
    /// Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions
    Ics,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["days", "plan", "session"])))]
pub struct AddArgs {
    /// Weekdays of a recurring reminder: mon,wed,fri (or 1,3,5)
    #[arg(
        long = "weekdays",
        alias = "days",
        value_name = "DAYS",
        requires = "at"
    )]
    pub days: Option<String>,
    /// Local time of a recurring reminder, HH:MM
    #[arg(long, value_name = "HH:MM", requires = "days")]
    pub at: Option<String>,
    /// IANA time zone of --at (else your profile's, which the reminder then follows)
    #[arg(
        long = "timezone",
        alias = "tz",
        value_name = "ZONE",
        requires = "days"
    )]
    pub tz: Option<String>,
    /// Remind before every scheduled session of this plan (name or id)
    #[arg(long, value_name = "PLAN", conflicts_with_all = ["days", "session"])]
    pub plan: Option<String>,
    /// Remind before this session (id prefix, or next)
    #[arg(long, value_name = "SESSION", conflicts_with = "days")]
    pub session: Option<String>,
    /// How long before the session, e.g. 30m or 1h (default: at its start)
    #[arg(
        long,
        value_name = "DURATION",
        allow_hyphen_values = true,
        conflicts_with = "days"
    )]
    pub before: Option<String>,
    /// What the reminder says (else one made from what it is for)
    #[arg(long)]
    pub title: Option<String>,
    /// A longer message delivered with the title
    #[arg(long)]
    pub message: Option<String>,
}

#[derive(Debug, Args)]
pub struct DispatchArgs {
    /// Deliver as desktop notifications (needs notify-send)
    #[arg(long, conflicts_with = "exec")]
    pub notify: bool,
    /// Deliver by running this shell command once per reminder, with the
    /// reminder in WORKOUT_REMINDER_* environment variables
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,
    /// Keep dispatching every minute until interrupted (for a user service)
    #[arg(long)]
    pub watch: bool,
    /// Dispatch every user's due reminders, not one user's (for the
    /// operator of a server; acts as no user)
    #[arg(long)]
    pub all_users: bool,
    /// With --exec: kill a command (its whole process group) that runs
    /// longer than this, and leave its reminder due (e.g. 30s, 2m)
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "60s",
        requires = "exec"
    )]
    pub timeout: String,
}

/// A reminder as machine output prints it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderView {
    pub id: String,
    /// RECURRING, PLAN or SESSION.
    pub kind: String,
    pub title: String,
    pub message: Option<String>,
    /// ISO weekdays, comma-separated (1 = Monday), for RECURRING.
    pub weekdays: Option<String>,
    /// HH:MM local time, for RECURRING.
    pub time_of_day: Option<String>,
    /// IANA zone of the time of day.
    pub timezone: String,
    pub plan: Option<String>,
    pub session_id: Option<String>,
    pub session: Option<String>,
    /// Minutes before the session, for PLAN and SESSION.
    pub lead_minutes: i32,
    pub active: bool,
    /// ISO 8601, UTC; null when nothing is left to fire.
    pub next_fire_at: Option<String>,
    pub last_fired_at: Option<String>,
    pub created_at: String,
}

crate::record!(ReminderView);

impl From<&Reminder> for ReminderView {
    fn from(r: &Reminder) -> Self {
        Self {
            id: r.id.clone(),
            kind: kind_of(r).into(),
            title: r.title.clone(),
            message: r.message.clone(),
            weekdays: r.weekdays.as_ref().filter(|w| !w.is_empty()).map(|w| {
                w.iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            }),
            time_of_day: r.time_of_day.clone(),
            timezone: r.timezone.clone(),
            plan: r.plan_name.clone(),
            session_id: r.session_id.clone(),
            session: r.session_name.clone(),
            lead_minutes: r.lead_minutes,
            active: r.active,
            next_fire_at: r.next_fire_at.map(Timestamp::iso),
            last_fired_at: r.last_fired_at.map(Timestamp::iso),
            created_at: r.created_at.iso(),
        }
    }
}

/// What it fires for, for people.
pub(super) fn schedule_of(r: &Reminder) -> String {
    match (r.recurrence(), kind_of(r)) {
        (Some(rec), _) => rec.describe(),
        (None, "PLAN") => format!(
            "{} before each session of {}",
            format_lead(r.lead_minutes),
            r.plan_name.as_deref().unwrap_or("?")
        ),
        _ => format!(
            "{} before {}",
            format_lead(r.lead_minutes),
            r.session_name.as_deref().unwrap_or("?")
        ),
    }
}

pub(super) fn when(u: &User, t: Option<Timestamp>) -> String {
    t.map(|t| u.local(t, "%a %Y-%m-%d %H:%M %Z"))
        .unwrap_or_else(|| "-".into())
}

/// A row of the reminder table: its fields are the columns.
#[derive(Serialize, Deserialize)]
struct ReminderRow {
    next: String,
    title: String,
    schedule: String,
    active: String,
    id: String,
}

pub(super) fn reminder_table(u: &User, list: &[Reminder]) -> TableData {
    TableData::of(
        &list
            .iter()
            .map(|r| ReminderRow {
                next: when(u, r.next_fire_at),
                title: r.title.clone(),
                schedule: schedule_of(r),
                active: if r.active { "yes" } else { "no" }.into(),
                id: r.id.clone(),
            })
            .collect::<Vec<_>>(),
    )
}

pub(super) fn reminder_fields(u: &User, r: &Reminder) -> Vec<(&'static str, String)> {
    vec![
        ("title", r.title.clone()),
        ("message", r.message.clone().unwrap_or_default()),
        ("kind", kind_of(r).into()),
        ("schedule", schedule_of(r)),
        ("time zone", r.timezone.clone()),
        ("active", if r.active { "yes" } else { "no" }.into()),
        ("next", when(u, r.next_fire_at)),
        ("last fired", when(u, r.last_fired_at)),
        ("created", when(u, Some(r.created_at))),
        ("id", r.id.clone()),
    ]
}

pub async fn run(cmd: ReminderCmd, ctx: &mut Context) -> Result<()> {
    // The one verb that acts as no user.
    let cmd = match cmd {
        ReminderCmd::Dispatch(a) if a.all_users => return dispatch::run_all_users(ctx, a).await,
        cmd => cmd,
    };
    let u = ctx.user().await?;
    match cmd {
        ReminderCmd::Add(a) => add::run(ctx, &u, a).await,
        ReminderCmd::List => list::list(ctx, &u).await,
        ReminderCmd::Show { reminder } => list::show(ctx, &u, &reminder).await,
        ReminderCmd::Enable { reminder } => remove::set_active(ctx, &u, &reminder, true).await,
        ReminderCmd::Disable { reminder } => remove::set_active(ctx, &u, &reminder, false).await,
        ReminderCmd::Remove { reminder } => remove::remove(ctx, &u, &reminder).await,
        ReminderCmd::Due { within } => list::due(ctx, &u, within.as_deref()).await,
        ReminderCmd::Dispatch(a) => dispatch::run(ctx, &u, a).await,
        ReminderCmd::Ics => ics::run(ctx, &u).await,
    }
}

#[cfg(test)]
mod tests {
    use super::dispatch::DeliveryView;
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let v = ReminderView {
            id: "c1".into(),
            kind: "RECURRING".into(),
            title: "t".into(),
            message: None,
            weekdays: None,
            time_of_day: None,
            timezone: "UTC".into(),
            plan: None,
            session_id: None,
            session: None,
            lead_minutes: 0,
            active: true,
            next_fire_at: None,
            last_fired_at: None,
            created_at: String::new(),
        };
        assert_eq!(
            serialized_keys(&v),
            crate::output::columns::<ReminderView>()
        );
        let d = DeliveryView {
            reminder_id: "c1".into(),
            title: "t".into(),
            message: None,
            occurrence: String::new(),
            missed: 0,
            session_id: None,
            plan_id: None,
            channel: "stdout".into(),
            user_id: "u1".into(),
            user_email: "a@x.io".into(),
        };
        assert_eq!(
            serialized_keys(&d),
            crate::output::columns::<DeliveryView>()
        );
    }
}
