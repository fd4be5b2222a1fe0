//! `log export` produced by the server: `COPY (SELECT ...) TO STDOUT`
//! streams the rows as csv (or one JSON object per line) with no decoding
//! on this side. The SELECTs shape every cell exactly as the row-by-row
//! export did (serde + the csv crate): the same columns, `true`/`false`,
//! ISO 8601 times with milliseconds, floats as Rust prints them (`100.0`,
//! `1e20`), empty text as an empty field, `--spreadsheet-safe`'s `'`.
//!
//! COPY takes no bind parameters, so the user's id and the filters are
//! bound into transaction-local settings (`set_config(..., true)`) that
//! the statement reads with `current_setting`: nothing is formatted into
//! the SQL. Run inside the export's (read-only, repeatable-read)
//! transaction.

use crate::db::types::Timestamp;
use crate::domain::settype::SetType;
use anyhow::{Context, Result};
use futures_util::TryStreamExt;
use sqlx::PgConnection;

/// What `log export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// RFC 4180 csv; `safe`: `--spreadsheet-safe`.
    Csv { safe: bool },
    /// One compact JSON object per line (ndjson; json is these as an array).
    Json,
}

/// The export's filters (all optional): an exercise, local-day bounds in UTC.
#[derive(Debug, Clone, Default)]
pub struct Bounds {
    pub exercise_id: Option<String>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
}

/// Makes the transaction just begun a read-only snapshot (the first
/// statement of it) and binds the user and the filters for its COPY
/// statements (see the module's note).
pub async fn bind(conn: &mut PgConnection, user_id: &str, b: &Bounds) -> Result<()> {
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *conn)
        .await
        .context("cannot start the export")?;
    sqlx::query(
        r#"SELECT set_config('jit', 'off', true),
                  set_config('workout.export_user', $1, true),
                  set_config('workout.export_exercise', coalesce($2, ''), true),
                  set_config('workout.export_since', coalesce($3::timestamp::text, ''), true),
                  set_config('workout.export_until', coalesce($4::timestamp::text, ''), true)"#,
    )
    .bind(user_id)
    .bind(&b.exercise_id)
    .bind(b.since)
    .bind(b.until)
    .execute(&mut *conn)
    .await
    .context("cannot start the export")?;
    Ok(())
}

/// How a column is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Free text or an id: `--spreadsheet-safe` defuses it.
    Text,
    /// A label (enum, muscle list): never starts with a formula character.
    Label,
    Int,
    Float,
    Bool,
    Time,
}

use Kind::*;

/// The columns of `app::export::SetExport`, in order, with their kinds.
const COLUMNS: [(&str, Kind); 43] = [
    ("id", Text),
    ("date", Time),
    ("sessionId", Text),
    ("session", Text),
    ("exercise", Text),
    ("setNumber", Int),
    ("reps", Int),
    ("weightKg", Float),
    ("durationSeconds", Int),
    ("distanceMeters", Float),
    ("rpe", Float),
    ("isWarmup", Bool),
    ("setType", Label),
    ("superset", Int),
    ("notes", Text),
    ("sessionStatus", Label),
    ("sessionScheduledAt", Time),
    ("sessionStartedAt", Time),
    ("sessionCompletedAt", Time),
    ("sessionDurationMinutes", Int),
    ("sessionNotes", Text),
    ("planId", Text),
    ("plan", Text),
    ("planDay", Text),
    ("exerciseId", Text),
    ("exerciseOwn", Bool),
    ("exerciseCategory", Label),
    ("exercisePrimaryMuscle", Label),
    ("exerciseSecondaryMuscles", Label),
    ("exerciseEquipment", Text),
    ("exerciseDifficulty", Label),
    ("exerciseMechanic", Label),
    ("exerciseForce", Label),
    ("exerciseTrackingType", Label),
    ("targetPosition", Int),
    ("targetSets", Int),
    ("targetRepsMin", Int),
    ("targetRepsMax", Int),
    ("targetWeightKg", Float),
    ("targetRpe", Float),
    ("targetRestSeconds", Int),
    ("targetSuperset", Int),
    ("targetNotes", Text),
];

/// A float8 as Rust's `ryu` prints it (serde_json and the csv crate use
/// it): the server's shortest round-trip digits are the same, only the
/// notation differs. ryu writes plain decimals for exponents -5..=15
/// (`100.0`, `0.00001`, `1500000000000000.0`) and otherwise `1e20`,
/// `1.5e-7` (serde_json: `1e+20`); the server writes `100`, and `1e+15`, `1e-05` from exponent
/// 15 and below -4. NULL stays NULL (tested first: most floats of a set
/// are empty).
fn float(x: &str, shape: Shape) -> String {
    // serde_json's formatter (zmij) writes `1e+20`, the csv crate's (ryu) `1e20`.
    let exponent = match shape {
        Shape::Csv { .. } => r"e\+?(-?)0*', 'e\1",
        Shape::Json => r"e([-+])0*', 'e\1",
    };
    format!(
        r#"CASE WHEN {x} IS NULL THEN NULL
               WHEN abs({x}) >= 1e15::float8 OR (abs({x}) < 1e-4::float8 AND {x} <> 0) THEN
               CASE WHEN abs({x}) >= 1e-5::float8 AND abs({x}) < 1e16::float8
                    THEN (SELECT CASE WHEN strpos(n, '.') > 0 THEN n ELSE n || '.0' END
                            FROM (SELECT ({x}::text::numeric)::text AS n) z)
                    ELSE regexp_replace({x}::text, '{exponent}') END
               WHEN {x} = trunc({x}) THEN {x}::text || '.0'
               ELSE {x}::text END"#
    )
}

/// One cell's expression in `shape`, from the source expression `x`.
fn cell(kind: Kind, x: &str, shape: Shape) -> String {
    match (kind, shape) {
        (Time, Shape::Csv { .. }) => format!(r#"to_char({x}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"#),
        (Float, _) => float(x, shape),
        (Bool, Shape::Csv { .. }) => format!("CASE WHEN {x} THEN 'true' ELSE 'false' END"),
        (Int, _) => format!("{x}::text"),
        // The csv crate writes an empty string unquoted, as the server
        // writes NULL (it would quote an empty string).
        (Text, Shape::Csv { safe: true }) => format!(
            r#"CASE WHEN left({x}, 1) IN ('=', '+', '-', '@', E'\t', E'\r') THEN '''' || {x} ELSE nullif({x}, '') END"#
        ),
        (Text | Label, Shape::Csv { .. }) => format!("nullif({x}, '')"),
        // JSON: the value's JSON text (NULL for null). to_json escapes a
        // string as serde_json does (control characters as \u00xx).
        // The quotes written by to_char (`\"`), not concatenated.
        (Time, Shape::Json) => format!(r#"to_char({x}, '\"YYYY-MM-DD"T"HH24:MI:SS.MS"Z"\"')"#),
        (Bool, Shape::Json) => format!("CASE WHEN {x} THEN 'true' WHEN NOT {x} THEN 'false' END"),
        // A label (an enum's name, `;`-separated names) needs no escaping.
        (Label, Shape::Json) => format!(r#"'"' || ({x}) || '"'"#),
        (Text, Shape::Json) => format!("to_json(({x})::text)::text"),
    }
}

/// How the columns of a JSON COPY make a line: per column, the bytes
/// written before its value and those written for NULL (see [`copy`]).
pub type Frame = Vec<(String, String)>;

/// The SELECT list of one query: `sources` are the 43 source expressions.
/// A source starting with `=` is a cell shaped already (by a subquery).
/// In JSON, every column is one value's JSON text (NULL for null), and the
/// frame says what goes before each (`{"id":`, `,"date":`) and what stands
/// for NULL (`null`): the keys and nulls are written by [`copy_out`], so
/// the server concatenates nothing per row. A source `#EXPR` is a fragment
/// (`,"key":value,...`, made once per session or exercise) that holds its
/// column and the following ones marked `#`; NULL stands for all of them
/// null.
fn select_list(sources: &[&str; 43], shape: Shape) -> (String, Frame) {
    let cells = COLUMNS
        .iter()
        .zip(sources)
        .map(|((_, kind), x)| match x.strip_prefix('=') {
            Some(shaped) => shaped.to_string(),
            None => cell(*kind, x, shape),
        });
    match shape {
        Shape::Csv { .. } => (
            cells
                .zip(COLUMNS)
                .map(|(c, (name, _))| format!(r#"{c} AS "{name}""#))
                .collect::<Vec<_>>()
                .join(",\n       "),
            Frame::new(),
        ),
        Shape::Json => {
            let mut list = Vec::new();
            let mut frame = Frame::new();
            for (i, (x, c)) in sources.iter().zip(cells).enumerate() {
                if *x == "#" {
                    continue;
                }
                match x.strip_prefix('#') {
                    Some(fragment) => {
                        let covered = sources[i + 1..].iter().take_while(|s| **s == "#").count();
                        let nulls: String = (i..=i + covered)
                            .map(|k| format!(",\"{}\":null", COLUMNS[k].0))
                            .collect();
                        list.push(fragment.to_string());
                        frame.push((String::new(), nulls));
                    }
                    None => {
                        let sep = if i == 0 { "{" } else { "," };
                        list.push(c);
                        frame.push((format!("{sep}\"{}\":", COLUMNS[i].0), "null".into()));
                    }
                }
            }
            (list.join(",\n       "), frame)
        }
    }
}

/// A lateral subquery (kept apart by OFFSET 0, so that a Memoize node
/// above it shapes each session or exercise once, not once per set) of the
/// cells of the columns `at` from `sources` over `from` (whose WHERE names
/// the set's row), named `c<i>`, besides the `keys`.
fn shaped(
    keys: &str,
    at: std::ops::RangeInclusive<usize>,
    extra: &[usize],
    also: Option<std::ops::RangeInclusive<usize>>,
    sources: &[&str; 43],
    from: &str,
    shape: Shape,
) -> String {
    let mut cells: Vec<String> = at
        .clone()
        .chain(extra.iter().copied())
        .map(|i| format!("{} AS c{i}", cell(COLUMNS[i].1, sources[i], shape)))
        .collect();
    if shape == Shape::Json {
        // The columns `at` (and `also`) as one JSON fragment each,
        // `,"key":value,...`, named after its first column.
        for range in std::iter::once(at).chain(also) {
            let parts: Vec<String> = range
                .clone()
                .map(|i| {
                    let name = COLUMNS[i].0;
                    let c = cell(COLUMNS[i].1, sources[i], shape);
                    format!("',\"{name}\":', coalesce({c}, 'null')")
                })
                .collect();
            cells.push(format!(
                "concat({}) AS f{}",
                parts.join(", "),
                range.start()
            ));
        }
    }
    format!("(SELECT {keys}, {} {from} OFFSET 0)", cells.join(", "))
}

/// A COPY statement, and for JSON the [`Frame`] of its columns.
#[derive(Debug, Clone)]
pub struct Statement {
    pub sql: String,
    frame: Frame,
}

/// The COPY statement of `sources` over `from` (`FROM ... WHERE ...`) in `order`.
fn copy(sources: &[&str; 43], from: &str, order: &str, shape: Shape, header: bool) -> Statement {
    let (list, frame) = select_list(sources, shape);
    let sql = match shape {
        Shape::Csv { .. } => format!(
            "COPY (SELECT {list}\n{from}\nORDER BY {order}) TO STDOUT WITH (FORMAT csv{})",
            if header { ", HEADER" } else { "" }
        ),
        // The values' JSON texts as they are (binary COPY: a length and
        // the bytes, no scan for characters to quote); [`copy_out`] makes
        // the lines with the frame's keys.
        Shape::Json => {
            format!("COPY (SELECT {list}\n{from}\nORDER BY {order}) TO STDOUT WITH (FORMAT binary)")
        }
    };
    Statement { sql, frame }
}

/// The day's target columns from the "SessionExercise" row `t`.
const TARGET: [&str; 9] = [
    r#"t."position""#,
    r#"t."targetSets""#,
    r#"t."targetRepsMin""#,
    r#"t."targetRepsMax""#,
    r#"t."targetWeight""#,
    r#"t."targetRpe""#,
    r#"t."restSeconds""#,
    r#"t."supersetGroup""#,
    r#"t."notes""#,
];
const NO_TARGET: [&str; 9] = [
    "NULL::int",
    "NULL::int",
    "NULL::int",
    "NULL::int",
    "NULL::float8",
    "NULL::float8",
    "NULL::int",
    "NULL::int",
    "NULL::text",
];
/// The set columns (id .. notes) of a row without a set.
const NO_SET: [&str; 15] = [
    "NULL::text",
    "NULL::timestamp",
    "", // sessionId: the caller's
    "", // session
    "", // exercise
    "NULL::int",
    "NULL::int",
    "NULL::float8",
    "NULL::int",
    "NULL::float8",
    "NULL::float8",
    "false",
    "NULL::text",
    "NULL::int",
    "NULL::text",
];
const SESSION: [&str; 9] = [
    r#"s."status"::text"#,
    r#"s."scheduledAt""#,
    r#"s."startedAt""#,
    r#"s."completedAt""#,
    r#"s."durationMinutes""#,
    r#"s."notes""#,
    r#"p."id""#,
    r#"p."name""#,
    r#"d."name""#,
];
const EXERCISE: [&str; 10] = [
    r#"e."id""#,
    r#"e."createdById" IS NOT NULL"#,
    r#"e."category"::text"#,
    r#"e."primaryMuscleGroup"::text"#,
    r#"coalesce(array_to_string(e."secondaryMuscleGroups"::text[], ';'), '')"#,
    r#"e."equipment""#,
    r#"e."difficulty"::text"#,
    r#"e."mechanic"::text"#,
    r#"e."force"::text"#,
    r#"e."trackingType"::text"#,
];

fn concat(parts: &[&[&'static str]]) -> [&'static str; 43] {
    let v: Vec<&str> = parts.iter().flat_map(|p| p.iter().copied()).collect();
    v.try_into().expect("43 columns")
}

fn no_set(
    session_id: &'static str,
    session: &'static str,
    exercise: &'static str,
) -> Vec<&'static str> {
    let mut v = NO_SET.to_vec();
    v[2] = session_id;
    v[3] = session;
    v[4] = exercise;
    v
}

/// The sets' order: oldest first.
const ORDER: &str = r#"l."date", l."setNumber", l."id""#;

/// The sets' COPY: the user's sets matching the bound filters, oldest first.
pub fn sets_statement(b: &Bounds, shape: Shape) -> Statement {
    let set = [
        r#"l."id""#,
        r#"l."date""#,
        r#"l."sessionId""#,
        r#"s."name""#,
        r#"e."name""#,
        r#"l."setNumber""#,
        r#"l."reps""#,
        r#"l."weight""#,
        r#"l."durationSeconds""#,
        r#"l."distanceMeters""#,
        r#"l."rpe""#,
        r#"l."isWarmup""#,
        r#"l."setType"::text"#,
        r#"l."supersetGroup""#,
        r#"l."notes""#,
    ];
    let raw = concat(&[&set, &SESSION, &EXERCISE, &TARGET]);
    // The session's and exercise's cells are shaped once per session and
    // exercise (below); the set's and target's once per row.
    let sessions = shaped(
        r#"s."id""#,
        15..=23,
        &[3],
        Some(2..=3),
        &raw,
        r#"FROM "WorkoutSession" s
      LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = s."userId"
      LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id"
      WHERE s."userId" = current_setting('workout.export_user') AND s."id" = l."sessionId""#,
        shape,
    );
    let exercises = shaped(
        r#"e."id""#,
        24..=33,
        &[4],
        None,
        &raw,
        r#"FROM "Exercise" e WHERE e."id" = l."exerciseId""#,
        shape,
    );
    // The day's target (its first entry for the exercise), shaped once per
    // session and exercise.
    let targets = shaped(
        r#"t."id""#,
        34..=42,
        &[],
        None,
        &raw,
        r#"FROM "SessionExercise" t
      WHERE t."sessionId" = s."id" AND t."exerciseId" = l."exerciseId"
      ORDER BY t."position" LIMIT 1"#,
        shape,
    );
    let mut names: Vec<String> = (0..43).map(|i| format!("=c{i}")).collect();
    if shape == Shape::Json {
        // The session's, exercise's and target's columns as one fragment
        // each; a set without one gets the frame's nulls.
        for i in (16..=23).chain(25..=33).chain(35..=42) {
            names[i] = "#".into();
        }
        names[15] = "#s.f15".into();
        names[24] = "#e.f24".into();
        names[34] = "#t.f34".into();
        // The session's id and name once per session too (a session the
        // lookup does not find, which the schema rules out, keeps its id).
        names[2] = r#"#coalesce(s.f2, CASE WHEN l."sessionId" IS NOT NULL
                 THEN concat(',"sessionId":', to_json(l."sessionId"::text)::text, ',"session":null') END)"#
            .into();
        names[3] = "#".into();
        // The set type's JSON text without building it per row.
        names[12] = format!(
            "=CASE l.\"setType\" {} ELSE '\"' || l.\"setType\"::text || '\"' END",
            SetType::ALL
                .iter()
                .map(|t| format!("WHEN '{0}' THEN '\"{0}\"'", t.label()))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    let mut sources = raw;
    for i in [3, 4].into_iter().chain(15..=42) {
        sources[i] = names[i].as_str();
    }
    if shape == Shape::Json {
        sources[2] = names[2].as_str();
        sources[12] = names[12].as_str();
    }
    // The sets in order first, narrow and unshaped: the (userId, date)
    // index gives them by date and an Incremental Sort orders each date's
    // few, so no Sort node ever holds the wide shaped rows. The lookups
    // below are nested loops over Memoize, which keep that order.
    let mut sets = String::from(
        r#"SELECT l."id", l."date", l."sessionId", l."exerciseId", l."setNumber", l."reps", l."weight",
       l."durationSeconds", l."distanceMeters", l."rpe", l."isWarmup", l."setType", l."supersetGroup", l."notes"
  FROM "WorkoutLog" l
 WHERE l."userId" = current_setting('workout.export_user')"#,
    );
    if b.exercise_id.is_some() {
        sets.push_str(r#" AND l."exerciseId" = current_setting('workout.export_exercise')"#);
    }
    if b.since.is_some() {
        sets.push_str(r#" AND l."date" >= current_setting('workout.export_since')::timestamp"#);
    }
    if b.until.is_some() {
        sets.push_str(r#" AND l."date" < current_setting('workout.export_until')::timestamp"#);
    }
    let from = format!(
        r#"FROM ({sets}
 ORDER BY {ORDER} OFFSET 0) l
JOIN LATERAL {exercises} e ON true
LEFT JOIN LATERAL {sessions} s ON true
LEFT JOIN LATERAL {targets} t ON true"#
    );
    copy(&sources, &from, ORDER, shape, true)
}

/// A full export's other rows, in order, without a header: the user's
/// sessions with no set, the day's targets no set row carries (an exercise
/// planned and not done, or a second entry of one), the user's own
/// exercises no set uses (see docs/export-import.md).
pub fn extras_statements(shape: Shape) -> [Statement; 3] {
    const PLAN: &str = r#"LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = s."userId"
LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id""#;
    let no_exercise = [
        "NULL::text",
        "false",
        "NULL::text",
        "NULL::text",
        "''",
        "NULL::text",
        "NULL::text",
        "NULL::text",
        "NULL::text",
        "NULL::text",
    ];
    let sessions = copy(
        &concat(&[
            &no_set(r#"s."id""#, r#"s."name""#, "NULL::text"),
            &SESSION,
            &no_exercise,
            &NO_TARGET,
        ]),
        &format!(
            r#"FROM "WorkoutSession" s
{PLAN}
WHERE s."userId" = current_setting('workout.export_user')
  AND NOT EXISTS (SELECT 1 FROM "WorkoutLog" l
                  WHERE l."userId" = current_setting('workout.export_user') AND l."sessionId" = s."id")"#
        ),
        r#"coalesce(s."startedAt", s."scheduledAt", s."createdAt"), s."id""#,
        shape,
        false,
    );
    let targets = copy(
        &concat(&[
            &no_set(r#"s."id""#, r#"s."name""#, r#"e."name""#),
            &SESSION,
            &EXERCISE,
            &TARGET,
        ]),
        &format!(
            r#"FROM "SessionExercise" t
JOIN "WorkoutSession" s ON s."id" = t."sessionId"
JOIN "Exercise" e ON e."id" = t."exerciseId"
{PLAN}
WHERE s."userId" = current_setting('workout.export_user')
  AND (NOT EXISTS (SELECT 1 FROM "WorkoutLog" l
                   WHERE l."userId" = current_setting('workout.export_user') AND l."sessionId" = s."id"
                     AND l."exerciseId" = t."exerciseId")
       OR EXISTS (SELECT 1 FROM "SessionExercise" t2
                  WHERE t2."sessionId" = t."sessionId" AND t2."exerciseId" = t."exerciseId"
                    AND t2."position" < t."position"))"#
        ),
        r#"coalesce(s."startedAt", s."scheduledAt", s."createdAt"), s."id", t."position""#,
        shape,
        false,
    );
    let no_session = [
        "NULL::text",
        "NULL::timestamp",
        "NULL::timestamp",
        "NULL::timestamp",
        "NULL::int",
        "NULL::text",
        "NULL::text",
        "NULL::text",
        "NULL::text",
    ];
    let mut own = EXERCISE;
    own[1] = "true";
    let exercises = copy(
        &concat(&[
            &no_set("NULL::text", "NULL::text", r#"e."name""#),
            &no_session,
            &own,
            &NO_TARGET,
        ]),
        r#"FROM "Exercise" e
WHERE e."createdById" = current_setting('workout.export_user')
  AND NOT EXISTS (SELECT 1 FROM "WorkoutLog" l
                  WHERE l."userId" = current_setting('workout.export_user') AND l."exerciseId" = e."id")"#,
        r#"e."createdAt", e."id""#,
        shape,
        false,
    );
    [sessions, targets, exercises]
}

/// Runs one COPY statement of `shape` and hands its bytes to `each` as
/// they come: csv as the server wrote it; JSON as one line a row (the
/// server sends the values' JSON texts as binary COPY, the frame puts the
/// keys and nulls between them, see [`select_list`]).
pub async fn copy_out(
    conn: &mut PgConnection,
    statement: &Statement,
    shape: Shape,
    mut each: impl FnMut(&[u8]) -> Result<()>,
) -> Result<()> {
    let mut stream = conn
        .copy_out_raw(&statement.sql)
        .await
        .context("cannot read the sets")?;
    let mut lines = match shape {
        Shape::Csv { .. } => None,
        Shape::Json => Some(Lines::new(&statement.frame)),
    };
    while let Some(chunk) = stream.try_next().await.context("cannot read the sets")? {
        match &mut lines {
            None => each(&chunk)?,
            Some(lines) => lines.feed(&chunk, &mut each)?,
        }
    }
    if let Some(lines) = lines {
        lines.finish(&mut each)?;
    }
    Ok(())
}

/// Binary COPY of the frame's columns (a header, then per row a field
/// count and per field a length, -1 for NULL, and the bytes, then -1) made
/// into the rows' lines: per field the frame's prefix and the bytes (or
/// its NULL text), then `}` and a line end; handed on in blocks of about
/// 64 KiB. The frames may be split anywhere across the chunks.
struct Lines {
    /// Per column: before the value, and for NULL.
    frame: Vec<(Vec<u8>, Vec<u8>)>,
    /// Bytes of a row not complete yet.
    pending: Vec<u8>,
    /// The lines to hand on.
    out: Vec<u8>,
    header_done: bool,
    ended: bool,
}

const SIGNATURE: &[u8] = b"PGCOPY\n\xff\r\n\0";
const BLOCK: usize = 1 << 16;

impl Lines {
    fn new(frame: &Frame) -> Self {
        Self {
            frame: frame
                .iter()
                .map(|(before, null)| (before.as_bytes().to_vec(), null.as_bytes().to_vec()))
                .collect(),
            pending: Vec::new(),
            out: Vec::new(),
            header_done: false,
            ended: false,
        }
    }

    fn feed(&mut self, chunk: &[u8], each: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<()> {
        if self.pending.is_empty() {
            let used = self.frames(chunk, each)?;
            self.pending.extend_from_slice(&chunk[used..]);
        } else {
            let mut pending = std::mem::take(&mut self.pending);
            pending.extend_from_slice(chunk);
            let used = self.frames(&pending, each)?;
            pending.drain(..used);
            self.pending = pending;
        }
        Ok(())
    }

    /// The end of the row that starts at `at` in `b`, if `b` holds all of it.
    fn row_end(&self, b: &[u8], at: usize) -> Result<Option<usize>> {
        let mut p = at + 2;
        for _ in 0..self.frame.len() {
            let Some(len) = b.get(p..p + 4) else {
                return Ok(None);
            };
            let len = i32::from_be_bytes(len.try_into().expect("4 bytes"));
            p += 4;
            if len >= 0 {
                p += len as usize;
            } else if len != -1 {
                anyhow::bail!("the server sent an unexpected COPY format");
            }
        }
        Ok((p <= b.len()).then_some(p))
    }

    /// Takes the complete rows at the start of `b`; returns the bytes used.
    fn frames(&mut self, b: &[u8], each: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<usize> {
        let mut at = 0;
        if !self.header_done {
            // Signature, flags, the header extension's length and bytes.
            let Some(len) = b.get(15..19) else {
                return Ok(0);
            };
            if !b.starts_with(SIGNATURE) {
                anyhow::bail!("the server sent an unexpected COPY format");
            }
            let ext = u32::from_be_bytes(len.try_into().expect("4 bytes")) as usize;
            if b.len() < 19 + ext {
                return Ok(0);
            }
            at = 19 + ext;
            self.header_done = true;
        }
        while !self.ended {
            let Some(count) = b.get(at..at + 2) else {
                break;
            };
            match i16::from_be_bytes(count.try_into().expect("2 bytes")) {
                -1 => {
                    self.ended = true;
                    at += 2;
                }
                n if n as usize == self.frame.len() => {
                    let Some(end) = self.row_end(b, at)? else {
                        break;
                    };
                    let mut p = at + 2;
                    for (before, null) in &self.frame {
                        self.out.extend_from_slice(before);
                        let len = i32::from_be_bytes(b[p..p + 4].try_into().expect("4 bytes"));
                        p += 4;
                        if len < 0 {
                            self.out.extend_from_slice(null);
                        } else {
                            self.out.extend_from_slice(&b[p..p + len as usize]);
                            p += len as usize;
                        }
                    }
                    self.out.extend_from_slice(b"}\n");
                    at = end;
                    if self.out.len() >= BLOCK {
                        each(&self.out)?;
                        self.out.clear();
                    }
                }
                n => anyhow::bail!(
                    "the server sent a row of {n} columns, not {}",
                    self.frame.len()
                ),
            }
        }
        Ok(at)
    }

    fn finish(self, each: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<()> {
        if !self.ended || !self.pending.is_empty() {
            anyhow::bail!("the server's COPY ended early");
        }
        if !self.out.is_empty() {
            each(&self.out)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of `copy` (rows of two columns) fed in chunks split at `cut`.
    fn lines(copy: &[u8], cut: usize) -> Result<Vec<u8>> {
        let frame = vec![
            ("{\"a\":".to_string(), "null".to_string()),
            (String::new(), ",\"b\":null,\"c\":null".to_string()),
        ];
        let mut l = Lines::new(&frame);
        let mut got = Vec::new();
        let mut each = |b: &[u8]| {
            got.extend_from_slice(b);
            Ok(())
        };
        for chunk in copy.chunks(cut) {
            l.feed(chunk, &mut each)?;
        }
        l.finish(&mut each)?;
        Ok(got)
    }

    #[test]
    fn binary_copy_becomes_lines_however_split() {
        let mut copy = SIGNATURE.to_vec();
        copy.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 2, b'x', b'y']);
        for row in [
            [Some("1"), Some(",\"b\":2,\"c\":\"\\n\"")],
            [None, None],
            [Some("\"\""), None],
        ] {
            copy.extend_from_slice(&2i16.to_be_bytes());
            for field in row {
                match field {
                    Some(f) => {
                        copy.extend_from_slice(&(f.len() as i32).to_be_bytes());
                        copy.extend_from_slice(f.as_bytes());
                    }
                    None => copy.extend_from_slice(&(-1i32).to_be_bytes()),
                }
            }
        }
        copy.extend_from_slice(&(-1i16).to_be_bytes());
        for cut in [1, 2, 3, 7, 19, 64, copy.len()] {
            assert_eq!(
                String::from_utf8(lines(&copy, cut).unwrap()).unwrap(),
                "{\"a\":1,\"b\":2,\"c\":\"\\n\"}\n{\"a\":null,\"b\":null,\"c\":null}\n{\"a\":\"\",\"b\":null,\"c\":null}\n",
                "{cut}"
            );
        }
        // Cut short, or not what we asked for: an error, not a panic.
        assert!(lines(&copy[..copy.len() - 3], 5).is_err());
        let mut three = copy.clone();
        three[22] = 3;
        assert!(lines(&three, 100).is_err());
        assert!(lines(b"COPY csv\n", 4).is_err());
    }

    #[test]
    fn columns_are_the_exports() {
        let names: Vec<&str> = COLUMNS.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            crate::output::columns::<crate::app::export::SetExport>()
        );
    }
}
