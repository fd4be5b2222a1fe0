//! `workout plan show`: a plan's days and exercises with their targets.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::output::plans::outline;

pub async fn run(ctx: &mut Context, u: &User, plan: &str) -> Result<()> {
    let o = app::plan::outline(&mut Ctx::new(ctx, u), plan).await?;
    outline(&ctx.out, u, &o)
}
