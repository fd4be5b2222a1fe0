//! `workout log stats`: per ISO week sessions, sets, hard sets, volume per
//! muscle group; streaks.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{Datelike, Duration};
use clap::Args;
use serde::Serialize;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::dates::{Toward, parse_day};
use crate::domain::stats;
use crate::domain::units::trim_number;
use crate::error::Kind;
use crate::output::{Format, TableData, round2};

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The last N ISO weeks, this one included
    #[arg(long, default_value_t = 12, conflicts_with = "since", value_parser = clap::value_parser!(u32).range(1..=520))]
    pub weeks: u32,
    /// From this local date instead (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Up to and including this local date
    #[arg(long)]
    pub until: Option<String>,
}

/// One ISO week of `log stats`. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekView {
    /// `2026-W05`.
    pub week: String,
    /// Its Monday, a local date.
    pub week_start: String,
    pub sessions: usize,
    pub sets: usize,
    pub hard_sets: usize,
    /// Reps x weight of working sets, all muscles.
    pub volume_kg: f64,
    /// Per primary muscle group, kg; in CSV one column `CHEST=1200;TRICEPS=300`.
    pub volume_kg_by_muscle: BTreeMap<String, f64>,
    /// Hard sets per muscle group (primary 1, each secondary 0.5); in CSV
    /// one column `CHEST=3;TRICEPS=1.5`.
    pub hard_sets_by_muscle: BTreeMap<String, f64>,
}

crate::record!(WeekView);

/// A week as a CSV row: CSV has no nesting, so the muscles are one column.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekCsv {
    pub week: String,
    pub week_start: String,
    pub sessions: usize,
    pub sets: usize,
    pub hard_sets: usize,
    pub volume_kg: f64,
    pub volume_kg_by_muscle: String,
    pub hard_sets_by_muscle: String,
}

crate::record!(WeekCsv);

impl From<&WeekView> for WeekCsv {
    fn from(w: &WeekView) -> Self {
        Self {
            week: w.week.clone(),
            week_start: w.week_start.clone(),
            sessions: w.sessions,
            sets: w.sets,
            hard_sets: w.hard_sets,
            volume_kg: w.volume_kg,
            volume_kg_by_muscle: w
                .volume_kg_by_muscle
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(";"),
            hard_sets_by_muscle: w
                .hard_sets_by_muscle
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(";"),
        }
    }
}

/// The streaks line of `log stats`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct StatsView<'a> {
    weeks: &'a [WeekView],
    current_streak_weeks: u32,
    longest_streak_weeks: u32,
}

pub async fn run(ctx: &mut Context, u: &User, a: StatsArgs) -> Result<()> {
    if a.weeks < 1 {
        return Err(Kind::Usage.err("--weeks must be at least 1"));
    }
    let today = u.local_date(ctx.now);
    let since_date = match &a.since {
        Some(s) => parse_day(s, today, Toward::Past)?,
        None => stats::monday_of(today.iso_week()) - Duration::weeks(i64::from(a.weeks) - 1),
    };
    let (since, until) =
        app::log::bounds(u, Some(&since_date.to_string()), a.until.as_deref(), today)?;
    let (weekly, streaks) =
        app::log::weekly_stats(&mut Ctx::new(ctx, u), since, until, today).await?;
    let weeks: Vec<WeekView> = weekly
        .into_iter()
        .map(|w| WeekView {
            week: w.week,
            week_start: w.starts.to_string(),
            sessions: w.sessions,
            sets: w.sets,
            hard_sets: w.hard_sets,
            volume_kg: round2(w.volume_kg_by_muscle.values().sum()),
            volume_kg_by_muscle: w
                .volume_kg_by_muscle
                .into_iter()
                .map(|(k, v)| (k, round2(v)))
                .collect(),
            hard_sets_by_muscle: w.hard_sets_by_muscle,
        })
        .collect();
    let unit = u.unit();
    match ctx.out.format {
        Format::Json => {
            let view = StatsView {
                weeks: &weeks,
                current_streak_weeks: streaks.current_weeks,
                longest_streak_weeks: streaks.longest_weeks,
            };
            ctx.out.json(&view)?;
        }
        Format::Csv => {
            let rows: Vec<WeekCsv> = weeks.iter().map(WeekCsv::from).collect();
            ctx.out.list(&rows, || unreachable!("csv"))?;
        }
        _ => {
            ctx.out.list(&weeks, || TableData {
                headers: vec![
                    "week",
                    "from",
                    "sessions",
                    "sets",
                    "hard sets",
                    "volume",
                    "top muscles",
                    "hard sets by muscle",
                ],
                rows: weeks
                    .iter()
                    .map(|w| {
                        let mut top: Vec<(&String, &f64)> = w.volume_kg_by_muscle.iter().collect();
                        top.sort_by(|a, b| b.1.total_cmp(a.1));
                        vec![
                            w.week.clone(),
                            w.week_start.clone(),
                            w.sessions.to_string(),
                            w.sets.to_string(),
                            w.hard_sets.to_string(),
                            unit.format_volume_kg(w.volume_kg),
                            top.iter()
                                .take(3)
                                .map(|(m, v)| {
                                    format!(
                                        "{} {}",
                                        m.to_lowercase().replace('_', " "),
                                        trim_number(unit.from_kg(**v))
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                            {
                                let mut hard: Vec<(&String, &f64)> =
                                    w.hard_sets_by_muscle.iter().collect();
                                hard.sort_by(|a, b| b.1.total_cmp(a.1));
                                hard.iter()
                                    .take(3)
                                    .map(|(m, v)| {
                                        format!(
                                            "{} {}",
                                            m.to_lowercase().replace('_', " "),
                                            trim_number(**v)
                                        )
                                    })
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            },
                        ]
                    })
                    .collect(),
            })?;
        }
    }
    ctx.out.info(format!(
        "Streak: {} week(s) in a row now; longest {} week(s).",
        streaks.current_weeks, streaks.longest_weeks
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let w = WeekView {
            week: String::new(),
            week_start: String::new(),
            sessions: 0,
            sets: 0,
            hard_sets: 0,
            volume_kg: 0.0,
            volume_kg_by_muscle: BTreeMap::new(),
            hard_sets_by_muscle: BTreeMap::new(),
        };
        assert_eq!(serialized_keys(&w), crate::output::columns::<WeekView>());
        assert_eq!(
            serialized_keys(&WeekCsv::from(&w)),
            crate::output::columns::<WeekCsv>()
        );
    }
}
