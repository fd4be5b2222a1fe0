//! `workout log`: the interactive set-by-set flow (no subcommand, see
//! `flow`), and one file per verb: `add|history|prs|stats|progress|edit|delete`;
//! `export` and `import` too (their rules in `app::export` and `app::import`).

mod add;
mod delete;
mod edit;
pub mod export;
mod flow;
mod history;
mod import;
mod progress;
mod prs;
mod stats;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::context::Context;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LogArgs {
    #[command(subcommand)]
    pub cmd: Option<LogCmd>,
}

#[derive(Debug, Subcommand)]
pub enum LogCmd {
    /// Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`
    Add(add::AddArgs),
    /// Sets, newest first
    History(history::HistoryArgs),
    /// Personal records per exercise
    Prs {
        /// Only this exercise
        #[arg(long)]
        exercise: Option<String>,
    },
    /// Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks
    Stats(stats::StatsArgs),
    /// An exercise's estimated 1RM over time, as a chart (or its points)
    Progress {
        exercise: String,
        /// From this local date (YYYY-MM-DD)
        #[arg(long)]
        since: Option<String>,
    },
    /// Change one set
    Edit(edit::EditArgs),
    /// Delete one set (confirms, or --yes)
    Delete {
        /// The set's id, or a unique prefix of 4+ characters
        set: String,
    },
    /// Every set with its session, plan and exercise: --format csv|json|ndjson
    Export(export::ExportArgs),
    /// Sets and sessions from Strong, Hevy, FitNotes or `log export` csv
    Import(import::ImportArgs),
}

pub async fn run(args: LogArgs, ctx: &mut Context) -> Result<()> {
    let Some(cmd) = args.cmd else {
        return flow::run(ctx).await;
    };
    let u = ctx.user().await?;
    match cmd {
        LogCmd::Add(a) => add::run(ctx, &u, a).await,
        LogCmd::History(a) => history::run(ctx, &u, a).await,
        LogCmd::Prs { exercise } => prs::run(ctx, &u, exercise).await,
        LogCmd::Stats(a) => stats::run(ctx, &u, a).await,
        LogCmd::Progress { exercise, since } => progress::run(ctx, &u, &exercise, since).await,
        LogCmd::Edit(a) => edit::run(ctx, &u, a).await,
        LogCmd::Export(a) => export::run(ctx, &u, a).await,
        LogCmd::Import(a) => import::run(ctx, &u, a).await,
        LogCmd::Delete { set } => delete::run(ctx, &u, &set).await,
    }
}
