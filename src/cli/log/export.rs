//! `workout log export`: every set with its session, plan and exercise, as
//! csv, json or ndjson, made by the server (`COPY ... TO STDOUT`) and
//! streamed to the output as it comes.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Args;

use crate::app::export::{Bounds, Filter, Piece, SetExport, Shape};
use crate::app::{self, Ctx, User};
use crate::context::Context;
use crate::error::Kind;
use crate::output::Format;
use crate::output::copy::{RawWriter, Stream};

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
                    w.write_record(crate::output::columns::<SetExport>())?;
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
        Some(e) => Some(app::exercise::resolve(&mut Ctx::new(ctx, u), e).await?.id),
        None => None,
    };
    let filter = Filter {
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
        None => Box::new(ctx.out.raw()),
    };
    // Only when writing a file: on stdout the bar would sit beside the data.
    let bar = a
        .output
        .is_some()
        .then(|| ctx.out.progress(None, "sets written"));
    // A full export carries the sessions and own exercises without sets
    // too, so that importing it gives them back (see docs/export-import.md).
    let full = a.exercise.is_none() && a.since.is_none() && a.until.is_none();
    let result = if crate::testhook::var(REFERENCE_VAR).is_some() {
        reference(ctx, u, &filter, full, a.spreadsheet_safe, writer, &bar).await
    } else {
        let (kind, shape) = match ctx.out.format {
            Format::Json => (Stream::JsonArray, Shape::Json),
            Format::Ndjson => (Stream::Lines, Shape::Json),
            // `table` is no format for data: an export is csv then.
            Format::Csv | Format::Table => (
                Stream::Csv,
                Shape::Csv {
                    safe: a.spreadsheet_safe,
                },
            ),
        };
        let header = u64::from(kind == Stream::Csv);
        let bounds = Bounds {
            exercise_id: filter.exercise_id.clone().map(String::from),
            since: filter.since,
            until: filter.until,
        };
        let mut out = RawWriter::new(writer, kind);
        let mut sets = 0;
        app::export::stream(&mut Ctx::new(ctx, u), &bounds, full, shape, |piece| {
            match piece {
                Piece::Sets(b) => {
                    out.write(b)?;
                    if let Some(bar) = &bar {
                        bar.set_position(out.records().saturating_sub(header));
                    }
                }
                Piece::EndOfSets => sets = out.records().saturating_sub(header),
                Piece::Extras(b) => out.write(b)?,
            }
            Ok(())
        })
        .await
        .and_then(|()| Ok(out.finish().map(|_| sets)?))
    };
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

/// A debug build's test hook: with this variable set, the export is made
/// row by row as before the server made it (`db::logs::export_each`, serde
/// and the csv crate), so a test can hold the server's bytes equal to it.
const REFERENCE_VAR: &str = "WORKOUT_TEST_EXPORT_REFERENCE";

async fn reference(
    ctx: &mut Context,
    u: &User,
    filter: &Filter,
    full: bool,
    safe: bool,
    writer: Box<dyn Write>,
    bar: &Option<indicatif::ProgressBar>,
) -> Result<u64> {
    let mut sink = Sink::new(ctx.out.format, writer);
    app::export::each(&mut Ctx::new(ctx, u), filter, full, safe, |r, is_set| {
        sink.row(&r)?;
        if is_set && let Some(b) = bar {
            b.inc(1);
        }
        Ok(())
    })
    .await
    .and_then(|n| sink.finish().map(|()| n))
}
