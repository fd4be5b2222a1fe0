//! `workout log progress`: an exercise's estimated 1RM over time, as a
//! chart (or its points).

use anyhow::Result;
use serde::Serialize;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::output::{Format, TableData, round2};

/// One point of `log progress`. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgressPoint {
    /// A local date.
    pub date: String,
    pub e1rm_kg: f64,
    /// The set that gave it.
    pub weight_kg: f64,
    pub reps: i32,
}

crate::record!(ProgressPoint);

pub async fn run(ctx: &mut Context, u: &User, exercise: &str, since: Option<String>) -> Result<()> {
    let ex = app::log::exercise(&mut Ctx::new(ctx, u), exercise).await?;
    let (since, _) = app::log::bounds(u, since.as_deref(), None, u.local_date(ctx.now))?;
    let best = app::log::best_e1rm_per_day(&mut Ctx::new(ctx, u), &ex.id, since).await?;
    let (days, points): (Vec<chrono::NaiveDate>, Vec<ProgressPoint>) = best
        .into_iter()
        .map(|b| {
            (
                b.date,
                ProgressPoint {
                    date: b.date.to_string(),
                    e1rm_kg: round2(b.e1rm_kg),
                    weight_kg: b.weight_kg,
                    reps: b.reps,
                },
            )
        })
        .unzip();
    if ctx.out.format != Format::Table {
        return ctx
            .out
            .list(&points, || unreachable!("table handled below"));
    }
    if points.is_empty() {
        ctx.out.info(format!(
            "No sets of {} with a weight and 1 to 10 reps yet.",
            ex.name
        ));
        return Ok(());
    }
    let unit = u.unit();
    // x: days since the first point; y: the estimate in the user's unit.
    let xy: Vec<(f32, f32)> = days
        .iter()
        .zip(&points)
        .map(|(d, p)| {
            (
                (*d - days[0]).num_days() as f32,
                unit.from_kg(p.e1rm_kg) as f32,
            )
        })
        .collect();
    let last_x = xy.last().map_or(1.0, |p| p.0.max(1.0));
    let chart = {
        use textplots::{Chart, Plot, Shape};
        let mut c = Chart::new(120, 40, 0.0, last_x);
        let shape = Shape::Lines(&xy);
        let c = c.lineplot(&shape);
        c.axis();
        c.figures();
        c.to_string()
    };
    ctx.out.text(format!(
        "{} — estimated 1RM ({unit}) over days since {}",
        ex.name, points[0].date
    ))?;
    ctx.out.document(format!("{chart}\n"))?;
    ctx.out.table(TableData {
        headers: vec!["date", "e1RM", "from"],
        rows: points
            .iter()
            .map(|p| {
                vec![
                    p.date.clone(),
                    unit.format_kg(p.e1rm_kg),
                    format!("{} x {}", p.reps, unit.format_kg(p.weight_kg)),
                ]
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let pt = ProgressPoint {
            date: String::new(),
            e1rm_kg: 0.0,
            weight_kg: 0.0,
            reps: 1,
        };
        assert_eq!(
            serialized_keys(&pt),
            crate::output::columns::<ProgressPoint>()
        );
    }
}
