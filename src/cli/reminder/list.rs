//! `reminder list`, `reminder show` and `reminder due`: reading, changing nothing.

use anyhow::Result;
use chrono::Duration;

use super::{ReminderView, reminder_fields, reminder_table};
use crate::app::reminder;
use crate::app::{Ctx, User};
use crate::context::Context;
use crate::domain::quantity::parse_duration;

pub async fn list(ctx: &mut Context, u: &User) -> Result<()> {
    let all = reminder::list(&mut Ctx::new(ctx, u)).await?;
    let views: Vec<ReminderView> = all.iter().map(ReminderView::from).collect();
    ctx.out.list(&views, || reminder_table(u, &all))
}

pub async fn show(ctx: &mut Context, u: &User, reference: &str) -> Result<()> {
    let (r, n) = reminder::show(&mut Ctx::new(ctx, u), reference).await?;
    let mut fields = reminder_fields(u, &r);
    fields.insert(8, ("deliveries", n.to_string()));
    ctx.out.one(&ReminderView::from(&r), fields)
}

pub async fn due(ctx: &mut Context, u: &User, within: Option<&str>) -> Result<()> {
    let ahead = match within {
        None => Duration::zero(),
        Some(w) => Duration::seconds(i64::from(parse_duration(w)?)),
    };
    let list = reminder::due(&mut Ctx::new(ctx, u), ahead).await?;
    let views: Vec<ReminderView> = list.iter().map(ReminderView::from).collect();
    ctx.out.list(&views, || reminder_table(u, &list))
}
