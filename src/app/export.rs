//! `log export`'s rows: every set of the user's with its session, plan,
//! exercise and the day's targets, shaped as the stable columns documented
//! in docs/export-import.md, streamed from the database.

use anyhow::Result;
use serde::Serialize;
use sqlx::Connection;

use super::Ctx;
use crate::db::export;
use crate::db::logs::{self, ExportedSet};
use crate::db::types::Timestamp;

pub use crate::db::export::{Bounds, Shape};
pub use crate::db::logs::Filter;

/// A cell a spreadsheet would run as a formula gets a leading `'`.
pub fn defuse(cell: &mut String) {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.insert(0, '\'');
    }
}

/// One exported set. The columns are stable and documented in the README:
/// the first thirteen are `log history`'s; times are ISO 8601 UTC, weights
/// kilograms.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetExport {
    /// Empty (with the set's other columns) on a row that carries only a
    /// session without sets, or only an own exercise without sets.
    pub id: Option<String>,
    pub date: Option<String>,
    pub session_id: Option<String>,
    pub session: Option<String>,
    pub exercise: Option<String>,
    pub set_number: Option<i32>,
    pub reps: Option<i32>,
    pub weight_kg: Option<f64>,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub is_warmup: bool,
    /// NORMAL, WARMUP, DROP, FAILURE or AMRAP; empty on a row without a set.
    pub set_type: Option<String>,
    /// The superset group within its session; empty when none.
    pub superset: Option<i32>,
    pub notes: Option<String>,
    pub session_status: Option<String>,
    pub session_scheduled_at: Option<String>,
    pub session_started_at: Option<String>,
    pub session_completed_at: Option<String>,
    pub session_duration_minutes: Option<i32>,
    pub session_notes: Option<String>,
    pub plan_id: Option<String>,
    pub plan: Option<String>,
    pub plan_day: Option<String>,
    pub exercise_id: Option<String>,
    /// True for the user's own exercise, false for the catalog's.
    pub exercise_own: bool,
    pub exercise_category: Option<String>,
    pub exercise_primary_muscle: Option<String>,
    /// `;`-separated muscle group labels.
    pub exercise_secondary_muscles: String,
    pub exercise_equipment: Option<String>,
    pub exercise_difficulty: Option<String>,
    pub exercise_mechanic: Option<String>,
    pub exercise_force: Option<String>,
    /// What its sets record (WEIGHT_REPS, BODYWEIGHT_REPS, ...).
    pub exercise_tracking_type: Option<String>,
    /// The day's target for this exercise in this session (docs/export-import.md).
    pub target_position: Option<i32>,
    pub target_sets: Option<i32>,
    pub target_reps_min: Option<i32>,
    pub target_reps_max: Option<i32>,
    pub target_weight_kg: Option<f64>,
    pub target_rpe: Option<f64>,
    pub target_rest_seconds: Option<i32>,
    pub target_superset: Option<i32>,
    pub target_notes: Option<String>,
}

crate::record!(SetExport);

impl From<ExportedSet> for SetExport {
    fn from(s: ExportedSet) -> Self {
        Self {
            id: s.id,
            date: s.date.map(Timestamp::iso),
            session_id: s.session_id,
            session: s.session_name,
            exercise: s.exercise_name,
            set_number: s.set_number,
            reps: s.reps,
            weight_kg: s.weight,
            duration_seconds: s.duration_seconds,
            distance_meters: s.distance_meters,
            rpe: s.rpe,
            is_warmup: s.is_warmup,
            set_type: s.set_type,
            superset: s.superset,
            notes: s.notes,
            session_status: s.session_status,
            session_scheduled_at: s.scheduled_at.map(Timestamp::iso),
            session_started_at: s.started_at.map(Timestamp::iso),
            session_completed_at: s.completed_at.map(Timestamp::iso),
            session_duration_minutes: s.duration_minutes,
            session_notes: s.session_notes,
            plan_id: s.plan_id,
            plan: s.plan_name,
            plan_day: s.day_name,
            exercise_id: s.exercise_id,
            exercise_own: s.exercise_own,
            exercise_category: s.category,
            exercise_primary_muscle: s.primary_muscle,
            exercise_secondary_muscles: s.secondary_muscles,
            exercise_equipment: s.equipment,
            exercise_difficulty: s.difficulty,
            exercise_mechanic: s.mechanic,
            exercise_force: s.force,
            exercise_tracking_type: s.tracking_type,
            target_position: s.target_position,
            target_sets: s.target_sets,
            target_reps_min: s.target_reps_min,
            target_reps_max: s.target_reps_max,
            target_weight_kg: s.target_weight,
            target_rpe: s.target_rpe,
            target_rest_seconds: s.target_rest_seconds,
            target_superset: s.target_superset,
            target_notes: s.target_notes,
        }
    }
}

impl SetExport {
    /// Every text cell through [`defuse`] (`--spreadsheet-safe`); numbers,
    /// times and labels never start with those characters.
    pub fn spreadsheet_safe(mut self) -> Self {
        for cell in [
            &mut self.id,
            &mut self.exercise,
            &mut self.exercise_id,
            &mut self.session_id,
            &mut self.session,
            &mut self.notes,
            &mut self.target_notes,
            &mut self.session_notes,
            &mut self.plan_id,
            &mut self.plan,
            &mut self.plan_day,
            &mut self.exercise_equipment,
        ]
        .into_iter()
        .flatten()
        {
            defuse(cell);
        }
        self
    }
}

/// Streams the rows matching `filter` to `each` (`true`: a set's row), then,
/// for a `full` export, the sessions and own exercises without sets. With
/// `safe`, every text cell goes through [`defuse`]. Returns the sets written.
pub async fn each(
    cx: &mut Ctx<'_>,
    filter: &logs::Filter,
    full: bool,
    safe: bool,
    mut each: impl FnMut(SetExport, bool) -> Result<()>,
) -> Result<u64> {
    let shape = |row: ExportedSet| {
        let r = SetExport::from(row);
        if safe { r.spreadsheet_safe() } else { r }
    };
    let n = logs::export_each(cx.conn, cx.uid(), filter, |row| each(shape(row), true)).await?;
    if full {
        for row in logs::export_extras(cx.conn, cx.uid()).await? {
            each(shape(row), false)?;
        }
    }
    Ok(n)
}

/// What [`stream`] hands on: bytes of the sets, the end of the sets, bytes
/// of a full export's other rows.
pub enum Piece<'a> {
    Sets(&'a [u8]),
    EndOfSets,
    Extras(&'a [u8]),
}

/// The export produced by the server (`COPY ... TO STDOUT`, see
/// `db::export`): the sets matching `bounds` in `shape`, then, for a `full`
/// export, the sessions, targets and own exercises without sets, handed to
/// `each` as the bytes come. All of it reads one snapshot (a read-only,
/// repeatable-read transaction), so a set written meanwhile is either in
/// every part or in none.
pub async fn stream(
    cx: &mut Ctx<'_>,
    bounds: &export::Bounds,
    full: bool,
    shape: export::Shape,
    mut each: impl FnMut(Piece<'_>) -> Result<()>,
) -> Result<()> {
    let uid = cx.uid();
    let mut tx = cx.conn.begin().await?;
    export::bind(&mut tx, uid, bounds).await?;
    export::copy_out(
        &mut tx,
        &export::sets_statement(bounds, shape),
        shape,
        |b| each(Piece::Sets(b)),
    )
    .await?;
    each(Piece::EndOfSets)?;
    if full {
        for statement in &export::extras_statements(shape) {
            export::copy_out(&mut tx, statement, shape, |b| each(Piece::Extras(b))).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn formulas_are_defused() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+31", "'+31"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Bench = heavy", "Bench = heavy"),
        ] {
            let mut c = cell.to_string();
            defuse(&mut c);
            assert_eq!(c, want);
        }
    }

    #[test]
    fn columns_match_serialization() {
        let row = SetExport {
            id: None,
            date: None,
            session_id: None,
            session: None,
            exercise: None,
            set_number: Some(1),
            reps: None,
            weight_kg: None,
            duration_seconds: None,
            distance_meters: None,
            rpe: None,
            is_warmup: false,
            set_type: None,
            superset: None,
            notes: None,
            session_status: None,
            session_scheduled_at: None,
            session_started_at: None,
            session_completed_at: None,
            session_duration_minutes: None,
            session_notes: None,
            plan_id: None,
            plan: None,
            plan_day: None,
            exercise_id: None,
            exercise_own: false,
            exercise_category: None,
            exercise_primary_muscle: None,
            exercise_secondary_muscles: String::new(),
            exercise_equipment: None,
            exercise_difficulty: None,
            exercise_mechanic: None,
            exercise_force: None,
            exercise_tracking_type: None,
            target_position: None,
            target_sets: None,
            target_reps_min: None,
            target_reps_max: None,
            target_weight_kg: None,
            target_rpe: None,
            target_rest_seconds: None,
            target_superset: None,
            target_notes: None,
        };
        assert_eq!(serialized_keys(&row), crate::output::columns::<SetExport>());
        // The first columns are `log history`'s.
        assert_eq!(
            &crate::output::columns::<SetExport>()
                [..crate::output::columns::<crate::output::sets::SetView>().len()],
            crate::output::columns::<crate::output::sets::SetView>()
        );
    }
}
