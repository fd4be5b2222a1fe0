//! `workout plan delete`: sessions already done keep their history.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;

pub async fn run(ctx: &mut Context, u: &User, plan: &str) -> Result<()> {
    let d = app::plan::delete_preview(&mut Ctx::new(ctx, u), plan).await?;
    let (p, scheduled, kept) = (&d.plan, d.scheduled, d.kept);
    let question = format!(
        "Delete the plan `{}` with its {} day(s) and {} exercise(s), and its {scheduled} scheduled session(s)? {kept} other session(s) keep their history.",
        p.name, p.day_count, p.exercise_count
    );
    if !ctx.prompt.confirm(&question)? {
        ctx.out.info("Nothing deleted.");
        return Ok(());
    }
    let gone = app::plan::delete(&mut Ctx::new(ctx, u), p).await?;
    ctx.out.info(format!(
        "Deleted the plan `{}` and {gone} scheduled session(s); {kept} session(s) keep their history.",
        p.name
    ));
    Ok(())
}
