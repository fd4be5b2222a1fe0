//! `reminder dispatch [--all-users]`: the delivery channels (stdout,
//! notify-send, a command with a timeout) behind `app::reminder::Deliver`,
//! and `--watch`.
//! The protocol that makes each occurrence fire once is
//! `app::reminder::dispatch_scoped`.

use std::time::Duration as StdDuration;

use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::DispatchArgs;
use crate::app::reminder::Owner;
use crate::app::reminder::{self, Deliver, Due, Scope};
use crate::app::{Timestamp, User};
use crate::config::Source;
use crate::context::Context;
use crate::error::Kind;
use crate::output::stream::Stream;

/// The test hook (debug builds only, see `testhook`): sleep this many
/// milliseconds after claiming, before delivering, so a test can kill a
/// dispatcher in between.
pub const PAUSE_VAR: &str = "WORKOUT_DISPATCH_PAUSE_MS";

/// One delivered reminder, as `dispatch` prints it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
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
    /// Whom it is for: the user's id and e-mail.
    pub user_id: String,
    pub user_email: String,
}

crate::record!(DeliveryView);

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

/// `reminder dispatch --all-users`: every user's due reminders, for the
/// operator of a server; it acts as no user, so `--user` is refused, and
/// so is `--notify` (another person's reminder on this desktop).
pub async fn run_all_users(ctx: &mut Context, a: DispatchArgs) -> Result<()> {
    if ctx
        .settings
        .user()
        .is_some_and(|u| matches!(u.source, Source::Flag))
    {
        return Err(Kind::Usage.err(
            "--all-users dispatches every user's reminders and acts as no user: drop --user (or drop --all-users to dispatch one user's)",
        ));
    }
    if a.notify {
        return Err(Kind::Usage.err(
            "--all-users delivers other people's reminders, which do not belong on this desktop: deliver them with --exec CMD or as lines on stdout",
        ));
    }
    run_scoped(ctx, None, a).await
}

/// `reminder dispatch`: the acting user's due reminders.
pub async fn run(ctx: &mut Context, u: &User, a: DispatchArgs) -> Result<()> {
    run_scoped(ctx, Some(u), a).await
}

async fn run_scoped(ctx: &mut Context, u: Option<&User>, a: DispatchArgs) -> Result<()> {
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
    let mut to = Deliverer {
        channel,
        printer: Stream::new(ctx.out.format),
    };
    if !a.watch {
        let done = dispatch_once(ctx, u, ctx.now, &mut to, pause).await;
        // `--format json` is one array, closed whatever the run gave.
        to.printer.finish()?;
        return done;
    }
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot listen for SIGTERM")?;
    ctx.out
        .info("Dispatching due reminders every minute; stop with Ctrl-C or SIGTERM.");
    loop {
        let now = crate::clock::now()?;
        if let Err(e) = dispatch_once(ctx, u, now, &mut to, pause).await {
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
    to.printer.finish()?;
    ctx.out.info("Stopped.");
    Ok(())
}

/// One run of the protocol (`app::reminder::dispatch_scoped`) at `now`, then
/// what it did, for people.
async fn dispatch_once(
    ctx: &mut Context,
    u: Option<&User>,
    now: DateTime<Utc>,
    to: &mut Deliverer,
    pause: Option<StdDuration>,
) -> Result<()> {
    let scope = u.map_or(Scope::AllUsers, Scope::User);
    let done = reminder::dispatch_scoped(&mut ctx.conn, scope, now, to, pause).await?;
    if done.fired > 0 {
        let extra = if done.missed > 0 {
            format!(" ({} missed occurrence(s) folded in)", done.missed)
        } else {
            String::new()
        };
        ctx.out
            .info(format!("Delivered {} reminder(s){extra}.", done.fired));
    }
    if !done.failed.is_empty() {
        return Err(Kind::Failure.err(format!(
            "{} reminder(s) could not be delivered and stay due for the next run: {}",
            done.failed.len(),
            done.failed.join(", ")
        )));
    }
    Ok(())
}

/// The channel a dispatch delivers through, as `app` calls it.
struct Deliverer {
    channel: Channel,
    printer: Stream,
}

impl Deliver for Deliverer {
    fn channel(&self) -> &'static str {
        self.channel.name()
    }

    fn deliver(&mut self, d: &Due<'_>) -> Result<()> {
        let r = d.reminder;
        let view = DeliveryView {
            reminder_id: r.id.clone(),
            title: r.title.clone(),
            message: r.message.clone(),
            occurrence: Timestamp::new(d.occurrence).iso(),
            missed: d.missed,
            session_id: r.session_id.clone(),
            plan_id: r.training_plan_id.clone(),
            channel: self.channel.name().into(),
            user_id: d.owner.id.clone(),
            user_email: d.owner.email.clone(),
        };
        deliver(
            d.owner,
            &self.channel,
            &view,
            d.occurrence,
            &mut self.printer,
        )
    }
}

/// The line a delivery is for people: its local time in its user's zone,
/// title, message and missed count.
fn line_of(local: &str, v: &DeliveryView) -> String {
    let mut line = format!("{local}  {}", v.title);
    if let Some(m) = &v.message {
        line.push_str(&format!(": {m}"));
    }
    if v.missed > 0 {
        line.push_str(&format!(" ({} missed occurrence(s) since)", v.missed));
    }
    line
}

fn deliver(
    u: &Owner,
    channel: &Channel,
    v: &DeliveryView,
    occurrence: DateTime<Utc>,
    printer: &mut Stream,
) -> Result<()> {
    let local = u.local(occurrence, "%Y-%m-%d %H:%M %Z");
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
        Channel::Stdout => printer.write(v, || line_of(&local, v)),
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
                .env("WORKOUT_REMINDER_USER_ID", &v.user_id)
                .env("WORKOUT_REMINDER_USER_EMAIL", &v.user_email)
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
