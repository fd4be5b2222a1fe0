//! Sessions: which session a set goes to, the status moves and what
//! completing one implies (its times, its duration, the plan targets raised),
//! scheduling a one-off session on a plan day.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use sqlx::{Connection, PgConnection};

use super::Ctx;
pub use crate::db::sessions::Session;
use crate::db::sessions::{self, NewSession};
use crate::db::types::Timestamp;
use crate::db::users::User;
use crate::db::{logs, plans};
use crate::domain::session::{self as rules, Move, Status};
use crate::error::Kind;

/// A plan exercise whose every target was met, and its new target weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Raise {
    pub exercise: String,
    pub new_target_kg: f64,
}

/// A status move done: the session after it, its new status, the raises.
#[derive(Debug)]
pub struct Changed {
    pub session: Session,
    pub to: Status,
    pub raised: Vec<Raise>,
}

/// The session `reference` names (an id prefix, current, next, last).
pub async fn resolve(cx: &mut Ctx<'_>, reference: &str) -> Result<Session> {
    sessions::resolve(cx.conn, cx.uid(), reference, next_from(cx.user, cx.now)).await
}

/// Where `next` looks from: the start of the user's local today, so `next`
/// is the earliest scheduled (not started) session whose local day is
/// today or later, one due earlier today included.
pub fn next_from(u: &User, now: DateTime<Utc>) -> DateTime<Utc> {
    u.start_of(now.with_timezone(&u.tz()).date_naive()).utc()
}

/// How long a session may stay in progress before it is stale (the
/// config key `stale_session_hours`, default 6).
pub const DEFAULT_STALE_HOURS: f64 = 6.0;

/// A session in progress for longer than `limit` is stale: it is never used
/// silently (`log add` starts another and warns, `workout log` asks).
pub fn is_stale(s: &Session, now: DateTime<Utc>, limit: Duration) -> bool {
    s.status == Status::InProgress
        && s.started_at
            .is_some_and(|t| Timestamp::new(now) - t > limit)
}

/// The session in progress and whether it is stale.
pub async fn running(cx: &mut Ctx<'_>, limit: Duration) -> Result<Option<(Session, bool)>> {
    Ok(sessions::in_progress(cx.conn, cx.uid()).await?.map(|s| {
        let stale = is_stale(&s, cx.now, limit);
        (s, stale)
    }))
}

/// Takes a started session with no sets back to scheduled (at the time it
/// was scheduled for, else when it was started).
pub async fn unstart(cx: &mut Ctx<'_>, reference: &str) -> Result<Session> {
    let s = resolve(cx, reference).await?;
    if s.status != Status::InProgress {
        return Err(Kind::Usage.err(format!(
            "cannot unstart the session `{}`: it is {}, not in progress",
            s.name,
            s.status.human()
        )));
    }
    let uid = cx.user.id.as_str();
    let mut tx = cx.conn.begin().await?;
    let done = sessions::unstart(&mut tx, uid, &s.id, cx.now).await?;
    if !done {
        return Err(Kind::Usage.err(format!(
            "cannot unstart the session `{}`: it has sets (delete them first, or complete it)",
            s.name
        )));
    }
    let after = sessions::get(&mut tx, uid, &s.id).await?;
    tx.commit().await?;
    Ok(after)
}

/// Moves a scheduled session to another time (its reminders follow).
pub async fn reschedule(cx: &mut Ctx<'_>, reference: &str, at: DateTime<Utc>) -> Result<Session> {
    let s = resolve(cx, reference).await?;
    if s.status != Status::Scheduled {
        return Err(Kind::Usage.err(format!(
            "cannot reschedule the session `{}`: it is {}, only a scheduled session moves",
            s.name,
            s.status.human()
        )));
    }
    let uid = cx.user.id.as_str();
    let mut tx = cx.conn.begin().await?;
    sessions::move_to(&mut tx, uid, &s.id, Timestamp::new(at), cx.now).await?;
    let after = sessions::get(&mut tx, uid, &s.id).await?;
    tx.commit().await?;
    Ok(after)
}

/// Applies a status move the state machine permits, in one transaction
/// with what completing implies: `minutes` (else the time since it was
/// started) and the plan targets raised.
pub async fn change(
    cx: &mut Ctx<'_>,
    reference: &str,
    m: Move,
    minutes: Option<i32>,
) -> Result<Changed> {
    let s = resolve(cx, reference).await?;
    let to = rules::apply(&s.name, s.status, m)?;
    let now = Timestamp::new(cx.now);
    let (started, completed, duration) = match m {
        Move::Start => (Some(now), None, None),
        Move::Complete => (
            None,
            Some(now),
            minutes.or_else(|| minutes_since(&s, cx.now)),
        ),
        Move::Skip | Move::Cancel => (None, None, None),
    };
    let mut tx = cx.conn.begin().await?;
    let after = sessions::set_status_if(
        &mut tx,
        &cx.user.id,
        &s.id,
        Some(s.status),
        sessions::StatusChange {
            status: to,
            started_at: started,
            completed_at: completed,
            duration_minutes: duration,
        },
        cx.now,
    )
    .await?;
    let raised = if m == Move::Complete {
        progress_plan(&mut tx, cx.user, &after, cx.now).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    Ok(Changed {
        session: after,
        to,
        raised,
    })
}

/// Whole minutes from the session's start to `now`, rounded.
fn minutes_since(s: &Session, now: DateTime<Utc>) -> Option<i32> {
    s.started_at
        .map(|t| ((Timestamp::new(now) - t).num_seconds().max(0) as i32 + 30) / 60)
}

/// Completes a session in progress now, with its plan progression, in one
/// transaction (the end of `workout log`).
pub async fn complete_now(cx: &mut Ctx<'_>, s: &Session) -> Result<(Session, Vec<Raise>)> {
    let mut tx = cx.conn.begin().await?;
    let done = sessions::set_status_if(
        &mut tx,
        &cx.user.id,
        &s.id,
        Some(s.status),
        sessions::StatusChange {
            status: Status::Completed,
            started_at: None,
            completed_at: Some(Timestamp::new(cx.now)),
            duration_minutes: minutes_since(s, cx.now),
        },
        cx.now,
    )
    .await?;
    let raised = progress_plan(&mut tx, cx.user, &done, cx.now).await?;
    tx.commit().await?;
    Ok((done, raised))
}

/// A session's targets: those stored with it when it was scheduled or
/// started from its plan day; a session stored without any (made before
/// v3) falls back to its plan day's current targets; none without a day.
pub(crate) async fn day_targets(
    conn: &mut PgConnection,
    u: &User,
    s: &Session,
) -> Result<Vec<plans::Entry>> {
    let stored = sessions::stored_targets(conn, &u.id, &s.id).await?;
    if !stored.is_empty() {
        return Ok(stored);
    }
    match &s.plan_day_id {
        Some(day) => plans::day_entries(conn, &u.id, day).await,
        None => Ok(Vec::new()),
    }
}

/// Raises the target weight of each plan exercise of the session's plan
/// day whose every target was met and that has a progression step.
pub(crate) async fn progress_plan(
    conn: &mut PgConnection,
    u: &User,
    s: &Session,
    now: DateTime<Utc>,
) -> Result<Vec<Raise>> {
    if s.plan_day_id.is_none() {
        return Ok(Vec::new());
    }
    let entries = day_targets(conn, u, s).await?;
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
                is_warmup: !d.set_type.counts_for_records(),
            })
            .collect();
        let target = rules::Target {
            sets: e.target_sets,
            reps_min: e.target_reps_min,
            reps_max: e.target_reps_max,
            weight_kg: e.target_weight,
        };
        if rules::targets_met(&target, &sets) {
            // From what was targeted that day, not the plan's value now.
            let new_kg = e.target_weight.unwrap_or(0.0) + step;
            plans::set_target_weight(conn, &u.id, &e.id, new_kg, now).await?;
            raised.push(Raise {
                exercise: e.exercise_name.clone(),
                new_target_kg: new_kg,
            });
        }
    }
    Ok(raised)
}

/// The session a set logged at `when` goes to: the one `reference` names;
/// else the one in progress (unless `backdated`, or it is stale: in
/// progress for longer than `stale_after`, then it is returned second, to
/// warn about); else that day's latest completed one; else a new completed
/// one. A scheduled session named is started; a skipped or cancelled one
/// takes no sets. Runs on the caller's transaction.
pub(crate) async fn for_sets(
    conn: &mut PgConnection,
    u: &User,
    reference: Option<&str>,
    when: DateTime<Utc>,
    backdated: bool,
    stale_after: Duration,
    now: DateTime<Utc>,
) -> Result<(Session, Option<Session>)> {
    if let Some(r) = reference {
        let s = sessions::resolve(conn, &u.id, r, next_from(u, now)).await?;
        let s = match s.status {
            st @ (Status::Skipped | Status::Cancelled) => Err(Kind::Usage.err(format!(
                "the session `{}` is {}: it takes no sets",
                s.name,
                st.human()
            ))),
            Status::Scheduled => {
                sessions::set_status_if(
                    conn,
                    &u.id,
                    &s.id,
                    Some(Status::Scheduled),
                    sessions::StatusChange {
                        status: Status::InProgress,
                        started_at: Some(Timestamp::new(when)),
                        completed_at: None,
                        duration_minutes: None,
                    },
                    now,
                )
                .await
            }
            _ => Ok(s),
        }?;
        return Ok((s, None));
    }
    let mut stale = None;
    if !backdated && let Some(s) = sessions::in_progress(conn, &u.id).await? {
        if !is_stale(&s, now, stale_after) {
            return Ok((s, None));
        }
        stale = Some(s);
    }
    let day = when.with_timezone(&u.tz()).date_naive();
    let same_day = sessions::list(
        conn,
        &u.id,
        &sessions::Filter {
            statuses: vec![Status::InProgress, Status::Completed],
            from: Some(u.start_of(day)),
            to: Some(u.start_of(day + Duration::days(1))),
            newest_first: true,
            limit: Some(2),
        },
    )
    .await?;
    let stale_id = stale.as_ref().map(|s| s.id.clone());
    if let Some(s) = same_day
        .into_iter()
        .find(|s| Some(&s.id) != stale_id.as_ref())
    {
        return Ok((s, stale));
    }
    let at = Some(Timestamp::new(when));
    let made = sessions::create(
        conn,
        &u.id,
        &NewSession {
            name: "Workout",
            status: Status::Completed,
            scheduled_at: None,
            started_at: at,
            completed_at: at,
            plan_id: None,
            day_id: None,
            notes: None,
        },
        now,
    )
    .await?;
    Ok((made, stale))
}

/// The session in progress, if any (the newest, should there be several).
pub async fn in_progress(cx: &mut Ctx<'_>) -> Result<Option<Session>> {
    sessions::in_progress(cx.conn, cx.uid()).await
}

/// The scheduled sessions of the user's local today.
pub async fn scheduled_today(cx: &mut Ctx<'_>) -> Result<Vec<Session>> {
    let u = cx.user;
    let today = cx.now.with_timezone(&u.tz()).date_naive();
    sessions::list(
        cx.conn,
        cx.uid(),
        &sessions::Filter {
            statuses: vec![Status::Scheduled],
            from: Some(u.start_of(today)),
            to: Some(u.start_of(today + Duration::days(1))),
            ..Default::default()
        },
    )
    .await
}

/// Starts a scheduled session now.
pub async fn start(cx: &mut Ctx<'_>, s: &Session) -> Result<Session> {
    sessions::set_status_if(
        cx.conn,
        cx.uid(),
        &s.id,
        Some(s.status),
        sessions::StatusChange {
            status: Status::InProgress,
            started_at: Some(Timestamp::new(cx.now)),
            completed_at: None,
            duration_minutes: None,
        },
        cx.now,
    )
    .await
}

/// Starts a new ad-hoc session now; a blank name is "Workout".
pub async fn start_new(cx: &mut Ctx<'_>, name: &str) -> Result<Session> {
    let name = name.trim();
    let now = Some(Timestamp::new(cx.now));
    sessions::create(
        cx.conn,
        cx.uid(),
        &NewSession {
            name: if name.is_empty() { "Workout" } else { name },
            status: Status::InProgress,
            scheduled_at: None,
            started_at: now,
            completed_at: None,
            plan_id: None,
            day_id: None,
            notes: None,
        },
        cx.now,
    )
    .await
}

/// A one-off session to schedule.
#[derive(Debug, Clone)]
pub struct ScheduleRequest<'a> {
    pub name: &'a str,
    pub at: DateTime<Utc>,
    /// A plan (name or id prefix) and maybe its day (name or 1-based number).
    pub plan: Option<&'a str>,
    pub day: Option<&'a str>,
    pub notes: Option<&'a str>,
}

/// Schedules a one-off session; its day is found as `plan` commands find
/// one ([`super::plan::find_day`]): by name, or as the N-th day.
pub async fn schedule(cx: &mut Ctx<'_>, r: ScheduleRequest<'_>) -> Result<Session> {
    let name = r.name.trim();
    if name.is_empty() {
        return Err(Kind::Usage.err("a session needs a name"));
    }
    let (plan_id, day_id) = match r.plan {
        None => (None, None),
        Some(p) => {
            let plan = plans::resolve(cx.conn, cx.uid(), p).await?;
            let day_id = match r.day {
                None => None,
                Some(d) => {
                    let days = plans::days(cx.conn, cx.uid(), &plan.id).await?;
                    Some(super::plan::find_day(&plan, &days, d)?.id.clone())
                }
            };
            (Some(plan.id), day_id)
        }
    };
    sessions::create(
        cx.conn,
        cx.uid(),
        &NewSession {
            name,
            status: Status::Scheduled,
            scheduled_at: Some(Timestamp::new(r.at)),
            started_at: None,
            completed_at: None,
            plan_id: plan_id.as_ref(),
            day_id: day_id.as_ref(),
            notes: r.notes,
        },
        cx.now,
    )
    .await
}

/// Deletes a session and its sets.
pub async fn delete(cx: &mut Ctx<'_>, s: &Session) -> Result<()> {
    sessions::delete(cx.conn, cx.uid(), &s.id, Some(s.status), cx.now).await
}

/// What `session list` asks for: statuses and local dates as given.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub statuses: Vec<Status>,
    /// The UTC bounds `[since, until)` of local dates (`app::log::bounds`).
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// Sessions before now, newest first.
    pub past: bool,
    /// Scheduled and running sessions from today on; also what a query
    /// naming no status and no date means.
    pub upcoming: bool,
    pub limit: Option<i64>,
}

/// The sessions a [`ListQuery`] names.
pub async fn list(cx: &mut Ctx<'_>, q: ListQuery) -> Result<Vec<Session>> {
    let u = cx.user;
    let explicit = !q.statuses.is_empty() || q.since.is_some() || q.until.is_some();
    let mut f = sessions::Filter {
        statuses: q.statuses,
        from: q.since,
        to: q.until,
        newest_first: false,
        limit: q.limit,
    };
    if q.past {
        let now = Timestamp::new(cx.now);
        f.to = Some(f.to.map_or(now, |t| t.min(now)));
        f.newest_first = true;
    } else if q.upcoming || !explicit {
        if f.statuses.is_empty() {
            f.statuses = vec![Status::Scheduled, Status::InProgress];
        }
        let today = u.start_of(cx.now.with_timezone(&u.tz()).date_naive());
        f.from = Some(f.from.map_or(today, |t| t.max(today)));
    }
    sessions::list(cx.conn, cx.uid(), &f).await
}
