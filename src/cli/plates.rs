//! `workout plates 142.5`: the plates per side for your bar and plate set
//! (config keys bar_kg/plates_kg, bar_lb/plates_lb), and the nearest total
//! that loads when the weight does not.

use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::domain::plates::{load_down, nearest};
use crate::domain::units::{WeightUnit, trim_number};
use crate::error::Kind;

#[derive(Debug, Args)]
pub struct PlatesArgs {
    /// The total on the bar: 142.5 (your unit), 100kg, 315lb
    pub weight: String,
}

pub async fn run(ctx: &mut Context, a: PlatesArgs) -> Result<()> {
    let u = ctx.user().await?;
    let t = a.weight.trim().to_ascii_lowercase();
    let unit = if t.ends_with("lb") || t.ends_with("lbs") {
        WeightUnit::Lb
    } else if t.ends_with("kg") {
        WeightUnit::Kg
    } else {
        u.unit()
    };
    let kg = crate::domain::units::parse_weight(&t, unit)?;
    let target = unit.from_kg(kg);
    let (bar, plates) = ctx.settings.file.bar_and_plates(unit);
    let Some(exact) = load_down(target, bar, &plates) else {
        return Err(Kind::Usage.err(format!(
            "{} {unit} is lighter than the bar ({} {unit})",
            trim_number(target),
            trim_number(bar)
        )));
    };
    let side = |l: &crate::domain::plates::Loading| {
        if l.per_side.is_empty() {
            "nothing".to_string()
        } else {
            l.per_side
                .iter()
                .map(|p| trim_number(*p))
                .collect::<Vec<_>>()
                .join(" + ")
        }
    };
    if (exact.total - target).abs() < 1e-6 {
        crate::say_out!(
            "{} {unit}: bar {} + per side {}",
            trim_number(target),
            trim_number(bar),
            side(&exact)
        );
    } else {
        let n = nearest(target, bar, &plates).unwrap_or(exact);
        crate::say_out!(
            "{} {unit} does not load with your plates; nearest {} {unit}: bar {} + per side {}",
            trim_number(target),
            trim_number(n.total),
            trim_number(bar),
            side(&n)
        );
    }
    Ok(())
}
