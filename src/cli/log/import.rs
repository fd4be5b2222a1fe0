//! `workout log import FILE`: sessions and sets from Strong, Hevy, FitNotes
//! or this tool's own csv (see `import/`), written in one transaction with
//! set-based statements (see `db::imports`), and a report whose totals are
//! the file's.

use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::app::User;
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::units::{WeightUnit, trim_number};
use crate::error::Kind;
use crate::import::{self, Options, Problem, Source};
use crate::output::Format;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The export file: Strong, Hevy or FitNotes csv, or `workout log export --format csv`
    pub file: PathBuf,
    /// The app the file comes from (default: told from its header)
    #[arg(long, value_enum)]
    pub from: Option<Source>,
    /// The weight unit, where the file does not say (Strong's common layout)
    #[arg(long, value_enum, ignore_case = true)]
    pub unit: Option<WeightUnit>,
    /// Import the rows that can be read, and report the others
    #[arg(long)]
    pub skip_invalid: bool,
    /// Report what would be imported, and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// What an import read and did. Totals (`sets`, `sessions`, `volumeKg`)
/// are the file's; `setsAdded` and `sessionsAdded` what was new.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub file: String,
    pub format: Source,
    pub layout: &'static str,
    pub dry_run: bool,
    pub sets: usize,
    pub warmup_sets: usize,
    pub sessions: usize,
    /// Reps x kilograms over every set read, warm-ups included.
    pub volume_kg: f64,
    /// Distinct exercise names in the file.
    pub exercises: usize,
    /// Your own exercises this import made (or would make).
    pub new_exercises: Vec<String>,
    /// `name -> new name`: names another user's exercise already has.
    pub renamed_exercises: Vec<String>,
    pub sets_added: u64,
    pub sessions_added: usize,
    /// `Rest Timer` rows (Strong): rests, not sets.
    pub rest_rows: usize,
    /// Rows read by putting unquoted commas back into the exercise name.
    pub recovered_rows: usize,
    /// Rows that cannot be read (left out with --skip-invalid).
    pub skipped_rows: usize,
    pub problems: Vec<Problem>,
}

crate::record!(ImportReport);

/// The report as one CSV row: lists joined with `; `.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportCsv {
    pub file: String,
    pub format: Source,
    pub layout: &'static str,
    pub dry_run: bool,
    pub sets: usize,
    pub warmup_sets: usize,
    pub sessions: usize,
    pub volume_kg: f64,
    pub exercises: usize,
    pub new_exercises: String,
    pub renamed_exercises: String,
    pub sets_added: u64,
    pub sessions_added: usize,
    pub rest_rows: usize,
    pub recovered_rows: usize,
    pub skipped_rows: usize,
    pub problems: String,
}

crate::record!(ImportReportCsv);

impl From<&ImportReport> for ImportReportCsv {
    fn from(r: &ImportReport) -> Self {
        Self {
            file: r.file.clone(),
            format: r.format,
            layout: r.layout,
            dry_run: r.dry_run,
            sets: r.sets,
            warmup_sets: r.warmup_sets,
            sessions: r.sessions,
            volume_kg: r.volume_kg,
            exercises: r.exercises,
            new_exercises: r.new_exercises.join("; "),
            renamed_exercises: r.renamed_exercises.join("; "),
            sets_added: r.sets_added,
            sessions_added: r.sessions_added,
            rest_rows: r.rest_rows,
            recovered_rows: r.recovered_rows,
            skipped_rows: r.skipped_rows,
            problems: problem_list(&r.problems, usize::MAX),
        }
    }
}

/// `line 3: reason; line 9: reason`, at most `max` of them.
fn problem_list(problems: &[Problem], max: usize) -> String {
    let mut s = problems
        .iter()
        .take(max)
        .map(|p| format!("line {}: {}", p.line, p.reason))
        .collect::<Vec<_>>()
        .join("; ");
    if problems.len() > max {
        s.push_str(&format!("; and {} more", problems.len() - max));
    }
    s
}

pub async fn run(ctx: &mut Context, u: &User, a: ImportArgs) -> Result<()> {
    // Read as a stream: memory stays flat however long the file is.
    let file = std::fs::File::open(&a.file)
        .and_then(|f| {
            if f.metadata()?.is_dir() {
                Err(std::io::Error::from_raw_os_error(nix::libc::EISDIR))
            } else {
                Ok(f)
            }
        })
        .map_err(|e| Kind::Usage.err(format!("cannot read {}: {e}", a.file.display())))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let opts = Options {
        from: a.from,
        unit: a.unit,
        tz: u.tz(),
    };
    // `Output::progress`: hidden off a terminal and with -q.
    let bar = ctx.out.progress(Some(len), "reading");
    let reading = bar.clone();
    let read = move |sink: import::SetSink<'_>| {
        let progress = |pos| reading.set_position(pos);
        import::read_from(Box::new(file), &opts, &progress, Some(sink))
    };
    let imported =
        app::import::import(&mut Ctx::new(ctx, u), read, a.skip_invalid, a.dry_run).await;
    bar.finish_and_clear();
    let (streamed, written) = match imported? {
        app::import::Imported::Refused(s) => {
            let n = s.parsed.problems.len();
            return Err(Kind::Usage.err(format!(
                "{n} row(s) of {} cannot be read, so nothing was imported ({}); fix them, or pass --skip-invalid to import the other rows",
                a.file.display(),
                problem_list(&s.parsed.problems, 10)
            )));
        }
        app::import::Imported::Written(s, w) => (s, w),
    };
    let parsed = &streamed.parsed;
    // Names as the import matches them: ignoring case.
    let names: HashSet<String> = streamed.names.iter().map(|n| n.to_lowercase()).collect();
    let report = ImportReport {
        file: a.file.display().to_string(),
        format: parsed.layout.source(),
        layout: parsed.layout.name(),
        dry_run: a.dry_run,
        sets: streamed.sets,
        warmup_sets: streamed.warmup_sets,
        sessions: written.sessions,
        volume_kg: (streamed.volume_kg * 100.0).round() / 100.0,
        exercises: names.len(),
        new_exercises: written.new_exercises,
        renamed_exercises: written.renamed,
        sets_added: written.sets_added,
        sessions_added: written.sessions_added,
        rest_rows: parsed.rest_rows,
        recovered_rows: parsed.recovered.len(),
        skipped_rows: parsed.problems.len(),
        problems: parsed.problems.clone(),
    };
    for p in &parsed.problems {
        ctx.out
            .warn(format!("line {}: {} (skipped)", p.line, p.reason));
    }
    if !parsed.recovered.is_empty() {
        ctx.out.info(format!(
            "{} row(s) had unquoted commas in the exercise name and were read whole: {}",
            parsed.recovered.len(),
            problem_list(&parsed.recovered, 3)
        ));
    }
    for r in &report.renamed_exercises {
        ctx.out.info(format!(
            "Another user's exercise has the name, so yours is named: {r}"
        ));
    }
    let printed = print(ctx, &report);
    if a.dry_run {
        printed
    } else {
        ctx.out.after_commit(printed)
    }
}

fn print(ctx: &Context, r: &ImportReport) -> Result<()> {
    if ctx.out.format == Format::Csv {
        return ctx.out.one(&ImportReportCsv::from(r), Vec::new());
    }
    let what = if r.dry_run { "would add" } else { "added" };
    ctx.out.one(
        r,
        vec![
            ("file", r.file.clone()),
            (
                "format",
                format!("{} ({})", import::name_of(r.format), r.layout),
            ),
            (
                "sets",
                format!(
                    "{} ({} warm-up); {what} {}",
                    r.sets, r.warmup_sets, r.sets_added
                ),
            ),
            (
                "sessions",
                format!("{}; {what} {}", r.sessions, r.sessions_added),
            ),
            ("volume", format!("{} kg", trim_number(r.volume_kg))),
            ("exercises", r.exercises.to_string()),
            (
                "new exercises",
                if r.new_exercises.is_empty() {
                    "none".into()
                } else {
                    r.new_exercises.join(", ")
                },
            ),
            ("rest rows", r.rest_rows.to_string()),
            ("recovered rows", r.recovered_rows.to_string()),
            ("skipped rows", r.skipped_rows.to_string()),
            (
                "dry run",
                if r.dry_run {
                    "yes: nothing written"
                } else {
                    "no"
                }
                .into(),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let r = ImportReport {
            file: String::new(),
            format: Source::Strong,
            layout: "strong",
            dry_run: false,
            sets: 0,
            warmup_sets: 0,
            sessions: 0,
            volume_kg: 0.0,
            exercises: 0,
            new_exercises: vec![],
            renamed_exercises: vec![],
            sets_added: 0,
            sessions_added: 0,
            rest_rows: 0,
            recovered_rows: 0,
            skipped_rows: 0,
            problems: vec![],
        };
        assert_eq!(
            serialized_keys(&r),
            crate::output::columns::<ImportReport>()
        );
        assert_eq!(
            serialized_keys(&ImportReportCsv::from(&r)),
            crate::output::columns::<ImportReportCsv>()
        );
    }
}
