//! `workout plan list`.

use anyhow::Result;

use crate::app::{self, Ctx};
use crate::context::Context;
use crate::db::users::User;
use crate::domain::plan::PlanStatus;
use crate::output::TableData;
use crate::output::plans::PlanView;

pub async fn run(ctx: &mut Context, u: &User, status: Option<PlanStatus>) -> Result<()> {
    let all = app::plan::list(&mut Ctx::new(ctx, u), status).await?;
    let views: Vec<PlanView> = all.iter().map(PlanView::from).collect();
    ctx.out.list(&views, || TableData {
        headers: vec!["name", "status", "days", "exercises", "goal", "updated"],
        rows: all
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    p.status.human(),
                    p.day_count.to_string(),
                    p.exercise_count.to_string(),
                    p.goal.clone().unwrap_or_default(),
                    u.local(p.updated_at, "%Y-%m-%d"),
                ]
            })
            .collect(),
    })?;
    if all.is_empty() {
        ctx.out
            .info("No plans. `workout plan create NAME` makes one.");
    }
    Ok(())
}
