//! `workout session list`.

use anyhow::Result;
use chrono::Duration;
use clap::Args;

use crate::app::{self, Ctx};
use crate::context::Context;
use crate::db::sessions::Filter;
use crate::db::users::User;
use crate::domain::plan::parse_date;
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
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
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
    // Parsed here rather than by clap, whose refusal is several lines.
    let statuses = a
        .status
        .iter()
        .map(|s| Status::parse(s))
        .collect::<Result<Vec<_>>>()?;
    let from = a.from.as_deref().map(parse_date).transpose()?;
    let to = a.to.as_deref().map(parse_date).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(Kind::Usage.err(format!("--until {t} is before --since {f}")));
    }
    if a.limit.is_some_and(|n| n < 1) {
        return Err(Kind::Usage.err("--limit must be at least 1"));
    }
    let mut f = Filter {
        statuses,
        from: from.map(|d| u.start_of(d)),
        to: to.map(|d| u.start_of(d + Duration::days(1))),
        newest_first: false,
        limit: a.limit,
    };
    let explicit = !a.status.is_empty() || a.from.is_some() || a.to.is_some();
    if a.past {
        let now = crate::clock::to_db(ctx.now);
        f.to = Some(f.to.map_or(now, |t| t.min(now)));
        f.newest_first = true;
    } else if a.upcoming || !explicit {
        if f.statuses.is_empty() {
            f.statuses = vec![Status::Scheduled, Status::InProgress];
        }
        let today = u.start_of(ctx.now.with_timezone(&u.tz()).date_naive());
        f.from = Some(f.from.map_or(today, |t| t.max(today)));
    }
    let list = app::session::list(&mut Ctx::new(ctx, u), &f).await?;
    let views: Vec<SessionView> = list.iter().map(SessionView::from).collect();
    ctx.out.list(&views, || session_table(u, &list))
}
