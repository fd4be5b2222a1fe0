//! `workout session list|show|schedule|start|complete|skip|cancel|delete`,
//! one file per verb (the four status moves share `change`).

mod change;
mod delete;
mod list;
mod schedule;
mod show;

use anyhow::Result;
use clap::Subcommand;

use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::quantity::parse_duration;
use crate::domain::session::{Move, parse_local_datetime};
use crate::output::sessions::{SessionView, session_fields};

#[derive(Debug, Subcommand)]
pub enum SessionCmd {
    /// List sessions: the upcoming ones unless told otherwise
    List(list::ListArgs),
    /// A session's sets by exercise, with totals and the plan's targets
    Show {
        /// Its id (or a unique prefix of 4+ characters), current, next or last
        session: String,
    },
    /// Schedule a one-off session
    Schedule {
        /// What to call it
        name: String,
        /// When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM
        #[arg(long, value_name = "WHEN")]
        at: String,
        /// A plan it belongs to (name or id)
        #[arg(long)]
        plan: Option<String>,
        /// The plan day it trains (name or position), with --plan
        #[arg(long, requires = "plan")]
        day: Option<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Start a scheduled session
    Start { session: String },
    /// Complete a session (raises plan targets whose every target was met)
    Complete {
        session: String,
        /// How long it took, e.g. 55m (else the time since it was started)
        #[arg(long)]
        duration: Option<String>,
    },
    /// Skip a scheduled session
    Skip { session: String },
    /// Cancel a scheduled or running session
    Cancel { session: String },
    /// Delete a session and its sets (confirms, or --yes)
    Delete { session: String },
    /// Take a started session with no sets back to scheduled
    Unstart { session: String },
    /// Move a scheduled session to another time (its reminders follow)
    Reschedule {
        session: String,
        /// When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM
        #[arg(long, value_name = "WHEN")]
        at: String,
    },
}

pub async fn run(cmd: SessionCmd, ctx: &mut Context) -> Result<()> {
    let u = ctx.user().await?;
    match cmd {
        SessionCmd::List(a) => list::run(ctx, &u, a).await,
        SessionCmd::Show { session } => {
            let s = app::session::resolve(&mut Ctx::new(ctx, &u), &session).await?;
            show::run(ctx, &u, &s).await
        }
        SessionCmd::Schedule {
            name,
            at,
            plan,
            day,
            notes,
        } => schedule::run(ctx, &u, &name, &at, plan, day, notes).await,
        SessionCmd::Start { session } => change::run(ctx, &u, &session, Move::Start, None).await,
        SessionCmd::Complete { session, duration } => {
            let minutes = duration
                .as_deref()
                .map(|d| parse_duration(d).map(|s| (s + 59) / 60))
                .transpose()?;
            change::run(ctx, &u, &session, Move::Complete, minutes).await
        }
        SessionCmd::Skip { session } => change::run(ctx, &u, &session, Move::Skip, None).await,
        SessionCmd::Cancel { session } => change::run(ctx, &u, &session, Move::Cancel, None).await,
        SessionCmd::Delete { session } => delete::run(ctx, &u, &session).await,
        SessionCmd::Unstart { session } => {
            let s = app::session::unstart(&mut Ctx::new(ctx, &u), &session).await?;
            ctx.out.info(format!(
                "The session `{}` is scheduled again (for {}).",
                s.name,
                u.local(s.when(), "%a %Y-%m-%d %H:%M")
            ));
            ctx.out.one(&SessionView::from(&s), session_fields(&u, &s))
        }
        SessionCmd::Reschedule { session, at } => {
            let when = parse_local_datetime(&at, u.tz(), ctx.now)?;
            let s = app::session::reschedule(&mut Ctx::new(ctx, &u), &session, when).await?;
            ctx.out.info(format!(
                "Moved `{}` to {}.",
                s.name,
                u.local(s.when(), "%a %Y-%m-%d %H:%M %Z")
            ));
            ctx.out.one(&SessionView::from(&s), session_fields(&u, &s))
        }
    }
}
