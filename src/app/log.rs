//! Logged sets: writing them into the right session, personal records and
//! the records a session just set, the best estimated 1RM per day.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sqlx::Connection;

use super::Ctx;
use super::session::{self, Raise};
use crate::db::exercises::{self, Exercise};
use crate::db::logs::{self, LoggedSet, NewSets};
use crate::db::sessions::Session;
use crate::db::types::{ExerciseId, Timestamp};
use crate::db::users::User;
use crate::domain::records::{self, ExerciseRecords, RecordSet};
use crate::domain::stats;
use crate::domain::tracking::TrackingType;
use crate::error::Kind;

/// Sets of one exercise to log, validated.
#[derive(Debug, Clone)]
pub struct AddRequest<'a> {
    pub exercise: &'a Exercise,
    pub sets: NewSets,
    /// When they were done.
    pub when: DateTime<Utc>,
    /// `--date` was given: the session in progress is not assumed.
    pub backdated: bool,
    /// The session named (an id prefix, current, next, last), if any.
    pub session: Option<&'a str>,
    /// A session in progress for longer is stale: not used silently.
    pub stale_after: Duration,
}

/// Sets written and the session they went to.
#[derive(Debug)]
pub struct Added {
    pub session: Session,
    pub sets: Vec<LoggedSet>,
    /// A stale session in progress passed over, to warn about.
    pub stale: Option<Session>,
}

/// The exercise `reference` names (its name in any case, or an id prefix).
pub async fn exercise(cx: &mut Ctx<'_>, reference: &str) -> Result<Exercise> {
    exercises::resolve(cx.conn, cx.uid(), reference).await
}

/// Logs sets into the session [`session::for_sets`] picks, in one
/// transaction with that session's start or creation.
pub async fn add(cx: &mut Ctx<'_>, r: AddRequest<'_>) -> Result<Added> {
    let mut tx = cx.conn.begin().await?;
    // One set write of this user at a time: the day's session and the next
    // set numbers are read and written under it (docs/logging.md "Concurrency").
    crate::db::lock_user(&mut tx, &cx.user.id).await?;
    let (s, stale) = session::for_sets(
        &mut tx,
        cx.user,
        r.session,
        r.when,
        r.backdated,
        r.stale_after,
        cx.now,
    )
    .await?;
    let written = logs::insert(
        &mut tx,
        &cx.user.id,
        &s.id,
        &r.exercise.id,
        Timestamp::new(r.when),
        &r.sets,
        cx.now,
    )
    .await?;
    tx.commit().await?;
    Ok(Added {
        session: s,
        sets: written,
        stale,
    })
}

/// Writes sets done now into `session` (the interactive flow, set by set).
pub async fn add_now(
    cx: &mut Ctx<'_>,
    session: &Session,
    exercise_id: &str,
    sets: &NewSets,
) -> Result<Vec<LoggedSet>> {
    let mut tx = cx.conn.begin().await?;
    crate::db::lock_user(&mut tx, &cx.user.id).await?;
    let written = logs::insert(
        &mut tx,
        &cx.user.id,
        &session.id,
        exercise_id,
        Timestamp::new(cx.now),
        sets,
        cx.now,
    )
    .await?;
    tx.commit().await?;
    Ok(written)
}

/// The sets as the records see them: the types that count for records
/// (not warm-ups), on local dates.
pub fn record_sets(u: &User, sets: &[LoggedSet]) -> Vec<RecordSet> {
    sets.iter()
        .filter(|s| s.set_type.counts_for_records())
        .map(|s| RecordSet {
            exercise: s.exercise_name.clone(),
            session: s.session_id.as_ref().map(|x| x.to_string()),
            date: u.local_date(s.date),
            reps: s.reps,
            weight_kg: s.load_kg(),
            added_kg: match s.tracking_type {
                TrackingType::Bodyweight => s.weight,
                TrackingType::Assisted => s.weight.map(|w| -w),
                _ => None,
            },
            tracking: s.tracking_type,
            duration_s: s.duration_seconds,
            distance_m: s.distance_meters,
        })
        .collect()
}

/// Personal records, per exercise or of one, as the database keeps them
/// ("ExerciseRecord", migration 8: one row per exercise, whatever the
/// history; the rules of `domain::records::personal_records`).
pub async fn records(
    cx: &mut Ctx<'_>,
    exercise_id: Option<ExerciseId>,
) -> Result<Vec<ExerciseRecords>> {
    let rows =
        crate::db::records::summary(&mut *cx.conn, &cx.user.id, exercise_id.as_deref()).await?;
    Ok(rows
        .into_iter()
        .map(|r| record_of_row(cx.user, r))
        .collect())
}

/// A server-aggregated row as the domain's records, on local dates.
fn record_of_row(u: &User, r: crate::db::records::RecordRow) -> ExerciseRecords {
    // Each kind is [-value, epoch, ...] (pace: [value, epoch]).
    let date = |a: &[f64]| {
        let t = DateTime::from_timestamp_millis((a[1] * 1000.0).round() as i64).unwrap_or_default();
        u.local_date(t)
    };
    let neg = |a: Option<Vec<f64>>| {
        a.map(|a| records::Record {
            value: -a[0],
            date: date(&a),
        })
    };
    ExerciseRecords {
        exercise: r.exercise_name,
        heaviest_kg: neg(r.heaviest),
        best_e1rm_kg: neg(r.e1rm),
        most_reps: r.most_reps.map(|a| records::Record {
            value: (-a[0] as i32, (a[3] == 0.0).then_some(-a[1] + 0.0)),
            date: u.local_date(
                DateTime::from_timestamp_millis((a[2] * 1000.0).round() as i64).unwrap_or_default(),
            ),
        }),
        best_session_volume_kg: neg(r.volume),
        tracking: r.tracking_type,
        best_added_kg: neg(r.added),
        longest_seconds: neg(r.longest).map(|x| records::Record {
            value: x.value as i32,
            date: x.date,
        }),
        longest_distance_m: neg(r.distance),
        fastest_pace_s_per_km: r.pace.map(|a| records::Record {
            value: a[0],
            date: date(&a),
        }),
    }
}

/// The records one session set for an exercise: each field is the new
/// value where it beats the record without this session.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRecords {
    pub exercise: String,
    pub heaviest_kg: Option<f64>,
    pub e1rm_kg: Option<f64>,
    pub session_volume_kg: Option<f64>,
    pub most_reps: Option<i32>,
}

/// Compares the records without and with a session, on the values
/// themselves (not as output rounds them).
pub fn new_records(
    before: Option<&ExerciseRecords>,
    after: &ExerciseRecords,
) -> Option<NewRecords> {
    fn beat(new: Option<f64>, old: Option<f64>) -> Option<f64> {
        match (new, old) {
            (Some(n), Some(o)) if n > o + 1e-9 => Some(n),
            (Some(n), None) => Some(n),
            _ => None,
        }
    }
    let v = |r: &Option<records::Record<f64>>| r.as_ref().map(|x| x.value);
    let reps = |r: &ExerciseRecords| r.most_reps.as_ref().map(|x| x.value.0);
    let n = NewRecords {
        exercise: after.exercise.clone(),
        heaviest_kg: beat(
            v(&after.heaviest_kg),
            before.and_then(|b| v(&b.heaviest_kg)),
        ),
        e1rm_kg: beat(
            v(&after.best_e1rm_kg),
            before.and_then(|b| v(&b.best_e1rm_kg)),
        ),
        session_volume_kg: beat(
            v(&after.best_session_volume_kg),
            before.and_then(|b| v(&b.best_session_volume_kg)),
        ),
        most_reps: beat(
            reps(after).map(f64::from),
            before.and_then(reps).map(f64::from),
        )
        .and(reps(after)),
    };
    let any = n.heaviest_kg.is_some()
        || n.e1rm_kg.is_some()
        || n.session_volume_kg.is_some()
        || n.most_reps.is_some();
    any.then_some(n)
}

/// A finished session: its sets, the records it set, the targets raised.
#[derive(Debug)]
pub struct Finished {
    pub session: Session,
    pub sets: Vec<LoggedSet>,
    pub records: Vec<NewRecords>,
    pub raised: Vec<Raise>,
}

/// Completes the session in progress with its plan progression, and finds
/// the records it set: each exercise done once, however often it was
/// returned to.
pub async fn finish(cx: &mut Ctx<'_>, s: &Session) -> Result<Finished> {
    let sets = logs::of_session(cx.conn, cx.uid(), &s.id).await?;
    let mut exercise_ids: Vec<String> = Vec::new();
    for x in &sets {
        if !exercise_ids.contains(&x.exercise_id) {
            exercise_ids.push(x.exercise_id.clone());
        }
    }
    let mut found = Vec::new();
    let tz = cx.user.tz().name();
    let mut tx = cx.conn.begin().await?;
    crate::db::records::without_jit(&mut tx).await?;
    for id in &exercise_ids {
        // The records without this session (one pass over the exercise's
        // other sets) and those of this session's sets alone (through the
        // sessionId index): a value of the session beats the record before
        // it exactly when the record with the session beats it.
        use crate::db::records::Sessions;
        let uid = &cx.user.id;
        let before: Vec<ExerciseRecords> =
            crate::db::records::records(&mut tx, uid, tz, Some(id), Sessions::Without(&s.id))
                .await?
                .into_iter()
                .map(|r| record_of_row(cx.user, r))
                .collect();
        let mine =
            crate::db::records::records(&mut tx, uid, tz, Some(id), Sessions::Only(&s.id)).await?;
        for a in mine.into_iter().map(|r| record_of_row(cx.user, r)) {
            let b = before.iter().find(|b| b.exercise == a.exercise);
            found.extend(new_records(b, &a));
        }
    }
    tx.commit().await?;
    let (done, raised) = session::complete_now(cx, s).await?;
    Ok(Finished {
        session: done,
        sets,
        records: found,
        raised,
    })
}

/// The best Epley estimate of one day, and the set that gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct DayBest {
    /// A local date.
    pub date: NaiveDate,
    pub e1rm_kg: f64,
    pub weight_kg: f64,
    pub reps: i32,
}

/// An exercise's best estimated 1RM per local day, oldest first, from
/// `since` (a stored UTC bound) on.
pub async fn best_e1rm_per_day(
    cx: &mut Ctx<'_>,
    exercise_id: &str,
    since: Option<Timestamp>,
) -> Result<Vec<DayBest>> {
    let mut tx = cx.conn.begin().await?;
    let rows = crate::db::records::best_e1rm_per_day(
        &mut tx,
        &cx.user.id,
        cx.user.tz().name(),
        exercise_id,
        since,
    )
    .await?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|r| DayBest {
            date: r.day,
            e1rm_kg: r.e1,
            weight_kg: r.load,
            reps: r.reps,
        })
        .collect())
}

/// A set by id or prefix.
pub async fn set(cx: &mut Ctx<'_>, reference: &str) -> Result<LoggedSet> {
    logs::resolve(cx.conn, cx.uid(), reference).await
}

/// Changes one set; returns it as it is now.
pub async fn edit(cx: &mut Ctx<'_>, s: &LoggedSet, c: &logs::SetChange) -> Result<LoggedSet> {
    logs::update(cx.conn, cx.uid(), &s.id, c, cx.now).await?;
    logs::resolve(cx.conn, cx.uid(), &s.id).await
}

/// Deletes one set.
pub async fn delete(cx: &mut Ctx<'_>, s: &LoggedSet) -> Result<()> {
    logs::delete(cx.conn, cx.uid(), &s.id).await
}

/// Local dates as the UTC bounds `[since, until + 1 day)`.
pub fn bounds(
    u: &User,
    since: Option<&str>,
    until: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<(Option<Timestamp>, Option<Timestamp>)> {
    use crate::domain::dates::{Toward, parse_day};
    let day = |s: &str| parse_day(s, today, Toward::Past);
    let since = since.map(day).transpose()?;
    let until = until.map(day).transpose()?;
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

/// What `log history` shows: sets, newest first.
#[derive(Debug, Clone, Default)]
pub struct HistoryQuery<'a> {
    pub exercise: Option<&'a str>,
    pub session: Option<&'a str>,
    /// Stored UTC bounds, from [`bounds`].
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub limit: Option<i64>,
}

pub async fn history(cx: &mut Ctx<'_>, q: HistoryQuery<'_>) -> Result<Vec<LoggedSet>> {
    let exercise_id = match q.exercise {
        Some(e) => Some(exercise(cx, e).await?.id),
        None => None,
    };
    let session_id = match q.session {
        Some(s) => Some(session::resolve(cx, s).await?.id),
        None => None,
    };
    let f = logs::Filter {
        exercise_id,
        session_id,
        since: q.since,
        until: q.until,
        limit: q.limit,
        oldest_first: false,
        include_warmups: true,
    };
    logs::list(cx.conn, cx.uid(), &f).await
}

/// Per ISO week figures from `since` to `until` (stored UTC bounds), and
/// the streaks of training weeks up to `today` (a local date).
pub async fn weekly_stats(
    cx: &mut Ctx<'_>,
    since: Option<Timestamp>,
    until: Option<Timestamp>,
    today: NaiveDate,
) -> Result<(Vec<stats::WeekStats>, stats::Streaks)> {
    let u = cx.user;
    // Without JIT (db::records::without_jit): the per-set load's body-weight
    // lookups put the 12 weeks' query over jit_above_cost, and compiling it
    // took 830 of its 925 ms at 1M sets.
    let mut tx = cx.conn.begin().await?;
    crate::db::records::without_jit(&mut tx).await?;
    let rows = crate::db::records::stat_sets(&mut tx, &u.id, since, until).await?;
    // Each exercise's muscles, read once (a few exercises for thousands of sets).
    let mut ids: Vec<&str> = rows.iter().map(|r| r.5.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let exercises = crate::db::records::stat_exercises(&mut tx, &ids).await?;
    let muscles: HashMap<&str, (Option<&str>, &[String])> = exercises
        .iter()
        .map(|(id, m, sec)| (id.as_str(), (m.as_deref(), sec.as_slice())))
        .collect();
    let tz = u.tz();
    let stat_sets: Vec<stats::StatSet> = rows
        .iter()
        .map(|(date, session, reps, load, is_warmup, exercise)| {
            let (muscle, secondary) = muscles
                .get(exercise.as_str())
                .copied()
                .unwrap_or((None, &[]));
            stats::StatSet {
                date: date.local_date(tz),
                session: session.as_deref(),
                reps: *reps,
                weight_kg: *load,
                is_warmup: *is_warmup,
                muscle,
                secondary,
            }
        })
        .collect();
    // The streaks need every training week the user ever had: the database
    // keeps them ("TrainingWeek", migration 10), one narrow row a week.
    let days = crate::db::records::training_weeks(&mut tx, &u.id).await?;
    tx.commit().await?;
    Ok((stats::weekly(&stat_sets), stats::streaks(&days, today)))
}

/// The sets of one session, in order.
pub async fn of_session(cx: &mut Ctx<'_>, s: &Session) -> Result<Vec<LoggedSet>> {
    logs::of_session(cx.conn, cx.uid(), &s.id).await
}

/// The sets of the last other session with this exercise ("last time").
pub async fn last_time(
    cx: &mut Ctx<'_>,
    exercise_id: &str,
    not_in: &Session,
) -> Result<Vec<LoggedSet>> {
    logs::last_time(cx.conn, cx.uid(), exercise_id, Some(&not_in.id)).await
}

/// The catalog and the user's own exercises, by name.
pub async fn exercises(cx: &mut Ctx<'_>) -> Result<Vec<Exercise>> {
    exercises::list(cx.conn, cx.uid(), &Default::default()).await
}

/// The planned exercises of a session, in order: the targets stored with
/// it, else (a session scheduled before v3) its plan day's current ones,
/// else none.
pub async fn planned(cx: &mut Ctx<'_>, s: &Session) -> Result<Vec<crate::db::plans::Entry>> {
    session::day_targets(cx.conn, cx.user, s).await
}

/// Ends an exercise of the session (`d` in the flow): the mark stays with
/// the session's targets, so that a resume does not ask it again.
pub async fn end_exercise(cx: &mut Ctx<'_>, s: &Session, exercise_id: &str) -> Result<()> {
    crate::db::sessions::end_exercise(cx.conn, cx.uid(), &s.id, exercise_id, cx.now).await?;
    Ok(())
}

/// The exercises of the session that `d` ended.
pub async fn ended(cx: &mut Ctx<'_>, s: &Session) -> Result<Vec<String>> {
    crate::db::sessions::ended_exercises(cx.conn, cx.uid(), &s.id).await
}

/// An exercise's "trackingType" and equipment: what the interactive flow
/// asks for (`WEIGHT_REPS` when the exercise is not the user's to read).
pub async fn tracking(cx: &mut Ctx<'_>, exercise_id: &str) -> Result<(String, Option<String>)> {
    Ok(exercises::tracking(cx.conn, cx.uid(), exercise_id)
        .await?
        .unwrap_or_else(|| ("WEIGHT_REPS".into(), None)))
}

/// The sets a parsed spec writes (`log add` and the interactive flow).
pub fn sets_of(specs: &[crate::domain::setspec::SetSpec]) -> NewSets {
    NewSets {
        reps: specs.iter().map(|x| x.reps).collect(),
        weights_kg: specs.iter().map(|x| x.load.stored_kg()).collect(),
        each: specs
            .iter()
            .map(|x| logs::SetExtra {
                duration_seconds: x.duration_seconds,
                distance_meters: x.distance_meters,
                rpe: x.rpe,
                set_type: x.kind.map(|k| k.label()),
            })
            .collect(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::Record;

    fn recs(heaviest: f64, e1rm: f64, reps: i32) -> ExerciseRecords {
        let date = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        ExerciseRecords {
            exercise: "Press".into(),
            heaviest_kg: Some(Record {
                value: heaviest,
                date,
            }),
            best_e1rm_kg: Some(Record { value: e1rm, date }),
            most_reps: Some(Record {
                value: (reps, Some(heaviest)),
                date,
            }),
            best_session_volume_kg: None,
            tracking: TrackingType::WeightReps,
            best_added_kg: None,
            longest_seconds: None,
            longest_distance_m: None,
            fastest_pace_s_per_km: None,
        }
    }

    #[test]
    fn new_records_compare_values_not_their_rounding() {
        // 100.004 and 100.001 both print as 100 kg, yet one beats the other.
        let n = new_records(Some(&recs(100.0, 100.001, 5)), &recs(100.0, 100.004, 5)).unwrap();
        assert_eq!(n.e1rm_kg, Some(100.004));
        assert_eq!((n.heaviest_kg, n.most_reps), (None, None));
        // Equal values are no record; a first value always is.
        assert_eq!(
            new_records(Some(&recs(100.0, 110.0, 5)), &recs(100.0, 110.0, 5)),
            None
        );
        let first = new_records(None, &recs(60.0, 70.0, 8)).unwrap();
        assert_eq!(first.most_reps, Some(8));
    }
}
