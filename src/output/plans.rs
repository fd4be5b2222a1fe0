//! Views of plans shared by several `plan` verbs: a plan, its outline
//! (`plan show`, and after every change to its days or exercises), the
//! sessions `plan schedule` made.

use anyhow::Result;
use serde::Serialize;

use crate::app::plan::Outline;
use crate::app::{Timestamp, User};
use crate::db::plans::{Entry, Plan, Session};
use crate::domain::plan::{format_reps, format_rest, format_weekdays};
use crate::output::{Format, Output, TableData};

/// A plan as `plan list` and the status commands print it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    pub id: String,
    pub name: String,
    /// DRAFT, ACTIVE, PAUSED, COMPLETED or ARCHIVED.
    pub status: String,
    pub description: Option<String>,
    pub goal: Option<String>,
    /// ISO 8601 UTC: when it was first activated / completed.
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub days: i32,
    pub exercises: i32,
    pub is_legacy_import: bool,
    pub created_at: String,
    pub updated_at: String,
}

crate::record!(PlanView);

impl From<&Plan> for PlanView {
    fn from(p: &Plan) -> Self {
        Self {
            id: p.id.to_string(),
            name: p.name.clone(),
            status: p.status.label().to_string(),
            description: p.description.clone(),
            goal: p.goal.clone(),
            start_date: p.start_date.map(Timestamp::iso),
            end_date: p.end_date.map(Timestamp::iso),
            days: p.day_count,
            exercises: p.exercise_count,
            is_legacy_import: p.is_legacy_import,
            created_at: p.created_at.iso(),
            updated_at: p.updated_at.iso(),
        }
    }
}

/// One row of `plan show` in the machine formats: a plan exercise with its
/// day and plan, or a day without exercises (its exercise fields null).
/// Positions are 1-based orders. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanRowView {
    pub plan_id: String,
    pub plan_name: String,
    pub plan_status: String,
    pub day_id: String,
    pub day_position: usize,
    pub day_name: String,
    /// ISO weekdays, comma-separated: `1,4` is Monday and Thursday.
    pub weekdays: String,
    pub plan_exercise_id: Option<String>,
    pub position: Option<usize>,
    pub exercise_id: Option<String>,
    pub exercise_name: Option<String>,
    pub target_sets: Option<i32>,
    pub target_reps_min: Option<i32>,
    pub target_reps_max: Option<i32>,
    pub target_weight_kg: Option<f64>,
    pub target_rpe: Option<f64>,
    pub rest_seconds: Option<i32>,
    pub progression_kg: Option<f64>,
    /// The superset group within the day; `supersetLabel` says `A1`, `A2`...
    pub superset: Option<i32>,
    pub superset_label: Option<String>,
    pub notes: Option<String>,
    /// The day's own time of day, `HH:MM` local to the user; empty: the
    /// plan-wide `plan schedule --at`.
    pub day_time: Option<String>,
}

crate::record!(PlanRowView);

/// A session `plan schedule` made. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub id: String,
    pub training_plan_id: Option<String>,
    pub plan_day_id: Option<String>,
    pub name: String,
    pub status: String,
    /// ISO 8601 UTC.
    pub scheduled_at: Option<String>,
}

crate::record!(SessionView);

impl From<&Session> for SessionView {
    fn from(s: &Session) -> Self {
        Self {
            id: s.id.to_string(),
            training_plan_id: s.training_plan_id.as_ref().map(|x| x.to_string()),
            plan_day_id: s.plan_day_id.as_ref().map(|x| x.to_string()),
            name: s.name.clone(),
            status: s.status.label().to_string(),
            scheduled_at: s.scheduled_at.map(Timestamp::iso),
        }
    }
}

pub fn plan_fields(u: &User, p: &Plan) -> Vec<(&'static str, String)> {
    let date = |t: Option<Timestamp>| t.map(|t| u.local(t, "%Y-%m-%d")).unwrap_or_default();
    vec![
        ("name", p.name.clone()),
        ("status", p.status.human()),
        ("description", p.description.clone().unwrap_or_default()),
        ("goal", p.goal.clone().unwrap_or_default()),
        ("started", date(p.start_date)),
        ("ended", date(p.end_date)),
        ("days", p.day_count.to_string()),
        ("exercises", p.exercise_count.to_string()),
        ("id", p.id.to_string()),
    ]
}

/// `plan show`: the plan's fields and a table of its days and exercises for
/// people; one row per plan exercise (or empty day) in the machine formats.
pub fn outline(out: &Output, u: &User, o: &Outline) -> Result<()> {
    let (p, days, entries) = (&o.plan, &o.days, &o.entries);
    let unit = u.unit();
    let mut rows = Vec::new();
    let mut table = Vec::new();
    for (di, d) in days.iter().enumerate() {
        let mine: Vec<&Entry> = entries.iter().filter(|e| e.plan_day_id == d.id).collect();
        // `A1`, `A2`: the group's letter and the place within it, in day order.
        let label = |i: usize| -> Option<String> {
            let g = mine[i].superset_group?;
            let place = mine[..=i]
                .iter()
                .filter(|x| x.superset_group == Some(g))
                .count();
            Some(crate::domain::settype::superset_label(g, place))
        };
        let day_row = |e: Option<(usize, &Entry)>| PlanRowView {
            plan_id: p.id.to_string(),
            plan_name: p.name.clone(),
            plan_status: p.status.label().to_string(),
            day_id: d.id.to_string(),
            day_position: di + 1,
            day_name: d.name.clone(),
            weekdays: d
                .weekdays
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(","),
            plan_exercise_id: e.map(|(_, e)| e.id.to_string()),
            position: e.map(|(i, _)| i + 1),
            exercise_id: e.map(|(_, e)| e.exercise_id.clone()),
            exercise_name: e.map(|(_, e)| e.exercise_name.clone()),
            target_sets: e.map(|(_, e)| e.target_sets),
            target_reps_min: e.and_then(|(_, e)| e.target_reps_min),
            target_reps_max: e.and_then(|(_, e)| e.target_reps_max),
            target_weight_kg: e.and_then(|(_, e)| e.target_weight),
            target_rpe: e.and_then(|(_, e)| e.target_rpe),
            rest_seconds: e.and_then(|(_, e)| e.rest_seconds),
            progression_kg: e.and_then(|(_, e)| e.progression_kg),
            superset: e.and_then(|(_, e)| e.superset_group),
            superset_label: e.and_then(|(i, _)| label(i)),
            notes: e.and_then(|(_, e)| e.notes.clone()),
            day_time: d.time.clone(),
        };
        // "1. Legs (18:30)": the day's own time with its name, which a
        // narrow terminal keeps when it drops the weekdays.
        let day_cell = match &d.time {
            Some(t) => format!("{}. {} ({t})", di + 1, d.name),
            None => format!("{}. {}", di + 1, d.name),
        };
        let when = format_weekdays(&d.weekdays);
        if mine.is_empty() {
            rows.push(day_row(None));
            table.push(vec![
                day_cell.clone(),
                when.clone(),
                String::new(),
                "(no exercises)".into(),
            ]);
        }
        for (i, e) in mine.iter().copied().enumerate() {
            rows.push(day_row(Some((i, e))));
            let first = i == 0;
            table.push(vec![
                if first {
                    day_cell.clone()
                } else {
                    String::new()
                },
                if first { when.clone() } else { String::new() },
                match label(i) {
                    Some(l) => format!("{} {l}", i + 1),
                    None => (i + 1).to_string(),
                },
                e.exercise_name.clone(),
                e.target_sets.to_string(),
                format_reps(e.target_reps_min, e.target_reps_max),
                e.target_weight
                    .map(|w| unit.format_kg(w))
                    .unwrap_or_default(),
                e.target_rpe
                    .map(crate::domain::units::trim_number)
                    .unwrap_or_default(),
                e.rest_seconds.map(format_rest).unwrap_or_default(),
                e.progression_kg
                    .map(|w| format!("+{}", unit.format_kg(w)))
                    .unwrap_or_default(),
                e.notes.clone().unwrap_or_default(),
            ]);
        }
    }
    if out.format == Format::Table {
        out.one(&PlanView::from(p), plan_fields(u, p))?;
        if days.is_empty() {
            out.hint(format!(
                "add a day with `workout plan add-day \"{}\" \"Day A\" --weekdays mon,thu`",
                p.name
            ));
            return Ok(());
        }
        println!();
    }
    out.list(&rows, || TableData {
        headers: vec![
            "day",
            "weekdays",
            "#",
            "exercise",
            "sets",
            "reps",
            "weight",
            "rpe",
            "rest",
            "progression",
            "notes",
        ],
        rows: table,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let p = PlanView {
            id: String::new(),
            name: String::new(),
            status: String::new(),
            description: None,
            goal: None,
            start_date: None,
            end_date: None,
            days: 0,
            exercises: 0,
            is_legacy_import: false,
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert_eq!(serialized_keys(&p), crate::output::columns::<PlanView>());
        let r = PlanRowView {
            plan_id: String::new(),
            plan_name: String::new(),
            plan_status: String::new(),
            day_id: String::new(),
            day_position: 1,
            day_name: String::new(),
            weekdays: String::new(),
            plan_exercise_id: None,
            position: None,
            exercise_id: None,
            exercise_name: None,
            target_sets: None,
            target_reps_min: None,
            target_reps_max: None,
            target_weight_kg: None,
            target_rpe: None,
            rest_seconds: None,
            progression_kg: None,
            superset: None,
            superset_label: None,
            notes: None,
            day_time: None,
        };
        assert_eq!(serialized_keys(&r), crate::output::columns::<PlanRowView>());
        let s = SessionView {
            id: String::new(),
            training_plan_id: None,
            plan_day_id: None,
            name: String::new(),
            status: String::new(),
            scheduled_at: None,
        };
        assert_eq!(serialized_keys(&s), crate::output::columns::<SessionView>());
    }
}
