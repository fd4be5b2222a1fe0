//! `workout session delete`: a session and its sets, after a confirmation.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;

pub async fn run(ctx: &mut Context, u: &User, reference: &str) -> Result<()> {
    let s = app::session::resolve(&mut Ctx::new(ctx, u), reference).await?;
    let question = format!(
        "Delete the session `{}` ({}) and its {} set(s)?",
        s.name,
        u.local(s.when(), "%Y-%m-%d %H:%M"),
        s.set_count
    );
    if !ctx.prompt.confirm(&question)? {
        ctx.out.info("Nothing deleted.");
        return Ok(());
    }
    app::session::delete(&mut Ctx::new(ctx, u), &s).await?;
    ctx.out.info(format!(
        "Deleted the session `{}` and its {} set(s).",
        s.name, s.set_count
    ));
    Ok(())
}
