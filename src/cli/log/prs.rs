//! `workout log prs`: personal records per exercise.

use anyhow::Result;
use serde::Serialize;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::quantity::format_duration;
use crate::domain::records;
use crate::output::{TableData, round2};

/// Personal records of one exercise. Columns are stable; weights in kg,
/// dates are local calendar dates.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrView {
    pub exercise: String,
    pub heaviest_kg: Option<f64>,
    pub heaviest_date: Option<String>,
    pub best_e1rm_kg: Option<f64>,
    pub best_e1rm_date: Option<String>,
    pub most_reps: Option<i32>,
    pub most_reps_weight_kg: Option<f64>,
    pub most_reps_date: Option<String>,
    pub best_session_volume_kg: Option<f64>,
    pub best_session_volume_date: Option<String>,
    /// What the exercise's sets record (BODYWEIGHT_REPS, DURATION, ...).
    pub tracking_type: &'static str,
    /// Body-weight work: the most load added (+) or least assistance (-).
    pub best_added_kg: Option<f64>,
    pub best_added_date: Option<String>,
    /// Holds and cardio: the longest set, in seconds.
    pub longest_seconds: Option<i32>,
    pub longest_date: Option<String>,
    /// Cardio: the longest distance in one set, in metres.
    pub longest_distance_meters: Option<f64>,
    pub longest_distance_date: Option<String>,
    /// Cardio: the fastest pace, seconds per km.
    pub fastest_pace_seconds_per_km: Option<f64>,
    pub fastest_pace_date: Option<String>,
}

crate::record!(PrView);

pub fn pr_views(recs: Vec<records::ExerciseRecords>) -> Vec<PrView> {
    let d = |r: &Option<records::Record<f64>>| r.as_ref().map(|r| r.date.to_string());
    recs.into_iter()
        .map(|r| PrView {
            exercise: r.exercise.clone(),
            heaviest_kg: r.heaviest_kg.as_ref().map(|x| x.value),
            heaviest_date: d(&r.heaviest_kg),
            best_e1rm_kg: r.best_e1rm_kg.as_ref().map(|x| round2(x.value)),
            best_e1rm_date: d(&r.best_e1rm_kg),
            most_reps: r.most_reps.as_ref().map(|x| x.value.0),
            most_reps_weight_kg: r.most_reps.as_ref().and_then(|x| x.value.1),
            most_reps_date: r.most_reps.as_ref().map(|x| x.date.to_string()),
            best_session_volume_kg: r.best_session_volume_kg.as_ref().map(|x| round2(x.value)),
            best_session_volume_date: d(&r.best_session_volume_kg),
            tracking_type: r.tracking.label(),
            best_added_kg: r.best_added_kg.as_ref().map(|x| x.value),
            best_added_date: d(&r.best_added_kg),
            longest_seconds: r.longest_seconds.as_ref().map(|x| x.value),
            longest_date: r.longest_seconds.as_ref().map(|x| x.date.to_string()),
            longest_distance_meters: r.longest_distance_m.as_ref().map(|x| x.value),
            longest_distance_date: d(&r.longest_distance_m),
            fastest_pace_seconds_per_km: r.fastest_pace_s_per_km.as_ref().map(|x| round2(x.value)),
            fastest_pace_date: d(&r.fastest_pace_s_per_km),
        })
        .collect()
}

pub async fn run(ctx: &mut Context, u: &User, exercise: Option<String>) -> Result<()> {
    let exercise_id = match &exercise {
        Some(e) => Some(app::log::exercise(&mut Ctx::new(ctx, u), e).await?.id),
        None => None,
    };
    let views = pr_views(app::log::records(&mut Ctx::new(ctx, u), exercise_id).await?);
    let unit = u.unit();
    let kg = |v: Option<f64>, date: &Option<String>| match (v, date) {
        (Some(v), Some(d)) => format!("{} ({d})", unit.format_kg(v)),
        _ => String::new(),
    };
    ctx.out.list(&views, || TableData {
        headers: vec![
            "exercise",
            "heaviest",
            "best e1RM",
            "most reps",
            "best session volume",
        ],
        rows: views
            .iter()
            .map(|p| {
                let body = p.best_added_kg.is_some() || p.tracking_type.contains("BODYWEIGHT");
                let signed = |w: f64| {
                    let sign = if w < 0.0 { "-" } else { "+" };
                    format!("{sign}{}", unit.format_kg(w.abs()))
                };
                let heaviest = if body {
                    match (p.best_added_kg, &p.best_added_date) {
                        (Some(w), Some(d)) => format!("{} ({d})", signed(w)),
                        _ => String::new(),
                    }
                } else if let (Some(s), Some(d)) = (p.longest_seconds, &p.longest_date) {
                    // Holds and cardio: the longest set, the longest
                    // distance and the fastest pace.
                    let mut t = format!("longest {} ({d})", format_duration(i64::from(s)));
                    if let (Some(m), Some(d)) =
                        (p.longest_distance_meters, &p.longest_distance_date)
                    {
                        t.push_str(&format!(", {} ({d})", unit.format_distance(m)));
                    }
                    if let (Some(pace), Some(d)) =
                        (p.fastest_pace_seconds_per_km, &p.fastest_pace_date)
                    {
                        // The pace in the user's distance unit: seconds a km
                        // is the pace of that many seconds over 1000 m.
                        if let Some(p) = unit.format_pace(pace, 1000.0) {
                            t.push_str(&format!(", {p} ({d})"));
                        }
                    }
                    t
                } else {
                    kg(p.heaviest_kg, &p.heaviest_date)
                };
                vec![
                    p.exercise.clone(),
                    heaviest,
                    kg(p.best_e1rm_kg, &p.best_e1rm_date),
                    match (p.most_reps, &p.most_reps_date) {
                        (Some(r), Some(d)) => match p.most_reps_weight_kg {
                            Some(w) if body => format!("{r} @ {} ({d})", signed(w)),
                            Some(w) => format!("{r} @ {} ({d})", unit.format_kg(w)),
                            None => format!("{r} ({d})"),
                        },
                        _ => String::new(),
                    },
                    match (p.best_session_volume_kg, &p.best_session_volume_date) {
                        (Some(v), Some(d)) => format!("{} ({d})", unit.format_volume_kg(v)),
                        _ => String::new(),
                    },
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
        let p = pr_views(vec![records::ExerciseRecords {
            exercise: "x".into(),
            heaviest_kg: None,
            best_e1rm_kg: None,
            most_reps: None,
            best_session_volume_kg: None,
            tracking: Default::default(),
            best_added_kg: None,
            longest_seconds: None,
            longest_distance_m: None,
            fastest_pace_s_per_km: None,
        }]);
        assert_eq!(serialized_keys(&p[0]), crate::output::columns::<PrView>());
    }
}
