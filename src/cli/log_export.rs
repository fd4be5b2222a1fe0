//! `workout log export`: every set with its session, plan and exercise, as
//! csv, json or ndjson, streamed from the database row by row.

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
    /// CSV for spreadsheets: a text cell that starts with =, +, -, @, a tab
    /// or a CR gets a leading ' so it never runs as a formula (not for
    /// `log import`: the ' stays in the text)
    #[arg(long)]
    pub spreadsheet_safe: bool,
}

/// A cell a spreadsheet would run as a formula gets a leading `'`.
fn defuse(cell: &mut String) {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.insert(0, '\'');
    }
}

/// One exported set. The columns are stable and documented in the README:
/// the first thirteen are `log history`'s; times are ISO 8601 UTC, weights
/// kilograms.
#[derive(Debug, Clone, Serialize)]
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
            date: s.date.map(iso),
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

impl SetExport {
    /// Every text cell through [`defuse`] (`--spreadsheet-safe`); numbers,
    /// times and labels never start with those characters.
    fn spreadsheet_safe(mut self) -> Self {
        for cell in [
            &mut self.id,
            &mut self.exercise,
            &mut self.exercise_id,
            &mut self.session_id,
            &mut self.session,
            &mut self.notes,
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
    if a.spreadsheet_safe && !matches!(ctx.out.format, Format::Csv | Format::Table) {
        return Err(Kind::Usage.err(
            "--spreadsheet-safe is for csv: JSON is never run as a formula, so it stays exact",
        ));
    }
    let (since, until) = crate::app::log::bounds(
        u,
        a.since.as_deref(),
        a.until.as_deref(),
        ctx.now.with_timezone(&u.tz()).date_naive(),
    )?;
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
    // A file is written to a new temporary file beside it (created
    // exclusively, mode 0600, never through a link) and renamed when
    // complete, so a failed export never leaves half a file under the name
    // asked for; on any failure the temporary file is removed (on drop).
    let partial = match &a.output {
        Some(out) => Some(output_partial(out)?),
        None => None,
    };
    let writer: Box<dyn Write> = match &partial {
        Some(p) => Box::new(
            p.as_file()
                .try_clone()
                .with_context(|| format!("cannot write {}", p.path().display()))?,
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
    let safe = a.spreadsheet_safe;
    let result = logs::export_each(&mut ctx.conn, &u.id, &filter, |row| {
        let r = SetExport::from(row);
        sink.row(&if safe { r.spreadsheet_safe() } else { r })?;
        if let Some(b) = &bar {
            b.inc(1);
        }
        Ok(())
    })
    .await;
    // A full export carries the sessions and own exercises without sets
    // too, so that importing it gives them back (see docs/input-and-output.md).
    let full = a.exercise.is_none() && a.since.is_none() && a.until.is_none();
    let result = match result {
        Ok(n) if full => match logs::export_extras(&mut ctx.conn, &u.id).await {
            Ok(extras) => extras
                .into_iter()
                .try_for_each(|row| {
                    let r = SetExport::from(row);
                    sink.row(&if safe { r.spreadsheet_safe() } else { r })
                })
                .map(|()| n),
            Err(e) => Err(e),
        },
        other => other,
    }
    .and_then(|n| sink.finish().map(|()| n));
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let n = result?;
    if let (Some(p), Some(out)) = (partial, &a.output) {
        p.as_file()
            .sync_all()
            .with_context(|| format!("cannot write {}", out.display()))?;
        // Replaces a symlink at `out` itself, never its target.
        p.persist(out)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {}", out.display()))?;
        ctx.out
            .info(format!("Exported {n} set(s) to {}.", out.display()));
    }
    Ok(())
}

/// The temporary file an export to `out` is written to. `out` must be a
/// regular file or not exist: a directory, device, FIFO or socket there is
/// refused (exit 2), not replaced.
fn output_partial(out: &std::path::Path) -> Result<tempfile::NamedTempFile> {
    let refuse = |what: &str| {
        Kind::Usage.err(format!(
            "cannot export to {}: it is {what}, not a regular file",
            out.display()
        ))
    };
    if out.as_os_str().as_encoded_bytes().ends_with(b"/") {
        return Err(refuse("a directory"));
    }
    match std::fs::metadata(out) {
        Ok(m) if m.is_dir() => return Err(refuse("a directory")),
        Ok(m) if !m.is_file() => {
            use std::os::unix::fs::FileTypeExt;
            let t = m.file_type();
            let what = if t.is_fifo() {
                "a FIFO"
            } else if t.is_char_device() || t.is_block_device() {
                "a device"
            } else if t.is_socket() {
                "a socket"
            } else {
                "a special file"
            };
            return Err(refuse(what));
        }
        _ => {}
    }
    let name = out
        .file_name()
        .ok_or_else(|| refuse("a directory"))?
        .to_string_lossy()
        .into_owned();
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|e| Kind::Usage.err(format!("cannot write {}: {e}", out.display())))
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
        };
        assert_eq!(serialized_keys(&row), SetExport::COLUMNS);
        // The first columns are `log history`'s.
        assert_eq!(
            &SetExport::COLUMNS[..crate::output::sets::SetView::COLUMNS.len()],
            crate::output::sets::SetView::COLUMNS
        );
    }
}
