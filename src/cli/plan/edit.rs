//! `workout plan edit`: a plan's name, description or goal.

use anyhow::Result;

use crate::app::User;
use crate::app::plan::PlanChange;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::exercise::validate_name;
use crate::error::Kind;
use crate::output::plans::{PlanView, plan_fields};

pub async fn run(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    name: Option<String>,
    description: Option<String>,
    goal: Option<String>,
) -> Result<()> {
    let change = PlanChange {
        name: name
            .as_deref()
            .map(|n| validate_name("a plan", n))
            .transpose()?,
        description: description.map(|s| s.trim().to_string()),
        goal: goal.map(|s| s.trim().to_string()),
        ..Default::default()
    };
    if change.name.is_none() && change.description.is_none() && change.goal.is_none() {
        return Err(Kind::Usage
            .err("nothing to change: pass at least one of --name, --description, --goal"));
    }
    let p = app::plan::edit(&mut Ctx::new(ctx, u), plan, change).await?;
    ctx.out.info(format!("Changed the plan `{}`.", p.name));
    ctx.out.one(&PlanView::from(&p), plan_fields(u, &p))
}
