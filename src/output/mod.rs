//! Rendering of data on stdout as a table, JSON, NDJSON or CSV, and of
//! messages on stderr. Machine formats come from dedicated `Serialize`
//! structs whose fields are documented and stable; only the table's styling
//! depends on the terminal.

use std::io::{self, IsTerminal, Write};

pub mod copy;
pub mod exercises;
pub mod plans;
pub mod sessions;
pub mod sets;
pub mod stream;

use anyhow::Result;
use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;

use crate::domain::text::neutralise;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// A table for people (the default).
    #[default]
    Table,
    /// One JSON document: an object, or an array for listings.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// RFC 4180 CSV with a header row.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// A table for people: headers and rows of display strings.
pub struct TableData {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl TableData {
    /// The table of `rows`, one struct per table: its columns are the
    /// type's field names as serde names them (`#[serde(rename = "top
    /// muscles")]` for a header with a space), read from the type itself
    /// (`serde_aux`'s introspection), so an empty table still has them and
    /// no list of headers is written beside the struct. Cells are the
    /// fields' values: text as it is, a number or `true` as JSON writes it,
    /// null as an empty cell.
    pub fn of<T: Serialize + serde::Deserialize<'static>>(rows: &[T]) -> TableData {
        let headers = columns::<T>().to_vec();
        let rows = rows
            .iter()
            .map(|r| match serde_json::to_value(r) {
                Ok(serde_json::Value::Object(m)) => {
                    headers.iter().map(|h| cell(m.get(*h))).collect()
                }
                _ => vec![String::new(); headers.len()],
            })
            .collect();
        TableData { headers, rows }
    }
}

/// The columns of a record or table row type, from its serde field names.
pub fn columns<T: serde::Deserialize<'static>>() -> &'static [&'static str] {
    serde_aux::serde_introspection::serde_introspect::<T>()
}

fn cell(v: Option<&serde_json::Value>) -> String {
    match v {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Stdout for a whole document or listing, written in blocks: the lock
/// alone is line-buffered, and a pretty JSON listing is a line per field
/// (`log progress --format json` at 1M sets: 3,334 points, 20,007 write
/// calls). Flushed by the caller at the end.
fn buffered() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub color: bool,
    pub quiet: bool,
    tty: bool,
}

impl Output {
    pub fn new(format: Format, color: ColorChoice, quiet: bool) -> Self {
        let tty = io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        Self {
            format,
            color,
            quiet,
            tty,
        }
    }

    /// A listing: `rows` in the machine formats, `table()` for people.
    pub fn list<T: Record>(&self, rows: &[T], table: impl FnOnce() -> TableData) -> Result<()> {
        let mut out = buffered();
        match self.format {
            Format::Table => self.write_table(&mut out, table())?,
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, rows)?;
                writeln!(out)?;
            }
            Format::Ndjson => {
                for r in rows {
                    serde_json::to_writer(&mut out, r)?;
                    writeln!(out)?;
                }
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                if rows.is_empty() {
                    // Still a header, so a pipe sees the columns.
                    w.write_record(T::columns())?;
                }
                for r in rows {
                    w.serialize(r)?;
                }
                w.flush()?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// One record: an object in JSON, a header and a row in CSV, and a
    /// two-column field/value table for people.
    pub fn one<T: Record>(&self, row: &T, fields: Vec<(&'static str, String)>) -> Result<()> {
        match self.format {
            Format::Table => self.table(TableData {
                headers: vec!["field", "value"],
                rows: fields
                    .into_iter()
                    .map(|(k, v)| vec![k.to_string(), v])
                    .collect(),
            }),
            Format::Json => self.json(row),
            _ => self.list(std::slice::from_ref(row), || {
                unreachable!("table handled above")
            }),
        }
    }

    /// A table for people, whatever the format (for views with no machine form).
    pub fn table(&self, data: TableData) -> Result<()> {
        let mut out = buffered();
        self.write_table(&mut out, data)?;
        out.flush()?;
        Ok(())
    }

    fn write_table(&self, out: &mut impl Write, data: TableData) -> Result<()> {
        let mut t = Table::new();
        let mut tight = false;
        let data = if self.tty {
            let width = terminal_width(&t);
            let (data, layout) = fit(data, width);
            match layout {
                Layout::Bordered => {
                    t.load_preset(presets::UTF8_FULL_CONDENSED);
                }
                Layout::Plain => {
                    t.load_preset(presets::NOTHING);
                    tight = true;
                }
                Layout::Wrapped => {
                    tight = true;
                    t.load_preset(presets::NOTHING)
                        .set_content_arrangement(ContentArrangement::Dynamic)
                        .set_width(width);
                }
            }
            data
        } else {
            // Plain columns when piped: easy for grep, cut and awk.
            t.load_preset(presets::NOTHING).force_no_tty();
            data
        };
        t.set_header(data.headers.iter().map(|h| {
            let c = Cell::new(h);
            if self.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        }));
        // The one place tables for people are made: control characters in
        // names and notes are shown escaped, never sent to the terminal.
        for r in data.rows {
            t.add_row(r.iter().map(|c| neutralise(c).into_owned()));
        }
        if tight {
            // One space between columns, none before the first.
            for c in t.column_iter_mut() {
                c.set_padding((0, 1));
            }
        }
        let text = t.to_string();
        for line in text.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// THE progress indicator, on stderr: drawn only when stderr is a
    /// terminal and `-q` is not given (else hidden, so a caller needs no
    /// check of its own). With a `len`, a bar with the percentage and the
    /// time left; without, a spinner with the count and the rate. `what`
    /// (e.g. "reading", "sets written") is its message; `set_message`
    /// changes it.
    pub fn progress(&self, len: Option<u64>, what: &'static str) -> indicatif::ProgressBar {
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
        if self.quiet || !io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let (bar, template) = match len {
            Some(n) => (
                ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                "{spinner} {msg} [{bar:30}] {percent:>3}% ({eta} left)",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {human_pos} {msg} ({per_sec})",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what);
        bar
    }

    /// A document in a format of its own (an iCalendar file, a man page),
    /// written to stdout as it is, whatever `--format`.
    pub fn document(&self, text: impl AsRef<[u8]>) -> Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_ref())?;
        out.flush()?;
        Ok(())
    }

    /// One JSON document (pretty, then a line break), for a view whose
    /// machine form is a single nested object rather than records.
    /// Stdout for bytes already shaped elsewhere (the server's `COPY ... TO
    /// STDOUT` of an export, passed through `output::copy::RawWriter`).
    pub fn raw(&self) -> io::StdoutLock<'static> {
        io::stdout().lock()
    }

    /// One object in a machine format: pretty in json, one line in ndjson
    /// (csv and table callers render their own view).
    pub fn object<T: Serialize>(&self, value: &T) -> Result<()> {
        if self.format != Format::Ndjson {
            return self.json(value);
        }
        let mut out = buffered();
        serde_json::to_writer(&mut out, value)?;
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }

    pub fn json<T: Serialize>(&self, value: &T) -> Result<()> {
        let mut out = buffered();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }

    /// Text for people on stdout (a chart, a summary line), control
    /// characters shown escaped as in tables, then a line break.
    pub fn text(&self, text: impl AsRef<str>) -> Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", neutralise(text.as_ref()))?;
        out.flush()?;
        Ok(())
    }

    /// A message for people on stderr (progress, confirmations); `-q` silences it.
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            crate::say!("{}", shown(msg.as_ref()));
        }
    }

    /// A hint on stderr; `-q` silences it.
    pub fn hint(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            crate::say!("hint: {}", shown(msg.as_ref()));
        }
    }

    /// A warning on stderr; shown even with `-q`.
    pub fn warn(&self, msg: impl AsRef<str>) {
        crate::say!("warning: {}", shown(msg.as_ref()));
    }

    /// The result of printing what a command wrote after its commit: the
    /// data is stored, so output that cannot be written (stdout closed or
    /// full) is a lost message, not a failure: a warning (if stderr takes
    /// it) and success, so a script that retries on failure does not write
    /// the data twice.
    pub fn after_commit(&self, printed: Result<()>) -> Result<()> {
        match printed {
            Err(e)
                if e.chain().any(|c| {
                    c.downcast_ref::<io::Error>().is_some()
                        || c.downcast_ref::<csv::Error>().is_some()
                        || c.downcast_ref::<serde_json::Error>()
                            .is_some_and(|j| j.is_io())
                }) =>
            {
                self.warn(format!(
                    "the change is saved, but its output could not be written ({e})"
                ));
                Ok(())
            }
            other => other,
        }
    }
}

/// A message as printed: long quoted inputs cut, control characters escaped.
fn shown(msg: &str) -> String {
    neutralise(&crate::domain::text::cut_quotes(msg)).into_owned()
}

/// `eprintln!` that never panics: a message on stderr (control characters
/// shown escaped), and a closed or full stderr ignored (a lost message is
/// not a failure).
#[macro_export]
macro_rules! say {
    () => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr());
    }};
    ($($arg:tt)+) => {{
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            $crate::domain::text::neutralise(&format!($($arg)+))
        );
    }};
}

/// `println!` that never panics; a closed or full stdout is ignored.
#[macro_export]
macro_rules! say_out {
    () => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout());
    }};
    ($($arg:tt)+) => {{
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stdout(),
            "{}",
            $crate::domain::text::neutralise(&format!($($arg)+))
        );
    }};
}

/// A record of machine output: its stable column names, in order. A test
/// per record type checks them against what it serializes.
/// What a JSON array written record by record puts before its record
/// number `n` (from 0): `[` and a line end, then `,` and a line end.
pub fn json_array_before(n: u64) -> &'static [u8] {
    if n == 0 { b"[\n" } else { b",\n" }
}

/// What closes a JSON array of `n` records written so (`[]` when empty).
pub fn json_array_end(n: u64) -> &'static [u8] {
    if n == 0 { b"[]\n" } else { b"\n]\n" }
}

pub trait Record: Serialize {
    /// The columns, in order: the type's serde field names (see
    /// [`columns`]), never a list written beside the struct.
    fn columns() -> &'static [&'static str];
}

/// `record!(T, ...)`: `T` is a [`Record`] whose columns are its serde field
/// names, read from the type (`serde_aux` introspection; `T` derives
/// `Deserialize` for that).
#[macro_export]
macro_rules! record {
    ($($t:ty),+ $(,)?) => {
        $(impl $crate::output::Record for $t {
            fn columns() -> &'static [&'static str] {
                $crate::output::columns::<$t>()
            }
        })+
    };
}

/// The keys a record serializes to, in order (for the column tests).
pub fn serialized_keys<T: Record>(row: &T) -> Vec<String> {
    match serde_json::to_value(row) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Rounds a derived figure (an estimate, a sum) to 0.01 kg for output.
/// How a table for a terminal is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// With borders: everything fits.
    Bordered,
    /// Without borders (some columns maybe dropped): everything fits.
    Plain,
    /// Nothing more to drop: cells wrap (a last resort).
    Wrapped,
}

/// The terminal's width: `COLUMNS` when set, else the tty's, else 80.
fn terminal_width(t: &Table) -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|c| *c >= 20)
        .or_else(|| t.width())
        .unwrap_or(80)
}

fn cell_width(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// Fits a table for people into `width` columns without breaking a word
/// or a number: ids are cut to their shortest unique prefix (at least 6
/// characters; every id resolver takes a prefix back), then the borders go,
/// then the least useful columns (from the right; never the first, an
/// exercise or name, or the id) until it fits.
fn fit(mut data: TableData, width: u16) -> (TableData, Layout) {
    if let Some(i) = data.headers.iter().position(|h| *h == "id") {
        let ids: Vec<String> = data.rows.iter().map(|r| r[i].clone()).collect();
        let short = crate::domain::text::unique_prefixes(&ids, 6);
        for (r, s) in data.rows.iter_mut().zip(short) {
            r[i] = s;
        }
    }
    let width = usize::from(width);
    let natural = |d: &TableData| -> Vec<usize> {
        d.headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                d.rows
                    .iter()
                    .map(|r| cell_width(&r[i]))
                    .max()
                    .unwrap_or(0)
                    .max(h.chars().count())
            })
            .collect()
    };
    let w = natural(&data);
    let n = w.len();
    // "│ a │ b │": a space either side of each cell and n + 1 rules.
    if w.iter().sum::<usize>() + 3 * n < width {
        return (data, Layout::Bordered);
    }
    let keep = |h: &str| matches!(h, "id" | "exercise" | "name" | "field" | "value");
    // The least useful columns go first, in this order; then others from the right.
    const FIRST: [&str; 12] = [
        "other",
        "notes",
        "rpe",
        "top muscles",
        "plan",
        "schedule",
        "active",
        "set",
        "status",
        "day",
        "from",
        "sessions",
    ];
    loop {
        let w = natural(&data);
        // No borders: one space between columns (trailing spaces are trimmed).
        if w.iter().sum::<usize>() + w.len().saturating_sub(1) <= width {
            return (data, Layout::Plain);
        }
        let drop = FIRST
            .iter()
            .find_map(|f| data.headers.iter().position(|h| h == f))
            .filter(|&i| i > 0)
            .or_else(|| {
                (1..data.headers.len())
                    .rev()
                    .find(|&i| !keep(data.headers[i]))
            });
        match drop {
            Some(i) => {
                data.headers.remove(i);
                for r in &mut data.rows {
                    r.remove(i);
                }
            }
            None => return (data, Layout::Wrapped),
        }
    }
}

pub fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, serde::Deserialize)]
    struct Row {
        name: String,
        #[serde(rename = "top muscles")]
        top: Option<String>,
        sets: i64,
    }

    #[test]
    fn a_tables_columns_come_from_its_row_type() {
        let t = TableData::of::<Row>(&[]);
        assert_eq!(t.headers, ["name", "top muscles", "sets"]);
        assert!(t.rows.is_empty());
        let t = TableData::of(&[Row {
            name: "Squat".into(),
            top: None,
            sets: 3,
        }]);
        assert_eq!(t.rows, [["Squat", "", "3"]]);
    }

    #[test]
    fn the_progress_bar_is_hidden_off_a_terminal_and_with_quiet() {
        // Tests run with stderr captured: not a terminal.
        let out = Output::new(Format::Table, ColorChoice::Never, false);
        assert!(out.progress(Some(10), "reading").is_hidden());
        let quiet = Output::new(Format::Table, ColorChoice::Never, true);
        assert!(quiet.progress(None, "sets written").is_hidden());
    }
}
