//! `workout reminder add|list|show|enable|disable|remove|due|dispatch|ics`.
//!
//! Dispatch is the part with guarantees; see [`dispatch_once`] for how the
//! transaction is cut so that each occurrence is delivered once.

use std::collections::HashMap;
use std::io::Write;
use std::time::Duration as StdDuration;

use anyhow::{Context as _, Result};
use chrono::{DateTime, Duration, Utc};
use clap::{ArgGroup, Args, Subcommand};
use serde::Serialize;
use sqlx::Connection;

use crate::clock::iso;
use crate::context::Context;
use crate::db::reminders::{self, NewReminder, Reminder};
use crate::db::users::User;
use crate::db::{plans, sessions};
use crate::domain::plan::{parse_time_of_day, parse_weekdays};
use crate::domain::profile::parse_timezone;
use crate::domain::quantity::parse_duration;
use crate::domain::reminder::{Recurrence, format_lead, parse_lead, title_or};
use crate::error::Kind;
use crate::output::{Format, Record, TableData};

/// The test hook (debug builds only, see `testhook`): sleep this many
/// milliseconds after claiming, before delivering, so a test can kill a
/// dispatcher in between.
pub const PAUSE_VAR: &str = "WORKOUT_DISPATCH_PAUSE_MS";

/// Reminders claimed (and delivered) per transaction.
const BATCH: i64 = 100;

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
#[derive(Debug, Serialize)]
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

impl Record for ReminderView {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "title",
        "message",
        "weekdays",
        "timeOfDay",
        "timezone",
        "plan",
        "sessionId",
        "session",
        "leadMinutes",
        "active",
        "nextFireAt",
        "lastFiredAt",
        "createdAt",
    ];
}

/// RECURRING, PLAN (a SESSION reminder for a plan's sessions) or SESSION.
fn kind_of(r: &Reminder) -> &'static str {
    match (r.kind.as_str(), &r.session_id) {
        ("RECURRING", _) => "RECURRING",
        (_, None) => "PLAN",
        _ => "SESSION",
    }
}

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
            next_fire_at: r.next_fire_at.map(iso),
            last_fired_at: r.last_fired_at.map(iso),
            created_at: iso(r.created_at),
        }
    }
}

/// What it fires for, for people.
fn schedule_of(r: &Reminder) -> String {
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

fn when(u: &User, t: Option<chrono::NaiveDateTime>) -> String {
    t.map(|t| u.local(t, "%a %Y-%m-%d %H:%M %Z"))
        .unwrap_or_else(|| "-".into())
}

fn reminder_table(u: &User, list: &[Reminder]) -> TableData {
    TableData {
        headers: vec!["next", "title", "schedule", "active", "id"],
        rows: list
            .iter()
            .map(|r| {
                vec![
                    when(u, r.next_fire_at),
                    r.title.clone(),
                    schedule_of(r),
                    if r.active { "yes" } else { "no" }.into(),
                    r.id.clone(),
                ]
            })
            .collect(),
    }
}

fn reminder_fields(u: &User, r: &Reminder) -> Vec<(&'static str, String)> {
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
    let u = ctx.user().await?;
    match cmd {
        ReminderCmd::Add(a) => add(ctx, &u, a).await,
        ReminderCmd::List => {
            let all = reminders::list(&mut ctx.conn, &u.id).await?;
            let views: Vec<ReminderView> = all.iter().map(ReminderView::from).collect();
            ctx.out.list(&views, || reminder_table(&u, &all))
        }
        ReminderCmd::Show { reminder } => {
            let r = reminders::resolve(&mut ctx.conn, &u.id, &reminder).await?;
            let mut fields = reminder_fields(&u, &r);
            let n = reminders::delivery_count(&mut ctx.conn, &u.id, &r.id).await?;
            fields.insert(8, ("deliveries", n.to_string()));
            ctx.out.one(&ReminderView::from(&r), fields)
        }
        ReminderCmd::Enable { reminder } => set_active(ctx, &u, &reminder, true).await,
        ReminderCmd::Disable { reminder } => set_active(ctx, &u, &reminder, false).await,
        ReminderCmd::Remove { reminder } => {
            let r = reminders::resolve(&mut ctx.conn, &u.id, &reminder).await?;
            if !ctx.prompt.confirm(&format!(
                "Remove the reminder `{}` ({})?",
                r.title,
                schedule_of(&r)
            ))? {
                ctx.out.info("Nothing removed.");
                return Ok(());
            }
            reminders::delete(&mut ctx.conn, &u.id, &r.id).await?;
            ctx.out.info(format!("Removed the reminder `{}`.", r.title));
            Ok(())
        }
        ReminderCmd::Due { within } => {
            let ahead = match within.as_deref() {
                None => Duration::zero(),
                Some(w) => Duration::seconds(i64::from(parse_duration(w)?)),
            };
            let list = reminders::due(&mut ctx.conn, &u.id, ctx.now + ahead).await?;
            let views: Vec<ReminderView> = list.iter().map(ReminderView::from).collect();
            ctx.out.list(&views, || reminder_table(&u, &list))
        }
        ReminderCmd::Dispatch(a) => dispatch(ctx, &u, a).await,
        ReminderCmd::Ics => {
            let text = ics(ctx, &u).await?;
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(())
        }
    }
}

async fn set_active(ctx: &mut Context, u: &User, reference: &str, active: bool) -> Result<()> {
    let r = reminders::resolve(&mut ctx.conn, &u.id, reference).await?;
    let r = reminders::set_active(&mut ctx.conn, &u.id, &r.id, active, ctx.now).await?;
    ctx.out.info(if active {
        format!("Enabled `{}`: next {}.", r.title, when(u, r.next_fire_at))
    } else {
        format!("Disabled `{}`.", r.title)
    });
    ctx.out.one(&ReminderView::from(&r), reminder_fields(u, &r))
}

/// Validates everything first, then writes: bad input changes nothing.
async fn add(ctx: &mut Context, u: &User, a: AddArgs) -> Result<()> {
    let message = a
        .message
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty());
    let lead = a
        .before
        .as_deref()
        .map(parse_lead)
        .transpose()?
        .unwrap_or(0);
    let r = if let Some(days) = &a.days {
        let weekdays = parse_weekdays(days)?;
        let time = parse_time_of_day(a.at.as_deref().unwrap_or_default())?;
        // No --tz: the user's zone, which the reminder then follows.
        let tz = match &a.tz {
            Some(z) => parse_timezone(z)?,
            None => u.tz(),
        };
        let rec = Recurrence { weekdays, time, tz };
        let title = title_or(a.title.as_deref(), || "Time to train".into())?;
        reminders::create(
            &mut ctx.conn,
            &u.id,
            &NewReminder {
                kind: "RECURRING",
                title: &title,
                message,
                plan_id: None,
                session_id: None,
                weekdays: Some(rec.weekdays.clone()),
                time_of_day: Some(time.format("%H:%M").to_string()),
                timezone: tz.name(),
                lead_minutes: 0,
            },
            ctx.now,
        )
        .await?
    } else if let Some(p) = &a.plan {
        let plan = plans::resolve(&mut ctx.conn, &u.id, p).await?;
        let title = title_or(a.title.as_deref(), || {
            if lead > 0 {
                format!("{} session in {}", plan.name, format_lead(lead))
            } else {
                format!("{} session now", plan.name)
            }
        })?;
        reminders::create(
            &mut ctx.conn,
            &u.id,
            &NewReminder {
                kind: "SESSION",
                title: &title,
                message,
                plan_id: Some(&plan.id),
                session_id: None,
                weekdays: None,
                time_of_day: None,
                timezone: u.tz().name(),
                lead_minutes: lead,
            },
            ctx.now,
        )
        .await?
    } else {
        let reference = a.session.as_deref().unwrap_or_default();
        let s = sessions::resolve(&mut ctx.conn, &u.id, reference, ctx.now).await?;
        if s.status != crate::domain::session::Status::Scheduled || s.scheduled_at.is_none() {
            return Err(Kind::Usage.err(format!(
                "the session `{}` is {}: only a scheduled session can have a reminder",
                s.name,
                s.status.human()
            )));
        }
        let title = title_or(a.title.as_deref(), || {
            if lead > 0 {
                format!("{} in {}", s.name, format_lead(lead))
            } else {
                format!("{} now", s.name)
            }
        })?;
        reminders::create(
            &mut ctx.conn,
            &u.id,
            &NewReminder {
                kind: "SESSION",
                title: &title,
                message,
                plan_id: s.training_plan_id.as_deref(),
                session_id: Some(&s.id),
                weekdays: None,
                time_of_day: None,
                timezone: u.tz().name(),
                lead_minutes: lead,
            },
            ctx.now,
        )
        .await?
    };
    ctx.out.info(format!(
        "Added the reminder `{}`: {}; next {}.",
        r.title,
        schedule_of(&r),
        when(u, r.next_fire_at)
    ));
    ctx.out.one(&ReminderView::from(&r), reminder_fields(u, &r))
}

/// One delivered reminder, as `dispatch` prints it. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryView {
    pub reminder_id: String,
    pub title: String,
    pub message: Option<String>,
    /// The occurrence delivered: ISO 8601, UTC.
    pub occurrence: String,
    /// Later occurrences up to now folded into this one.
    pub missed: u32,
    pub session_id: Option<String>,
    pub plan_id: Option<String>,
    /// stdout, notify or exec.
    pub channel: String,
}

impl Record for DeliveryView {
    const COLUMNS: &'static [&'static str] = &[
        "reminderId",
        "title",
        "message",
        "occurrence",
        "missed",
        "sessionId",
        "planId",
        "channel",
    ];
}

/// Where deliveries go.
enum Channel {
    Stdout,
    Notify,
    /// The shell command and how long one delivery may take.
    Exec(String, StdDuration),
}

impl Channel {
    fn name(&self) -> &'static str {
        match self {
            Channel::Stdout => "stdout",
            Channel::Notify => "notify",
            Channel::Exec(..) => "exec",
        }
    }
}

/// True when `program` is an executable file on PATH.
fn on_path(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|p| {
        std::env::split_paths(&p).any(|d| {
            std::fs::metadata(d.join(program))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}

async fn dispatch(ctx: &mut Context, u: &User, a: DispatchArgs) -> Result<()> {
    let channel = match (a.notify, a.exec) {
        (true, _) => {
            if !on_path("notify-send") {
                return Err(Kind::Failure.err(
                    "--notify needs notify-send, which is not on PATH: install it (Debian: libnotify-bin) or deliver with --exec CMD",
                ));
            }
            Channel::Notify
        }
        (false, Some(cmd)) if cmd.trim().is_empty() => {
            return Err(Kind::Usage.err("--exec needs a command"));
        }
        (false, Some(cmd)) => {
            let secs = crate::domain::quantity::duration_seconds(&a.timeout)?;
            if secs < 1 {
                return Err(Kind::Usage.err("--timeout must be at least 1 second"));
            }
            Channel::Exec(cmd, StdDuration::from_secs(secs as u64))
        }
        (false, None) => Channel::Stdout,
    };
    let pause = match crate::testhook::var(PAUSE_VAR) {
        Some(v) if !v.is_empty() => Some(StdDuration::from_millis(v.parse().map_err(|_| {
            Kind::Usage.err(format!("{PAUSE_VAR}={v} is not a number of milliseconds"))
        })?)),
        _ => None,
    };
    let mut printer = Printer::new(ctx.out.format);
    if !a.watch {
        return dispatch_once(ctx, u, ctx.now, &channel, pause, &mut printer).await;
    }
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot listen for SIGTERM")?;
    ctx.out
        .info("Dispatching due reminders every minute; stop with Ctrl-C or SIGTERM.");
    loop {
        let now = crate::clock::now()?;
        if let Err(e) = dispatch_once(ctx, u, now, &channel, pause, &mut printer).await {
            // A failed delivery or a lost connection is reported; the
            // next minute tries again, on a new connection if need be.
            ctx.out
                .warn(crate::error::render(&e).trim_start_matches("error: "));
            if crate::error::kind_of(&e) == Kind::Database
                && let Ok(conn) = ctx.target.connect().await
            {
                ctx.conn = conn;
            }
        }
        // Wake at the start of the next minute of the real clock.
        let into = Utc::now().timestamp_millis().rem_euclid(60_000) as u64;
        let nap = tokio::time::sleep(StdDuration::from_millis(60_000 - into));
        tokio::select! {
            _ = nap => {}
            _ = tokio::signal::ctrl_c() => break,
            _ = term.recv() => break,
        }
    }
    ctx.out.info("Stopped.");
    Ok(())
}

/// Fires what is due at `now`, in batches. Each batch is one transaction:
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
async fn dispatch_once(
    ctx: &mut Context,
    u: &User,
    now: DateTime<Utc>,
    channel: &Channel,
    pause: Option<StdDuration>,
    printer: &mut Printer,
) -> Result<()> {
    let mut failed: Vec<String> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let (mut fired, mut missed) = (0usize, 0u32);
    loop {
        let mut tx = ctx.conn.begin().await?;
        let claimed = reminders::claim_due(&mut tx, &u.id, now, BATCH, &failed).await?;
        if claimed.is_empty() {
            tx.commit().await?;
            break;
        }
        if let Some(p) = pause {
            tokio::time::sleep(p).await;
        }
        let ids: Vec<String> = claimed.iter().map(|r| r.id.clone()).collect();
        let starts = reminders::session_starts(&mut tx, &u.id, &ids).await?;
        let firings: HashMap<&str, _> = claimed
            .iter()
            .map(|r| (r.id.as_str(), reminders::firing(r, &starts, now)))
            .collect();
        let due: Vec<(String, DateTime<Utc>)> = claimed
            .iter()
            .filter_map(|r| firings[r.id.as_str()].occurrence.map(|o| (r.id.clone(), o)))
            .collect();
        let fresh = reminders::record_deliveries(&mut tx, &u.id, &due, channel.name(), now).await?;
        let mut undelivered = Vec::new();
        for r in claimed.iter().filter(|r| fresh.contains(&r.id)) {
            let f = &firings[r.id.as_str()];
            let occurrence = f.occurrence.expect("recorded ones have an occurrence");
            let view = DeliveryView {
                reminder_id: r.id.clone(),
                title: r.title.clone(),
                message: r.message.clone(),
                occurrence: iso(occurrence.naive_utc()),
                missed: f.missed,
                session_id: r.session_id.clone(),
                plan_id: r.training_plan_id.clone(),
                channel: channel.name().into(),
            };
            match deliver(u, channel, &view, occurrence, printer) {
                Ok(()) => {
                    fired += 1;
                    missed += f.missed;
                }
                Err(e) => {
                    problems.push(format!("`{}` ({e:#})", r.title));
                    undelivered.push((r.id.clone(), occurrence));
                }
            }
        }
        reminders::forget_deliveries(&mut tx, &u.id, &undelivered).await?;
        failed.extend(undelivered.iter().map(|(id, _)| id.clone()));
        // Advance the delivered ones (now their lastFiredAt) and those with
        // nothing left to deliver (a session no longer scheduled); the
        // failed ones stay as they were.
        let (delivered, stale): (Vec<_>, Vec<_>) = claimed
            .iter()
            .filter(|r| !failed.contains(&r.id))
            .map(|r| (r.id.clone(), firings[r.id.as_str()].next))
            .partition(|(id, _)| firings[id.as_str()].occurrence.is_some());
        reminders::set_next(&mut tx, &u.id, &delivered, Some(now), now).await?;
        reminders::set_next(&mut tx, &u.id, &stale, None, now).await?;
        tx.commit()
            .await
            .context("cannot record the deliveries: they will be delivered again")?;
    }
    if fired > 0 {
        let extra = if missed > 0 {
            format!(" ({missed} missed occurrence(s) folded in)")
        } else {
            String::new()
        };
        ctx.out
            .info(format!("Delivered {fired} reminder(s){extra}."));
    }
    if !failed.is_empty() {
        return Err(Kind::Failure.err(format!(
            "{} reminder(s) could not be delivered and stay due for the next run: {}",
            failed.len(),
            problems.join(", ")
        )));
    }
    Ok(())
}

/// Prints deliveries on stdout as they happen: a line each for people,
/// an object per line in JSON (JSON and NDJSON alike, being a stream), CSV
/// rows under one header.
struct Printer {
    format: Format,
    header_done: bool,
}

impl Printer {
    fn new(format: Format) -> Self {
        Self {
            format,
            header_done: false,
        }
    }

    fn print(&mut self, u: &User, v: &DeliveryView, occurrence: DateTime<Utc>) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => {
                let mut line = format!(
                    "{}  {}",
                    u.local(occurrence.naive_utc(), "%Y-%m-%d %H:%M %Z"),
                    neutralise(&v.title)
                );
                if let Some(m) = &v.message {
                    line.push_str(&format!(": {}", neutralise(m)));
                }
                if v.missed > 0 {
                    line.push_str(&format!(" ({} missed occurrence(s) since)", v.missed));
                }
                writeln!(out, "{line}")?;
            }
            Format::Json | Format::Ndjson => {
                serde_json::to_writer(&mut out, v)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(!self.header_done)
                    .from_writer(&mut out);
                w.serialize(v)?;
                w.flush()?;
                self.header_done = true;
            }
        }
        out.flush()?;
        Ok(())
    }
}

fn deliver(
    u: &User,
    channel: &Channel,
    v: &DeliveryView,
    occurrence: DateTime<Utc>,
    printer: &mut Printer,
) -> Result<()> {
    let local = u.local(occurrence.naive_utc(), "%Y-%m-%d %H:%M %Z");
    let body = |v: &DeliveryView| {
        let mut b = v.message.clone().unwrap_or_default();
        if v.missed > 0 {
            b.push_str(&format!(
                " ({} missed occurrence(s) since {local})",
                v.missed
            ));
        }
        b.trim().to_string()
    };
    match channel {
        Channel::Stdout => printer.print(u, v, occurrence),
        Channel::Notify => {
            // `--` first: a title such as `--help` is the summary, not an option.
            let status = std::process::Command::new("notify-send")
                .args(["--app-name=workout", "--", &v.title, &body(v)])
                .status()
                .context("cannot run notify-send")?;
            anyhow::ensure!(status.success(), "notify-send {status}");
            Ok(())
        }
        Channel::Exec(cmd, timeout) => {
            use std::os::unix::process::CommandExt;
            let mut child = std::process::Command::new("sh")
                .args(["-c", cmd])
                .env("WORKOUT_REMINDER_ID", &v.reminder_id)
                .env("WORKOUT_REMINDER_TITLE", &v.title)
                .env("WORKOUT_REMINDER_MESSAGE", body(v))
                .env("WORKOUT_REMINDER_OCCURRENCE", &v.occurrence)
                .env("WORKOUT_REMINDER_LOCAL_TIME", &local)
                .env("WORKOUT_REMINDER_MISSED", v.missed.to_string())
                .env(
                    "WORKOUT_REMINDER_SESSION_ID",
                    v.session_id.as_deref().unwrap_or(""),
                )
                .env(
                    "WORKOUT_REMINDER_PLAN_ID",
                    v.plan_id.as_deref().unwrap_or(""),
                )
                .env(
                    "WORKOUT_REMINDER_DELIVERY_KEY",
                    format!("{}@{}", v.reminder_id, v.occurrence),
                )
                .stdin(std::process::Stdio::null())
                // Its own process group, so a timeout kills what it started too.
                .process_group(0)
                .spawn()
                .with_context(|| format!("cannot run `{cmd}`"))?;
            let deadline = std::time::Instant::now() + *timeout;
            let status = loop {
                if let Some(status) = child.try_wait().context("cannot wait for the command")? {
                    break status;
                }
                if std::time::Instant::now() >= deadline {
                    let group = nix::unistd::Pid::from_raw(child.id() as i32);
                    let _ = nix::sys::signal::killpg(group, nix::sys::signal::Signal::SIGKILL);
                    let _ = child.wait();
                    anyhow::bail!(
                        "`{cmd}` ran longer than the --timeout of {} and was killed",
                        crate::domain::quantity::format_duration(timeout.as_secs() as i64)
                    );
                }
                std::thread::sleep(StdDuration::from_millis(20));
            };
            anyhow::ensure!(status.success(), "`{cmd}` {status}");
            Ok(())
        }
    }
}

use crate::domain::text::{ics_text, neutralise};

/// The iCalendar text: every active reminder and every scheduled session.
async fn ics(ctx: &mut Context, u: &User) -> Result<String> {
    use icalendar::{Calendar, CalendarDateTime, Component, EventLike};
    let all = reminders::list(&mut ctx.conn, &u.id).await?;
    let active: Vec<&Reminder> = all.iter().filter(|r| r.active).collect();
    let scheduled = reminders::scheduled_sessions(&mut ctx.conn, &u.id).await?;
    let mut cal = Calendar::new();
    cal.name("workout").timezone(u.tz().name());
    for r in &active {
        let Some(rec) = r.recurrence() else { continue };
        // The series starts at the first occurrence after it was made,
        // written with its nominal local time, as the RRULE repeats it.
        let Some(first) = rec.next_after(r.created_at.and_utc()) else {
            continue;
        };
        let first = first.with_timezone(&rec.tz).date_naive();
        let mut e = icalendar::Event::with_uid(&format!("{}@workout", r.id));
        e.timestamp(ctx.now)
            .summary(&ics_text(&r.title))
            .starts(CalendarDateTime::WithTimezone {
                date_time: first.and_time(rec.time),
                tzid: rec.tz.name().to_string(),
            })
            .add_property("RRULE", rec.rrule())
            .alarm(alarm(&r.title, &r.id, Duration::zero()));
        if let Some(m) = &r.message {
            e.description(&ics_text(m));
        }
        cal.push(e.done());
    }
    for s in &scheduled {
        let start = s.scheduled_at.and_utc();
        let minutes = s.duration_minutes.filter(|m| *m > 0).unwrap_or(60);
        let mut e = icalendar::Event::with_uid(&format!("{}@workout", s.id));
        e.timestamp(ctx.now)
            .summary(&ics_text(&s.name))
            .starts(CalendarDateTime::Utc(start))
            .ends(CalendarDateTime::Utc(
                start + Duration::minutes(i64::from(minutes)),
            ));
        for r in active.iter().filter(|r| {
            r.kind == "SESSION"
                && match &r.session_id {
                    Some(id) => *id == s.id,
                    None => {
                        r.training_plan_id.is_some() && r.training_plan_id == s.training_plan_id
                    }
                }
        }) {
            e.alarm(alarm(
                r.message.as_deref().unwrap_or(&r.title),
                &format!("{}-{}", r.id, s.id),
                Duration::minutes(i64::from(r.lead_minutes)),
            ));
        }
        cal.push(e.done());
    }
    Ok(cal.done().to_string())
}

/// A display alarm `lead` before the start. The crate writes a DTSTAMP and
/// a UID into every component; given here, they are stable from one export
/// to the next (RFC 9074 allows the UID; parsers ignore the DTSTAMP).
fn alarm(description: &str, uid: &str, lead: Duration) -> icalendar::Alarm {
    use icalendar::{Alarm, Component, Trigger};
    let mut a = Alarm::display(&ics_text(description), Trigger::before_start(lead));
    a.uid(&format!("{uid}-alarm@workout"))
        .timestamp(DateTime::UNIX_EPOCH);
    a.done()
}

#[cfg(test)]
mod tests {
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
        assert_eq!(serialized_keys(&v), ReminderView::COLUMNS);
        let d = DeliveryView {
            reminder_id: "c1".into(),
            title: "t".into(),
            message: None,
            occurrence: String::new(),
            missed: 0,
            session_id: None,
            plan_id: None,
            channel: "stdout".into(),
        };
        assert_eq!(serialized_keys(&d), DeliveryView::COLUMNS);
    }
}
