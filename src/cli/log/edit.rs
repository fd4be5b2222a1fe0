//! `workout log edit`: change one set.

use anyhow::Result;
use clap::Args;

use crate::app::User;
use crate::app::sets as logs;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan::validate_rpe;
use crate::domain::setspec;
use crate::domain::settype::SetType;
use crate::domain::units::parse_weight;
use crate::error::Kind;
use crate::output::sets::{describe, set_rows, set_table};

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The set's id, or a unique prefix of 4+ characters
    pub set: String,
    #[arg(long, allow_negative_numbers = true)]
    pub reps: Option<i32>,
    /// A weight (100kg, 225lb, 100 in your unit) or `bw` for body weight
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// 1 to 10, or `none`
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<String>,
    /// Mark it a warm-up set
    #[arg(long, conflicts_with_all = ["no_warmup", "set_type"])]
    pub warmup: bool,
    /// Mark it a working set
    #[arg(long, conflicts_with = "set_type")]
    pub no_warmup: bool,
    /// Its type: normal, warmup, drop, failure or amrap
    #[arg(long = "type", value_name = "TYPE", value_enum, ignore_case = true)]
    pub set_type: Option<SetType>,
    /// Its superset group within the session (1-99), or `none`
    #[arg(long, value_name = "N")]
    pub superset: Option<String>,
    /// New notes (`""` clears them)
    #[arg(long)]
    pub notes: Option<String>,
}

pub async fn run(ctx: &mut Context, u: &User, a: EditArgs) -> Result<()> {
    let s = app::log::set(&mut Ctx::new(ctx, u), &a.set).await?;
    let mut c = logs::SetChange::default();
    if let Some(r) = a.reps {
        if !(0..=setspec::MAX_REPS).contains(&r) {
            return Err(Kind::Usage.err(format!(
                "{r} reps is out of range (0 to {})",
                setspec::MAX_REPS
            )));
        }
        c.reps = Some(r);
    }
    if let Some(w) = &a.weight {
        c.weight_kg = Some(match w.trim().to_ascii_lowercase().as_str() {
            "bw" | "body" | "none" => None,
            _ => Some(parse_weight(w, u.unit())?),
        });
    }
    if let Some(r) = &a.rpe {
        c.rpe = Some(match r.trim().to_ascii_lowercase().as_str() {
            "none" | "" => None,
            v => Some(validate_rpe(v.parse::<f64>().map_err(|_| {
                Kind::Usage.err(format!(
                    "`{r}` is not an RPE: use a number from 1 to 10, or none"
                ))
            })?)?),
        });
    }
    if a.warmup {
        c.is_warmup = Some(true);
    }
    if a.no_warmup {
        c.is_warmup = Some(false);
    }
    if let Some(t) = a.set_type {
        c.set_type = Some(t);
    }
    if let Some(g) = &a.superset {
        c.superset_group = Some(match g.trim().to_ascii_lowercase().as_str() {
            "none" | "" => None,
            v => Some(
                v.parse::<i32>()
                    .ok()
                    .filter(|n| (1..=99).contains(n))
                    .ok_or_else(|| {
                        Kind::Usage.err(format!(
                            "`{g}` is not a superset group: use a number from 1 to 99, or none"
                        ))
                    })?,
            ),
        });
    }
    if let Some(n) = a.notes {
        c.notes = Some(Some(n).filter(|n| !n.trim().is_empty()));
    }
    setspec::check_set(&setspec::SetValues {
        reps: c.reps.map(i64::from),
        weight_kg: c.weight_kg.flatten(),
        rpe: c.rpe.flatten(),
        notes: c.notes.clone().flatten().as_deref(),
        ..Default::default()
    })
    .map_err(|e| Kind::Usage.err(e))?;
    if c.reps.is_none()
        && c.weight_kg.is_none()
        && c.rpe.is_none()
        && c.is_warmup.is_none()
        && c.set_type.is_none()
        && c.superset_group.is_none()
        && c.notes.is_none()
    {
        return Err(Kind::Usage.err(
            "nothing to change: pass at least one of --reps, --weight, --rpe, --type, --superset, --warmup, --no-warmup, --notes",
        ));
    }
    let after = app::log::edit(&mut Ctx::new(ctx, u), &s, &c).await?;
    ctx.out
        .info(format!("Changed the set {}.", describe(u, &after)));
    let rows = set_rows(std::slice::from_ref(&after));
    ctx.out
        .list(&rows, || set_table(u, std::slice::from_ref(&after)))
}
