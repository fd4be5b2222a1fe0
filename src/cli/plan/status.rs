//! `workout plan activate|pause|complete|archive`.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan::{Change, Outcome};
use crate::output::plans::{PlanView, plan_fields};

pub async fn run(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    change: Change,
    force: bool,
) -> Result<()> {
    let done = app::plan::change_status(&mut Ctx::new(ctx, u), plan, change, force).await?;
    let p = &done.plan;
    match done.outcome {
        Outcome::Already => ctx.out.info(format!(
            "The plan `{}` is already {}: nothing changed.",
            p.name,
            done.from.human()
        )),
        Outcome::To(to) => ctx.out.info(format!(
            "The plan `{}` is now {} (was {}).",
            p.name,
            to.human(),
            done.from.human()
        )),
    }
    ctx.out.one(&PlanView::from(p), plan_fields(u, p))
}
