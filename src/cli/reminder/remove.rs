//! `reminder enable`, `reminder disable` and `reminder remove`.

use anyhow::Result;

use super::{ReminderView, reminder_fields, schedule_of, when};
use crate::context::Context;
use crate::db::reminders;
use crate::db::users::User;

pub async fn set_active(ctx: &mut Context, u: &User, reference: &str, active: bool) -> Result<()> {
    let r = reminders::resolve(&mut ctx.conn, &u.id, reference).await?;
    let r = reminders::set_active(&mut ctx.conn, &u.id, &r.id, active, ctx.now).await?;
    ctx.out.info(if active {
        format!("Enabled `{}`: next {}.", r.title, when(u, r.next_fire_at))
    } else {
        format!("Disabled `{}`.", r.title)
    });
    ctx.out.one(&ReminderView::from(&r), reminder_fields(u, &r))
}

pub async fn remove(ctx: &mut Context, u: &User, reference: &str) -> Result<()> {
    let r = reminders::resolve(&mut ctx.conn, &u.id, reference).await?;
    if !ctx.prompt.confirm(&format!(
        "Remove the reminder `{}` ({})?",
        r.title,
        schedule_of(&r)
    ))? {
        ctx.out.info("Nothing removed.");
        return Ok(());
    }
    reminders::delete(&mut ctx.conn, &u.id, &r.id).await?;
    ctx.out.info(format!("Removed the reminder `{}`.", r.title));
    Ok(())
}
