//! `workout session list|show|schedule|start|complete|skip|cancel|delete`.

use anyhow::Result;
use chrono::Duration;
use clap::{Args, Subcommand};
use serde::Serialize;
use sqlx::Connection;

use crate::cli::log::{SetView, set_rows};
use crate::cli::user::iso;
use crate::context::Context;
use crate::db::sessions::{self, Filter, NewSession, Session};
use crate::db::users::User;
use crate::db::{logs, plans};
use crate::domain::plan::{format_reps, parse_date};
use crate::domain::quantity::{format_duration, parse_duration};
use crate::domain::session::{self as rules, Move, Status, parse_local_datetime};
use crate::domain::units::trim_number;
use crate::error::Kind;
use crate::output::{Format, Record, TableData};

#[derive(Debug, Subcommand)]
pub enum SessionCmd {
    /// List sessions: the upcoming ones unless told otherwise
    List(ListArgs),
    /// A session's sets by exercise, with totals and the plan's targets
    Show {
        /// Its id (or a unique prefix of 4+ characters), current, next or last
        session: String,
    },
    /// Schedule a one-off session
    Schedule {
        /// What to call it
        name: String,
        /// When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM
        #[arg(long, value_name = "WHEN")]
        at: String,
        /// A plan it belongs to (name or id)
        #[arg(long)]
        plan: Option<String>,
        /// The plan day it trains (name or position), with --plan
        #[arg(long, requires = "plan")]
        day: Option<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Start a scheduled session
    Start { session: String },
    /// Complete a session (raises plan targets whose every target was met)
    Complete {
        session: String,
        /// How long it took, e.g. 55m (else the time since it was started)
        #[arg(long)]
        duration: Option<String>,
    },
    /// Skip a scheduled session
    Skip { session: String },
    /// Cancel a scheduled or running session
    Cancel { session: String },
    /// Delete a session and its sets (confirms, or --yes)
    Delete { session: String },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Scheduled and running sessions from today on (the default)
    #[arg(long, conflicts_with = "past")]
    pub upcoming: bool,
    /// Sessions before now, newest first
    #[arg(long)]
    pub past: bool,
    /// Only these statuses (comma-separated): scheduled, in-progress, completed, skipped, cancelled
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    /// From this local date (YYYY-MM-DD)
    #[arg(long)]
    pub from: Option<String>,
    /// Up to and including this local date
    #[arg(long)]
    pub to: Option<String>,
    /// At most this many
    #[arg(long)]
    pub limit: Option<i64>,
}

/// A session as machine output prints it. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub id: String,
    pub name: String,
    /// SCHEDULED, IN_PROGRESS, COMPLETED, SKIPPED or CANCELLED.
    pub status: String,
    pub plan: Option<String>,
    pub day: Option<String>,
    /// ISO 8601, UTC.
    pub scheduled_at: Option<String>,
    pub started_at: Option<String>,
    pub completed_at: Option<String>,
    pub duration_minutes: Option<i32>,
    pub sets: i32,
    pub notes: Option<String>,
}

impl Record for SessionView {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "status",
        "plan",
        "day",
        "scheduledAt",
        "startedAt",
        "completedAt",
        "durationMinutes",
        "sets",
        "notes",
    ];
}

impl From<&Session> for SessionView {
    fn from(s: &Session) -> Self {
        Self {
            id: s.id.clone(),
            name: s.name.clone(),
            status: s.status.clone(),
            plan: s.plan_name.clone(),
            day: s.day_name.clone(),
            scheduled_at: s.scheduled_at.map(iso),
            started_at: s.started_at.map(iso),
            completed_at: s.completed_at.map(iso),
            duration_minutes: s.duration_minutes,
            sets: s.set_count,
            notes: s.notes.clone(),
        }
    }
}

fn status_of(s: &Session) -> Result<Status> {
    Status::parse(&s.status)
}

/// The session list as a table for people.
pub fn session_table(u: &User, list: &[Session]) -> TableData {
    TableData {
        headers: vec!["when", "name", "plan", "status", "sets", "id"],
        rows: list
            .iter()
            .map(|s| {
                vec![
                    u.local(s.when(), "%a %Y-%m-%d %H:%M"),
                    s.name.clone(),
                    match (&s.plan_name, &s.day_name) {
                        (Some(p), Some(d)) => format!("{p} / {d}"),
                        (Some(p), None) => p.clone(),
                        _ => String::new(),
                    },
                    status_of(s)
                        .map(|x| x.human().to_string())
                        .unwrap_or_else(|_| s.status.clone()),
                    s.set_count.to_string(),
                    s.id.clone(),
                ]
            })
            .collect(),
    }
}

fn session_fields(u: &User, s: &Session) -> Vec<(&'static str, String)> {
    let t = |v: Option<chrono::NaiveDateTime>| {
        v.map(|t| u.local(t, "%Y-%m-%d %H:%M %Z"))
            .unwrap_or_default()
    };
    vec![
        ("name", s.name.clone()),
        (
            "status",
            status_of(s)
                .map(|x| x.human().to_string())
                .unwrap_or_else(|_| s.status.clone()),
        ),
        ("plan", s.plan_name.clone().unwrap_or_default()),
        ("day", s.day_name.clone().unwrap_or_default()),
        ("scheduled", t(s.scheduled_at)),
        ("started", t(s.started_at)),
        ("completed", t(s.completed_at)),
        (
            "duration",
            s.duration_minutes
                .map(|m| format_duration(i64::from(m) * 60))
                .unwrap_or_default(),
        ),
        ("sets", s.set_count.to_string()),
        ("id", s.id.clone()),
    ]
}

pub async fn run(cmd: SessionCmd, ctx: &mut Context) -> Result<()> {
    let u = ctx.user().await?;
    match cmd {
        SessionCmd::List(a) => list(ctx, &u, a).await,
        SessionCmd::Show { session } => {
            let s = sessions::resolve(&mut ctx.conn, &u.id, &session, ctx.now).await?;
            show(ctx, &u, &s).await
        }
        SessionCmd::Schedule {
            name,
            at,
            plan,
            day,
            notes,
        } => {
            if name.trim().is_empty() {
                return Err(Kind::Usage.err("a session needs a name"));
            }
            let name = crate::domain::text::title_arg("a session name", &name)?;
            let name = name.as_str();
            let notes = crate::domain::text::notes_arg("the session notes", notes)?;
            let when = parse_local_datetime(&at, u.tz(), ctx.now)?;
            let (plan_id, day_id) = match &plan {
                None => (None, None),
                Some(p) => {
                    let plan = plans::resolve(&mut ctx.conn, &u.id, p).await?;
                    let day_id = match &day {
                        None => None,
                        Some(d) => {
                            let days = plans::days(&mut ctx.conn, &u.id, &plan.id).await?;
                            let found = days
                                .iter()
                                .find(|x| {
                                    x.name.eq_ignore_ascii_case(d.trim())
                                        || x.position.to_string() == d.trim()
                                })
                                .ok_or_else(|| {
                                    Kind::NotFound.err(format!(
                                        "the plan `{}` has no day `{}`",
                                        plan.name,
                                        d.trim()
                                    ))
                                })?;
                            Some(found.id.clone())
                        }
                    };
                    (Some(plan.id), day_id)
                }
            };
            let s = sessions::create(
                &mut ctx.conn,
                &u.id,
                &NewSession {
                    name,
                    status: "SCHEDULED",
                    scheduled_at: Some(crate::db::ts(when)),
                    started_at: None,
                    completed_at: None,
                    plan_id: plan_id.as_deref(),
                    day_id: day_id.as_deref(),
                    notes: notes.as_deref(),
                },
                ctx.now,
            )
            .await?;
            ctx.out.info(format!(
                "Scheduled `{}` for {}.",
                s.name,
                u.local(s.when(), "%a %Y-%m-%d %H:%M %Z")
            ));
            ctx.out.one(&SessionView::from(&s), session_fields(&u, &s))
        }
        SessionCmd::Start { session } => change(ctx, &u, &session, Move::Start, None).await,
        SessionCmd::Complete { session, duration } => {
            let minutes = duration
                .as_deref()
                .map(|d| parse_duration(d).map(|s| (s + 59) / 60))
                .transpose()?;
            change(ctx, &u, &session, Move::Complete, minutes).await
        }
        SessionCmd::Skip { session } => change(ctx, &u, &session, Move::Skip, None).await,
        SessionCmd::Cancel { session } => change(ctx, &u, &session, Move::Cancel, None).await,
        SessionCmd::Delete { session } => {
            let s = sessions::resolve(&mut ctx.conn, &u.id, &session, ctx.now).await?;
            let question = format!(
                "Delete the session `{}` ({}) and its {} set(s)?",
                s.name,
                u.local(s.when(), "%Y-%m-%d %H:%M"),
                s.set_count
            );
            if !ctx.prompt.confirm(&question)? {
                ctx.out.info("Nothing deleted.");
                return Ok(());
            }
            sessions::delete(&mut ctx.conn, &u.id, &s.id, ctx.now).await?;
            ctx.out.info(format!(
                "Deleted the session `{}` and its {} set(s).",
                s.name, s.set_count
            ));
            Ok(())
        }
    }
}

async fn list(ctx: &mut Context, u: &User, a: ListArgs) -> Result<()> {
    let statuses = a
        .status
        .iter()
        .map(|s| Status::parse(s).map(Status::label))
        .collect::<Result<Vec<_>>>()?;
    let from = a.from.as_deref().map(parse_date).transpose()?;
    let to = a.to.as_deref().map(parse_date).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(Kind::Usage.err(format!("--to {t} is before --from {f}")));
    }
    if a.limit.is_some_and(|n| n < 1) {
        return Err(Kind::Usage.err("--limit must be at least 1"));
    }
    let mut f = Filter {
        statuses,
        from: from.map(|d| u.start_of(d)),
        to: to.map(|d| u.start_of(d + Duration::days(1))),
        newest_first: false,
        limit: a.limit,
    };
    let explicit = !a.status.is_empty() || a.from.is_some() || a.to.is_some();
    if a.past {
        let now = crate::db::ts(ctx.now);
        f.to = Some(f.to.map_or(now, |t| t.min(now)));
        f.newest_first = true;
    } else if a.upcoming || !explicit {
        if f.statuses.is_empty() {
            f.statuses = vec![Status::Scheduled.label(), Status::InProgress.label()];
        }
        let today = u.start_of(ctx.now.with_timezone(&u.tz()).date_naive());
        f.from = Some(f.from.map_or(today, |t| t.max(today)));
    }
    let list = sessions::list(&mut ctx.conn, &u.id, &f).await?;
    let views: Vec<SessionView> = list.iter().map(SessionView::from).collect();
    ctx.out.list(&views, || session_table(u, &list))
}

/// A session's status move, with what completing it implies: its times,
/// its duration, and the plan targets raised, all in one transaction.
async fn change(
    ctx: &mut Context,
    u: &User,
    reference: &str,
    m: Move,
    minutes: Option<i32>,
) -> Result<()> {
    let s = sessions::resolve(&mut ctx.conn, &u.id, reference, ctx.now).await?;
    let to = rules::apply(&s.name, status_of(&s)?, m)?;
    let now = crate::db::ts(ctx.now);
    let mut tx = ctx.conn.begin().await?;
    let (started, completed, duration) = match m {
        Move::Start => (Some(now), None, None),
        Move::Complete => {
            let duration = minutes.or_else(|| {
                s.started_at
                    .map(|t| ((now - t).num_seconds().max(0) as i32 + 30) / 60)
            });
            (None, Some(now), duration)
        }
        Move::Skip | Move::Cancel => (None, None, None),
    };
    let after = sessions::set_status(
        &mut tx,
        &u.id,
        &s.id,
        sessions::StatusChange {
            status: to.label(),
            started_at: started,
            completed_at: completed,
            duration_minutes: duration,
        },
        ctx.now,
    )
    .await?;
    let raised = if m == Move::Complete {
        progress_plan(&mut tx, u, &after, ctx.now).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    ctx.out
        .info(format!("The session `{}` is {}.", after.name, to.human()));
    for line in raised {
        ctx.out.info(line);
    }
    ctx.out
        .one(&SessionView::from(&after), session_fields(u, &after))
}

/// Raises the target weight of each plan exercise of the session's plan
/// day whose every target was met and that has a progression step; returns
/// a sentence per raise.
pub async fn progress_plan(
    conn: &mut sqlx::PgConnection,
    u: &User,
    s: &Session,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<String>> {
    let Some(day) = &s.plan_day_id else {
        return Ok(Vec::new());
    };
    let entries = plans::day_entries(conn, &u.id, day).await?;
    let done = logs::of_session(conn, &u.id, &s.id).await?;
    let mut raised = Vec::new();
    for e in entries {
        let Some(step) = e.progression_kg.filter(|p| *p > 0.0) else {
            continue;
        };
        let sets: Vec<rules::Done> = done
            .iter()
            .filter(|d| d.exercise_id == e.exercise_id)
            .map(|d| rules::Done {
                reps: d.reps,
                weight_kg: d.weight,
                is_warmup: d.is_warmup,
            })
            .collect();
        let target = rules::Target {
            sets: e.target_sets,
            reps_min: e.target_reps_min,
            reps_max: e.target_reps_max,
            weight_kg: e.target_weight,
        };
        if rules::targets_met(&target, &sets) {
            plans::raise_target(conn, &u.id, &e.id, step, now).await?;
            let new = e.target_weight.unwrap_or(0.0) + step;
            raised.push(format!(
                "Every target of {} was met: its target weight goes up to {}.",
                e.exercise_name,
                u.unit().format_kg(new)
            ));
        }
    }
    Ok(raised)
}

/// One exercise of `session show`, for JSON.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ExerciseBlock {
    exercise: String,
    target: Option<TargetView>,
    sets: Vec<SetView>,
    volume_kg: f64,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct TargetView {
    sets: i32,
    reps_min: Option<i32>,
    reps_max: Option<i32>,
    weight_kg: Option<f64>,
    rpe: Option<f64>,
    rest_seconds: Option<i32>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Totals {
    sets: usize,
    hard_sets: usize,
    volume_kg: f64,
    duration_minutes: Option<i32>,
}

#[derive(Debug, Serialize)]
struct ShowView {
    session: SessionView,
    exercises: Vec<ExerciseBlock>,
    totals: Totals,
}

/// `session show`: JSON nests sets under exercises; CSV and NDJSON are the
/// session's sets, one row each (the `log history` columns); the table
/// shows what was done beside the plan's targets.
async fn show(ctx: &mut Context, u: &User, s: &Session) -> Result<()> {
    let sets = logs::of_session(&mut ctx.conn, &u.id, &s.id).await?;
    let targets = match &s.plan_day_id {
        Some(d) => plans::day_entries(&mut ctx.conn, &u.id, d).await?,
        None => Vec::new(),
    };
    // Exercises in plan order, then the others in the order first done.
    let mut order: Vec<(String, String)> = targets
        .iter()
        .map(|t| (t.exercise_id.clone(), t.exercise_name.clone()))
        .collect();
    for x in &sets {
        if !order.iter().any(|(id, _)| id == &x.exercise_id) {
            order.push((x.exercise_id.clone(), x.exercise_name.clone()));
        }
    }
    let totals = Totals {
        sets: sets.len(),
        hard_sets: sets.iter().filter(|x| !x.is_warmup).count(),
        volume_kg: logs::working_volume(&sets),
        duration_minutes: s.duration_minutes,
    };
    match ctx.out.format {
        Format::Csv | Format::Ndjson => {
            let rows = set_rows(&sets);
            ctx.out.list(&rows, || unreachable!("not a table"))
        }
        Format::Json => {
            let blocks = order
                .iter()
                .map(|(id, name)| {
                    let mine: Vec<logs::LoggedSet> = sets
                        .iter()
                        .filter(|x| &x.exercise_id == id)
                        .cloned()
                        .collect();
                    ExerciseBlock {
                        exercise: name.clone(),
                        target: targets
                            .iter()
                            .find(|t| &t.exercise_id == id)
                            .map(|t| TargetView {
                                sets: t.target_sets,
                                reps_min: t.target_reps_min,
                                reps_max: t.target_reps_max,
                                weight_kg: t.target_weight,
                                rpe: t.target_rpe,
                                rest_seconds: t.rest_seconds,
                            }),
                        volume_kg: logs::working_volume(&mine),
                        sets: set_rows(&mine),
                    }
                })
                .collect();
            let view = ShowView {
                session: SessionView::from(s),
                exercises: blocks,
                totals,
            };
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &view)?;
            std::io::Write::write_all(&mut out, b"\n")?;
            Ok(())
        }
        Format::Table => {
            let unit = u.unit();
            let mut rows = Vec::new();
            for (id, name) in &order {
                let mine: Vec<&logs::LoggedSet> =
                    sets.iter().filter(|x| &x.exercise_id == id).collect();
                let done = mine
                    .iter()
                    .map(|x| {
                        let mut d = match (x.reps, x.weight) {
                            (Some(r), Some(w)) => format!("{r}@{}", trim_number(unit.from_kg(w))),
                            (Some(r), None) => r.to_string(),
                            (None, _) => x
                                .duration_seconds
                                .map(|d| format_duration(d.into()))
                                .unwrap_or_default(),
                        };
                        if x.is_warmup {
                            d.push('w');
                        }
                        d
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                let target = targets
                    .iter()
                    .find(|t| &t.exercise_id == id)
                    .map(|t| {
                        let mut s = format!(
                            "{}x{}",
                            t.target_sets,
                            format_reps(t.target_reps_min, t.target_reps_max)
                        );
                        if let Some(w) = t.target_weight {
                            s.push_str(&format!(" @ {}", unit.format_kg(w)));
                        }
                        s
                    })
                    .unwrap_or_default();
                rows.push(vec![
                    name.clone(),
                    done,
                    target,
                    unit.format_kg(logs::working_volume(mine.iter().copied())),
                ]);
            }
            ctx.out.table(TableData {
                headers: vec!["exercise", "done (reps@weight)", "target", "volume"],
                rows,
            })?;
            let mut out = std::io::stdout().lock();
            use std::io::Write;
            writeln!(
                out,
                "\n{} · {} · {} set(s), {} working · volume {}{}",
                s.name,
                status_of(s).map(|x| x.human()).unwrap_or("?"),
                totals.sets,
                totals.hard_sets,
                unit.format_kg(totals.volume_kg),
                s.duration_minutes
                    .map(|m| format!(" · {}", format_duration(i64::from(m) * 60)))
                    .unwrap_or_default()
            )?;
            Ok(())
        }
    }
}
