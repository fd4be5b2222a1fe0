//! The report of a legacy migration run: printed at the end (a table, or
//! JSON) and stored in `"LegacyMigrationRun".report`. Field names are
//! stable and documented in the README.

use serde::{Deserialize, Serialize};

/// The whole report. `--format json` prints exactly this object.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The `"LegacyMigrationRun"` row; null for a dry run (it writes nothing).
    pub run_id: Option<String>,
    /// "apply" or "dry-run".
    pub mode: String,
    /// "succeeded" or "failed".
    pub status: String,
    /// ISO 8601 UTC; also the `createdAt`/`updatedAt` of every row it wrote.
    pub started_at: String,
    pub finished_at: Option<String>,
    /// The e-mail of `--user`, or null for every user.
    pub user: Option<String>,
    pub batch_size: i64,
    /// Batches of workouts carried over in this run (each one transaction).
    pub batches: i64,
    /// What the legacy tables hold, in scope.
    pub legacy: LegacyCounts,
    /// Rows written per v2 table.
    pub tables: Vec<TableCount>,
    /// Legacy rows not carried over, each with why.
    pub skipped: Vec<SkippedRow>,
    /// Migrated rows edited natively since, whose legacy row changed too:
    /// not overwritten.
    pub conflicts: Vec<Conflict>,
    /// `"Exercise"."muscleGroup"` texts that map to no muscle.
    pub unmapped_muscle_groups: Vec<Unmapped>,
    /// Exercises whose `primaryMuscleGroup` this run set (rollback resets them).
    pub mapped_exercises: Vec<MappedExercise>,
    /// Why the run failed, when it did.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LegacyCounts {
    pub users: i64,
    pub workouts: i64,
    pub workout_exercises: i64,
    /// The sum of `sets` over the rows that can be carried over.
    pub sets: i64,
}

/// Rows written to one table. Columns are stable (csv prints these rows).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TableCount {
    pub table: String,
    pub inserted: i64,
    pub updated: i64,
    pub deleted: i64,
    /// Already migrated and unchanged since (sessions and plans).
    pub unchanged: i64,
}

crate::record!(TableCount);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SkippedRow {
    /// The legacy table: "WorkoutExercise".
    pub table: String,
    pub id: String,
    pub workout_id: String,
    /// The owner's e-mail.
    pub user: String,
    /// One or more of: "missing exercise row", "sets < 1", "reps < 0",
    /// "negative weight", "non-finite weight", joined with "; ".
    pub reason: String,
}

crate::record!(SkippedRow);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// The v2 table: "WorkoutSession" or "TrainingPlan".
    pub table: String,
    /// The v2 row left as it is.
    pub id: String,
    /// The legacy workout (sessions) or null (plans).
    pub legacy_id: Option<String>,
    pub user: String,
    pub reason: String,
}

crate::record!(Conflict);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Unmapped {
    pub muscle_group: String,
    /// How many exercises carry this text.
    pub exercises: i64,
}

crate::record!(Unmapped);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MappedExercise {
    pub id: String,
    pub name: String,
    pub muscle_group: String,
    pub primary_muscle_group: String,
}

crate::record!(MappedExercise);

/// One failed invariant of `migrate verify`. Columns are stable.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Mismatch {
    pub user: String,
    pub invariant: String,
    pub expected: String,
    pub actual: String,
}

crate::record!(Mismatch);

/// What `migrate rollback` removed. Columns are stable.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RollbackCount {
    pub table: String,
    pub deleted: i64,
    pub updated: i64,
}

crate::record!(RollbackCount);

impl Report {
    pub fn table_mut(&mut self, table: &str) -> &mut TableCount {
        if let Some(i) = self.tables.iter().position(|t| t.table == table) {
            return &mut self.tables[i];
        }
        self.tables.push(TableCount {
            table: table.to_string(),
            ..Default::default()
        });
        self.tables.last_mut().expect("just pushed")
    }
}

/// The top-level keys of [`Report`], in order (documented in the README).
pub const REPORT_KEYS: &[&str] = &[
    "runId",
    "mode",
    "status",
    "startedAt",
    "finishedAt",
    "user",
    "batchSize",
    "batches",
    "legacy",
    "tables",
    "skipped",
    "conflicts",
    "unmappedMuscleGroups",
    "mappedExercises",
    "error",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    fn keys(v: &impl Serialize) -> Vec<String> {
        match serde_json::to_value(v).unwrap() {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            _ => vec![],
        }
    }

    #[test]
    fn columns_match_serialization() {
        assert_eq!(keys(&Report::default()), REPORT_KEYS);
        assert_eq!(
            serialized_keys(&TableCount::default()),
            crate::output::columns::<TableCount>()
        );
        let s = |x: &str| x.to_string();
        assert_eq!(
            serialized_keys(&SkippedRow {
                table: s("t"),
                id: s("i"),
                workout_id: s("w"),
                user: s("u"),
                reason: s("r")
            }),
            crate::output::columns::<SkippedRow>()
        );
        assert_eq!(
            serialized_keys(&Conflict {
                table: s("t"),
                id: s("i"),
                legacy_id: None,
                user: s("u"),
                reason: s("r")
            }),
            crate::output::columns::<Conflict>()
        );
        assert_eq!(
            serialized_keys(&Unmapped {
                muscle_group: s("m"),
                exercises: 1
            }),
            crate::output::columns::<Unmapped>()
        );
        assert_eq!(
            serialized_keys(&MappedExercise {
                id: s("i"),
                name: s("n"),
                muscle_group: s("m"),
                primary_muscle_group: s("p")
            }),
            crate::output::columns::<MappedExercise>()
        );
        assert_eq!(
            serialized_keys(&Mismatch {
                user: s("u"),
                invariant: s("i"),
                expected: s("e"),
                actual: s("a")
            }),
            crate::output::columns::<Mismatch>()
        );
        assert_eq!(
            serialized_keys(&RollbackCount::default()),
            crate::output::columns::<RollbackCount>()
        );
        assert_eq!(
            keys(&LegacyCounts::default()),
            ["users", "workouts", "workoutExercises", "sets"]
        );
    }
}
