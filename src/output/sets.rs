//! Views shared by several commands: a logged set (`log history`, `log
//! add`, `session show`, `log edit`) and the sentence of a raised target.

use serde::Serialize;

use crate::app::User;
use crate::app::session::Raise;
use crate::app::sets::LoggedSet;
use crate::domain::quantity::format_duration;
use crate::domain::settype::SetType;
use crate::domain::units::trim_number;
use crate::output::TableData;

/// A set as machine output prints it. Columns are stable.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetView {
    pub id: String,
    /// When it was done: ISO 8601, UTC.
    pub date: String,
    pub session_id: Option<String>,
    pub session: Option<String>,
    pub exercise: String,
    pub set_number: i32,
    pub reps: Option<i32>,
    pub weight_kg: Option<f64>,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub is_warmup: bool,
    /// NORMAL, WARMUP, DROP, FAILURE or AMRAP.
    pub set_type: &'static str,
    /// The superset group within its session.
    pub superset: Option<i32>,
    pub notes: Option<String>,
}

crate::record!(SetView);

pub fn set_rows(sets: &[LoggedSet]) -> Vec<SetView> {
    sets.iter()
        .map(|s| SetView {
            id: s.id.to_string(),
            date: s.date.iso(),
            session_id: s.session_id.as_ref().map(|x| x.to_string()),
            session: s.session_name.clone(),
            exercise: s.exercise_name.clone(),
            set_number: s.set_number,
            reps: s.reps,
            weight_kg: s.weight,
            duration_seconds: s.duration_seconds,
            distance_meters: s.distance_meters,
            rpe: s.rpe,
            is_warmup: s.is_warmup,
            set_type: s.set_type.label(),
            superset: s.superset_group,
            notes: s.notes.clone(),
        })
        .collect()
}

/// Sets as a table for people: local times, the user's unit.
pub fn set_table(u: &User, sets: &[LoggedSet]) -> TableData {
    TableData {
        headers: vec![
            "date", "exercise", "set", "reps", "weight", "rpe", "other", "id",
        ],
        rows: sets
            .iter()
            .map(|s| {
                let mut other = Vec::new();
                match s.set_type {
                    SetType::Normal => {}
                    SetType::Warmup => other.push("warm-up".to_string()),
                    t => other.push(t.human().to_string()),
                }
                if let Some(g) = s.superset_group {
                    other.push(format!("superset {g}"));
                }
                other.extend(timed_parts(u, s));
                vec![
                    u.local(s.date, "%Y-%m-%d %H:%M"),
                    s.exercise_name.clone(),
                    s.set_number.to_string(),
                    s.reps.map(|r| r.to_string()).unwrap_or_default(),
                    s.weight.map(|w| load_text(u, s, w)).unwrap_or_else(|| {
                        if s.reps.is_some() {
                            "body".into()
                        } else {
                            String::new()
                        }
                    }),
                    s.rpe.map(trim_number).unwrap_or_default(),
                    other.join(", "),
                    s.id.to_string(),
                ]
            })
            .collect(),
    }
}

/// A timed or distance set's time, distance (in the user's unit) and pace.
fn timed_parts(u: &User, s: &LoggedSet) -> Vec<String> {
    let unit = u.unit();
    let mut parts = Vec::new();
    if let Some(d) = s.duration_seconds {
        parts.push(format_duration(d.into()));
    }
    if let Some(m) = s.distance_meters {
        parts.push(unit.format_distance(m));
        if let Some(p) = s
            .duration_seconds
            .and_then(|d| unit.format_pace(f64::from(d), m))
        {
            parts.push(p);
        }
    }
    parts
}

/// One set in short, as the log flow sums up last time: `5 x 100 kg`,
/// `10 x +10 kg` (body weight plus), `12 reps`, `25:00 5 km 5:00 /km`.
pub fn short(u: &User, s: &LoggedSet) -> String {
    match (s.reps, s.weight) {
        (Some(r), Some(w)) => format!("{r} x {}", load_text(u, s, w)),
        (Some(r), None) => format!("{r} reps"),
        _ => timed_parts(u, s).join(" "),
    }
}

/// A set's weight as typed: `100 kg`; `+10 kg` added to body weight on a
/// bodyweight exercise, `-20 kg` of assistance on an assisted one.
pub fn load_text(u: &User, s: &LoggedSet, w: f64) -> String {
    use crate::domain::tracking::TrackingType;
    match s.tracking_type {
        TrackingType::Bodyweight => format!("+{}", u.unit().format_kg(w)),
        TrackingType::Assisted => format!("-{}", u.unit().format_kg(w)),
        _ => u.unit().format_kg(w),
    }
}

/// "Bench Press set 2: 5 x 100 kg on 2026-11-26 07:30".
pub fn describe(u: &User, s: &LoggedSet) -> String {
    let what = match (s.reps, s.weight) {
        (Some(r), Some(w)) => format!("{r} x {}", load_text(u, s, w)),
        (Some(r), None) => format!("{r} reps"),
        (None, _) => s
            .duration_seconds
            .map(|d| format_duration(d.into()))
            .unwrap_or_default(),
    };
    format!(
        "{} set {}: {what} on {}",
        s.exercise_name,
        s.set_number,
        u.local(s.date, "%Y-%m-%d %H:%M")
    )
}

/// "Every target of Squat was met: its target weight goes up to 102.5 kg."
pub fn raised(u: &User, r: &Raise) -> String {
    format!(
        "Every target of {} was met: its target weight goes up to {}.",
        r.exercise,
        u.unit().format_kg(r.new_target_kg)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let s = SetView {
            id: String::new(),
            date: String::new(),
            session_id: None,
            session: None,
            exercise: String::new(),
            set_number: 1,
            reps: None,
            weight_kg: None,
            duration_seconds: None,
            distance_meters: None,
            rpe: None,
            is_warmup: false,
            set_type: "NORMAL",
            superset: None,
            notes: None,
        };
        assert_eq!(serialized_keys(&s), crate::output::columns::<SetView>());
    }
}
