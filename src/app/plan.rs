//! Training plans: their days and exercises with targets, status changes
//! (the state machine is in `domain::plan`), scheduling sessions from them.
//! Every change to a plan's days or exercises has one shape: resolve the
//! plan, check, write in one transaction that also moves the plan's
//! `updatedAt`, commit ([`touch_and_commit`]).

use anyhow::{Context as _, Result};
use chrono::{NaiveDate, NaiveTime};
use sqlx::{Connection, Postgres, Transaction};

use super::Ctx;
use crate::db::plans::{self, Day, Plan, Session, Siblings};
pub use crate::db::plans::{Entry, PlanChange, Targets};
use crate::db::types::{DayId, EntryId, Timestamp};
use crate::db::{exercises, sessions};
use crate::domain::plan::{self as rules, Change, Outcome, PlanStatus};
use crate::domain::session::Status;
use crate::error::Kind;

/// A plan with its days and every day's exercises, in order.
#[derive(Debug)]
pub struct Outline {
    pub plan: Plan,
    pub days: Vec<Day>,
    pub entries: Vec<Entry>,
}

/// A change to one day: the plan and the day as they were named.
#[derive(Debug)]
pub struct DayDone {
    pub plan: Plan,
    pub day: Day,
}

/// A change to one exercise of a day: the plan, the day, the exercise's name.
#[derive(Debug)]
pub struct EntryDone {
    pub plan: Plan,
    pub day: Day,
    pub exercise: String,
}

pub async fn resolve(cx: &mut Ctx<'_>, reference: &str) -> Result<Plan> {
    plans::resolve(cx.conn, cx.uid(), reference).await
}

pub async fn list(cx: &mut Ctx<'_>, status: Option<PlanStatus>) -> Result<Vec<Plan>> {
    plans::list(cx.conn, cx.uid(), status).await
}

pub async fn outline(cx: &mut Ctx<'_>, reference: &str) -> Result<Outline> {
    let plan = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &plan.id).await?;
    let entries = plans::entries(cx.conn, cx.uid(), &plan.id).await?;
    Ok(Outline {
        plan,
        days,
        entries,
    })
}

/// Moves the plan's `updatedAt` (its days or exercises changed) and commits.
async fn touch_and_commit(
    mut tx: Transaction<'_, Postgres>,
    uid: &str,
    now: chrono::DateTime<chrono::Utc>,
    plan: &Plan,
    what: &'static str,
) -> Result<()> {
    plans::update(&mut tx, uid, &plan.id, &PlanChange::default(), now).await?;
    tx.commit().await.context(what)
}

/// A new plan; `name` is validated, the others trimmed (blank is none).
#[derive(Debug, Clone)]
pub struct NewPlan {
    pub name: String,
    pub description: Option<String>,
    pub goal: Option<String>,
}

pub async fn create(cx: &mut Ctx<'_>, p: NewPlan) -> Result<Plan> {
    check_plan_name(cx, &p.name, None).await?;
    plans::create(
        cx.conn,
        cx.uid(),
        &p.name,
        p.description.as_deref(),
        p.goal.as_deref(),
        cx.now,
    )
    .await
}

/// Changes a plan's name, description or goal (`change` holds only those).
pub async fn edit(cx: &mut Ctx<'_>, reference: &str, change: PlanChange) -> Result<Plan> {
    let p = resolve(cx, reference).await?;
    if let Some(n) = &change.name {
        check_plan_name(cx, n, Some(&p.id)).await?;
    }
    plans::update(cx.conn, cx.uid(), &p.id, &change, cx.now).await?;
    resolve(cx, &p.id).await
}

/// A new day; the name is validated and the weekdays parsed.
#[derive(Debug, Clone)]
pub struct NewDay {
    pub name: String,
    pub weekdays: Vec<i32>,
    pub notes: Option<String>,
    /// Its own time of day, local to the user.
    pub time: Option<NaiveTime>,
}

pub async fn add_day(cx: &mut Ctx<'_>, reference: &str, d: NewDay) -> Result<Plan> {
    let p = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    check_day_name(&p, &days, &d.name, None)?;
    let mut tx = cx.conn.begin().await?;
    plans::add_day(
        &mut tx,
        &cx.user.id,
        &p.id,
        &d.name,
        &d.weekdays,
        d.notes.as_deref(),
        d.time.map(rules::day_time_text).as_deref(),
    )
    .await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot add the day").await?;
    Ok(p)
}

/// A day's new name, weekdays, notes or time; `None` keeps one
/// (`time: Some(None)` clears the day's time).
#[derive(Debug, Clone, Default)]
pub struct DayChange {
    pub name: Option<String>,
    pub weekdays: Option<Vec<i32>>,
    pub notes: Option<String>,
    pub time: Option<Option<NaiveTime>>,
}

pub async fn edit_day(
    cx: &mut Ctx<'_>,
    reference: &str,
    day: &str,
    c: DayChange,
) -> Result<DayDone> {
    let p = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    let d = find_day(&p, &days, day)?.clone();
    if let Some(n) = &c.name {
        check_day_name(&p, &days, n, Some(&d.id))?;
    }
    let mut tx = cx.conn.begin().await?;
    plans::update_day(
        &mut tx,
        &cx.user.id,
        &d.id,
        c.name.as_deref(),
        c.weekdays.as_deref(),
        c.notes.as_deref(),
        c.time
            .map(|t| t.map(rules::day_time_text))
            .as_ref()
            .map(|t| t.as_deref()),
    )
    .await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot change the day").await?;
    Ok(DayDone { plan: p, day: d })
}

/// What removing a day would take: its SCHEDULED sessions are deleted with
/// it; its other sessions keep their history, with no day.
#[derive(Debug)]
pub struct RemoveDayPreview {
    pub plan: Plan,
    pub day: Day,
    pub scheduled: i64,
    pub kept: i64,
}

pub async fn remove_day_preview(
    cx: &mut Ctx<'_>,
    reference: &str,
    day: &str,
) -> Result<RemoveDayPreview> {
    let p = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    let d = find_day(&p, &days, day)?.clone();
    let (scheduled, kept) = plans::day_session_counts(cx.conn, cx.uid(), &d.id).await?;
    Ok(RemoveDayPreview {
        plan: p,
        day: d,
        scheduled,
        kept,
    })
}

/// Removes a day, its exercises and its SCHEDULED sessions in one
/// transaction; returns how many sessions went.
pub async fn remove_day(cx: &mut Ctx<'_>, reference: &str, day: &str) -> Result<(DayDone, u64)> {
    let p = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    let d = find_day(&p, &days, day)?.clone();
    let rest: Vec<DayId> = days
        .iter()
        .filter(|x| x.id != d.id)
        .map(|x| x.id.clone())
        .collect();
    let mut tx = cx.conn.begin().await?;
    let gone = plans::delete_day_scheduled(&mut tx, &cx.user.id, &d.id).await?;
    plans::remove_day(&mut tx, &cx.user.id, &d.id).await?;
    plans::renumber(&mut tx, &cx.user.id, Siblings::Days, &rest).await?;
    crate::db::reminders::refresh_sessions(&mut tx, &cx.user.id, cx.now).await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot remove the day").await?;
    Ok((DayDone { plan: p, day: d }, gone))
}

/// Moves a day to the 1-based place `to`.
pub async fn move_day(cx: &mut Ctx<'_>, reference: &str, day: &str, to: usize) -> Result<DayDone> {
    let p = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    let d = find_day(&p, &days, day)?.clone();
    let from = days.iter().position(|x| x.id == d.id).unwrap_or(0);
    let ids = moved(
        days.iter().map(|x| x.id.clone()).collect(),
        from,
        to,
        "plan",
    )?;
    let mut tx = cx.conn.begin().await?;
    plans::renumber(&mut tx, &cx.user.id, Siblings::Days, &ids).await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot move the day").await?;
    Ok(DayDone { plan: p, day: d })
}

pub async fn add_exercise(
    cx: &mut Ctx<'_>,
    reference: &str,
    day: &str,
    exercise: &str,
    targets: &Targets,
) -> Result<EntryDone> {
    let p = resolve(cx, reference).await?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    let d = find_day(&p, &days, day)?.clone();
    let e = exercises::resolve(cx.conn, cx.uid(), exercise).await?;
    let mut tx = cx.conn.begin().await?;
    plans::add_entry(&mut tx, &cx.user.id, &d.id, &e.id, targets).await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot add the exercise").await?;
    Ok(EntryDone {
        plan: p,
        day: d,
        exercise: e.name,
    })
}

/// The day and its exercises in order, and the one `entry` names.
async fn day_and_entry(
    cx: &mut Ctx<'_>,
    p: &Plan,
    day: &str,
    entry: &str,
) -> Result<(Day, Vec<Entry>, Entry)> {
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    let d = find_day(p, &days, day)?.clone();
    let all = plans::entries(cx.conn, cx.uid(), &p.id).await?;
    let mine: Vec<Entry> = all.into_iter().filter(|e| e.plan_day_id == d.id).collect();
    let e = find_entry(&d, &mine, entry)?.clone();
    Ok((d, mine, e))
}

pub async fn remove_exercise(
    cx: &mut Ctx<'_>,
    reference: &str,
    day: &str,
    entry: &str,
) -> Result<EntryDone> {
    let p = resolve(cx, reference).await?;
    let (d, mine, e) = day_and_entry(cx, &p, day, entry).await?;
    let rest: Vec<EntryId> = mine
        .iter()
        .filter(|x| x.id != e.id)
        .map(|x| x.id.clone())
        .collect();
    let mut tx = cx.conn.begin().await?;
    plans::remove_entry(&mut tx, &cx.user.id, &e.id).await?;
    plans::renumber(&mut tx, &cx.user.id, Siblings::Entries, &rest).await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot remove the exercise").await?;
    Ok(EntryDone {
        plan: p,
        day: d,
        exercise: e.exercise_name,
    })
}

/// New values for some of a plan exercise's targets; `None` keeps one.
#[derive(Debug, Clone, Default)]
pub struct TargetChange {
    pub sets: Option<i32>,
    pub reps: Option<(i32, i32)>,
    pub weight_kg: Option<f64>,
    pub rpe: Option<f64>,
    pub rest_seconds: Option<i32>,
    pub progression_kg: Option<f64>,
    pub notes: Option<String>,
}

/// Changes targets of a plan exercise in place (its place and id stay).
pub async fn edit_exercise(
    cx: &mut Ctx<'_>,
    reference: &str,
    day: &str,
    entry: &str,
    c: TargetChange,
) -> Result<EntryDone> {
    let p = resolve(cx, reference).await?;
    let (d, _, e) = day_and_entry(cx, &p, day, entry).await?;
    let t = Targets {
        sets: c.sets.unwrap_or(e.target_sets),
        reps: c.reps.or(match (e.target_reps_min, e.target_reps_max) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }),
        weight_kg: c.weight_kg.or(e.target_weight),
        rpe: c.rpe.or(e.target_rpe),
        rest_seconds: c.rest_seconds.or(e.rest_seconds),
        progression_kg: c.progression_kg.or(e.progression_kg),
        notes: c.notes.or(e.notes.clone()),
        superset_group: e.superset_group,
    };
    let mut tx = cx.conn.begin().await?;
    plans::update_entry(&mut tx, &cx.user.id, &e.id, &t).await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot change the exercise").await?;
    Ok(EntryDone {
        plan: p,
        day: d,
        exercise: e.exercise_name,
    })
}

/// Moves an exercise to the 1-based place `to` of its day.
pub async fn move_exercise(
    cx: &mut Ctx<'_>,
    reference: &str,
    day: &str,
    entry: &str,
    to: usize,
) -> Result<EntryDone> {
    let p = resolve(cx, reference).await?;
    let (d, mine, e) = day_and_entry(cx, &p, day, entry).await?;
    let from = mine.iter().position(|x| x.id == e.id).unwrap_or(0);
    let ids = moved(mine.iter().map(|x| x.id.clone()).collect(), from, to, "day")?;
    let mut tx = cx.conn.begin().await?;
    plans::renumber(&mut tx, &cx.user.id, Siblings::Entries, &ids).await?;
    touch_and_commit(tx, &cx.user.id, cx.now, &p, "cannot move the exercise").await?;
    Ok(EntryDone {
        plan: p,
        day: d,
        exercise: e.exercise_name,
    })
}

/// A status change asked for: what the plan was, what happened, the plan now.
#[derive(Debug)]
pub struct StatusDone {
    pub from: PlanStatus,
    pub outcome: Outcome,
    pub plan: Plan,
}

/// Applies a status change the state machine permits, or says why not.
pub async fn change_status(
    cx: &mut Ctx<'_>,
    reference: &str,
    change: Change,
    force: bool,
) -> Result<StatusDone> {
    let p = resolve(cx, reference).await?;
    // Decided inside the transaction that makes it: the plan's row locked
    // (FOR UPDATE), its status read again, so of two racing moves the second
    // is judged on what the first left (docs/plans.md "Concurrency").
    let uid = cx.user.id.as_str();
    let mut tx = cx.conn.begin().await?;
    let from = plans::lock_status(&mut tx, uid, &p.id).await?;
    let outcome = rules::transition(&p.name, from, change, force)?;
    if let Outcome::To(to) = outcome {
        let now = Timestamp::new(cx.now);
        let c = PlanChange {
            status: Some(to),
            start_date: (to == PlanStatus::Active && p.start_date.is_none()).then_some(now),
            end_date: (to == PlanStatus::Completed).then_some(now),
            ..Default::default()
        };
        plans::update(&mut tx, uid, &p.id, &c, cx.now).await?;
    }
    tx.commit().await?;
    let plan = resolve(cx, &p.id).await?;
    Ok(StatusDone {
        from,
        outcome,
        plan,
    })
}

/// What deleting a plan would take: its scheduled sessions go, the others
/// keep their history.
#[derive(Debug)]
pub struct DeletePreview {
    pub plan: Plan,
    pub scheduled: i64,
    pub kept: i64,
}

pub async fn delete_preview(cx: &mut Ctx<'_>, reference: &str) -> Result<DeletePreview> {
    let plan = resolve(cx, reference).await?;
    let counts = plans::session_counts(cx.conn, cx.uid(), &plan.id).await?;
    let (scheduled, kept) = counts.iter().fold((0, 0), |(s, k), (status, n)| {
        if *status == Status::Scheduled {
            (s + n, k)
        } else {
            (s, k + n)
        }
    });
    Ok(DeletePreview {
        plan,
        scheduled,
        kept,
    })
}

/// Deletes the plan and its scheduled sessions; returns how many went.
pub async fn delete(cx: &mut Ctx<'_>, plan: &Plan) -> Result<u64> {
    let mut tx = cx.conn.begin().await?;
    let gone = plans::delete(&mut tx, &cx.user.id, &plan.id).await?;
    tx.commit().await.context("cannot delete the plan")?;
    Ok(gone)
}

/// Sessions to make from a plan's weekdays.
#[derive(Debug, Clone)]
pub struct ScheduleRequest {
    /// The first local date (default: today in the user's time zone).
    pub from: Option<NaiveDate>,
    pub weeks: u32,
    /// The local time of day of the days without their own (`--at`).
    pub at: Option<NaiveTime>,
}

/// Sessions scheduled, in time order, and how many already were, were
/// moved to the new time, or were not made because their time has passed.
#[derive(Debug)]
pub struct Scheduled {
    pub plan: Plan,
    pub made: Vec<Session>,
    pub already: usize,
    pub moved: usize,
    pub past: usize,
}

pub async fn schedule(cx: &mut Ctx<'_>, reference: &str, r: ScheduleRequest) -> Result<Scheduled> {
    let tz = cx.user.tz();
    let from = r
        .from
        .unwrap_or_else(|| cx.now.with_timezone(&tz).date_naive());
    let p = resolve(cx, reference).await?;
    rules::check_schedulable(&p.name, p.status)?;
    let days = plans::days(cx.conn, cx.uid(), &p.id).await?;
    if days.iter().all(|d| d.weekdays.is_empty()) {
        return Err(Kind::Usage.err(format!(
            "no day of the plan `{}` has weekdays: set them with `workout plan edit-day \"{}\" DAY --weekdays mon,thu`",
            p.name, p.name
        )));
    }
    let mut wanted = Vec::new();
    for d in &days {
        // The day's own time, else the plan-wide --at.
        let time = match rules::day_time(d.time.as_deref(), r.at) {
            Some(t) => t,
            None if d.weekdays.is_empty() => continue,
            None => {
                return Err(Kind::Usage.err(format!(
                    "the day `{}` has no time of its own: pass --at HH:MM, or set it with `workout plan edit-day \"{}\" \"{}\" --at 18:30`",
                    d.name, p.name, d.name
                )));
            }
        };
        for date in rules::dates_on(from, r.weeks, &d.weekdays) {
            // Every session inside the years the tool reads back.
            let at = rules::check_instant(rules::local_instant(tz, date, time)).map_err(|why| {
                Kind::Usage.err(format!(
                    "--from {from} and --weeks {} would schedule a session on {date}, past the last date the tool keeps ({why}): choose an earlier --from or fewer weeks",
                    r.weeks
                ))
            })?;
            wanted.push((d.id.clone(), d.name.clone(), Timestamp::new(at)));
        }
    }
    // Never a session in the past: a time already gone today is left out.
    let now = Timestamp::new(cx.now);
    let total = wanted.len();
    wanted.retain(|w| w.2 > now);
    let past = total - wanted.len();
    let uid = cx.user.id.as_str();
    let mut tx = cx.conn.begin().await?;
    // One schedule run of this user at a time: two at once would both see
    // no session yet and both make one.
    crate::db::lock_user(&mut tx, &cx.user.id).await?;
    // A run with another time moves the day's scheduled session of that
    // local date instead of adding a second one.
    let existing = plans::scheduled_from(&mut tx, uid, &p.id, cx.user.start_of(from)).await?;
    let mut fresh = Vec::new();
    let mut moved = 0;
    let mut already = 0;
    for w in wanted {
        let same = existing.iter().find(|e| {
            e.plan_day_id.as_ref() == Some(&w.0)
                && e.scheduled_at
                    .is_some_and(|t| t.local_date(tz) == w.2.local_date(tz))
        });
        match same {
            Some(e) if e.scheduled_at == Some(w.2) => already += 1,
            Some(e) => {
                sessions::move_to(&mut tx, uid, &e.id, w.2, cx.now).await?;
                moved += 1;
            }
            None => fresh.push(w),
        }
    }
    let mut made = plans::schedule(&mut tx, uid, &p.id, &fresh, cx.now).await?;
    tx.commit().await.context("cannot schedule the sessions")?;
    made.sort_by_key(|s| s.scheduled_at);
    Ok(Scheduled {
        already: already + fresh.len() - made.len(),
        moved,
        past,
        plan: p,
        made,
    })
}

/// The day `reference` names in `days`: its name (exactly, else ignoring
/// case when only one matches), else its 1-based number (the N-th day, not
/// a stored position). Every command that names a day uses this.
pub fn find_day<'a>(plan: &Plan, days: &'a [Day], reference: &str) -> Result<&'a Day> {
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
fn find_entry<'a>(day: &Day, entries: &'a [Entry], reference: &str) -> Result<&'a Entry> {
    let r = reference.trim();
    if let Ok(n) = r.parse::<usize>() {
        return entries.get(n.wrapping_sub(1)).ok_or_else(|| {
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
fn moved<T>(mut ids: Vec<T>, from: usize, to: usize, what: &str) -> Result<Vec<T>> {
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

async fn check_plan_name(cx: &mut Ctx<'_>, name: &str, except: Option<&str>) -> Result<()> {
    if plans::name_taken(cx.conn, cx.uid(), name, except).await? {
        return Err(Kind::Usage.err(format!(
            "you already have a plan named `{name}` (names are compared ignoring case)"
        )));
    }
    Ok(())
}

fn check_day_name(plan: &Plan, days: &[Day], name: &str, except: Option<&DayId>) -> Result<()> {
    if days
        .iter()
        .any(|d| d.name.to_lowercase() == name.to_lowercase() && Some(&d.id) != except)
    {
        return Err(Kind::Usage.err(format!(
            "the plan `{}` already has a day named `{name}`",
            plan.name
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
