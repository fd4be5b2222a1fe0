//! `reminder add`: parses the flags; `app::reminder::add` decides and writes.

use anyhow::Result;

use super::{AddArgs, ReminderView, reminder_fields, schedule_of, when};
use crate::app::reminder::{self, AddRequest, Target};
use crate::app::{Ctx, User};
use crate::context::Context;
use crate::domain::plan::{parse_time_of_day, parse_weekdays};
use crate::domain::profile::parse_timezone;
use crate::domain::reminder::parse_lead;

/// Validates everything first, then writes: bad input changes nothing.
pub async fn run(ctx: &mut Context, u: &User, a: AddArgs) -> Result<()> {
    let lead = a
        .before
        .as_deref()
        .map(parse_lead)
        .transpose()?
        .unwrap_or(0);
    let target = if let Some(days) = &a.days {
        let weekdays = parse_weekdays(days)?;
        let time = parse_time_of_day(a.at.as_deref().unwrap_or_default())?;
        let tz = a.tz.as_deref().map(parse_timezone).transpose()?;
        Target::Weekly { weekdays, time, tz }
    } else if let Some(p) = &a.plan {
        Target::Plan(p)
    } else {
        Target::Session(a.session.as_deref().unwrap_or_default())
    };
    let r = reminder::add(
        &mut Ctx::new(ctx, u),
        AddRequest {
            target,
            lead,
            title: a.title.as_deref(),
            message: a.message.as_deref(),
        },
    )
    .await?;
    ctx.out.info(format!(
        "Added the reminder `{}`: {}; next {}.",
        r.title,
        schedule_of(&r),
        when(u, r.next_fire_at)
    ));
    ctx.out.one(&ReminderView::from(&r), reminder_fields(u, &r))
}
