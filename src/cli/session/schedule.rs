//! `workout session schedule`: a one-off session, maybe on a plan day.

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::session::parse_local_datetime;
use crate::error::Kind;
use crate::output::sessions::{SessionView, session_fields};

pub async fn run(
    ctx: &mut Context,
    u: &User,
    name: &str,
    at: &str,
    plan: Option<String>,
    day: Option<String>,
    notes: Option<String>,
) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Kind::Usage.err("a session needs a name"));
    }
    let name = crate::domain::text::title_arg("a session name", name)?;
    let name = name.as_str();
    let notes = crate::domain::text::notes_arg("the session notes", notes)?;
    let when = parse_local_datetime(at, u.tz(), ctx.now)?;
    let s = app::session::schedule(
        &mut Ctx::new(ctx, u),
        app::session::ScheduleRequest {
            name,
            at: when,
            plan: plan.as_deref(),
            day: day.as_deref(),
            notes: notes.as_deref(),
        },
    )
    .await?;
    ctx.out.info(format!(
        "Scheduled `{}` for {}.",
        s.name,
        u.local(s.when(), "%a %Y-%m-%d %H:%M %Z")
    ));
    ctx.out.one(&SessionView::from(&s), session_fields(u, &s))
}
