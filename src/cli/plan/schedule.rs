//! `workout plan schedule`: scheduled sessions from the days' weekdays.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan as rules;
use crate::error::Kind;
use crate::output::TableData;
use crate::output::plans::SessionView;

pub async fn run(
    ctx: &mut Context,
    u: &User,
    plan: &str,
    from: Option<String>,
    weeks: u32,
    at: Option<&str>,
) -> Result<()> {
    if !(1..=52).contains(&weeks) {
        return Err(Kind::Usage.err(format!("--weeks {weeks} is out of range (1 to 52)")));
    }
    let at = at.map(rules::parse_time_of_day).transpose()?;
    let today = u.local_date(ctx.now);
    let from = from
        .as_deref()
        .map(|s| crate::domain::dates::parse_day(s, today, crate::domain::dates::Toward::Future))
        .transpose()?;
    let s = app::plan::schedule(
        &mut Ctx::new(ctx, u),
        plan,
        app::plan::ScheduleRequest { from, weeks, at },
    )
    .await?;
    let made = &s.made;
    ctx.out.info(format!(
        "Scheduled {} session(s) from the plan `{}`{}.",
        made.len(),
        s.plan.name,
        match s.already {
            0 => String::new(),
            n => format!("; {n} were already scheduled"),
        }
    ));
    if s.moved > 0 {
        ctx.out.info(format!(
            "Moved {} scheduled session(s) to the new time.",
            s.moved
        ));
    }
    if s.past > 0 {
        ctx.out.info(format!(
            "Left out {} session(s) whose time has passed.",
            s.past
        ));
    }
    let views: Vec<SessionView> = made.iter().map(SessionView::from).collect();
    ctx.out.list(&views, || TableData {
        headers: vec!["when", "day", "id"],
        rows: made
            .iter()
            .map(|s| {
                vec![
                    s.scheduled_at
                        .map(|t| u.local(t, "%a %Y-%m-%d %H:%M %Z"))
                        .unwrap_or_default(),
                    s.name.clone(),
                    s.id.to_string(),
                ]
            })
            .collect(),
    })
}
