//! `workout log export`: every set with its session, plan and exercise, as
//! csv, json or ndjson, streamed from the database row by row.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Args;
use serde::Serialize;

use crate::clock::iso;
use crate::context::Context;
use crate::db::exercises;
use crate::db::logs::{self, ExportedSet};
use crate::db::users::User;
use crate::error::Kind;
use crate::output::{Format, Record};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this exercise
    #[arg(long)]
    pub exercise: Option<String>,
    /// From this local date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Up to and including this local date
    #[arg(long)]
    pub until: Option<String>,
    /// Write to this file instead of stdout (with a progress bar on a terminal)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// One exported set. The columns are stable and documented in the README:
/// the first thirteen are `log history`'s; times are ISO 8601 UTC, weights
/// kilograms.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SetExport {
    pub id: String,
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
    pub exercise_id: String,
    /// True for the user's own exercise, false for the catalog's.
    pub exercise_own: bool,
    pub exercise_category: String,
    pub exercise_primary_muscle: Option<String>,
    /// `;`-separated muscle group labels.
    pub exercise_secondary_muscles: String,
    pub exercise_equipment: Option<String>,
    pub exercise_difficulty: Option<String>,
    pub exercise_mechanic: Option<String>,
    pub exercise_force: Option<String>,
}

impl Record for SetExport {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "date",
        "sessionId",
        "session",
        "exercise",
        "setNumber",
        "reps",
        "weightKg",
        "durationSeconds",
        "distanceMeters",
        "rpe",
        "isWarmup",
        "notes",
        "sessionStatus",
        "sessionScheduledAt",
        "sessionStartedAt",
        "sessionCompletedAt",
        "sessionDurationMinutes",
        "sessionNotes",
        "planId",
        "plan",
        "planDay",
        "exerciseId",
        "exerciseOwn",
        "exerciseCategory",
        "exercisePrimaryMuscle",
        "exerciseSecondaryMuscles",
        "exerciseEquipment",
        "exerciseDifficulty",
        "exerciseMechanic",
        "exerciseForce",
    ];
}

impl From<ExportedSet> for SetExport {
    fn from(s: ExportedSet) -> Self {
        Self {
            id: s.id,
            date: iso(s.date),
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
            notes: s.notes,
            session_status: s.session_status,
            session_scheduled_at: s.scheduled_at.map(iso),
            session_started_at: s.started_at.map(iso),
            session_completed_at: s.completed_at.map(iso),
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
        }
    }
}

/// Where the rows go, in the chosen format.
enum Sink {
    Csv(Box<csv::Writer<Box<dyn Write>>>, bool),
    Json(BufWriter<Box<dyn Write>>, bool),
    Ndjson(BufWriter<Box<dyn Write>>),
}

impl Sink {
    fn new(format: Format, w: Box<dyn Write>) -> Self {
        match format {
            Format::Json => Sink::Json(BufWriter::with_capacity(1 << 16, w), true),
            Format::Ndjson => Sink::Ndjson(BufWriter::with_capacity(1 << 16, w)),
            // `table` is no format for data: an export is csv then.
            Format::Csv | Format::Table => Sink::Csv(
                Box::new(
                    csv::WriterBuilder::new()
                        .buffer_capacity(1 << 16)
                        .from_writer(w),
                ),
                false,
            ),
        }
    }

    fn row(&mut self, r: &SetExport) -> Result<()> {
        match self {
            Sink::Csv(w, started) => {
                *started = true;
                w.serialize(r)?
            }
            Sink::Json(w, first) => {
                w.write_all(if *first { b"[\n" } else { b",\n" })?;
                *first = false;
                serde_json::to_writer(&mut *w, r)?;
            }
            Sink::Ndjson(w) => {
                serde_json::to_writer(&mut *w, r)?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Csv(mut w, started) => {
                if !started {
                    // Still a header, so a pipe sees the columns.
                    w.write_record(SetExport::COLUMNS)?;
                }
                w.flush()?;
            }
            Sink::Json(mut w, first) => {
                w.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                w.flush()?;
            }
            Sink::Ndjson(mut w) => w.flush()?,
        }
        Ok(())
    }
}

pub async fn run(ctx: &mut Context, u: &User, a: ExportArgs) -> Result<()> {
    let (since, until) = crate::app::log::bounds(u, a.since.as_deref(), a.until.as_deref())?;
    let exercise_id = match &a.exercise {
        Some(e) => Some(exercises::resolve(&mut ctx.conn, &u.id, e).await?.id),
        None => None,
    };
    let filter = logs::Filter {
        exercise_id,
        since,
        until,
        oldest_first: true,
        include_warmups: true,
        ..Default::default()
    };
    // A file is written beside itself and renamed when complete, so a
    // failed export never leaves half a file under the name asked for.
    let partial = a.output.as_ref().map(|p| {
        let mut name = p.file_name().unwrap_or_default().to_os_string();
        name.push(".partial");
        p.with_file_name(name)
    });
    let writer: Box<dyn Write> = match &partial {
        Some(p) => Box::new(
            File::create(p)
                .map_err(|e| Kind::Usage.err(format!("cannot write {}: {e}", p.display())))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let bar = (a.output.is_some() && io::stderr().is_terminal() && !ctx.out.quiet).then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {human_pos} sets written ({per_sec})",
            )
            .expect("a valid template"),
        );
        b
    });
    let mut sink = Sink::new(ctx.out.format, writer);
    let result = logs::export_each(&mut ctx.conn, &u.id, &filter, |row| {
        sink.row(&SetExport::from(row))?;
        if let Some(b) = &bar {
            b.inc(1);
        }
        Ok(())
    })
    .await
    .and_then(|n| sink.finish().map(|()| n));
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let n = match result {
        Ok(n) => n,
        Err(e) => {
            if let Some(p) = &partial {
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
    };
    if let (Some(p), Some(out)) = (&partial, &a.output) {
        std::fs::rename(p, out).with_context(|| format!("cannot write {}", out.display()))?;
        ctx.out
            .info(format!("Exported {n} set(s) to {}.", out.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let row = SetExport {
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
            exercise_id: String::new(),
            exercise_own: false,
            exercise_category: String::new(),
            exercise_primary_muscle: None,
            exercise_secondary_muscles: String::new(),
            exercise_equipment: None,
            exercise_difficulty: None,
            exercise_mechanic: None,
            exercise_force: None,
        };
        assert_eq!(serialized_keys(&row), SetExport::COLUMNS);
        // The first columns are `log history`'s.
        assert_eq!(
            &SetExport::COLUMNS[..crate::output::sets::SetView::COLUMNS.len()],
            crate::output::sets::SetView::COLUMNS
        );
    }
}
