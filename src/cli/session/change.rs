//! `workout session start|complete|skip|cancel`: a status move, with what
//! completing implies (done in `app::session::change`).

use anyhow::Result;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::session::Move;
use crate::output::sessions::{SessionView, session_fields};
use crate::output::sets::raised;

pub async fn run(
    ctx: &mut Context,
    u: &User,
    reference: &str,
    m: Move,
    minutes: Option<i32>,
) -> Result<()> {
    let c = app::session::change(&mut Ctx::new(ctx, u), reference, m, minutes).await?;
    let after = &c.session;
    ctx.out
        .info(format!("The session `{}` is {}.", after.name, c.to.human()));
    for r in &c.raised {
        ctx.out.info(raised(u, r));
    }
    ctx.out
        .one(&SessionView::from(after), session_fields(u, after))
}
