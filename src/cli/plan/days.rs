//! `workout plan add-day|edit-day|remove-day|move-day`.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::exercise::validate_name;
use crate::domain::plan as rules;
use crate::error::Kind;
use crate::output::plans::outline;

pub async fn add(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    name: &str,
    weekdays: Option<String>,
    notes: Option<String>,
    at: Option<String>,
) -> Result<()> {
    let name = validate_name("a day", name)?;
    let time = at
        .as_deref()
        .map(rules::parse_day_time)
        .transpose()?
        .flatten();
    let weekdays = weekdays
        .as_deref()
        .map(rules::parse_weekdays)
        .transpose()?
        .unwrap_or_default();
    let p = app::plan::add_day(
        &mut Ctx::new(ctx, u),
        plan,
        app::plan::NewDay {
            name: name.clone(),
            weekdays,
            notes,
            time,
        },
    )
    .await?;
    ctx.out
        .info(format!("Added the day `{name}` to the plan `{}`.", p.name));
    show(ctx, u, &p.id).await
}

#[allow(clippy::too_many_arguments)] // one per flag of `plan edit-day`
pub async fn edit(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    day: &str,
    name: Option<String>,
    weekdays: Option<String>,
    notes: Option<String>,
    at: Option<String>,
) -> Result<()> {
    let time = at.as_deref().map(rules::parse_day_time).transpose()?;
    let name = name
        .as_deref()
        .map(|n| validate_name("a day", n))
        .transpose()?;
    let weekdays = weekdays.as_deref().map(rules::parse_weekdays).transpose()?;
    if name.is_none() && weekdays.is_none() && notes.is_none() && time.is_none() {
        return Err(Kind::Usage
            .err("nothing to change: pass at least one of --name, --weekdays, --notes, --at"));
    }
    let done = app::plan::edit_day(
        &mut Ctx::new(ctx, u),
        plan,
        day,
        app::plan::DayChange {
            name,
            weekdays,
            notes,
            time,
        },
    )
    .await?;
    ctx.out
        .info(format!("Changed the day `{}`.", done.day.name));
    show(ctx, u, &done.plan.id).await
}

pub async fn remove(ctx: &mut Context, u: &User, plan: &str, day: &str) -> Result<()> {
    let pv = app::plan::remove_day_preview(&mut Ctx::new(ctx, u), plan, day).await?;
    let question = format!(
        "Remove the day `{}` from the plan `{}` with its exercises, and delete its {} scheduled session(s)? {} other session(s) keep their history.",
        pv.day.name, pv.plan.name, pv.scheduled, pv.kept
    );
    if !ctx.prompt.confirm(&question)? {
        ctx.out.info("Nothing removed.");
        return Ok(());
    }
    let (done, gone) = app::plan::remove_day(&mut Ctx::new(ctx, u), plan, day).await?;
    ctx.out.info(format!(
        "Removed the day `{}` from the plan `{}` and deleted {gone} scheduled session(s); {} other session(s) keep their history.",
        done.day.name, done.plan.name, pv.kept
    ));
    show(ctx, u, &done.plan.id).await
}

pub async fn move_to(ctx: &mut Context, u: &User, plan: &str, day: &str, to: usize) -> Result<()> {
    let done = app::plan::move_day(&mut Ctx::new(ctx, u), plan, day, to).await?;
    ctx.out
        .info(format!("Moved the day `{}` to place {to}.", done.day.name));
    show(ctx, u, &done.plan.id).await
}

async fn show(ctx: &mut Context, u: &User, plan_id: &str) -> Result<()> {
    let o = app::plan::outline(&mut Ctx::new(ctx, u), plan_id).await?;
    outline(&ctx.out, u, &o)
}
