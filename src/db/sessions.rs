//! The `"WorkoutSession"` table: scheduled and performed workouts. Every
//! query takes the acting user's id.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection, Postgres, QueryBuilder};

use crate::db::DbError;
use crate::db::types::{DayId, PlanId, SessionId, Timestamp};
use crate::domain::session::Status;
use crate::error::Kind;

/// `setCount` reads the session's sets through the `sessionId` index alone:
/// written as a plain `l."userId" = s."userId"`, the planner took it for an
/// index condition too and AND-ed a bitmap of every set of the user (1M
/// index entries at 1M sets, 71 ms in `log add`) with the session's few;
/// `IS TRUE` keeps the user a filter on those few rows.
const COLUMNS: &str = r#"s."id", s."trainingPlanId", s."planDayId", s."name", s."status",
    s."scheduledAt", s."startedAt", s."completedAt", s."durationMinutes", s."notes",
    s."createdAt", s."updatedAt", p."name" AS "planName", d."name" AS "dayName",
    (SELECT count(*) FROM "WorkoutLog" l WHERE l."sessionId" = s."id" AND (l."userId" = s."userId") IS TRUE)::int AS "setCount""#;

const FROM: &str = r#""WorkoutSession" s
    LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = s."userId"
    LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id""#;

/// When a session happens, for ordering and date filters.
const WHEN: &str = r#"coalesce(s."scheduledAt", s."startedAt", s."completedAt", s."createdAt")"#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Session {
    pub id: SessionId,
    pub training_plan_id: Option<PlanId>,
    pub plan_day_id: Option<DayId>,
    pub name: String,
    pub status: Status,
    pub scheduled_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub completed_at: Option<Timestamp>,
    pub duration_minutes: Option<i32>,
    pub notes: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub plan_name: Option<String>,
    pub day_name: Option<String>,
    pub set_count: i32,
}

impl Session {
    /// When it happens or happened.
    pub fn when(&self) -> Timestamp {
        self.scheduled_at
            .or(self.started_at)
            .or(self.completed_at)
            .unwrap_or(self.created_at)
    }
}

/// `session list` filters.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub statuses: Vec<Status>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    pub newest_first: bool,
    pub limit: Option<i64>,
}

pub async fn list(conn: &mut PgConnection, user_id: &str, f: &Filter) -> Result<Vec<Session>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE s.\"userId\" = "
    ));
    q.push_bind(user_id);
    if !f.statuses.is_empty() {
        q.push(r#" AND s."status" = ANY("#)
            .push_bind(f.statuses.clone())
            .push(")");
    }
    if let Some(from) = f.from {
        q.push(format!(" AND {WHEN} >= ")).push_bind(from);
    }
    if let Some(to) = f.to {
        q.push(format!(" AND {WHEN} < ")).push_bind(to);
    }
    q.push(format!(
        " ORDER BY {WHEN} {}, s.\"id\"",
        if f.newest_first { "DESC" } else { "ASC" }
    ));
    if let Some(n) = f.limit {
        q.push(" LIMIT ").push_bind(n);
    }
    q.build_query_as::<Session>()
        .fetch_all(&mut *conn)
        .await
        .context("cannot list the sessions")
}

/// The user's session in progress (the newest, should there be several).
pub async fn in_progress(conn: &mut PgConnection, user_id: &str) -> Result<Option<Session>> {
    let f = Filter {
        statuses: vec![Status::InProgress],
        newest_first: true,
        limit: Some(1),
        ..Default::default()
    };
    Ok(list(conn, user_id, &f).await?.into_iter().next())
}

pub async fn get(conn: &mut PgConnection, user_id: &str, id: &SessionId) -> Result<Session> {
    sqlx::query_as::<_, Session>(&format!(
        r#"SELECT {COLUMNS} FROM {FROM} WHERE s."userId" = $1 AND s."id" = $2"#
    ))
    .bind(user_id)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot read the session")?
    .ok_or_else(|| {
        DbError::NotFound {
            what: "session",
            id: id.to_string(),
        }
        .into()
    })
}

/// The session `reference` names: `current` (the one in progress), `next`
/// (the earliest scheduled one at or after `next_from`), `last` (the last
/// completed one), or
/// a unique id prefix of at least 4 characters. Another user's session is
/// never found.
pub async fn resolve(
    conn: &mut PgConnection,
    user_id: &str,
    reference: &str,
    next_from: DateTime<Utc>,
) -> Result<Session> {
    let r = reference.trim();
    let keyword = match r.to_ascii_lowercase().as_str() {
        "current" => Some((Status::InProgress, "", r#"s."startedAt" DESC NULLS LAST"#)),
        "next" => Some((
            Status::Scheduled,
            r#"AND s."scheduledAt" >= $2"#,
            r#"s."scheduledAt" ASC"#,
        )),
        "last" => Some((Status::Completed, "", r#"s."completedAt" DESC NULLS LAST"#)),
        _ => None,
    };
    if let Some((status, cond, order)) = keyword {
        return sqlx::query_as::<_, Session>(&format!(
            r#"SELECT {COLUMNS} FROM {FROM} WHERE s."userId" = $1 AND s."status" = $3 {cond} ORDER BY {order} LIMIT 1"#
        ))
        .bind(user_id)
        .bind(Timestamp::new(next_from))
        .bind(status)
        .fetch_optional(&mut *conn)
        .await
        .context("cannot look up the session")?
        .ok_or_else(|| Kind::NotFound.err(format!("there is no {r} session")));
    }
    if r.len() < 4 || !r.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Kind::Usage.err(format!(
            "`{r}` does not name a session: use its id (or at least 4 of its first characters), current, next or last"
        )));
    }
    let rows = sqlx::query_as::<_, Session>(&format!(
        r#"SELECT {COLUMNS} FROM {FROM} WHERE s."userId" = $1 AND s."id" LIKE $2 ORDER BY s."id" LIMIT 6"#
    ))
    .bind(user_id)
    .bind(format!("{r}%"))
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the session")?;
    super::one_by_prefix(rows, r, "session", |x| &x.id.0)
}

/// A new session.
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub name: &'a str,
    pub status: Status,
    pub scheduled_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub completed_at: Option<Timestamp>,
    pub plan_id: Option<&'a PlanId>,
    pub day_id: Option<&'a DayId>,
    pub notes: Option<&'a str>,
}

pub async fn create(
    conn: &mut PgConnection,
    user_id: &str,
    s: &NewSession<'_>,
    now: DateTime<Utc>,
) -> Result<Session> {
    // One transaction: the row and its reminders' next firing change together.
    let mut tx = conn.begin().await.context("cannot start a transaction")?;
    let conn = &mut *tx;
    let id = SessionId(super::new_id());
    sqlx::query(
        r#"INSERT INTO "WorkoutSession" ("id", "userId", "trainingPlanId", "planDayId", "name", "status",
               "scheduledAt", "startedAt", "completedAt", "notes", "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)"#,
    )
    .bind(&id)
    .bind(user_id)
    .bind(s.plan_id)
    .bind(s.day_id)
    .bind(s.name)
    .bind(s.status)
    .bind(s.scheduled_at)
    .bind(s.started_at)
    .bind(s.completed_at)
    .bind(s.notes)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot create the session")?;
    // A session of a plan day keeps that day's targets as they are now.
    if s.day_id.is_some() {
        store_targets(conn, user_id, std::slice::from_ref(&id), now).await?;
    }
    super::reminders::refresh_sessions(conn, user_id, now).await?;
    let made = get(conn, user_id, &id).await?;
    tx.commit().await.context("cannot create the session")?;
    Ok(made)
}

/// A move to another status, with the times it sets (`None` leaves one as it is).
#[derive(Debug, Clone, Copy)]
pub struct StatusChange {
    pub status: Status,
    pub started_at: Option<Timestamp>,
    pub completed_at: Option<Timestamp>,
    pub duration_minutes: Option<i32>,
}

/// Moves a session to another status, whatever it is now (a caller that
/// decided on the status it read uses [`set_status_if`]).
pub async fn set_status(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SessionId,
    c: StatusChange,
    now: DateTime<Utc>,
) -> Result<Session> {
    set_status_if(conn, user_id, id, None, c, now).await
}

/// The sentence for a move decided on `expected` when the session is no
/// longer so: another command moved or deleted it first (exit 2).
async fn moved_meanwhile(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SessionId,
    expected: Status,
) -> anyhow::Error {
    let now: Option<(String, Status)> = sqlx::query_as(
        r#"SELECT "name", "status" FROM "WorkoutSession" WHERE "userId" = $1 AND "id" = $2"#,
    )
    .bind(user_id)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .ok()
    .flatten();
    match now {
        Some((name, st)) => Kind::Usage.err(format!(
            "the session `{name}` is {} now, no longer {}: another command changed it first",
            st.human(),
            expected.human()
        )),
        None => Kind::Usage.err(format!(
            "the session {id} was deleted meanwhile: another command deleted it first"
        )),
    }
}

/// Moves a session to another status if it is still `expected` (when
/// given): the move is decided inside the transaction that makes it
/// (`UPDATE ... WHERE "status" = expected`), so of two conflicting moves
/// one wins and the other is refused (exit 2) saying what it is now.
pub async fn set_status_if(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SessionId,
    expected: Option<Status>,
    c: StatusChange,
    now: DateTime<Utc>,
) -> Result<Session> {
    // One transaction: the row and its reminders' next firing change together.
    let mut tx = conn.begin().await.context("cannot start a transaction")?;
    let conn = &mut *tx;
    let done = sqlx::query(
        r#"UPDATE "WorkoutSession" SET "status" = $3,
               "startedAt" = coalesce($4, "startedAt"), "completedAt" = coalesce($5, "completedAt"),
               "durationMinutes" = coalesce($6, "durationMinutes"), "updatedAt" = $7
           WHERE "userId" = $1 AND "id" = $2 AND ($8::"SessionStatus" IS NULL OR "status" = $8)"#,
    )
    .bind(user_id)
    .bind(id)
    .bind(c.status)
    .bind(c.started_at)
    .bind(c.completed_at)
    .bind(c.duration_minutes)
    .bind(Timestamp::new(now))
    .bind(expected)
    .execute(&mut *conn)
    .await
    .context("cannot change the session")?;
    if done.rows_affected() == 0 {
        if let Some(st) = expected {
            return Err(moved_meanwhile(conn, user_id, id, st).await);
        }
        return Err(DbError::NotFound {
            what: "session",
            id: id.to_string(),
        }
        .into());
    }
    // Started (or done) from a plan day without stored targets (scheduled
    // before v3): the targets in force now are that day's.
    if matches!(c.status, Status::InProgress | Status::Completed) {
        store_targets(conn, user_id, std::slice::from_ref(id), now).await?;
    }
    // A session no longer SCHEDULED has no reminder to fire.
    super::reminders::refresh_sessions(conn, user_id, now).await?;
    let changed = get(conn, user_id, id).await?;
    tx.commit().await.context("cannot change the session")?;
    Ok(changed)
}

/// Deletes a session and (by cascade) its sets and its own reminders; its
/// plan's reminders lose its occurrence.
/// When `expected` is given, only while the session is still so (else
/// exit 2 saying what it is now: see [`set_status_if`]).
pub async fn delete(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SessionId,
    expected: Option<Status>,
    now: DateTime<Utc>,
) -> Result<()> {
    // One transaction: the row and its reminders' next firing change together.
    let mut tx = conn.begin().await.context("cannot start a transaction")?;
    let conn = &mut *tx;
    let gone = sqlx::query(
        r#"DELETE FROM "WorkoutSession" WHERE "userId" = $1 AND "id" = $2
             AND ($3::"SessionStatus" IS NULL OR "status" = $3)"#,
    )
    .bind(user_id)
    .bind(id)
    .bind(expected)
    .execute(&mut *conn)
    .await
    .context("cannot delete the session")?;
    if gone.rows_affected() == 0
        && let Some(st) = expected
    {
        return Err(moved_meanwhile(conn, user_id, id, st).await);
    }
    super::reminders::refresh_sessions(conn, user_id, now).await?;
    tx.commit().await.context("cannot delete the session")
}

/// Stores the targets in force on each session's plan day with the session
/// ("SessionExercise", v3), for the sessions that have a plan day and no
/// stored targets yet; returns how many rows it wrote. Called in the
/// transaction that schedules or starts the session.
pub async fn store_targets(
    conn: &mut PgConnection,
    user_id: &str,
    session_ids: &[SessionId],
    now: DateTime<Utc>,
) -> Result<u64> {
    if session_ids.is_empty() {
        return Ok(0);
    }
    // The plan exercises to copy, in order, found first so that each row gets its id here.
    let rows: Vec<(String, String)> = sqlx::query_as(
        r#"SELECT s."id", x."id"
           FROM "WorkoutSession" s
           JOIN "PlanDay" d ON d."id" = s."planDayId"
           JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId" AND p."userId" = s."userId"
           JOIN "PlanExercise" x ON x."planDayId" = d."id"
           WHERE s."userId" = $1 AND s."id" = ANY($2)
             AND NOT EXISTS (SELECT 1 FROM "SessionExercise" t WHERE t."sessionId" = s."id")
           ORDER BY s."id", x."position""#,
    )
    .bind(user_id)
    .bind(session_ids)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the plan's targets")?;
    if rows.is_empty() {
        return Ok(0);
    }
    let ids: Vec<String> = rows.iter().map(|_| super::new_id()).collect();
    let sessions: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let entries: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    let done = sqlx::query(
        r#"INSERT INTO "SessionExercise" ("id", "sessionId", "exerciseId", "planExerciseId", "position",
               "targetSets", "targetRepsMin", "targetRepsMax", "targetWeight", "targetRpe", "restSeconds",
               "supersetGroup", "notes", "createdAt", "updatedAt")
           SELECT v.id, v.session, x."exerciseId", x."id",
                  row_number() OVER (PARTITION BY v.session ORDER BY x."position")::int,
                  x."targetSets", x."targetRepsMin", x."targetRepsMax", x."targetWeight", x."targetRpe",
                  x."restSeconds", x."supersetGroup", x."notes", $2, $2
           FROM UNNEST($3::text[], $4::text[], $5::text[]) AS v (id, session, entry)
           JOIN "PlanExercise" x ON x."id" = v.entry"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(&ids)
    .bind(&sessions)
    .bind(&entries)
    .execute(&mut *conn)
    .await
    .context("cannot store the day's targets with the session")?;
    Ok(done.rows_affected())
}

/// The targets stored with a session, in the shape of a plan exercise:
/// `id` is the plan exercise it came from (or its own id when that was
/// removed from the plan, which `progressionKg` then leaves empty), and the
/// progression step is the plan exercise's current one. Empty for a session
/// stored without targets (ad-hoc, or scheduled before v3).
pub async fn stored_targets(
    conn: &mut PgConnection,
    user_id: &str,
    session_id: &SessionId,
) -> Result<Vec<crate::db::plans::Entry>> {
    sqlx::query_as::<_, crate::db::plans::Entry>(
        r#"SELECT coalesce(x."id", t."id") AS "id", coalesce(x."planDayId", s."planDayId", '') AS "planDayId",
                  t."exerciseId", e."name" AS "exerciseName", t."position", t."targetSets", t."targetRepsMin",
                  t."targetRepsMax", t."targetWeight", t."targetRpe", t."restSeconds",
                  x."progressionKg", t."notes", t."supersetGroup"
           FROM "SessionExercise" t
           JOIN "WorkoutSession" s ON s."id" = t."sessionId"
           JOIN "Exercise" e ON e."id" = t."exerciseId"
           LEFT JOIN "PlanExercise" x ON x."id" = t."planExerciseId"
           WHERE s."userId" = $1 AND t."sessionId" = $2
           ORDER BY t."position""#,
    )
    .bind(user_id)
    .bind(session_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the session's targets")
}

/// Takes a session in progress with no sets back to scheduled (at its
/// scheduled time, else its start), in one statement: false when it has
/// sets or is no longer in progress.
pub async fn unstart(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SessionId,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        r#"UPDATE "WorkoutSession" s SET "status" = 'SCHEDULED',
               "scheduledAt" = coalesce(s."scheduledAt", s."startedAt"), "startedAt" = NULL,
               "updatedAt" = $3
           WHERE s."userId" = $1 AND s."id" = $2 AND s."status" = 'IN_PROGRESS'
             AND NOT EXISTS (SELECT 1 FROM "WorkoutLog" l WHERE l."sessionId" = s."id")"#,
    )
    .bind(user_id)
    .bind(id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot unstart the session")?;
    super::reminders::refresh_sessions(conn, user_id, now).await?;
    Ok(done.rows_affected() == 1)
}

/// Moves a scheduled session to `at`; its reminders' next firing follows.
pub async fn move_to(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SessionId,
    at: Timestamp,
    now: DateTime<Utc>,
) -> Result<()> {
    let done = sqlx::query(
        r#"UPDATE "WorkoutSession" SET "scheduledAt" = $3, "updatedAt" = $4
           WHERE "userId" = $1 AND "id" = $2 AND "status" = 'SCHEDULED'"#,
    )
    .bind(user_id)
    .bind(id)
    .bind(at)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot reschedule the session")?;
    if done.rows_affected() == 0 {
        return Err(Kind::Usage.err("the session is no longer scheduled"));
    }
    super::reminders::refresh_sessions(conn, user_id, now).await
}

/// Marks the session's target rows of an exercise as ended (`d` in the
/// flow), leaving a mark already there; returns how many rows it marked.
pub async fn end_exercise(
    conn: &mut PgConnection,
    user_id: &str,
    session_id: &SessionId,
    exercise_id: &str,
    now: DateTime<Utc>,
) -> Result<u64> {
    let done = sqlx::query(
        r#"UPDATE "SessionExercise" t SET "endedAt" = $4, "updatedAt" = $4
           FROM "WorkoutSession" s
           WHERE s."id" = t."sessionId" AND s."userId" = $1 AND t."sessionId" = $2
             AND t."exerciseId" = $3 AND t."endedAt" IS NULL"#,
    )
    .bind(user_id)
    .bind(session_id)
    .bind(exercise_id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot mark the exercise as done")?;
    Ok(done.rows_affected())
}

/// The exercises of a session that `d` ended (their ids).
pub async fn ended_exercises(
    conn: &mut PgConnection,
    user_id: &str,
    session_id: &SessionId,
) -> Result<Vec<String>> {
    sqlx::query_scalar(
        r#"SELECT DISTINCT t."exerciseId" FROM "SessionExercise" t
           JOIN "WorkoutSession" s ON s."id" = t."sessionId"
           WHERE s."userId" = $1 AND t."sessionId" = $2 AND t."endedAt" IS NOT NULL"#,
    )
    .bind(user_id)
    .bind(session_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the session's ended exercises")
}
