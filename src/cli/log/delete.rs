//! `workout log delete`: one set, after a confirmation (or --yes).

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::output::sets::describe;

pub async fn run(ctx: &mut Context, u: &User, set: &str) -> Result<()> {
    let s = app::log::set(&mut Ctx::new(ctx, u), set).await?;
    let what = describe(u, &s);
    if !ctx.prompt.confirm(&format!("Delete the set {what}?"))? {
        ctx.out.info("Nothing deleted.");
        return Ok(());
    }
    app::log::delete(&mut Ctx::new(ctx, u), &s).await?;
    ctx.out.info(format!("Deleted the set {what}."));
    Ok(())
}
