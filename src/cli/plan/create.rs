//! `workout plan create`: prompts for the name on a terminal when not given.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::exercise::validate_name;
use crate::output::plans::{PlanView, plan_fields};

pub async fn run(
    ctx: &mut Context,
    u: &User,
    name: Option<String>,
    description: Option<String>,
    goal: Option<String>,
) -> Result<()> {
    let (name, description, goal) = match name {
        Some(n) => (n, description, goal),
        None => {
            let n = ctx.prompt.input(
                "The plan's name",
                "the name: `workout plan create NAME`",
                false,
            )?;
            let ask = |q: &str, flag: &str, given: Option<String>| -> Result<Option<String>> {
                match given {
                    Some(g) => Ok(Some(g)),
                    None => Ok(Some(ctx.prompt.input(q, flag, true)?)),
                }
            };
            let d = ask("Description (optional)", "--description", description)?;
            let g = ask("Goal (optional)", "--goal", goal)?;
            (n, d, g)
        }
    };
    let name = validate_name("a plan", &name)?;
    let opt = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let p = app::plan::create(
        &mut Ctx::new(ctx, u),
        app::plan::NewPlan {
            name,
            description: opt(description),
            goal: opt(goal),
        },
    )
    .await?;
    ctx.out
        .info(format!("Created the plan `{}` (a draft).", p.name));
    ctx.out.hint(format!(
        "add days with `workout plan add-day \"{}\" \"Day A\" --weekdays mon,thu`",
        p.name
    ));
    ctx.out.one(&PlanView::from(&p), plan_fields(u, &p))
}
