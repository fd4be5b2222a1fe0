//! `workout plan add-exercise|remove-exercise|move-exercise`.

use anyhow::Result;
use clap::Args;

use crate::app::User;
use crate::app::plan::Targets;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan as rules;
use crate::domain::units::{WeightUnit, parse_weight};
use crate::output::plans::outline;

#[derive(Debug, Clone, Args)]
pub struct TargetArgs {
    /// Target sets
    #[arg(long, allow_negative_numbers = true)]
    pub sets: i32,
    /// Target reps: 8, or a range such as 8-12
    #[arg(long)]
    pub reps: Option<String>,
    /// Target weight: 100kg, 225lb, or a number in your unit
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// Target RPE, 1 to 10
    #[arg(long, allow_negative_numbers = true)]
    pub rpe: Option<f64>,
    /// Rest between sets: 90s, 2m, 1m30s
    #[arg(long)]
    pub rest: Option<String>,
    /// Add this much weight after a session where every target was met: 2.5kg, 5lb
    #[arg(long, allow_hyphen_values = true)]
    pub progression: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// Superset group N within the day: exercises with the same N are done
    /// alternately (shown as A1, A2, ...)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..=26))]
    pub superset: Option<i32>,
}

impl TargetArgs {
    fn validate(self, unit: WeightUnit) -> Result<Targets> {
        Ok(Targets {
            sets: rules::validate_sets(self.sets)?,
            reps: self.reps.as_deref().map(rules::parse_reps).transpose()?,
            weight_kg: self
                .weight
                .as_deref()
                .map(|w| {
                    parse_weight(w, unit).and_then(|kg| rules::validate_target_kg(kg, "weight"))
                })
                .transpose()?,
            rpe: self.rpe.map(rules::validate_rpe).transpose()?,
            rest_seconds: self.rest.as_deref().map(rules::parse_rest).transpose()?,
            progression_kg: self
                .progression
                .as_deref()
                .map(|w| {
                    parse_weight(w, unit)
                        .and_then(|kg| rules::validate_target_kg(kg, "progression step"))
                })
                .transpose()?,
            notes: self.notes.filter(|n| !n.trim().is_empty()),
            superset_group: self.superset,
        })
    }
}

/// `plan edit-exercise`: the targets to change; the others stay.
#[derive(Debug, Clone, Args)]
pub struct TargetEditArgs {
    /// Target sets
    #[arg(long, allow_negative_numbers = true)]
    pub sets: Option<i32>,
    /// Target reps: 8, or a range such as 8-12
    #[arg(long)]
    pub reps: Option<String>,
    /// Target weight: 100kg, 225lb, or a number in your unit
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// Target RPE, 1 to 10
    #[arg(long, allow_negative_numbers = true)]
    pub rpe: Option<f64>,
    /// Rest between sets: 90s, 2m, 1m30s
    #[arg(long)]
    pub rest: Option<String>,
    /// Add this much weight after a session where every target was met: 2.5kg, 5lb
    #[arg(long, allow_hyphen_values = true)]
    pub progression: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

pub async fn edit(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    day: &str,
    entry: &str,
    a: TargetEditArgs,
) -> Result<()> {
    let unit = u.unit();
    let change = app::plan::TargetChange {
        sets: a.sets.map(rules::validate_sets).transpose()?,
        reps: a.reps.as_deref().map(rules::parse_reps).transpose()?,
        weight_kg: a
            .weight
            .as_deref()
            .map(|w| parse_weight(w, unit).and_then(|kg| rules::validate_target_kg(kg, "weight")))
            .transpose()?,
        rpe: a.rpe.map(rules::validate_rpe).transpose()?,
        rest_seconds: a.rest.as_deref().map(rules::parse_rest).transpose()?,
        progression_kg: a
            .progression
            .as_deref()
            .map(|w| {
                parse_weight(w, unit)
                    .and_then(|kg| rules::validate_target_kg(kg, "progression step"))
            })
            .transpose()?,
        notes: a.notes,
    };
    let done = app::plan::edit_exercise(&mut Ctx::new(ctx, u), plan, day, entry, change).await?;
    ctx.out.info(format!(
        "Changed the targets of `{}` on the day `{}`.",
        done.exercise, done.day.name
    ));
    show(ctx, u, &done.plan.id).await
}

pub async fn add(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    day: &str,
    exercise: &str,
    targets: TargetArgs,
) -> Result<()> {
    let targets = targets.validate(u.unit())?;
    let done =
        app::plan::add_exercise(&mut Ctx::new(ctx, u), plan, day, exercise, &targets).await?;
    ctx.out.info(format!(
        "Added `{}` to the day `{}`.",
        done.exercise, done.day.name
    ));
    show(ctx, u, &done.plan.id).await
}

pub async fn remove(ctx: &mut Context, u: &User, plan: &str, day: &str, entry: &str) -> Result<()> {
    let done = app::plan::remove_exercise(&mut Ctx::new(ctx, u), plan, day, entry).await?;
    ctx.out.info(format!(
        "Removed `{}` from the day `{}`.",
        done.exercise, done.day.name
    ));
    show(ctx, u, &done.plan.id).await
}

pub async fn move_to(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    day: &str,
    entry: &str,
    to: usize,
) -> Result<()> {
    let done = app::plan::move_exercise(&mut Ctx::new(ctx, u), plan, day, entry, to).await?;
    ctx.out.info(format!(
        "Moved `{}` to place {to} of the day `{}`.",
        done.exercise, done.day.name
    ));
    show(ctx, u, &done.plan.id).await
}

async fn show(ctx: &mut Context, u: &User, plan_id: &str) -> Result<()> {
    let o = app::plan::outline(&mut Ctx::new(ctx, u), plan_id).await?;
    outline(&ctx.out, u, &o)
}
