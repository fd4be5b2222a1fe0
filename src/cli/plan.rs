//! `workout plan ...`: training plans, their days and exercises with
//! targets, status changes (the state machine is in `domain::plan`), and
//! scheduling sessions from them.

use anyhow::{Context as _, Result};
use chrono::NaiveDateTime;
use clap::{Args, Subcommand};
use serde::Serialize;
use sqlx::Connection;

use crate::cli::user::iso;
use crate::context::Context;
use crate::db::exercises;
use crate::db::plans::{self, Day, Entry, Plan, PlanChange, Session, Siblings, Targets};
use crate::db::users::User;
use crate::domain::exercise::validate_name;
use crate::domain::plan::{
    self as rules, Change, Outcome, PlanStatus, format_reps, format_rest, format_weekdays,
};
use crate::domain::profile;
use crate::domain::units::{WeightUnit, parse_weight};
use crate::error::Kind;
use crate::output::{Format, Record, TableData};

#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// Create a plan (prompts for the name on a terminal when not given)
    Create {
        /// The plan's name, unique among your plans
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
        /// What the plan is for, e.g. "first pull-up"
        #[arg(long)]
        goal: Option<String>,
    },
    /// List your plans
    List {
        /// Only plans with this status: draft, active, paused, completed, archived
        #[arg(long)]
        status: Option<String>,
    },
    /// Show a plan's days and exercises with their targets
    Show(PlanRef),
    /// Change a plan's name, description or goal
    Edit {
        #[command(flatten)]
        plan: PlanRef,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
        #[arg(long)]
        goal: Option<String>,
    },
    /// Add a day (a workout template such as "Push A") at the end of a plan
    AddDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name, unique in the plan
        name: String,
        /// The weekdays it is trained on, e.g. mon,thu (or 1,4)
        #[arg(long)]
        weekdays: Option<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Change a day's name, weekdays or notes
    EditDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number (1 is the first)
        day: String,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        /// New weekdays, e.g. tue,fri
        #[arg(long)]
        weekdays: Option<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Remove a day and its exercises from a plan
    RemoveDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
    },
    /// Move a day to another place in the plan
    MoveDay {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// Its new number (1 is the first)
        #[arg(long, value_name = "N")]
        to: usize,
    },
    /// Add an exercise with its targets at the end of a day
    AddExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// The exercise's name or id prefix
        exercise: String,
        #[command(flatten)]
        targets: TargetArgs,
    },
    /// Remove an exercise from a day
    RemoveExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// The exercise's number in the day, or its name
        entry: String,
    },
    /// Move an exercise to another place in its day
    MoveExercise {
        #[command(flatten)]
        plan: PlanRef,
        /// The day's name or number
        day: String,
        /// The exercise's number in the day, or its name
        entry: String,
        /// Its new number (1 is the first)
        #[arg(long, value_name = "N")]
        to: usize,
    },
    /// Start a plan (from draft or paused; a finished plan needs --force)
    Activate {
        #[command(flatten)]
        plan: PlanRef,
        /// Activate a completed or archived plan again
        #[arg(long)]
        force: bool,
    },
    /// Pause an active plan
    Pause(PlanRef),
    /// Mark an active or paused plan as completed
    Complete(PlanRef),
    /// Archive a plan
    Archive(PlanRef),
    /// Delete a plan; sessions already done keep their history
    Delete(PlanRef),
    /// Make scheduled sessions from the plan days' weekdays
    Schedule {
        #[command(flatten)]
        plan: PlanRef,
        /// The first date, YYYY-MM-DD (default: today in your time zone)
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// How many weeks from that date
        #[arg(long, value_name = "N")]
        weeks: u32,
        /// The time of day, HH:MM in your time zone
        #[arg(long, value_name = "HH:MM")]
        at: String,
    },
}

#[derive(Debug, Clone, Args)]
pub struct PlanRef {
    /// The plan's name (case-insensitive) or id prefix
    pub plan: String,
}

#[derive(Debug, Clone, Args)]
pub struct TargetArgs {
    /// Target sets
    #[arg(long, allow_negative_numbers = true)]
    pub sets: i32,
    /// Target reps: 8, or a range such as 8-12
    #[arg(long)]
    pub reps: Option<String>,
    /// Target weight: 100kg, 225lb, or a number in your unit
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// Target RPE, 1 to 10
    #[arg(long, allow_negative_numbers = true)]
    pub rpe: Option<f64>,
    /// Rest between sets: 90s, 2m, 1m30s
    #[arg(long)]
    pub rest: Option<String>,
    /// Add this much weight after a session where every target was met: 2.5kg, 5lb
    #[arg(long, allow_hyphen_values = true)]
    pub progression: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

impl TargetArgs {
    fn validate(self, unit: WeightUnit) -> Result<Targets> {
        Ok(Targets {
            sets: rules::validate_sets(self.sets)?,
            reps: self.reps.as_deref().map(rules::parse_reps).transpose()?,
            weight_kg: self
                .weight
                .as_deref()
                .map(|w| {
                    parse_weight(w, unit).and_then(|kg| rules::validate_target_kg(kg, "weight"))
                })
                .transpose()?,
            rpe: self.rpe.map(rules::validate_rpe).transpose()?,
            rest_seconds: self.rest.as_deref().map(rules::parse_rest).transpose()?,
            progression_kg: self
                .progression
                .as_deref()
                .map(|w| {
                    parse_weight(w, unit)
                        .and_then(|kg| rules::validate_target_kg(kg, "progression step"))
                })
                .transpose()?,
            notes: self.notes.filter(|n| !n.trim().is_empty()),
        })
    }
}

/// A plan as `plan list` and the status commands print it. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    pub id: String,
    pub name: String,
    /// DRAFT, ACTIVE, PAUSED, COMPLETED or ARCHIVED.
    pub status: String,
    pub description: Option<String>,
    pub goal: Option<String>,
    /// ISO 8601 UTC: when it was first activated / completed.
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub days: i32,
    pub exercises: i32,
    pub is_legacy_import: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Record for PlanView {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "status",
        "description",
        "goal",
        "startDate",
        "endDate",
        "days",
        "exercises",
        "isLegacyImport",
        "createdAt",
        "updatedAt",
    ];
}

impl From<&Plan> for PlanView {
    fn from(p: &Plan) -> Self {
        Self {
            id: p.id.clone(),
            name: p.name.clone(),
            status: p.status.clone(),
            description: p.description.clone(),
            goal: p.goal.clone(),
            start_date: p.start_date.map(iso),
            end_date: p.end_date.map(iso),
            days: p.day_count,
            exercises: p.exercise_count,
            is_legacy_import: p.is_legacy_import,
            created_at: iso(p.created_at),
            updated_at: iso(p.updated_at),
        }
    }
}

/// One row of `plan show` in the machine formats: a plan exercise with its
/// day and plan, or a day without exercises (its exercise fields null).
/// Positions are 1-based orders. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanRowView {
    pub plan_id: String,
    pub plan_name: String,
    pub plan_status: String,
    pub day_id: String,
    pub day_position: usize,
    pub day_name: String,
    /// ISO weekdays, comma-separated: `1,4` is Monday and Thursday.
    pub weekdays: String,
    pub plan_exercise_id: Option<String>,
    pub position: Option<usize>,
    pub exercise_id: Option<String>,
    pub exercise_name: Option<String>,
    pub target_sets: Option<i32>,
    pub target_reps_min: Option<i32>,
    pub target_reps_max: Option<i32>,
    pub target_weight_kg: Option<f64>,
    pub target_rpe: Option<f64>,
    pub rest_seconds: Option<i32>,
    pub progression_kg: Option<f64>,
    pub notes: Option<String>,
}

impl Record for PlanRowView {
    const COLUMNS: &'static [&'static str] = &[
        "planId",
        "planName",
        "planStatus",
        "dayId",
        "dayPosition",
        "dayName",
        "weekdays",
        "planExerciseId",
        "position",
        "exerciseId",
        "exerciseName",
        "targetSets",
        "targetRepsMin",
        "targetRepsMax",
        "targetWeightKg",
        "targetRpe",
        "restSeconds",
        "progressionKg",
        "notes",
    ];
}

/// A session `plan schedule` made. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub id: String,
    pub training_plan_id: Option<String>,
    pub plan_day_id: Option<String>,
    pub name: String,
    pub status: String,
    /// ISO 8601 UTC.
    pub scheduled_at: Option<String>,
}

impl Record for SessionView {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "trainingPlanId",
        "planDayId",
        "name",
        "status",
        "scheduledAt",
    ];
}

impl From<&Session> for SessionView {
    fn from(s: &Session) -> Self {
        Self {
            id: s.id.clone(),
            training_plan_id: s.training_plan_id.clone(),
            plan_day_id: s.plan_day_id.clone(),
            name: s.name.clone(),
            status: s.status.clone(),
            scheduled_at: s.scheduled_at.map(iso),
        }
    }
}

fn status_of(p: &Plan) -> Result<PlanStatus> {
    PlanStatus::parse(&p.status)
}

fn plan_fields(u: &User, p: &Plan) -> Vec<(&'static str, String)> {
    let date = |t: Option<NaiveDateTime>| t.map(|t| u.local(t, "%Y-%m-%d")).unwrap_or_default();
    vec![
        ("name", p.name.clone()),
        ("status", p.status.to_ascii_lowercase()),
        ("description", p.description.clone().unwrap_or_default()),
        ("goal", p.goal.clone().unwrap_or_default()),
        ("started", date(p.start_date)),
        ("ended", date(p.end_date)),
        ("days", p.day_count.to_string()),
        ("exercises", p.exercise_count.to_string()),
        ("id", p.id.clone()),
    ]
}

/// `plan show`: the plan's fields and a table of its days and exercises for
/// people; one row per plan exercise (or empty day) in the machine formats.
async fn show(ctx: &mut Context, u: &User, plan_id: &str) -> Result<()> {
    let p = plans::resolve(&mut ctx.conn, &u.id, plan_id).await?;
    let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
    let entries = plans::entries(&mut ctx.conn, &u.id, &p.id).await?;
    let unit = u.unit();
    let mut rows = Vec::new();
    let mut table = Vec::new();
    for (di, d) in days.iter().enumerate() {
        let mine: Vec<&Entry> = entries.iter().filter(|e| e.plan_day_id == d.id).collect();
        let day_row = |e: Option<(usize, &Entry)>| PlanRowView {
            plan_id: p.id.clone(),
            plan_name: p.name.clone(),
            plan_status: p.status.clone(),
            day_id: d.id.clone(),
            day_position: di + 1,
            day_name: d.name.clone(),
            weekdays: d
                .weekdays
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(","),
            plan_exercise_id: e.map(|(_, e)| e.id.clone()),
            position: e.map(|(i, _)| i + 1),
            exercise_id: e.map(|(_, e)| e.exercise_id.clone()),
            exercise_name: e.map(|(_, e)| e.exercise_name.clone()),
            target_sets: e.map(|(_, e)| e.target_sets),
            target_reps_min: e.and_then(|(_, e)| e.target_reps_min),
            target_reps_max: e.and_then(|(_, e)| e.target_reps_max),
            target_weight_kg: e.and_then(|(_, e)| e.target_weight),
            target_rpe: e.and_then(|(_, e)| e.target_rpe),
            rest_seconds: e.and_then(|(_, e)| e.rest_seconds),
            progression_kg: e.and_then(|(_, e)| e.progression_kg),
            notes: e.and_then(|(_, e)| e.notes.clone()),
        };
        let day_cell = format!("{}. {}", di + 1, d.name);
        if mine.is_empty() {
            rows.push(day_row(None));
            table.push(vec![
                day_cell.clone(),
                format_weekdays(&d.weekdays),
                String::new(),
                "(no exercises)".into(),
            ]);
        }
        for (i, e) in mine.into_iter().enumerate() {
            rows.push(day_row(Some((i, e))));
            let first = i == 0;
            table.push(vec![
                if first {
                    day_cell.clone()
                } else {
                    String::new()
                },
                if first {
                    format_weekdays(&d.weekdays)
                } else {
                    String::new()
                },
                (i + 1).to_string(),
                e.exercise_name.clone(),
                e.target_sets.to_string(),
                format_reps(e.target_reps_min, e.target_reps_max),
                e.target_weight
                    .map(|w| unit.format_kg(w))
                    .unwrap_or_default(),
                e.target_rpe
                    .map(crate::domain::units::trim_number)
                    .unwrap_or_default(),
                e.rest_seconds.map(format_rest).unwrap_or_default(),
                e.progression_kg
                    .map(|w| format!("+{}", unit.format_kg(w)))
                    .unwrap_or_default(),
                e.notes.clone().unwrap_or_default(),
            ]);
        }
    }
    if ctx.out.format == Format::Table {
        ctx.out.one(&PlanView::from(&p), plan_fields(u, &p))?;
        if days.is_empty() {
            ctx.out.hint(format!(
                "add a day with `workout plan add-day \"{}\" \"Day A\" --weekdays mon,thu`",
                p.name
            ));
            return Ok(());
        }
        crate::say_out!();
    }
    ctx.out.list(&rows, || TableData {
        headers: vec![
            "day",
            "weekdays",
            "#",
            "exercise",
            "sets",
            "reps",
            "weight",
            "rpe",
            "rest",
            "progression",
            "notes",
        ],
        rows: table,
    })
}

/// The day `reference` names in `days`: its name (case-insensitive) or its
/// 1-based number.
fn find_day<'a>(plan: &Plan, days: &'a [Day], reference: &str) -> Result<&'a Day> {
    let r = reference.trim();
    if let Some(d) = days.iter().find(|d| d.name == r) {
        return Ok(d);
    }
    let named: Vec<&Day> = days
        .iter()
        .filter(|d| d.name.to_lowercase() == r.to_lowercase())
        .collect();
    if named.len() == 1 {
        return Ok(named[0]);
    }
    if let Ok(n) = r.parse::<usize>()
        && (1..=days.len()).contains(&n)
    {
        return Ok(&days[n - 1]);
    }
    Err(Kind::NotFound.err(format!(
        "the plan `{}` has no day `{r}`{}",
        plan.name,
        if days.is_empty() {
            ": it has no days yet".to_string()
        } else {
            format!(
                ": its days are {}",
                days.iter()
                    .enumerate()
                    .map(|(i, d)| format!("{}. {}", i + 1, d.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    )))
}

/// The exercise `reference` names in a day: its 1-based number, or the
/// exercise's name when it is in the day once.
fn find_entry<'a>(day: &Day, entries: &'a [&'a Entry], reference: &str) -> Result<&'a Entry> {
    let r = reference.trim();
    if let Ok(n) = r.parse::<usize>() {
        return entries.get(n.wrapping_sub(1)).copied().ok_or_else(|| {
            Kind::NotFound.err(format!(
                "the day `{}` has no exercise number {n}: it has {}",
                day.name,
                entries.len()
            ))
        });
    }
    let hits: Vec<(usize, &Entry)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.exercise_name.to_lowercase() == r.to_lowercase())
        .map(|(i, e)| (i, *e))
        .collect();
    match hits.as_slice() {
        [(_, e)] => Ok(e),
        [] => Err(Kind::NotFound.err(format!(
            "the day `{}` has no exercise `{r}`{}",
            day.name,
            if entries.is_empty() {
                String::new()
            } else {
                format!(
                    ": it has {}",
                    entries
                        .iter()
                        .enumerate()
                        .map(|(i, e)| format!("{}. {}", i + 1, e.exercise_name))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        ))),
        many => Err(Kind::Usage.err(format!(
            "`{r}` is in the day `{}` more than once (numbers {}): use the number",
            day.name,
            many.iter()
                .map(|(i, _)| (i + 1).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// `ids` with the one at `from` moved to 1-based place `to`.
fn moved(mut ids: Vec<String>, from: usize, to: usize, what: &str) -> Result<Vec<String>> {
    if !(1..=ids.len()).contains(&to) {
        return Err(Kind::Usage.err(format!(
            "--to {to} is out of range: the {what} has places 1 to {}",
            ids.len()
        )));
    }
    let id = ids.remove(from);
    ids.insert(to - 1, id);
    Ok(ids)
}

async fn check_plan_name(
    ctx: &mut Context,
    u: &User,
    name: &str,
    except: Option<&str>,
) -> Result<()> {
    if plans::name_taken(&mut ctx.conn, &u.id, name, except).await? {
        return Err(Kind::Usage.err(format!(
            "you already have a plan named `{name}` (names are compared ignoring case)"
        )));
    }
    Ok(())
}

fn check_day_name(plan: &Plan, days: &[Day], name: &str, except: Option<&str>) -> Result<()> {
    if days
        .iter()
        .any(|d| d.name.to_lowercase() == name.to_lowercase() && Some(d.id.as_str()) != except)
    {
        return Err(Kind::Usage.err(format!(
            "the plan `{}` already has a day named `{name}`",
            plan.name
        )));
    }
    Ok(())
}

pub async fn run(cmd: PlanCmd, ctx: &mut Context) -> Result<()> {
    let u = ctx.user().await?;
    match cmd {
        PlanCmd::Create {
            name,
            description,
            goal,
        } => {
            let (name, description, goal) = match name {
                Some(n) => (n, description, goal),
                None => {
                    let n = ctx.prompt.input(
                        "The plan's name",
                        "the name: `workout plan create NAME`",
                        false,
                    )?;
                    let ask =
                        |q: &str, flag: &str, given: Option<String>| -> Result<Option<String>> {
                            match given {
                                Some(g) => Ok(Some(g)),
                                None => Ok(Some(ctx.prompt.input(q, flag, true)?)),
                            }
                        };
                    let d = ask("Description (optional)", "--description", description)?;
                    let g = ask("Goal (optional)", "--goal", goal)?;
                    (n, d, g)
                }
            };
            let name = validate_name("a plan", &name)?;
            let opt = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
            check_plan_name(ctx, &u, &name, None).await?;
            let p = plans::create(
                &mut ctx.conn,
                &u.id,
                &name,
                opt(description).as_deref(),
                opt(goal).as_deref(),
                ctx.now,
            )
            .await?;
            ctx.out
                .info(format!("Created the plan `{}` (a draft).", p.name));
            ctx.out.hint(format!(
                "add days with `workout plan add-day \"{}\" \"Day A\" --weekdays mon,thu`",
                p.name
            ));
            ctx.out.one(&PlanView::from(&p), plan_fields(&u, &p))
        }
        PlanCmd::List { status } => {
            let status = status.as_deref().map(PlanStatus::parse).transpose()?;
            let all = plans::list(&mut ctx.conn, &u.id, status.map(PlanStatus::label)).await?;
            let views: Vec<PlanView> = all.iter().map(PlanView::from).collect();
            ctx.out.list(&views, || TableData {
                headers: vec!["name", "status", "days", "exercises", "goal", "updated"],
                rows: all
                    .iter()
                    .map(|p| {
                        vec![
                            p.name.clone(),
                            p.status.to_ascii_lowercase(),
                            p.day_count.to_string(),
                            p.exercise_count.to_string(),
                            p.goal.clone().unwrap_or_default(),
                            u.local(p.updated_at, "%Y-%m-%d"),
                        ]
                    })
                    .collect(),
            })?;
            if all.is_empty() {
                ctx.out
                    .info("No plans. `workout plan create NAME` makes one.");
            }
            Ok(())
        }
        PlanCmd::Show(r) => show(ctx, &u, &r.plan).await,
        PlanCmd::Edit {
            plan,
            name,
            description,
            goal,
        } => {
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let change = PlanChange {
                name: name
                    .as_deref()
                    .map(|n| validate_name("a plan", n))
                    .transpose()?,
                description: description.map(|s| s.trim().to_string()),
                goal: goal.map(|s| s.trim().to_string()),
                ..Default::default()
            };
            if change.name.is_none() && change.description.is_none() && change.goal.is_none() {
                return Err(Kind::Usage
                    .err("nothing to change: pass at least one of --name, --description, --goal"));
            }
            if let Some(n) = &change.name {
                check_plan_name(ctx, &u, n, Some(&p.id)).await?;
            }
            plans::update(&mut ctx.conn, &u.id, &p.id, &change, ctx.now).await?;
            let p = plans::resolve(&mut ctx.conn, &u.id, &p.id).await?;
            ctx.out.info(format!("Changed the plan `{}`.", p.name));
            ctx.out.one(&PlanView::from(&p), plan_fields(&u, &p))
        }
        PlanCmd::AddDay {
            plan,
            name,
            weekdays,
            notes,
        } => {
            let name = validate_name("a day", &name)?;
            let weekdays = weekdays
                .as_deref()
                .map(rules::parse_weekdays)
                .transpose()?
                .unwrap_or_default();
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            check_day_name(&p, &days, &name, None)?;
            let mut tx = ctx.conn.begin().await?;
            plans::add_day(&mut tx, &u.id, &p.id, &name, &weekdays, notes.as_deref()).await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot add the day")?;
            ctx.out
                .info(format!("Added the day `{name}` to the plan `{}`.", p.name));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::EditDay {
            plan,
            day,
            name,
            weekdays,
            notes,
        } => {
            let name = name
                .as_deref()
                .map(|n| validate_name("a day", n))
                .transpose()?;
            let weekdays = weekdays.as_deref().map(rules::parse_weekdays).transpose()?;
            if name.is_none() && weekdays.is_none() && notes.is_none() {
                return Err(Kind::Usage
                    .err("nothing to change: pass at least one of --name, --weekdays, --notes"));
            }
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            let d = find_day(&p, &days, &day)?;
            if let Some(n) = &name {
                check_day_name(&p, &days, n, Some(&d.id))?;
            }
            let mut tx = ctx.conn.begin().await?;
            plans::update_day(
                &mut tx,
                &u.id,
                &d.id,
                name.as_deref(),
                weekdays.as_deref(),
                notes.as_deref(),
            )
            .await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot change the day")?;
            ctx.out.info(format!("Changed the day `{}`.", d.name));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::RemoveDay { plan, day } => {
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            let d = find_day(&p, &days, &day)?.clone();
            let rest: Vec<String> = days
                .iter()
                .filter(|x| x.id != d.id)
                .map(|x| x.id.clone())
                .collect();
            let mut tx = ctx.conn.begin().await?;
            plans::remove_day(&mut tx, &u.id, &d.id).await?;
            plans::renumber(&mut tx, &u.id, Siblings::Days, &rest).await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot remove the day")?;
            ctx.out.info(format!(
                "Removed the day `{}` from the plan `{}`.",
                d.name, p.name
            ));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::MoveDay { plan, day, to } => {
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            let d = find_day(&p, &days, &day)?;
            let from = days.iter().position(|x| x.id == d.id).unwrap_or(0);
            let ids = moved(
                days.iter().map(|x| x.id.clone()).collect(),
                from,
                to,
                "plan",
            )?;
            let mut tx = ctx.conn.begin().await?;
            plans::renumber(&mut tx, &u.id, Siblings::Days, &ids).await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot move the day")?;
            ctx.out
                .info(format!("Moved the day `{}` to place {to}.", d.name));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::AddExercise {
            plan,
            day,
            exercise,
            targets,
        } => {
            let targets = targets.validate(u.unit())?;
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            let d = find_day(&p, &days, &day)?;
            let e = exercises::resolve(&mut ctx.conn, &u.id, &exercise).await?;
            let mut tx = ctx.conn.begin().await?;
            plans::add_entry(&mut tx, &u.id, &d.id, &e.id, &targets).await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot add the exercise")?;
            ctx.out
                .info(format!("Added `{}` to the day `{}`.", e.name, d.name));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::RemoveExercise { plan, day, entry } => {
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            let d = find_day(&p, &days, &day)?;
            let all = plans::entries(&mut ctx.conn, &u.id, &p.id).await?;
            let mine: Vec<&Entry> = all.iter().filter(|e| e.plan_day_id == d.id).collect();
            let e = find_entry(d, &mine, &entry)?;
            let rest: Vec<String> = mine
                .iter()
                .filter(|x| x.id != e.id)
                .map(|x| x.id.clone())
                .collect();
            let mut tx = ctx.conn.begin().await?;
            plans::remove_entry(&mut tx, &u.id, &e.id).await?;
            plans::renumber(&mut tx, &u.id, Siblings::Entries, &rest).await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot remove the exercise")?;
            ctx.out.info(format!(
                "Removed `{}` from the day `{}`.",
                e.exercise_name, d.name
            ));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::MoveExercise {
            plan,
            day,
            entry,
            to,
        } => {
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            let d = find_day(&p, &days, &day)?;
            let all = plans::entries(&mut ctx.conn, &u.id, &p.id).await?;
            let mine: Vec<&Entry> = all.iter().filter(|e| e.plan_day_id == d.id).collect();
            let e = find_entry(d, &mine, &entry)?;
            let from = mine.iter().position(|x| x.id == e.id).unwrap_or(0);
            let ids = moved(mine.iter().map(|x| x.id.clone()).collect(), from, to, "day")?;
            let mut tx = ctx.conn.begin().await?;
            plans::renumber(&mut tx, &u.id, Siblings::Entries, &ids).await?;
            plans::update(&mut tx, &u.id, &p.id, &PlanChange::default(), ctx.now).await?;
            tx.commit().await.context("cannot move the exercise")?;
            ctx.out.info(format!(
                "Moved `{}` to place {to} of the day `{}`.",
                e.exercise_name, d.name
            ));
            show(ctx, &u, &p.id).await
        }
        PlanCmd::Activate { plan, force } => {
            change_status(ctx, &u, &plan.plan, Change::Activate, force).await
        }
        PlanCmd::Pause(r) => change_status(ctx, &u, &r.plan, Change::Pause, false).await,
        PlanCmd::Complete(r) => change_status(ctx, &u, &r.plan, Change::Complete, false).await,
        PlanCmd::Archive(r) => change_status(ctx, &u, &r.plan, Change::Archive, false).await,
        PlanCmd::Delete(r) => {
            let p = plans::resolve(&mut ctx.conn, &u.id, &r.plan).await?;
            let counts = plans::session_counts(&mut ctx.conn, &u.id, &p.id).await?;
            let scheduled: i64 = counts
                .iter()
                .filter(|(s, _)| s == "SCHEDULED")
                .map(|(_, n)| n)
                .sum();
            let kept: i64 = counts
                .iter()
                .filter(|(s, _)| s != "SCHEDULED")
                .map(|(_, n)| n)
                .sum();
            let question = format!(
                "Delete the plan `{}` with its {} day(s) and {} exercise(s), and its {scheduled} scheduled session(s)? {kept} other session(s) keep their history.",
                p.name, p.day_count, p.exercise_count
            );
            if !ctx.prompt.confirm(&question)? {
                ctx.out.info("Nothing deleted.");
                return Ok(());
            }
            let mut tx = ctx.conn.begin().await?;
            let gone = plans::delete(&mut tx, &u.id, &p.id).await?;
            tx.commit().await.context("cannot delete the plan")?;
            ctx.out.info(format!(
                "Deleted the plan `{}` and {gone} scheduled session(s); {kept} session(s) keep their history.",
                p.name
            ));
            Ok(())
        }
        PlanCmd::Schedule {
            plan,
            from,
            weeks,
            at,
        } => {
            if !(1..=52).contains(&weeks) {
                return Err(Kind::Usage.err(format!("--weeks {weeks} is out of range (1 to 52)")));
            }
            let time = rules::parse_time_of_day(&at)?;
            let tz = profile::timezone_or_utc(u.timezone.as_deref());
            let from = match from {
                Some(f) => rules::parse_date(&f)?,
                None => ctx.now.with_timezone(&tz).date_naive(),
            };
            let p = plans::resolve(&mut ctx.conn, &u.id, &plan.plan).await?;
            rules::check_schedulable(&p.name, status_of(&p)?)?;
            let days = plans::days(&mut ctx.conn, &u.id, &p.id).await?;
            if days.iter().all(|d| d.weekdays.is_empty()) {
                return Err(Kind::Usage.err(format!(
                    "no day of the plan `{}` has weekdays: set them with `workout plan edit-day \"{}\" DAY --weekdays mon,thu`",
                    p.name, p.name
                )));
            }
            let mut wanted = Vec::new();
            for d in &days {
                for date in rules::dates_on(from, weeks, &d.weekdays) {
                    // Every session inside the years the tool reads back.
                    let at = rules::check_instant(rules::local_instant(tz, date, time))
                        .map_err(|why| {
                            Kind::Usage.err(format!(
                                "--from {from} and --weeks {weeks} would schedule a session on {date}, past the last date the tool keeps ({why}): choose an earlier --from or fewer weeks"
                            ))
                        })?;
                    wanted.push((d.id.clone(), d.name.clone(), crate::db::ts(at)));
                }
            }
            let mut tx = ctx.conn.begin().await?;
            let mut made = plans::schedule(&mut tx, &u.id, &p.id, &wanted, ctx.now).await?;
            tx.commit().await.context("cannot schedule the sessions")?;
            made.sort_by_key(|s| s.scheduled_at);
            ctx.out.info(format!(
                "Scheduled {} session(s) from the plan `{}`{}.",
                made.len(),
                p.name,
                match wanted.len() - made.len() {
                    0 => String::new(),
                    n => format!("; {n} were already scheduled"),
                }
            ));
            let views: Vec<SessionView> = made.iter().map(SessionView::from).collect();
            ctx.out.list(&views, || TableData {
                headers: vec!["when", "day", "id"],
                rows: made
                    .iter()
                    .map(|s| {
                        vec![
                            s.scheduled_at
                                .map(|t| u.local(t, "%a %Y-%m-%d %H:%M %Z"))
                                .unwrap_or_default(),
                            s.name.clone(),
                            s.id.clone(),
                        ]
                    })
                    .collect(),
            })
        }
    }
}

/// Applies a status change the state machine permits, or says why not.
async fn change_status(
    ctx: &mut Context,
    u: &User,
    reference: &str,
    change: Change,
    force: bool,
) -> Result<()> {
    let p = plans::resolve(&mut ctx.conn, &u.id, reference).await?;
    let from = status_of(&p)?;
    match rules::transition(&p.name, from, change, force)? {
        Outcome::Already => {
            ctx.out.info(format!(
                "The plan `{}` is already {}: nothing changed.",
                p.name,
                from.human()
            ));
        }
        Outcome::To(to) => {
            let now = crate::db::ts(ctx.now);
            let c = PlanChange {
                status: Some(to.label()),
                start_date: (to == PlanStatus::Active && p.start_date.is_none()).then_some(now),
                end_date: (to == PlanStatus::Completed).then_some(now),
                ..Default::default()
            };
            plans::update(&mut ctx.conn, &u.id, &p.id, &c, ctx.now).await?;
            ctx.out.info(format!(
                "The plan `{}` is now {} (was {}).",
                p.name,
                to.human(),
                from.human()
            ));
        }
    }
    let p = plans::resolve(&mut ctx.conn, &u.id, &p.id).await?;
    ctx.out.one(&PlanView::from(&p), plan_fields(u, &p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let p = PlanView {
            id: String::new(),
            name: String::new(),
            status: String::new(),
            description: None,
            goal: None,
            start_date: None,
            end_date: None,
            days: 0,
            exercises: 0,
            is_legacy_import: false,
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert_eq!(serialized_keys(&p), PlanView::COLUMNS);
        let r = PlanRowView {
            plan_id: String::new(),
            plan_name: String::new(),
            plan_status: String::new(),
            day_id: String::new(),
            day_position: 1,
            day_name: String::new(),
            weekdays: String::new(),
            plan_exercise_id: None,
            position: None,
            exercise_id: None,
            exercise_name: None,
            target_sets: None,
            target_reps_min: None,
            target_reps_max: None,
            target_weight_kg: None,
            target_rpe: None,
            rest_seconds: None,
            progression_kg: None,
            notes: None,
        };
        assert_eq!(serialized_keys(&r), PlanRowView::COLUMNS);
        let s = SessionView {
            id: String::new(),
            training_plan_id: None,
            plan_day_id: None,
            name: String::new(),
            status: String::new(),
            scheduled_at: None,
        };
        assert_eq!(serialized_keys(&s), SessionView::COLUMNS);
    }

    #[test]
    fn moving_keeps_every_id() {
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            moved(ids(&["a", "b", "c"]), 0, 3, "day").unwrap(),
            ids(&["b", "c", "a"])
        );
        assert_eq!(
            moved(ids(&["a", "b", "c"]), 2, 1, "day").unwrap(),
            ids(&["c", "a", "b"])
        );
        assert!(moved(ids(&["a"]), 0, 2, "day").is_err());
        assert!(moved(ids(&["a"]), 0, 0, "day").is_err());
    }
}
