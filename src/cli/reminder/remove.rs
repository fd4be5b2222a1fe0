//! `reminder enable`, `reminder disable` and `reminder remove`.

use anyhow::Result;

use super::{ReminderView, reminder_fields, schedule_of, when};
use crate::app::reminder;
use crate::app::{Ctx, User};
use crate::context::Context;

pub async fn set_active(ctx: &mut Context, u: &User, reference: &str, active: bool) -> Result<()> {
    let r = reminder::set_active(&mut Ctx::new(ctx, u), reference, active).await?;
    ctx.out.info(if active {
        format!("Enabled `{}`: next {}.", r.title, when(u, r.next_fire_at))
    } else {
        format!("Disabled `{}`.", r.title)
    });
    ctx.out.one(&ReminderView::from(&r), reminder_fields(u, &r))
}

pub async fn remove(ctx: &mut Context, u: &User, reference: &str) -> Result<()> {
    let r = reminder::resolve(&mut Ctx::new(ctx, u), reference).await?;
    if !ctx.prompt.confirm(&format!(
        "Remove the reminder `{}` ({})?",
        r.title,
        schedule_of(&r)
    ))? {
        ctx.out.info("Nothing removed.");
        return Ok(());
    }
    reminder::remove(&mut Ctx::new(ctx, u), &r).await?;
    ctx.out.info(format!("Removed the reminder `{}`.", r.title));
    Ok(())
}
