//! `workout plan ...`: training plans, their days and exercises with
//! targets, status changes, and scheduling sessions from them. One file
//! per verb (or family of verbs); the operations are in `app::plan`.

mod create;
mod days;
mod delete;
mod edit;
mod exercises;
mod list;
mod schedule;
mod show;
mod status;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::context::Context;
use crate::domain::plan::{Change, PlanStatus};

#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// Create a plan (prompts for the name on a terminal when not given)
    Create {
        /// The plan's name, unique among your plans
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
        /// What the plan is for, e.g. "first pull-up"
        #[arg(long)]
        goal: Option<String>,
    },
    /// List your plans
    List {
        /// Only plans with this status: draft, active, paused, completed, archived
        #[arg(long, value_enum, ignore_case = true)]
        status: Option<PlanStatus>,
    },
    /// Show a plan's days and exercises with their targets
    Show(PlanRef),
    /// Change a plan's name, description or goal
    Edit {
        #[command(flatten)]
        plan: PlanRef,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
        #[arg(long)]
        goal: Option<String>,
    },
    /// Add a day (a workout template such as "Push A") at the end of a plan
    AddDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name, unique in the plan
        name: String,
        /// The weekdays it is trained on, e.g. mon,thu (or 1,4)
        #[arg(long)]
        weekdays: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        /// Its own time of day, HH:MM in your time zone (`plan schedule` uses it over its --at)
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
    },
    /// Change a day's name, weekdays, notes or time
    EditDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number (1 is the first)
        day: String,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        /// New weekdays, e.g. tue,fri
        #[arg(long)]
        weekdays: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        /// Its own time of day, HH:MM in your time zone, or none to use the plan-wide one
        #[arg(long, value_name = "HH:MM|none")]
        at: Option<String>,
    },
    /// Remove a day, its exercises and its scheduled sessions (confirms, or --yes)
    RemoveDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
    },
    /// Move a day to another place in the plan
    MoveDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// Its new number (1 is the first)
        #[arg(long, value_name = "N")]
        to: usize,
    },
    /// Add an exercise with its targets at the end of a day
    AddExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// The exercise's name or id prefix
        exercise: String,
        #[command(flatten)]
        targets: exercises::TargetArgs,
    },
    /// Remove an exercise from a day
    /// Change a plan exercise's targets in place (the others stay)
    EditExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day (name or 1-based number)
        day: String,
        /// The exercise on that day (name or 1-based number)
        entry: String,
        #[command(flatten)]
        targets: exercises::TargetEditArgs,
    },
    RemoveExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// The exercise's number in the day, or its name
        entry: String,
    },
    /// Move an exercise to another place in its day
    MoveExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// The exercise's number in the day, or its name
        entry: String,
        /// Its new number (1 is the first)
        #[arg(long, value_name = "N")]
        to: usize,
    },
    /// Start a plan (from draft or paused; a finished plan needs --force)
    Activate {
        #[command(flatten)]
        plan: PlanRef,
        /// Activate a completed or archived plan again
        #[arg(long)]
        force: bool,
    },
    /// Pause an active plan
    Pause(PlanRef),
    /// Mark an active or paused plan as completed
    Complete(PlanRef),
    /// Archive a plan
    Archive(PlanRef),
    /// Delete a plan; sessions already done keep their history
    Delete(PlanRef),
    /// Make scheduled sessions from the plan days' weekdays
    Schedule {
        #[command(flatten)]
        plan: PlanRef,
        /// The first date, YYYY-MM-DD (default: today in your time zone)
        #[arg(long = "since", alias = "from", value_name = "DATE")]
        from: Option<String>,
        /// How many weeks from that date
        #[arg(long, value_name = "N")]
        weeks: u32,
        /// The time of day, HH:MM in your time zone, of the days without their own
        /// (`plan edit-day --at`); needed unless every day has one
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct PlanRef {
    /// The plan's name (case-insensitive) or id prefix
    pub plan: String,
}

pub async fn run(cmd: PlanCmd, ctx: &mut Context) -> Result<()> {
    let u = ctx.user().await?;
    match cmd {
        PlanCmd::Create {
            name,
            description,
            goal,
        } => create::run(ctx, &u, name, description, goal).await,
        PlanCmd::List { status } => list::run(ctx, &u, status).await,
        PlanCmd::Show(r) => show::run(ctx, &u, &r.plan).await,
        PlanCmd::Edit {
            plan,
            name,
            description,
            goal,
        } => edit::run(ctx, &u, &plan.plan, name, description, goal).await,
        PlanCmd::AddDay {
            plan,
            name,
            weekdays,
            notes,
            at,
        } => days::add(ctx, &u, &plan.plan, &name, weekdays, notes, at).await,
        PlanCmd::EditDay {
            plan,
            day,
            name,
            weekdays,
            notes,
            at,
        } => days::edit(ctx, &u, &plan.plan, &day, name, weekdays, notes, at).await,
        PlanCmd::RemoveDay { plan, day } => days::remove(ctx, &u, &plan.plan, &day).await,
        PlanCmd::MoveDay { plan, day, to } => days::move_to(ctx, &u, &plan.plan, &day, to).await,
        PlanCmd::AddExercise {
            plan,
            day,
            exercise,
            targets,
        } => exercises::add(ctx, &u, &plan.plan, &day, &exercise, targets).await,
        PlanCmd::EditExercise {
            plan,
            day,
            entry,
            targets,
        } => exercises::edit(ctx, &u, &plan.plan, &day, &entry, targets).await,
        PlanCmd::RemoveExercise { plan, day, entry } => {
            exercises::remove(ctx, &u, &plan.plan, &day, &entry).await
        }
        PlanCmd::MoveExercise {
            plan,
            day,
            entry,
            to,
        } => exercises::move_to(ctx, &u, &plan.plan, &day, &entry, to).await,
        PlanCmd::Activate { plan, force } => {
            status::run(ctx, &u, &plan.plan, Change::Activate, force).await
        }
        PlanCmd::Pause(r) => status::run(ctx, &u, &r.plan, Change::Pause, false).await,
        PlanCmd::Complete(r) => status::run(ctx, &u, &r.plan, Change::Complete, false).await,
        PlanCmd::Archive(r) => status::run(ctx, &u, &r.plan, Change::Archive, false).await,
        PlanCmd::Delete(r) => delete::run(ctx, &u, &r.plan).await,
        PlanCmd::Schedule {
            plan,
            from,
            weeks,
            at,
        } => schedule::run(ctx, &u, &plan.plan, from, weeks, at.as_deref()).await,
    }
}
