//! `workout log history`: sets, newest first.

use anyhow::Result;
use clap::Args;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::error::Kind;
use crate::output::sets::{set_rows, set_table};

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only this exercise
    #[arg(long)]
    pub exercise: Option<String>,
    /// From this local date (YYYY-MM-DD, yesterday, mon, -2d)
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Up to and including this local date
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Only this session
    #[arg(long)]
    pub session: Option<String>,
    /// At most this many sets
    #[arg(long, default_value_t = 50, conflicts_with = "all")]
    pub limit: i64,
    /// Every matching set
    #[arg(long)]
    pub all: bool,
}

pub async fn run(ctx: &mut Context, u: &User, a: HistoryArgs) -> Result<()> {
    if a.limit < 1 {
        return Err(Kind::Usage.err("--limit must be at least 1 (or use --all)"));
    }
    let (since, until) = app::log::bounds(
        u,
        a.since.as_deref(),
        a.until.as_deref(),
        u.local_date(ctx.now),
    )?;
    let sets = app::log::history(
        &mut Ctx::new(ctx, u),
        app::log::HistoryQuery {
            exercise: a.exercise.as_deref(),
            session: a.session.as_deref(),
            since,
            until,
            limit: (!a.all).then_some(a.limit),
        },
    )
    .await?;
    let rows = set_rows(&sets);
    ctx.out.list(&rows, || set_table(u, &sets))
}
