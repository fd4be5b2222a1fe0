//! `workout plan list`.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan::PlanStatus;
use crate::output::TableData;
use crate::output::plans::PlanView;

pub async fn run(ctx: &mut Context, u: &User, status: Option<PlanStatus>) -> Result<()> {
    let all = app::plan::list(&mut Ctx::new(ctx, u), status).await?;
    let views: Vec<PlanView> = all.iter().map(PlanView::from).collect();
    ctx.out.list(&views, || {
        TableData::of(
            &all.iter()
                .map(|p| PlanRow {
                    name: p.name.clone(),
                    status: p.status.human(),
                    days: p.day_count.into(),
                    exercises: p.exercise_count.into(),
                    goal: p.goal.clone(),
                    updated: u.local(p.updated_at, "%Y-%m-%d"),
                })
                .collect::<Vec<_>>(),
        )
    })?;
    if all.is_empty() {
        ctx.out
            .info("No plans. `workout plan create NAME` makes one.");
    }
    Ok(())
}

/// A row of `plan list`'s table: its fields are the columns.
#[derive(serde::Serialize, serde::Deserialize)]
struct PlanRow {
    name: String,
    status: String,
    days: i64,
    exercises: i64,
    goal: Option<String>,
    updated: String,
}
