//! `workout session list`.

use anyhow::Result;
use clap::Args;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::session::Status;
use crate::error::Kind;
use crate::output::sessions::{SessionView, session_table};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Scheduled and running sessions from today on (the default)
    #[arg(long, conflicts_with = "past")]
    pub upcoming: bool,
    /// Sessions before now, newest first
    #[arg(long)]
    pub past: bool,
    /// Only these statuses (comma-separated): scheduled, in-progress, completed, skipped, cancelled
    #[arg(long, value_enum, ignore_case = true, value_delimiter = ',')]
    pub status: Vec<Status>,
    /// From this local date (YYYY-MM-DD)
    #[arg(long = "since", alias = "from", value_name = "DATE")]
    pub from: Option<String>,
    /// Up to and including this local date
    #[arg(long = "until", alias = "to", value_name = "DATE")]
    pub to: Option<String>,
    /// At most this many
    #[arg(long)]
    pub limit: Option<i64>,
}

pub async fn run(ctx: &mut Context, u: &User, a: ListArgs) -> Result<()> {
    let statuses = a.status;
    let today = u.local_date(ctx.now);
    // The same local-date range as `log history`/`body list` (app::log::bounds).
    let (since, until) = app::log::bounds(u, a.from.as_deref(), a.to.as_deref(), today)?;
    if a.limit.is_some_and(|n| n < 1) {
        return Err(Kind::Usage.err("--limit must be at least 1"));
    }
    let list = app::session::list(
        &mut Ctx::new(ctx, u),
        app::session::ListQuery {
            statuses,
            since,
            until,
            past: a.past,
            upcoming: a.upcoming,
            limit: a.limit,
        },
    )
    .await?;
    let views: Vec<SessionView> = list.iter().map(SessionView::from).collect();
    ctx.out.list(&views, || session_table(u, &list))
}
