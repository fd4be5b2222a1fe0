//! Reading exports of other apps (Strong, Hevy, FitNotes) and this tool's
//! own CSV into sessions and sets. Pure: no database, no terminal. [`detect`]
//! tells the app and layout from the header line; one file per app reads its
//! layouts; [`Builder`] gathers what they read, with one problem per line
//! that cannot be read.

pub mod fitnotes;
pub mod hevy;
pub mod strong;
pub mod workout;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use crate::db::types::Timestamp;
use crate::domain::exercise::ExerciseFacts;
use crate::domain::settype::SetType;
use crate::domain::text;
use crate::domain::units::WeightUnit;
use crate::error::Kind;

/// The app a file comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Strong,
    Hevy,
    Fitnotes,
    /// This tool's own `log export --format csv`.
    Workout,
}

/// One of the header layouts an app has written (see the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes`.
    Strong2016,
    /// Semicolons, a unit per row.
    StrongSemicolon,
    /// `Date,Workout Name,Duration,...`: no unit anywhere.
    StrongCommon,
    /// `"Workout #";"Date";...`: semicolons, every field quoted, metric.
    StrongNumbered,
    Hevy,
    /// `Date,Exercise,Category,Weight (lbs),...`.
    FitNotesOld,
    /// `Date,Exercise,Category,Weight,Weight Unit,...[,Comment]`.
    FitNotes,
    Workout,
}

impl Layout {
    pub fn source(self) -> Source {
        match self {
            Layout::Strong2016
            | Layout::StrongSemicolon
            | Layout::StrongCommon
            | Layout::StrongNumbered => Source::Strong,
            Layout::Hevy => Source::Hevy,
            Layout::FitNotesOld | Layout::FitNotes => Source::Fitnotes,
            Layout::Workout => Source::Workout,
        }
    }

    /// Its name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Strong2016 => "strong-2016",
            Layout::StrongSemicolon => "strong-semicolon",
            Layout::StrongCommon => "strong",
            Layout::StrongNumbered => "strong-numbered",
            Layout::Hevy => "hevy",
            Layout::FitNotesOld => "fitnotes-old",
            Layout::FitNotes => "fitnotes",
            Layout::Workout => "workout",
        }
    }
}

/// What the reader is told besides the file.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--from`: only this app's layouts.
    pub from: Option<Source>,
    /// `--unit`: the weight unit where the file does not say.
    pub unit: Option<WeightUnit>,
    /// The user's time zone: apps write local times.
    pub tz: Tz,
}

/// A session as read. Times are UTC.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionIn {
    pub name: String,
    pub status: String,
    pub scheduled_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub completed_at: Option<Timestamp>,
    pub duration_minutes: Option<i32>,
    pub notes: Option<String>,
}

impl SessionIn {
    /// A performed session of an app: completed, started at `start`.
    pub fn completed(name: &str, start: Timestamp, seconds: Option<i64>) -> Self {
        Self {
            name: name.to_string(),
            status: "COMPLETED".into(),
            scheduled_at: None,
            started_at: Some(start),
            completed_at: Some(Timestamp::new(
                start.utc() + chrono::Duration::seconds(seconds.unwrap_or(0)),
            )),
            duration_minutes: seconds.map(|s| ((s as f64) / 60.0).round() as i32),
            notes: None,
        }
    }
}

/// A set as read. `set_number` is `None` where the file's order is the set
/// order (the apps' files); the importer numbers those per session and exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct SetIn {
    pub line: u64,
    pub session: Option<usize>,
    pub exercise: String,
    /// When it was done, UTC.
    pub date: Timestamp,
    pub set_number: Option<i32>,
    pub reps: Option<i32>,
    pub weight_kg: Option<f64>,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub set_type: SetType,
    /// The superset group within its session (from 1).
    pub superset: Option<i32>,
    pub notes: Option<String>,
}

/// A target of the day as read (this tool's own export): a
/// "SessionExercise" row of a session in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetIn {
    pub line: u64,
    pub session: usize,
    pub exercise: String,
    pub position: i32,
    pub sets: i32,
    pub reps_min: Option<i32>,
    pub reps_max: Option<i32>,
    pub weight_kg: Option<f64>,
    pub rpe: Option<f64>,
    pub rest_seconds: Option<i32>,
    pub superset: Option<i32>,
    pub notes: Option<String>,
}

/// A line that cannot be read, and why (one sentence).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub line: u64,
    pub reason: String,
}

/// Everything read from one file.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub layout: Layout,
    pub sessions: Vec<SessionIn>,
    pub sets: Vec<SetIn>,
    /// Facts the file gives about exercises (this tool's own export, or a
    /// FitNotes category), by the name as written in the file.
    pub facts: HashMap<String, ExerciseFacts>,
    /// Own exercises the file carries without a set (this tool's own
    /// export): their line and name; their facts are in `facts`.
    pub exercises: Vec<(u64, String)>,
    /// The day's targets the file carries (this tool's own export), one per
    /// session and position.
    pub targets: Vec<TargetIn>,
    /// What the sets of an exercise the file names record (this tool's own
    /// export's `exerciseTrackingType`), by the name as written.
    pub tracking: HashMap<String, crate::domain::tracking::TrackingType>,
    pub problems: Vec<Problem>,
    /// Lines read only by putting unquoted commas back into an exercise
    /// name (FitNotes), and how they were read.
    pub recovered: Vec<Problem>,
    /// `Rest Timer` rows: rests, not sets.
    pub rest_rows: usize,
}

impl Parsed {
    /// Reps x kg over every set read, warm-ups included.
    pub fn volume_kg(&self) -> f64 {
        self.sets
            .iter()
            .map(|s| f64::from(s.reps.unwrap_or(0)) * s.weight_kg.unwrap_or(0.0))
            .sum()
    }
}

/// What a streaming import is handed as the file is read.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Set(SetIn),
    /// A run of rows of one session: `index` is what its sets (and
    /// targets) carry as their session, `key` names the session in the
    /// file. A session whose rows are not all together comes once per run,
    /// under one key: the first run's values are the session's, with the
    /// first notes any run has (as [`Parsed::sessions`] keeps them).
    Session {
        index: usize,
        key: String,
        session: SessionIn,
    },
}

/// Where the sets and sessions read go, one at a time as they are read (a
/// streaming import), instead of [`Parsed::sets`] and [`Parsed::sessions`]:
/// memory does not grow with the file's sessions either.
pub type SetSink<'s> = &'s mut dyn FnMut(Item);

/// Gathers sessions, sets and problems while a file is read.
pub struct Builder<'s> {
    parsed: Parsed,
    sessions: HashMap<String, usize>,
    sink: Option<SetSink<'s>>,
    /// Streaming: the session of the rows being read (key, index, values),
    /// handed on when the next one starts, and how many were handed on.
    current: Option<(String, usize, SessionIn)>,
    runs: usize,
}

impl<'s> Builder<'s> {
    fn new(layout: Layout, sink: Option<SetSink<'s>>) -> Self {
        Self {
            sink,
            current: None,
            runs: 0,
            parsed: Parsed {
                layout,
                sessions: Vec::new(),
                sets: Vec::new(),
                facts: HashMap::new(),
                exercises: Vec::new(),
                targets: Vec::new(),
                tracking: HashMap::new(),
                problems: Vec::new(),
                recovered: Vec::new(),
                rest_rows: 0,
            },
            sessions: HashMap::new(),
        }
    }

    /// The session `key` names in this file, made from `make` the first time.
    /// A session whose name or notes cannot be stored is the row's problem.
    fn session(&mut self, key: String, make: impl FnOnce() -> SessionIn) -> Result<usize, String> {
        if self.sink.is_some() {
            if let Some((k, i, _)) = &self.current
                && *k == key
            {
                return Ok(*i);
            }
        } else if let Some(i) = self.sessions.get(&key) {
            return Ok(*i);
        }
        let mut s = make();
        if !s.name.trim().is_empty() {
            s.name = text::title("a session name", &s.name)?;
        }
        s.notes = match &s.notes {
            Some(n) => text::notes("the session notes", n)?,
            None => None,
        };
        if self.sink.is_some() {
            self.hand_on_session();
            let i = self.runs;
            self.runs += 1;
            self.current = Some((key, i, s));
            return Ok(i);
        }
        let i = self.parsed.sessions.len();
        self.sessions.insert(key, i);
        self.parsed.sessions.push(s);
        Ok(i)
    }

    /// Streaming: the session being read to the sink.
    fn hand_on_session(&mut self) {
        if let (Some(f), Some((key, index, session))) = (&mut self.sink, self.current.take()) {
            f(Item::Session {
                index,
                key,
                session,
            });
        }
    }

    /// Notes of a session that its first row did not carry.
    fn session_notes(&mut self, i: usize, notes: Option<String>) -> Result<(), String> {
        let Some(n) = notes else {
            return Ok(());
        };
        let s = match &mut self.current {
            Some((_, k, s)) if self.sink.is_some() && *k == i => s,
            _ => &mut self.parsed.sessions[i],
        };
        if s.notes.is_none() {
            s.notes = text::notes("the session notes", &n)?;
        }
        Ok(())
    }

    /// A set read: to the sink, or kept in [`Parsed::sets`].
    fn set(&mut self, s: SetIn) {
        match &mut self.sink {
            Some(f) => f(Item::Set(s)),
            None => self.parsed.sets.push(s),
        }
    }

    fn problem(&mut self, line: u64, reason: impl Into<String>) {
        self.parsed.problems.push(Problem {
            line,
            reason: reason.into(),
        });
    }

    fn finish(mut self) -> Parsed {
        self.hand_on_session();
        self.parsed
    }
}

/// The header's columns by name (trimmed, case-insensitive).
pub struct Columns {
    names: Vec<String>,
}

impl Columns {
    fn new(header: &csv::StringRecord) -> Self {
        Self {
            names: header.iter().map(|h| h.trim().to_lowercase()).collect(),
        }
    }

    fn has(&self, name: &str) -> bool {
        self.index(name).is_some()
    }

    fn index(&self, name: &str) -> Option<usize> {
        let n = name.to_lowercase();
        self.names.iter().position(|h| *h == n)
    }

    fn len(&self) -> usize {
        self.names.len()
    }

    /// The trimmed field of `rec` under `name`; "" when the column or field is absent.
    fn get<'r>(&self, rec: &'r csv::StringRecord, name: &str) -> &'r str {
        self.index(name)
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .unwrap_or("")
    }
}

/// Tells the layout from the header (`--from` limits the choice).
pub fn detect(header: &csv::StringRecord, from: Option<Source>) -> anyhow::Result<Layout> {
    let c = Columns::new(header);
    let found = if c.has("Workout #") && c.has("Workout Name") {
        Some(Layout::StrongNumbered)
    } else if c.has("Workout Name") && c.has("Weight Unit") {
        Some(Layout::StrongSemicolon)
    } else if c.has("Workout Name") && c.has("Duration") && c.has("Weight") {
        Some(Layout::StrongCommon)
    } else if c.has("Workout Name") && (c.has("kg") || c.has("lbs")) {
        Some(Layout::Strong2016)
    } else if c.has("exercise_title") && c.has("start_time") {
        Some(Layout::Hevy)
    } else if c.has("Exercise") && c.has("Category") && c.has("Weight Unit") {
        Some(Layout::FitNotes)
    } else if c.has("Exercise") && c.has("Category") && fitnotes::header_unit(&c).is_some() {
        Some(Layout::FitNotesOld)
    } else if c.has("setNumber") && c.has("exercise") && c.has("date") {
        Some(Layout::Workout)
    } else {
        None
    };
    let start: String = header
        .iter()
        .collect::<Vec<_>>()
        .join(",")
        .chars()
        .take(60)
        .collect();
    match (found, from) {
        (Some(l), Some(f)) if l.source() != f => Err(Kind::Usage.err(format!(
            "--from {} was given, but the header is a {} export's (`{start}`)",
            name_of(f).to_lowercase(),
            name_of(l.source())
        ))),
        (Some(l), _) => Ok(l),
        (None, Some(f)) => Err(Kind::Usage.err(format!(
            "the header `{start}` is none of the {} layouts this tool reads (see the README)",
            name_of(f)
        ))),
        (None, None) => Err(Kind::Usage.err(format!(
            "the header `{start}` is no export layout this tool reads (Strong, Hevy, FitNotes or workout's own csv)"
        ))),
    }
}

/// An app's name for messages.
pub fn name_of(s: Source) -> &'static str {
    match s {
        Source::Strong => "Strong",
        Source::Hevy => "Hevy",
        Source::Fitnotes => "FitNotes",
        Source::Workout => "workout",
    }
}

/// Reads a whole file. `progress` is told how many bytes have been read.
/// A file whose header is unknown, or that needs `--unit`, is an error;
/// rows that cannot be read are [`Parsed::problems`].
pub fn read(input: &[u8], opts: &Options, progress: &dyn Fn(u64)) -> anyhow::Result<Parsed> {
    read_from(Box::new(input), opts, progress, None)
}

/// Reads a file as a stream: at most a line and the csv reader's buffer
/// are held, and with a `sink` every set goes there as it is read (then
/// [`Parsed::sets`] stays empty); the rest of [`Parsed`] is gathered as
/// [`read`] does.
pub fn read_from<'a>(
    input: Box<dyn Read + 'a>,
    opts: &Options,
    progress: &dyn Fn(u64),
    sink: Option<SetSink<'_>>,
) -> anyhow::Result<Parsed> {
    // The first line (at most 1 MiB of it) tells the delimiter; it is read
    // again by the csv reader.
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut first_line = Vec::new();
    (&mut input)
        .take(1 << 20)
        .read_until(b'\n', &mut first_line)
        .map_err(|e| Kind::Usage.err(format!("the file cannot be read ({e})")))?;
    if let Some(rest) = first_line.strip_prefix(b"\xEF\xBB\xBF") {
        first_line = rest.to_vec();
    }
    let header_line = first_line.strip_suffix(b"\n").unwrap_or(&first_line);
    // A NUL byte in the header line, or a header that is not UTF-8: a
    // binary file (or UTF-16 text), which is bad input, not a failure.
    if header_line.contains(&0) || std::str::from_utf8(header_line).is_err() {
        return Err(Kind::Usage.err(
            "the file is not a CSV export: it holds binary data, or text that is not UTF-8 (save it as UTF-8 CSV)",
        ));
    }
    let semis = header_line.iter().filter(|b| **b == b';').count();
    let commas = header_line.iter().filter(|b| **b == b',').count();
    let delimiter = if semis > commas { b';' } else { b',' };
    let whole: Box<dyn Read + 'a> = Box::new(std::io::Cursor::new(first_line).chain(input));
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(whole);
    let mut header = csv::StringRecord::new();
    let has_header = rdr
        .read_record(&mut header)
        .map_err(|e| Kind::Usage.err(format!("the header line cannot be read as CSV ({e})")))?;
    if !has_header || header.iter().all(|h| h.trim().is_empty()) {
        return Err(Kind::Usage.err("the file is empty: it has no header line"));
    }
    let layout = detect(&header, opts.from)?;
    let cols = Columns::new(&header);
    let mut b = Builder::new(layout, sink);
    let mut rows = Rows {
        rdr,
        progress,
        count: 0,
    };
    match layout.source() {
        Source::Strong => strong::read(layout, &cols, &mut rows, opts, &mut b)?,
        Source::Hevy => hevy::read(&cols, &mut rows, opts, &mut b)?,
        Source::Fitnotes => fitnotes::read(layout, &cols, &mut rows, opts, &mut b)?,
        Source::Workout => workout::read(&cols, &mut rows, &mut b)?,
    }
    Ok(b.finish())
}

/// The data rows of a file, with their line numbers; blank lines skipped.
pub struct Rows<'a> {
    rdr: csv::Reader<Box<dyn Read + 'a>>,
    progress: &'a dyn Fn(u64),
    count: u64,
}

impl Rows<'_> {
    /// The next row: its line number and fields; `Err` is a line the CSV
    /// reader cannot read at all (bad UTF-8, say).
    fn next(&mut self) -> Option<(u64, Result<csv::StringRecord, String>)> {
        let mut rec = csv::StringRecord::new();
        loop {
            let pos = self.rdr.position().clone();
            self.count += 1;
            if self.count.is_multiple_of(4096) {
                (self.progress)(pos.byte());
            }
            match self.rdr.read_record(&mut rec) {
                Ok(false) => return None,
                Ok(true) => {
                    if rec.iter().all(|f| f.trim().is_empty()) {
                        continue;
                    }
                    let line = rec.position().map_or(pos.line() + 1, |p| p.line());
                    return Some((line, Ok(rec)));
                }
                Err(e) => {
                    let line = e.position().map_or(pos.line() + 1, |p| p.line());
                    return Some((line, Err(format!("the line cannot be read as CSV ({e})"))));
                }
            }
        }
    }
}

// --- Field readers shared by the apps: each returns a reason on failure. ---

/// A number, or `None` when empty. Takes a decimal comma (`72,5`) too, and
/// drops float noise (`149.99999999999997` is 150).
pub fn number(s: &str, what: &str) -> Result<Option<f64>, String> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let owned;
    let t = if t.contains(',') && !t.contains('.') {
        owned = t.replace(',', ".");
        owned.as_str()
    } else {
        t
    };
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => {
            let rounded = (v * 1000.0).round() / 1000.0;
            if rounded.is_finite() {
                Ok(Some(rounded))
            } else {
                Err(format!("`{}` is out of range for a {what}", text::quote(s)))
            }
        }
        _ => Err(format!("`{}` is not a {what}", text::quote(s))),
    }
}

/// A number where `0` means "none" too (older Strong layouts write 0 for missing).
pub fn positive(s: &str, what: &str) -> Result<Option<f64>, String> {
    Ok(number(s, what)?.filter(|v| *v > 0.0))
}

/// Whole reps: `8`, `10.0`; empty or 0 is none.
pub fn reps(s: &str) -> Result<Option<i32>, String> {
    match positive(s, "number of reps")? {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && v <= f64::from(crate::domain::setspec::MAX_REPS) => {
            Ok(Some(v as i32))
        }
        Some(_) => Err(format!("`{s}` is not a whole number of reps")),
    }
}

/// An RPE from 1 to 10; empty or 0 is none.
pub fn rpe(s: &str) -> Result<Option<f64>, String> {
    match positive(s, "RPE")? {
        None => Ok(None),
        Some(v) if (1.0..=10.0).contains(&v) => Ok(Some(v)),
        Some(_) => Err(format!("the RPE `{s}` is not from 1 to 10")),
    }
}

/// Whole seconds; empty or 0 is none.
pub fn seconds(s: &str) -> Result<Option<i32>, String> {
    match positive(s, "number of seconds")? {
        None => Ok(None),
        Some(v) if v.round() <= f64::from(i32::MAX) => Ok(Some(v.round() as i32)),
        Some(_) => Err(format!(
            "`{}` seconds is out of range (1 second to 24 hours)",
            text::quote(s)
        )),
    }
}

/// A weight in `unit`, in kilograms; empty or 0 is none (body weight).
pub fn weight(s: &str, unit: WeightUnit) -> Result<Option<f64>, String> {
    Ok(positive(s, "weight")?.map(|v| unit.to_kg(v)))
}

/// Metres in a distance unit's name (`km`, `mi`, `m`, `ft`, `yd`).
pub fn metres_per(unit: &str) -> Option<f64> {
    match unit.trim().to_ascii_lowercase().as_str() {
        "km" | "kms" | "kilometers" | "kilometres" => Some(1000.0),
        "m" | "meters" | "metres" => Some(1.0),
        "mi" | "mile" | "miles" => Some(1609.344),
        "ft" | "feet" => Some(0.3048),
        "yd" | "yds" | "yards" => Some(0.9144),
        _ => None,
    }
}

/// A local date and time in the user's zone, as stored (UTC).
pub fn utc(tz: Tz, local: NaiveDateTime) -> Timestamp {
    Timestamp::new(crate::domain::plan::local_instant(
        tz,
        local.date(),
        local.time(),
    ))
}

/// `YYYY-MM-DD HH:MM:SS` (or without seconds, or with a `T`).
pub fn local_datetime(s: &str) -> Result<NaiveDateTime, String> {
    let t = s.trim();
    for f in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(t, f) {
            return plausible(d);
        }
    }
    Err(format!(
        "`{s}` is not a date and time (YYYY-MM-DD HH:MM:SS)"
    ))
}

/// A parsed date and time whose year the rest of the tool can work with.
pub fn plausible(d: NaiveDateTime) -> Result<NaiveDateTime, String> {
    crate::domain::plan::check_year(d.date()).map(|_| d)
}

/// A date alone, at noon (as `log add --date` takes one).
pub fn local_noon(s: &str) -> Result<NaiveDateTime, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(|d| d.and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon")))
        .map_err(|_| format!("`{s}` is not a date (YYYY-MM-DD)"))
        .and_then(plausible)
}

/// Text, or `None` when blank.
pub fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Runs `f` on every row; a reason it returns becomes that line's problem.
fn each_row<'s>(
    rows: &mut Rows,
    b: &mut Builder<'s>,
    mut f: impl FnMut(u64, &csv::StringRecord, &mut Builder<'s>) -> Result<(), String>,
) {
    while let Some((line, rec)) = rows.next() {
        let r = rec.and_then(|rec| {
            if rec.iter().any(|f| f.contains('\0')) {
                return Err("a field holds a NUL byte, which cannot be stored".into());
            }
            if let Some(n) = rec
                .iter()
                .map(|f| f.chars().count())
                .find(|n| *n > text::MAX_NOTES)
            {
                return Err(format!(
                    "a field is {n} characters long: at most {} are accepted",
                    text::MAX_NOTES
                ));
            }
            f(line, &rec, b)
        });
        if let Err(reason) = r {
            b.problem(line, reason);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn opts(unit: Option<WeightUnit>) -> Options {
        Options {
            from: None,
            unit,
            tz: chrono_tz::UTC,
        }
    }

    pub fn read_str(s: &str, unit: Option<WeightUnit>) -> Parsed {
        read(s.as_bytes(), &opts(unit), &|_| {}).unwrap()
    }

    pub fn read_err(s: &str, unit: Option<WeightUnit>) -> String {
        read(s.as_bytes(), &opts(unit), &|_| {})
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn numbers() {
        assert_eq!(number("149.99999999999997", "w"), Ok(Some(150.0)));
        assert_eq!(number("72,5", "w"), Ok(Some(72.5)));
        assert_eq!(number("", "w"), Ok(None));
        assert!(number("abc", "weight").unwrap_err().contains("`abc`"));
        assert!(number("-5", "weight").is_err());
        assert_eq!(positive("0", "w"), Ok(None));
        assert_eq!(reps("10.0"), Ok(Some(10)));
        assert_eq!(reps("0"), Ok(None));
        assert!(reps("7.5").is_err());
        assert_eq!(rpe("8.5"), Ok(Some(8.5)));
        assert!(rpe("11").is_err());
        let kg = weight("185.00000000000003", WeightUnit::Lb)
            .unwrap()
            .unwrap();
        assert!((kg - 185.0 * crate::domain::units::KG_PER_LB).abs() < 1e-9);
    }

    #[test]
    fn unknown_and_mismatched_headers() {
        assert!(read_err("a,b,c\n1,2,3\n", None).contains("no export layout"));
        assert!(read_err("", None).contains("empty"));
        let e = read(
            b"title,start_time,end_time,exercise_title,set_index,set_type,weight_kg,reps\n",
            &Options {
                from: Some(Source::Strong),
                ..opts(None)
            },
            &|_| {},
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("--from strong") && e.contains("Hevy"), "{e}");
    }

    #[test]
    fn local_times_become_utc() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let t = utc(tz, local_datetime("2024-07-04 12:00:00").unwrap());
        assert_eq!(t.to_string(), "2024-07-04T16:00:00.000Z");
    }
}
