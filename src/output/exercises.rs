//! Views of exercises, aliases and an `exercise import` report.

use std::path::Path;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::app::exercise::{Alias, Exercise, ImportOutcome, ImportReport};
use crate::domain::exercise::human;
use crate::output::{Output, TableData};

/// One alias, as `exercise alias list` prints it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AliasView {
    pub name: String,
    pub exercise: String,
    pub exercise_id: String,
    pub created_at: String,
}

crate::record!(AliasView);

/// An exercise as `workout` prints it. Columns are stable; enum values are
/// the schema's labels (`LOWER_BACK`), lists are comma-separated.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseView {
    pub id: String,
    pub name: String,
    pub primary_muscle_group: Option<String>,
    /// Comma-separated labels, e.g. `GLUTES,HAMSTRINGS`; empty for none.
    pub secondary_muscle_groups: String,
    pub equipment: Option<String>,
    pub category: String,
    pub difficulty: Option<String>,
    pub mechanic: Option<String>,
    pub force: Option<String>,
    /// True for an exercise the acting user added; false for the catalog.
    pub own: bool,
    pub description: Option<String>,
    pub instructions: Option<String>,
    /// The legacy free-text muscle group, as the old app wrote it.
    pub muscle_group: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// What its sets record: the schema's label (WEIGHT_REPS, BODYWEIGHT_REPS,
    /// ASSISTED_BODYWEIGHT, REPS_ONLY, DURATION, DISTANCE_DURATION).
    pub tracking_type: &'static str,
}

crate::record!(ExerciseView);

impl From<&Exercise> for ExerciseView {
    fn from(e: &Exercise) -> Self {
        Self {
            id: e.id.to_string(),
            name: e.name.clone(),
            primary_muscle_group: e.primary_muscle_group.clone(),
            secondary_muscle_groups: e.secondary_muscle_groups.join(","),
            equipment: e.equipment.clone(),
            category: e.category.clone(),
            difficulty: e.difficulty.clone(),
            mechanic: e.mechanic.clone(),
            force: e.force.clone(),
            own: e.created_by_id.is_some(),
            description: e.description.clone(),
            instructions: e.instructions.clone(),
            muscle_group: e.muscle_group.clone(),
            created_at: e.created_at.iso(),
            updated_at: e.updated_at.iso(),
            tracking_type: e.tracking_type.label(),
        }
    }
}

fn h(v: &Option<String>) -> String {
    v.as_deref().map(human).unwrap_or_default()
}

fn show_fields(e: &Exercise) -> Vec<(&'static str, String)> {
    vec![
        ("name", e.name.clone()),
        ("primary muscle", h(&e.primary_muscle_group)),
        (
            "secondary muscles",
            e.secondary_muscle_groups
                .iter()
                .map(|m| human(m))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("equipment", e.equipment.clone().unwrap_or_default()),
        ("category", human(&e.category)),
        ("level", h(&e.difficulty)),
        ("mechanic", h(&e.mechanic)),
        ("force", h(&e.force)),
        ("tracks", e.tracking_type.name().into()),
        (
            "source",
            if e.created_by_id.is_some() {
                "yours"
            } else {
                "catalog"
            }
            .into(),
        ),
        ("description", e.description.clone().unwrap_or_default()),
        ("instructions", e.instructions.clone().unwrap_or_default()),
        ("id", e.id.to_string()),
    ]
}

/// One entry's fate in `exercise import`. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportResultView {
    /// The entry's 0-based index in the file's array (as `jq '.[N]'` counts).
    pub index: usize,
    pub name: Option<String>,
    /// created, updated, instructions-added (`--shared`), unchanged or invalid.
    pub result: &'static str,
    /// The exercise's id, unless invalid.
    pub id: Option<String>,
    /// Why an entry is invalid or unchanged.
    pub reason: Option<String>,
}

crate::record!(ImportResultView);

impl ImportResultView {
    fn from(e: &crate::app::exercise::ImportEntry) -> Self {
        Self {
            index: e.index,
            name: e.name.clone(),
            result: e.outcome.label(),
            id: e.id.clone(),
            reason: e.reason.clone(),
        }
    }
}

/// Prints a listing of exercises.
pub fn list(out: &Output, rows: &[Exercise]) -> Result<()> {
    let views: Vec<ExerciseView> = rows.iter().map(ExerciseView::from).collect();
    out.list(&views, || {
        TableData::of(
            &rows
                .iter()
                .map(|e| ExerciseRow {
                    name: e.name.clone(),
                    muscle: h(&e.primary_muscle_group),
                    equipment: e.equipment.clone().unwrap_or_default(),
                    level: h(&e.difficulty),
                    category: human(&e.category),
                    tracks: e.tracking_type.name().into(),
                    own: if e.created_by_id.is_some() { "yes" } else { "" }.into(),
                })
                .collect::<Vec<_>>(),
        )
    })
}

/// A row of `exercise list`'s table: its fields are the columns.
#[derive(Serialize, Deserialize)]
struct ExerciseRow {
    name: String,
    muscle: String,
    equipment: String,
    level: String,
    category: String,
    tracks: String,
    own: String,
}

/// Prints one exercise.
pub fn one(out: &Output, e: &Exercise) -> Result<()> {
    out.one(&ExerciseView::from(e), show_fields(e))
}

/// Prints the user's aliases.
pub fn aliases(out: &Output, rows: &[Alias]) -> Result<()> {
    let views: Vec<AliasView> = rows
        .iter()
        .map(|a| AliasView {
            name: a.name.clone(),
            exercise: a.exercise_name.clone(),
            exercise_id: a.exercise_id.clone(),
            created_at: a.created_at.iso(),
        })
        .collect();
    out.list(&views, || {
        TableData::of(
            &rows
                .iter()
                .map(|a| AliasRow {
                    alias: a.name.clone(),
                    exercise: a.exercise_name.clone(),
                })
                .collect::<Vec<_>>(),
        )
    })
}

/// A row of `exercise alias list`'s table.
#[derive(Serialize, Deserialize)]
struct AliasRow {
    alias: String,
    exercise: String,
}

/// Prints an import's report: a warning per invalid entry and the counts
/// on stderr, the entries on stdout.
pub fn import_report(out: &Output, file: &Path, report: &ImportReport) -> Result<()> {
    for r in report
        .entries
        .iter()
        .filter(|r| r.outcome == ImportOutcome::Invalid)
    {
        out.warn(format!(
            "entry [{}]{} was not imported: {}",
            r.index,
            r.name
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .map(|n| format!(" ({n})"))
                .unwrap_or_default(),
            r.reason.as_deref().unwrap_or_default()
        ));
    }
    let count = |o| report.count(o);
    let total = report.entries.len();
    out.info(format!(
        "Imported {} of {} entries from {}: {} created, {} updated, {} catalog exercises got instructions, {} unchanged, {} invalid.",
        total - count(ImportOutcome::Invalid),
        total,
        file.display(),
        count(ImportOutcome::Created),
        count(ImportOutcome::Updated),
        count(ImportOutcome::InstructionsAdded),
        count(ImportOutcome::Unchanged),
        count(ImportOutcome::Invalid),
    ));
    let views: Vec<ImportResultView> = report.entries.iter().map(ImportResultView::from).collect();
    out.list(&views, || {
        TableData::of(
            &views
                .iter()
                .map(|r| ImportRow {
                    index: r.index,
                    name: r.name.clone(),
                    result: r.result.to_string(),
                    reason: r.reason.clone(),
                })
                .collect::<Vec<_>>(),
        )
    })
}

/// A row of `exercise import`'s table.
#[derive(Serialize, Deserialize)]
struct ImportRow {
    #[serde(rename = "#")]
    index: usize,
    name: Option<String>,
    result: String,
    reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let v = ExerciseView {
            id: "c1".into(),
            name: "X".into(),
            primary_muscle_group: None,
            secondary_muscle_groups: String::new(),
            equipment: None,
            category: "STRENGTH".into(),
            difficulty: None,
            mechanic: None,
            force: None,
            own: false,
            description: None,
            instructions: None,
            muscle_group: None,
            created_at: String::new(),
            updated_at: String::new(),
            tracking_type: "WEIGHT_REPS",
        };
        assert_eq!(
            serialized_keys(&v),
            crate::output::columns::<ExerciseView>()
        );
        let r = ImportResultView {
            index: 0,
            name: None,
            result: "created",
            id: None,
            reason: None,
        };
        assert_eq!(
            serialized_keys(&r),
            crate::output::columns::<ImportResultView>()
        );
    }
}
