//! `workout session show`: a session's sets by exercise, with totals and
//! the plan's targets.

use anyhow::Result;
use serde::Serialize;

use crate::app::User;
use crate::app::session::Session;
use crate::app::sets as logs;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::plan::format_reps;
use crate::domain::quantity::format_duration;
use crate::domain::settype::SetType;
use crate::domain::units::trim_number;
use crate::output::sessions::SessionView;
use crate::output::sets::{SetView, set_rows};
use crate::output::{Format, TableData};

/// One exercise of `session show`, for JSON.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ExerciseBlock {
    exercise: String,
    target: Option<TargetView>,
    sets: Vec<SetView>,
    volume_kg: f64,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct TargetView {
    sets: i32,
    reps_min: Option<i32>,
    reps_max: Option<i32>,
    weight_kg: Option<f64>,
    rpe: Option<f64>,
    rest_seconds: Option<i32>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Totals {
    sets: usize,
    hard_sets: usize,
    volume_kg: f64,
    duration_minutes: Option<i32>,
}

#[derive(Debug, Serialize)]
struct ShowView {
    session: SessionView,
    exercises: Vec<ExerciseBlock>,
    totals: Totals,
}

/// `session show`: JSON nests sets under exercises; CSV and NDJSON are the
/// session's sets, one row each (the `log history` columns); the table
/// shows what was done beside the plan's targets.
pub async fn run(ctx: &mut Context, u: &User, s: &Session) -> Result<()> {
    let sets = app::log::of_session(&mut Ctx::new(ctx, u), s).await?;
    let targets = app::log::planned(&mut Ctx::new(ctx, u), s).await?;
    // Exercises in plan order, then the others in the order first done.
    let mut order: Vec<(String, String)> = targets
        .iter()
        .map(|t| (t.exercise_id.clone(), t.exercise_name.clone()))
        .collect();
    for x in &sets {
        if !order.iter().any(|(id, _)| id == &x.exercise_id) {
            order.push((x.exercise_id.clone(), x.exercise_name.clone()));
        }
    }
    let totals = Totals {
        sets: sets.len(),
        hard_sets: sets
            .iter()
            .filter(|x| x.set_type.counts_as_hard_set())
            .count(),
        volume_kg: logs::working_volume(&sets),
        duration_minutes: s.duration_minutes,
    };
    match ctx.out.format {
        Format::Csv | Format::Ndjson => {
            let rows = set_rows(&sets);
            ctx.out.list(&rows, || unreachable!("not a table"))
        }
        Format::Json => {
            let blocks = order
                .iter()
                .map(|(id, name)| {
                    let mine: Vec<logs::LoggedSet> = sets
                        .iter()
                        .filter(|x| &x.exercise_id == id)
                        .cloned()
                        .collect();
                    ExerciseBlock {
                        exercise: name.clone(),
                        target: targets
                            .iter()
                            .find(|t| &t.exercise_id == id)
                            .map(|t| TargetView {
                                sets: t.target_sets,
                                reps_min: t.target_reps_min,
                                reps_max: t.target_reps_max,
                                weight_kg: t.target_weight,
                                rpe: t.target_rpe,
                                rest_seconds: t.rest_seconds,
                            }),
                        volume_kg: logs::working_volume(&mine),
                        sets: set_rows(&mine),
                    }
                })
                .collect();
            let view = ShowView {
                session: SessionView::from(s),
                exercises: blocks,
                totals,
            };
            ctx.out.json(&view)
        }
        Format::Table => {
            let unit = u.unit();
            let mut rows = Vec::new();
            for (id, name) in &order {
                let mine: Vec<&logs::LoggedSet> =
                    sets.iter().filter(|x| &x.exercise_id == id).collect();
                let done = mine
                    .iter()
                    .map(|x| {
                        let mut d = match (x.reps, x.weight) {
                            (Some(r), Some(w)) => format!("{r}@{}", trim_number(unit.from_kg(w))),
                            (Some(r), None) => r.to_string(),
                            (None, _) => x
                                .duration_seconds
                                .map(|d| format_duration(d.into()))
                                .unwrap_or_default(),
                        };
                        // w warm-up, d drop, f failure, a AMRAP (docs/sessions.md)
                        d.push_str(match x.set_type {
                            SetType::Normal => "",
                            SetType::Warmup => "w",
                            SetType::Drop => "d",
                            SetType::Failure => "f",
                            SetType::Amrap => "a",
                        });
                        d
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                let target = targets
                    .iter()
                    .find(|t| &t.exercise_id == id)
                    .map(|t| {
                        let mut s = format!(
                            "{}x{}",
                            t.target_sets,
                            format_reps(t.target_reps_min, t.target_reps_max)
                        );
                        if let Some(w) = t.target_weight {
                            s.push_str(&format!(" @ {}", unit.format_kg(w)));
                        }
                        s
                    })
                    .unwrap_or_default();
                rows.push(vec![
                    name.clone(),
                    done,
                    target,
                    unit.format_volume_kg(logs::working_volume(mine.iter().copied())),
                ]);
            }
            ctx.out.table(TableData {
                headers: vec!["exercise", "done (reps@weight)", "target", "volume"],
                rows,
            })?;
            ctx.out.text(format!(
                "\n{} · {} · {} set(s), {} working · volume {}{}",
                s.name,
                s.status.human(),
                totals.sets,
                totals.hard_sets,
                unit.format_volume_kg(totals.volume_kg),
                s.duration_minutes
                    .map(|m| format!(" · {}", format_duration(i64::from(m) * 60)))
                    .unwrap_or_default()
            ))
        }
    }
}
