//! `workout log`: the interactive set-by-set flow (no subcommand, see
//! `log_flow`), and `add|history|prs|stats|progress|edit|delete`;
//! `export` and `import` live in `log_export` and `log_import`.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;
use sqlx::{Connection, PgConnection};

use crate::cli::user::iso;
use crate::context::Context;
use crate::db::logs::{self, LoggedSet, NewSets};
use crate::db::sessions::{self, NewSession, Session};
use crate::db::users::User;
use crate::db::{exercises, ts};
use crate::domain::plan::{parse_date, parse_time_of_day, validate_rpe};
use crate::domain::quantity::{format_duration, parse_distance, parse_duration};
use crate::domain::records::{self, RecordSet, epley};
use crate::domain::session::Status;
use crate::domain::stats::{self, StatSet};
use crate::domain::units::{parse_weight, trim_number};
use crate::domain::{plan::local_instant, setspec};
use crate::error::Kind;
use crate::output::{Format, Record, TableData};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LogArgs {
    #[command(subcommand)]
    pub cmd: Option<LogCmd>,
}

#[derive(Debug, Subcommand)]
pub enum LogCmd {
    /// Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`
    Add(AddArgs),
    /// Sets, newest first
    History(HistoryArgs),
    /// Personal records per exercise
    Prs {
        /// Only this exercise
        #[arg(long)]
        exercise: Option<String>,
    },
    /// Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks
    Stats(StatsArgs),
    /// An exercise's estimated 1RM over time, as a chart (or its points)
    Progress {
        exercise: String,
        /// From this local date (YYYY-MM-DD)
        #[arg(long)]
        since: Option<String>,
    },
    /// Change one set
    Edit(EditArgs),
    /// Delete one set (confirms, or --yes)
    Delete {
        /// The set's id, or a unique prefix of 4+ characters
        set: String,
    },
    /// Every set with its session, plan and exercise: --format csv|json|ndjson
    Export(crate::cli::log_export::ExportArgs),
    /// Sets and sessions from Strong, Hevy, FitNotes or `log export` csv
    Import(crate::cli::log_import::ImportArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The exercise: its name (any case) or id
    pub exercise: String,
    /// The sets: 5x5@100kg, 3x8@135lb, 5,5,4@100 (your unit), 10,10,8 (body weight)
    #[arg(allow_hyphen_values = true)]
    pub sets: Option<String>,
    /// Rate of perceived exertion, 1 to 10, for every set
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<f64>,
    /// These are warm-up sets
    #[arg(long)]
    pub warmup: bool,
    /// When, in your time zone: YYYY-MM-DD (noon) or YYYY-MM-DD HH:MM; default now
    #[arg(long)]
    pub date: Option<String>,
    /// Add to this session (id or prefix, current, next, last); default the
    /// session in progress, else that day's, else a new one
    #[arg(long)]
    pub session: Option<String>,
    /// Cardio or timed work: 30m, 1h 5m, 90s
    #[arg(long, allow_hyphen_values = true)]
    pub duration: Option<String>,
    /// Cardio distance: 5km, 800m, 3mi
    #[arg(long, allow_hyphen_values = true)]
    pub distance: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only this exercise
    #[arg(long)]
    pub exercise: Option<String>,
    /// From this local date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Up to and including this local date
    #[arg(long)]
    pub until: Option<String>,
    /// Only this session
    #[arg(long)]
    pub session: Option<String>,
    /// At most this many sets
    #[arg(long, default_value_t = 50, conflicts_with = "all")]
    pub limit: i64,
    /// Every matching set
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The last N ISO weeks, this one included
    #[arg(long, default_value_t = 12, conflicts_with = "since", value_parser = clap::value_parser!(u32).range(1..=520))]
    pub weeks: u32,
    /// From this local date instead (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Up to and including this local date
    #[arg(long)]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The set's id, or a unique prefix of 4+ characters
    pub set: String,
    #[arg(long, allow_negative_numbers = true)]
    pub reps: Option<i32>,
    /// A weight (100kg, 225lb, 100 in your unit) or `bw` for body weight
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// 1 to 10, or `none`
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<String>,
    /// Mark it a warm-up set
    #[arg(long, conflicts_with = "no_warmup")]
    pub warmup: bool,
    /// Mark it a working set
    #[arg(long)]
    pub no_warmup: bool,
    /// New notes (`""` clears them)
    #[arg(long)]
    pub notes: Option<String>,
}

/// A set as machine output prints it. Columns are stable.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SetView {
    pub id: String,
    /// When it was done: ISO 8601, UTC.
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
}

impl Record for SetView {
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
    ];
}

pub fn set_rows(sets: &[LoggedSet]) -> Vec<SetView> {
    sets.iter()
        .map(|s| SetView {
            id: s.id.clone(),
            date: iso(s.date),
            session_id: s.session_id.clone(),
            session: s.session_name.clone(),
            exercise: s.exercise_name.clone(),
            set_number: s.set_number,
            reps: s.reps,
            weight_kg: s.weight,
            duration_seconds: s.duration_seconds,
            distance_meters: s.distance_meters,
            rpe: s.rpe,
            is_warmup: s.is_warmup,
            notes: s.notes.clone(),
        })
        .collect()
}

/// Sets as a table for people: local times, the user's unit.
pub fn set_table(u: &User, sets: &[LoggedSet]) -> TableData {
    let unit = u.unit();
    TableData {
        headers: vec![
            "date", "exercise", "set", "reps", "weight", "rpe", "other", "id",
        ],
        rows: sets
            .iter()
            .map(|s| {
                let mut other = Vec::new();
                if s.is_warmup {
                    other.push("warm-up".to_string());
                }
                if let Some(d) = s.duration_seconds {
                    other.push(format_duration(d.into()));
                }
                if let Some(m) = s.distance_meters {
                    other.push(format!("{} km", trim_number(m / 1000.0)));
                }
                vec![
                    u.local(s.date, "%Y-%m-%d %H:%M"),
                    s.exercise_name.clone(),
                    s.set_number.to_string(),
                    s.reps.map(|r| r.to_string()).unwrap_or_default(),
                    s.weight.map(|w| unit.format_kg(w)).unwrap_or_else(|| {
                        if s.reps.is_some() {
                            "body".into()
                        } else {
                            String::new()
                        }
                    }),
                    s.rpe.map(trim_number).unwrap_or_default(),
                    other.join(", "),
                    s.id.clone(),
                ]
            })
            .collect(),
    }
}

pub async fn run(args: LogArgs, ctx: &mut Context) -> Result<()> {
    let Some(cmd) = args.cmd else {
        return crate::cli::log_flow::run(ctx).await;
    };
    let u = ctx.user().await?;
    match cmd {
        LogCmd::Add(a) => add(ctx, &u, a).await,
        LogCmd::History(a) => history(ctx, &u, a).await,
        LogCmd::Prs { exercise } => prs(ctx, &u, exercise).await,
        LogCmd::Stats(a) => stats(ctx, &u, a).await,
        LogCmd::Progress { exercise, since } => progress(ctx, &u, &exercise, since).await,
        LogCmd::Edit(a) => edit(ctx, &u, a).await,
        LogCmd::Export(a) => crate::cli::log_export::run(ctx, &u, a).await,
        LogCmd::Import(a) => crate::cli::log_import::run(ctx, &u, a).await,
        LogCmd::Delete { set } => {
            let s = logs::resolve(&mut ctx.conn, &u.id, &set).await?;
            let what = describe(&u, &s);
            if !ctx.prompt.confirm(&format!("Delete the set {what}?"))? {
                ctx.out.info("Nothing deleted.");
                return Ok(());
            }
            logs::delete(&mut ctx.conn, &u.id, &s.id).await?;
            ctx.out.info(format!("Deleted the set {what}."));
            Ok(())
        }
    }
}

/// "Bench Press set 2: 5 x 100 kg on 2026-11-26 07:30".
fn describe(u: &User, s: &LoggedSet) -> String {
    let what = match (s.reps, s.weight) {
        (Some(r), Some(w)) => format!("{r} x {}", u.unit().format_kg(w)),
        (Some(r), None) => format!("{r} reps"),
        (None, _) => s
            .duration_seconds
            .map(|d| format_duration(d.into()))
            .unwrap_or_default(),
    };
    format!(
        "{} set {}: {what} on {}",
        s.exercise_name,
        s.set_number,
        u.local(s.date, "%Y-%m-%d %H:%M")
    )
}

/// `--date`: a local date (at noon) or date and time, never in the future.
fn parse_when(u: &User, input: Option<&str>, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let Some(s) = input else { return Ok(now) };
    let s = s.trim().replace('T', " ");
    let (day, time) = match s.split_once(' ') {
        Some((d, t)) => (parse_date(d)?, parse_time_of_day(t)?),
        None => (
            parse_date(&s)?,
            chrono::NaiveTime::from_hms_opt(12, 0, 0).expect("noon"),
        ),
    };
    let t = local_instant(u.tz(), day, time);
    if t > now + Duration::minutes(1) {
        return Err(Kind::Usage.err(format!("--date {} is in the future", s)));
    }
    Ok(t)
}

/// The session `log add` writes into: the one named; else the one in
/// progress; else that day's latest completed one; else a new completed
/// one. A scheduled session named is started; a skipped or cancelled one
/// takes no sets.
pub async fn session_for(
    conn: &mut PgConnection,
    u: &User,
    reference: Option<&str>,
    when: DateTime<Utc>,
    backdated: bool,
    now: DateTime<Utc>,
) -> Result<Session> {
    if let Some(r) = reference {
        let s = sessions::resolve(conn, &u.id, r, now).await?;
        return match Status::parse(&s.status)? {
            Status::Skipped | Status::Cancelled => Err(Kind::Usage.err(format!(
                "the session `{}` is {}: it takes no sets",
                s.name,
                Status::parse(&s.status)?.human()
            ))),
            Status::Scheduled => {
                sessions::set_status(
                    conn,
                    &u.id,
                    &s.id,
                    sessions::StatusChange {
                        status: "IN_PROGRESS",
                        started_at: Some(ts(when)),
                        completed_at: None,
                        duration_minutes: None,
                    },
                    now,
                )
                .await
            }
            _ => Ok(s),
        };
    }
    if !backdated && let Some(s) = sessions::in_progress(conn, &u.id).await? {
        return Ok(s);
    }
    let day = when.with_timezone(&u.tz()).date_naive();
    let same_day = sessions::list(
        conn,
        &u.id,
        &sessions::Filter {
            statuses: vec!["IN_PROGRESS", "COMPLETED"],
            from: Some(u.start_of(day)),
            to: Some(u.start_of(day + Duration::days(1))),
            newest_first: true,
            limit: Some(1),
        },
    )
    .await?;
    if let Some(s) = same_day.into_iter().next() {
        return Ok(s);
    }
    let at = Some(ts(when));
    sessions::create(
        conn,
        &u.id,
        &NewSession {
            name: "Workout",
            status: "COMPLETED",
            scheduled_at: None,
            started_at: at,
            completed_at: at,
            plan_id: None,
            day_id: None,
            notes: None,
        },
        now,
    )
    .await
}

async fn add(ctx: &mut Context, u: &User, a: AddArgs) -> Result<()> {
    let ex = exercises::resolve(&mut ctx.conn, &u.id, &a.exercise).await?;
    let specs = a
        .sets
        .as_deref()
        .map(|s| setspec::parse(s, u.unit()))
        .transpose()?;
    let duration = a.duration.as_deref().map(parse_duration).transpose()?;
    let distance = a.distance.as_deref().map(parse_distance).transpose()?;
    let rpe = a.rpe.map(validate_rpe).transpose()?;
    let (reps, weights): (Vec<Option<i32>>, Vec<Option<f64>>) = match &specs {
        Some(s) => s.iter().map(|x| (Some(x.reps), x.weight_kg)).unzip(),
        None if duration.is_some() || distance.is_some() => (vec![None], vec![None]),
        None => {
            return Err(Kind::Usage.err(format!(
                "say what you did: sets such as 5x5@100kg, or --duration/--distance for cardio (workout log add \"{}\" 3x10@20kg)",
                ex.name
            )));
        }
    };
    let when = parse_when(u, a.date.as_deref(), ctx.now)?;
    for (r, w) in reps.iter().zip(&weights) {
        setspec::check_set(&setspec::SetValues {
            set_number: None,
            reps: r.map(i64::from),
            weight_kg: *w,
            duration_seconds: duration.map(i64::from),
            distance_meters: distance,
            rpe,
            // The UTC date, as stored: inside the years the tool reads back.
            date: Some(when.date_naive()),
            notes: a.notes.as_deref(),
        })
        .map_err(|e| Kind::Usage.err(e))?;
    }
    let sets = NewSets {
        reps,
        weights_kg: weights,
        duration_seconds: duration,
        distance_meters: distance,
        rpe,
        is_warmup: a.warmup,
        notes: a.notes.filter(|n| !n.trim().is_empty()),
    };
    let now = ctx.now;
    let mut tx = ctx.conn.begin().await?;
    let session = session_for(
        &mut tx,
        u,
        a.session.as_deref(),
        when,
        a.date.is_some(),
        now,
    )
    .await?;
    let written = logs::insert(&mut tx, &u.id, &session.id, &ex.id, ts(when), &sets, now).await?;
    tx.commit().await?;
    let volume = logs::working_volume(&written);
    ctx.out.info(format!(
        "Logged {} set(s) of {} in `{}`{}.",
        written.len(),
        ex.name,
        session.name,
        if volume > 0.0 {
            format!(" ({})", u.unit().format_kg(volume))
        } else {
            String::new()
        }
    ));
    let rows = set_rows(&written);
    let printed = ctx.out.list(&rows, || set_table(u, &written));
    ctx.out.after_commit(printed)
}

/// Local dates as the UTC bounds `[since, until + 1 day)`.
pub(crate) fn bounds(
    u: &User,
    since: Option<&str>,
    until: Option<&str>,
) -> Result<(Option<NaiveDateTime>, Option<NaiveDateTime>)> {
    let since = since.map(parse_date).transpose()?;
    let until = until.map(parse_date).transpose()?;
    if let (Some(s), Some(t)) = (since, until)
        && t < s
    {
        return Err(Kind::Usage.err(format!("--until {t} is before --since {s}")));
    }
    Ok((
        since.map(|d| u.start_of(d)),
        until.map(|d| u.start_of(d + Duration::days(1))),
    ))
}

async fn history(ctx: &mut Context, u: &User, a: HistoryArgs) -> Result<()> {
    if a.limit < 1 {
        return Err(Kind::Usage.err("--limit must be at least 1 (or use --all)"));
    }
    let (since, until) = bounds(u, a.since.as_deref(), a.until.as_deref())?;
    let exercise_id = match &a.exercise {
        Some(e) => Some(exercises::resolve(&mut ctx.conn, &u.id, e).await?.id),
        None => None,
    };
    let session_id = match &a.session {
        Some(s) => Some(
            sessions::resolve(&mut ctx.conn, &u.id, s, ctx.now)
                .await?
                .id,
        ),
        None => None,
    };
    let f = logs::Filter {
        exercise_id,
        session_id,
        since,
        until,
        limit: (!a.all).then_some(a.limit),
        oldest_first: false,
        include_warmups: true,
    };
    let sets = logs::list(&mut ctx.conn, &u.id, &f).await?;
    let rows = set_rows(&sets);
    ctx.out.list(&rows, || set_table(u, &sets))
}

/// Personal records of one exercise. Columns are stable; weights in kg,
/// dates are local calendar dates.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrView {
    pub exercise: String,
    pub heaviest_kg: Option<f64>,
    pub heaviest_date: Option<String>,
    pub best_e1rm_kg: Option<f64>,
    pub best_e1rm_date: Option<String>,
    pub most_reps: Option<i32>,
    pub most_reps_weight_kg: Option<f64>,
    pub most_reps_date: Option<String>,
    pub best_session_volume_kg: Option<f64>,
    pub best_session_volume_date: Option<String>,
}

impl Record for PrView {
    const COLUMNS: &'static [&'static str] = &[
        "exercise",
        "heaviestKg",
        "heaviestDate",
        "bestE1rmKg",
        "bestE1rmDate",
        "mostReps",
        "mostRepsWeightKg",
        "mostRepsDate",
        "bestSessionVolumeKg",
        "bestSessionVolumeDate",
    ];
}

/// Rounds a derived figure (an estimate, a sum) to 0.01 kg for output.
fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

pub fn record_sets(u: &User, sets: &[LoggedSet]) -> Vec<RecordSet> {
    sets.iter()
        .filter(|s| !s.is_warmup)
        .map(|s| RecordSet {
            exercise: s.exercise_name.clone(),
            session: s.session_id.clone(),
            date: u.local_date(s.date),
            reps: s.reps,
            weight_kg: s.weight,
        })
        .collect()
}

pub fn pr_views(recs: Vec<records::ExerciseRecords>) -> Vec<PrView> {
    let d = |r: &Option<records::Record<f64>>| r.as_ref().map(|r| r.date.to_string());
    recs.into_iter()
        .map(|r| PrView {
            exercise: r.exercise.clone(),
            heaviest_kg: r.heaviest_kg.as_ref().map(|x| x.value),
            heaviest_date: d(&r.heaviest_kg),
            best_e1rm_kg: r.best_e1rm_kg.as_ref().map(|x| round2(x.value)),
            best_e1rm_date: d(&r.best_e1rm_kg),
            most_reps: r.most_reps.as_ref().map(|x| x.value.0),
            most_reps_weight_kg: r.most_reps.as_ref().and_then(|x| x.value.1),
            most_reps_date: r.most_reps.as_ref().map(|x| x.date.to_string()),
            best_session_volume_kg: r.best_session_volume_kg.as_ref().map(|x| round2(x.value)),
            best_session_volume_date: d(&r.best_session_volume_kg),
        })
        .collect()
}

async fn prs(ctx: &mut Context, u: &User, exercise: Option<String>) -> Result<()> {
    let exercise_id = match &exercise {
        Some(e) => Some(exercises::resolve(&mut ctx.conn, &u.id, e).await?.id),
        None => None,
    };
    let sets = logs::list(
        &mut ctx.conn,
        &u.id,
        &logs::Filter {
            exercise_id,
            ..Default::default()
        },
    )
    .await?;
    let views = pr_views(records::personal_records(&record_sets(u, &sets)));
    let unit = u.unit();
    let kg = |v: Option<f64>, date: &Option<String>| match (v, date) {
        (Some(v), Some(d)) => format!("{} ({d})", unit.format_kg(v)),
        _ => String::new(),
    };
    ctx.out.list(&views, || TableData {
        headers: vec![
            "exercise",
            "heaviest",
            "best e1RM",
            "most reps",
            "best session volume",
        ],
        rows: views
            .iter()
            .map(|p| {
                vec![
                    p.exercise.clone(),
                    kg(p.heaviest_kg, &p.heaviest_date),
                    kg(p.best_e1rm_kg, &p.best_e1rm_date),
                    match (p.most_reps, &p.most_reps_date) {
                        (Some(r), Some(d)) => match p.most_reps_weight_kg {
                            Some(w) => format!("{r} @ {} ({d})", unit.format_kg(w)),
                            None => format!("{r} ({d})"),
                        },
                        _ => String::new(),
                    },
                    kg(p.best_session_volume_kg, &p.best_session_volume_date),
                ]
            })
            .collect(),
    })
}

/// One ISO week of `log stats`. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekView {
    /// `2026-W05`.
    pub week: String,
    /// Its Monday, a local date.
    pub week_start: String,
    pub sessions: usize,
    pub sets: usize,
    pub hard_sets: usize,
    /// Reps x weight of working sets, all muscles.
    pub volume_kg: f64,
    /// Per primary muscle group, kg; in CSV one column `CHEST=1200;TRICEPS=300`.
    pub volume_kg_by_muscle: BTreeMap<String, f64>,
}

impl Record for WeekView {
    const COLUMNS: &'static [&'static str] = &[
        "week",
        "weekStart",
        "sessions",
        "sets",
        "hardSets",
        "volumeKg",
        "volumeKgByMuscle",
    ];
}

/// A week as a CSV row: CSV has no nesting, so the muscles are one column.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekCsv {
    pub week: String,
    pub week_start: String,
    pub sessions: usize,
    pub sets: usize,
    pub hard_sets: usize,
    pub volume_kg: f64,
    pub volume_kg_by_muscle: String,
}

impl Record for WeekCsv {
    const COLUMNS: &'static [&'static str] = WeekView::COLUMNS;
}

impl From<&WeekView> for WeekCsv {
    fn from(w: &WeekView) -> Self {
        Self {
            week: w.week.clone(),
            week_start: w.week_start.clone(),
            sessions: w.sessions,
            sets: w.sets,
            hard_sets: w.hard_sets,
            volume_kg: w.volume_kg,
            volume_kg_by_muscle: w
                .volume_kg_by_muscle
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(";"),
        }
    }
}

/// The streaks line of `log stats`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct StatsView<'a> {
    weeks: &'a [WeekView],
    current_streak_weeks: u32,
    longest_streak_weeks: u32,
}

async fn stats(ctx: &mut Context, u: &User, a: StatsArgs) -> Result<()> {
    if a.weeks < 1 {
        return Err(Kind::Usage.err("--weeks must be at least 1"));
    }
    let today = ctx.now.with_timezone(&u.tz()).date_naive();
    let since_date = match &a.since {
        Some(s) => parse_date(s)?,
        None => stats::monday_of(today.iso_week()) - Duration::weeks(i64::from(a.weeks) - 1),
    };
    let (since, until) = bounds(u, Some(&since_date.to_string()), a.until.as_deref())?;
    let sets = logs::list(
        &mut ctx.conn,
        &u.id,
        &logs::Filter {
            since,
            until,
            oldest_first: true,
            include_warmups: true,
            ..Default::default()
        },
    )
    .await?;
    let stat_sets: Vec<StatSet> = sets
        .iter()
        .map(|s| StatSet {
            date: u.local_date(s.date),
            session: s.session_id.clone(),
            reps: s.reps,
            weight_kg: s.weight,
            is_warmup: s.is_warmup,
            muscle: s.muscle.clone(),
        })
        .collect();
    let weeks: Vec<WeekView> = stats::weekly(&stat_sets)
        .into_iter()
        .map(|w| WeekView {
            week: w.week,
            week_start: w.starts.to_string(),
            sessions: w.sessions,
            sets: w.sets,
            hard_sets: w.hard_sets,
            volume_kg: round2(w.volume_kg_by_muscle.values().sum()),
            volume_kg_by_muscle: w
                .volume_kg_by_muscle
                .into_iter()
                .map(|(k, v)| (k, round2(v)))
                .collect(),
        })
        .collect();
    let days = logs::training_days(&mut ctx.conn, &u.id, u.tz().name()).await?;
    let streaks = stats::streaks(&days, today);
    let unit = u.unit();
    match ctx.out.format {
        Format::Json => {
            let view = StatsView {
                weeks: &weeks,
                current_streak_weeks: streaks.current_weeks,
                longest_streak_weeks: streaks.longest_weeks,
            };
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &view)?;
            std::io::Write::write_all(&mut out, b"\n")?;
        }
        Format::Csv => {
            let rows: Vec<WeekCsv> = weeks.iter().map(WeekCsv::from).collect();
            ctx.out.list(&rows, || unreachable!("csv"))?;
        }
        _ => {
            ctx.out.list(&weeks, || TableData {
                headers: vec![
                    "week",
                    "from",
                    "sessions",
                    "sets",
                    "hard sets",
                    "volume",
                    "top muscles",
                ],
                rows: weeks
                    .iter()
                    .map(|w| {
                        let mut top: Vec<(&String, &f64)> = w.volume_kg_by_muscle.iter().collect();
                        top.sort_by(|a, b| b.1.total_cmp(a.1));
                        vec![
                            w.week.clone(),
                            w.week_start.clone(),
                            w.sessions.to_string(),
                            w.sets.to_string(),
                            w.hard_sets.to_string(),
                            unit.format_kg(w.volume_kg),
                            top.iter()
                                .take(3)
                                .map(|(m, v)| {
                                    format!(
                                        "{} {}",
                                        m.to_lowercase().replace('_', " "),
                                        trim_number(unit.from_kg(**v))
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                        ]
                    })
                    .collect(),
            })?;
        }
    }
    ctx.out.info(format!(
        "Streak: {} week(s) in a row now; longest {} week(s).",
        streaks.current_weeks, streaks.longest_weeks
    ));
    Ok(())
}

/// One point of `log progress`. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgressPoint {
    /// A local date.
    pub date: String,
    pub e1rm_kg: f64,
    /// The set that gave it.
    pub weight_kg: f64,
    pub reps: i32,
}

impl Record for ProgressPoint {
    const COLUMNS: &'static [&'static str] = &["date", "e1rmKg", "weightKg", "reps"];
}

async fn progress(
    ctx: &mut Context,
    u: &User,
    exercise: &str,
    since: Option<String>,
) -> Result<()> {
    let ex = exercises::resolve(&mut ctx.conn, &u.id, exercise).await?;
    let (since, _) = bounds(u, since.as_deref(), None)?;
    let sets = logs::list(
        &mut ctx.conn,
        &u.id,
        &logs::Filter {
            exercise_id: Some(ex.id.clone()),
            since,
            oldest_first: true,
            ..Default::default()
        },
    )
    .await?;
    let mut best: BTreeMap<chrono::NaiveDate, ProgressPoint> = BTreeMap::new();
    for s in &sets {
        let (Some(r), Some(w)) = (s.reps, s.weight) else {
            continue;
        };
        let Some(e) = epley(w, r) else { continue };
        let day = u.local_date(s.date);
        if best.get(&day).is_none_or(|p| e > p.e1rm_kg) {
            best.insert(
                day,
                ProgressPoint {
                    date: day.to_string(),
                    e1rm_kg: round2(e),
                    weight_kg: w,
                    reps: r,
                },
            );
        }
    }
    let (days, points): (Vec<chrono::NaiveDate>, Vec<ProgressPoint>) = best.into_iter().unzip();
    if ctx.out.format != Format::Table {
        return ctx
            .out
            .list(&points, || unreachable!("table handled below"));
    }
    if points.is_empty() {
        ctx.out.info(format!(
            "No sets of {} with a weight and 1 to 10 reps yet.",
            ex.name
        ));
        return Ok(());
    }
    let unit = u.unit();
    // x: days since the first point; y: the estimate in the user's unit.
    let xy: Vec<(f32, f32)> = days
        .iter()
        .zip(&points)
        .map(|(d, p)| {
            (
                (*d - days[0]).num_days() as f32,
                unit.from_kg(p.e1rm_kg) as f32,
            )
        })
        .collect();
    let last_x = xy.last().map_or(1.0, |p| p.0.max(1.0));
    let chart = {
        use textplots::{Chart, Plot, Shape};
        let mut c = Chart::new(120, 40, 0.0, last_x);
        let shape = Shape::Lines(&xy);
        let c = c.lineplot(&shape);
        c.axis();
        c.figures();
        c.to_string()
    };
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} — estimated 1RM ({unit}) over days since {}",
        crate::domain::text::neutralise(&ex.name),
        points[0].date
    )?;
    writeln!(out, "{chart}")?;
    drop(out);
    ctx.out.table(TableData {
        headers: vec!["date", "e1RM", "from"],
        rows: points
            .iter()
            .map(|p| {
                vec![
                    p.date.clone(),
                    unit.format_kg(p.e1rm_kg),
                    format!("{} x {}", p.reps, unit.format_kg(p.weight_kg)),
                ]
            })
            .collect(),
    })
}

async fn edit(ctx: &mut Context, u: &User, a: EditArgs) -> Result<()> {
    let s = logs::resolve(&mut ctx.conn, &u.id, &a.set).await?;
    let mut c = logs::SetChange::default();
    if let Some(r) = a.reps {
        if !(0..=setspec::MAX_REPS).contains(&r) {
            return Err(Kind::Usage.err(format!(
                "{r} reps is out of range (0 to {})",
                setspec::MAX_REPS
            )));
        }
        c.reps = Some(r);
    }
    if let Some(w) = &a.weight {
        c.weight_kg = Some(match w.trim().to_ascii_lowercase().as_str() {
            "bw" | "body" | "none" => None,
            _ => Some(parse_weight(w, u.unit())?),
        });
    }
    if let Some(r) = &a.rpe {
        c.rpe = Some(match r.trim().to_ascii_lowercase().as_str() {
            "none" | "" => None,
            v => Some(validate_rpe(v.parse::<f64>().map_err(|_| {
                Kind::Usage.err(format!(
                    "`{r}` is not an RPE: use a number from 1 to 10, or none"
                ))
            })?)?),
        });
    }
    if a.warmup {
        c.is_warmup = Some(true);
    }
    if a.no_warmup {
        c.is_warmup = Some(false);
    }
    if let Some(n) = a.notes {
        c.notes = Some(Some(n).filter(|n| !n.trim().is_empty()));
    }
    setspec::check_set(&setspec::SetValues {
        reps: c.reps.map(i64::from),
        weight_kg: c.weight_kg.flatten(),
        rpe: c.rpe.flatten(),
        notes: c.notes.clone().flatten().as_deref(),
        ..Default::default()
    })
    .map_err(|e| Kind::Usage.err(e))?;
    if c.reps.is_none()
        && c.weight_kg.is_none()
        && c.rpe.is_none()
        && c.is_warmup.is_none()
        && c.notes.is_none()
    {
        return Err(Kind::Usage.err(
            "nothing to change: pass at least one of --reps, --weight, --rpe, --warmup, --no-warmup, --notes",
        ));
    }
    logs::update(&mut ctx.conn, &u.id, &s.id, &c, ctx.now).await?;
    let after = logs::resolve(&mut ctx.conn, &u.id, &s.id).await?;
    ctx.out
        .info(format!("Changed the set {}.", describe(u, &after)));
    let rows = set_rows(std::slice::from_ref(&after));
    ctx.out
        .list(&rows, || set_table(u, std::slice::from_ref(&after)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let s = SetView {
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
        };
        assert_eq!(serialized_keys(&s), SetView::COLUMNS);
        let p = pr_views(vec![records::ExerciseRecords {
            exercise: "x".into(),
            heaviest_kg: None,
            best_e1rm_kg: None,
            most_reps: None,
            best_session_volume_kg: None,
        }]);
        assert_eq!(serialized_keys(&p[0]), PrView::COLUMNS);
        let w = WeekView {
            week: String::new(),
            week_start: String::new(),
            sessions: 0,
            sets: 0,
            hard_sets: 0,
            volume_kg: 0.0,
            volume_kg_by_muscle: BTreeMap::new(),
        };
        assert_eq!(serialized_keys(&w), WeekView::COLUMNS);
        assert_eq!(serialized_keys(&WeekCsv::from(&w)), WeekCsv::COLUMNS);
        let pt = ProgressPoint {
            date: String::new(),
            e1rm_kg: 0.0,
            weight_kg: 0.0,
            reps: 1,
        };
        assert_eq!(serialized_keys(&pt), ProgressPoint::COLUMNS);
    }
}
