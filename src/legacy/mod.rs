//! The v1 -> v2 data migration (`workout migrate legacy`), its report, its
//! verifier and its rollback. This module owns its SQL (style.md): it is
//! set-based and specific to this one job.
//!
//! How a run works (data-model.md, "Legacy migration"):
//!
//! 1. **Snapshot.** In one REPEATABLE READ transaction, the legacy workouts
//!    in scope are copied into a session-private temporary table with a
//!    content checksum each (`legacyChecksum`: md5 over the workout's own
//!    columns and all its `WorkoutExercise` rows, since those have no
//!    timestamp) and a classification against the sessions already there:
//!    `new`, `same` (checksum unchanged), `changed`, or `conflict` (changed
//!    in legacy *and* the session or one of its sets was edited natively
//!    since the migration wrote it). The rows to carry over go to a second
//!    temporary table, sorted by batch. Working from the snapshot means a
//!    session's checksum always describes exactly the content it was made
//!    from, even while the old app keeps writing.
//! 2. **Muscle groups** (one transaction): `primaryMuscleGroup` where it is
//!    NULL and the free text maps (see `muscle`).
//! 3. **Batches** of `--batch-size` workouts (ordered by user), each one
//!    transaction: insert new sessions, update changed ones in place,
//!    replace their sets, expand `sets` = N into N `WorkoutLog` rows with
//!    `generate_series`. A run killed at any moment leaves each batch
//!    committed or untouched; the next run's snapshot finds the committed
//!    ones `same` and carries on with the rest.
//! 4. **Plans** (one transaction): the "Imported workouts" plan per user,
//!    rebuilt only where its content differs from what the legacy data
//!    gives now, and only if nobody edited it natively.
//!
//! "Written by the migration" is told apart from "edited natively" by
//! timestamps: every row a run writes gets the run's `startedAt` (stored in
//! `"LegacyMigrationRun"`) as `createdAt`/`updatedAt`; a native edit sets
//! `updatedAt` to its own now, which is none of those.
//!
//! Ids made in SQL: `'c' || P || lpad(to_hex(n), 8, '0')`, 25 characters
//! like a cuid, where P is 16 characters taken from a fresh cuid made in
//! Rust for each statement (its 8 timestamp and 8 random characters) and n
//! the row's number in that statement. Unique within a statement by n and
//! across statements and processes by P; ordered within a statement, so
//! the primary-key index grows at its right edge instead of at random.

/// Binds `--user`'s id when the run is scoped.
macro_rules! scoped {
    ($q:expr, $opts:expr) => {{
        let q = $q;
        match &$opts.user {
            Some((id, _)) => q.bind(id.clone()),
            None => q,
        }
    }};
}

pub mod backfill;
pub mod backup;
pub mod dualwrite;
pub mod muscle;
pub mod plan;
pub mod report;
pub mod rollback;
pub mod status;
pub mod transition;
pub mod verify;

pub use backfill::migrate;
pub use status::{Presence, presence, skipped_rows};

use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};

use crate::db::types::Timestamp;
use sqlx::PgConnection;

use crate::db::new_id;
use crate::error::Kind;
use report::{Report, TableCount};

/// The advisory lock that keeps two runs (or a run and a rollback) apart.
const LOCK_KEY: i64 = 7_261_001;

/// Test hook (debug builds only, see `testhook`): after this many committed
/// batches, say so on stderr and sleep, so a test can kill the process at a
/// known point.
pub const PAUSE_VAR: &str = "WORKOUT_LEGACY_PAUSE_AFTER_BATCHES";

/// A legacy row that can be carried over as it is (`we` a WorkoutExercise,
/// `e` its LEFT JOINed Exercise). NaN sorts above every number in
/// PostgreSQL, so `< 'Infinity'` rules out NaN and +Infinity.
pub(crate) const VALID: &str = r#"(e.id IS NOT NULL AND we.sets >= 1 AND we.reps >= 0
    AND (we.weight IS NULL OR (we.weight >= 0 AND we.weight < 'Infinity'::float8)))"#;

/// Why a legacy row cannot be carried over (NULL when it can).
pub(crate) const SKIP_REASON: &str = r#"nullif(concat_ws('; ',
    CASE WHEN e.id IS NULL THEN 'missing exercise row' END,
    CASE WHEN we.sets < 1 THEN 'sets < 1' END,
    CASE WHEN we.reps < 0 THEN 'reps < 0' END,
    CASE WHEN we.weight < 0 AND we.weight > '-Infinity'::float8 THEN 'negative weight' END,
    CASE WHEN we.weight IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN 'non-finite weight' END), '')"#;

/// Session `s` (or one of its sets) was edited since a run wrote it: its
/// `updatedAt` is none of the runs' stamps (`$STAMPS`), or a set of it is
/// native or was touched (its `createdAt` or `updatedAt` is none of them).
/// A set whose legacy row the old app deleted (the foreign key set its link
/// to NULL) still carries the stamps: it is not a native edit.
/// `$S_ID`, `$S_USER` and `$S_UPDATED` name the session's columns.
pub(crate) const EDITED: &str = r#"($S_UPDATED <> ALL($STAMPS) OR EXISTS (
    SELECT 1 FROM "WorkoutLog" l WHERE l."sessionId" = $S_ID AND l."userId" = $S_USER
      AND (l."updatedAt" <> ALL($STAMPS) OR l."createdAt" <> ALL($STAMPS))))"#;

/// [`EDITED`] for the session aliased `s`.
fn edited_s() -> String {
    EDITED
        .replace("$S_UPDATED", r#"s."updatedAt""#)
        .replace("$S_ID", "s.id")
        .replace("$S_USER", r#"s."userId""#)
}

/// The content checksum of workout `w` given its aggregated rows `c.content`.
pub(crate) const CHECKSUM: &str = r#"md5(ROW(w."userId", w.name, w.date, w.notes, w.duration)::text || '|' || coalesce(c.content, ''))"#;

/// The aggregated content of each workout's rows, in a stable order.
pub(crate) const CONTENT: &str = r#"SELECT we."workoutId" AS workout_id,
        string_agg(ROW(we.id, we."exerciseId", e.id IS NOT NULL, we.sets, we.reps, we.weight, we.notes, we."order")::text,
                   ',' ORDER BY we."order", we.id) AS content,
        count(*) AS n,
        coalesce(sum(we.sets) FILTER (WHERE $VALID), 0) AS valid_sets
   FROM "WorkoutExercise" we LEFT JOIN "Exercise" e ON e.id = we."exerciseId" $SCOPE_WE
  GROUP BY we."workoutId""#;

/// The session a legacy workout becomes (data-model.md, "Legacy
/// migration"): the columns, and their values from `w` (`id`, `user_id`,
/// `name`, `date`, `notes`, `duration`, `checksum` and the session id
/// `sid`), stamped `$STAMP`. Shared by the batches and by the dual-write
/// triggers (`dualwrite`), so the rules exist once.
pub(crate) const SESSION_COLUMNS: &str = r#"id, "userId", name, status, "scheduledAt", "startedAt", "completedAt",
    "durationMinutes", notes, "legacyWorkoutId", "legacyChecksum", "createdAt", "updatedAt""#;
pub(crate) const SESSION_VALUES: &str = r#"w.sid, w.user_id, w.name, 'COMPLETED', w.date, w.date,
    w.date + make_interval(mins => coalesce(w.duration, 0)), w.duration, w.notes, w.id, w.checksum, $STAMP, $STAMP"#;
/// A changed workout's session, updated in place from `w`.
pub(crate) const SESSION_SET: &str = r#""userId" = w.user_id, name = w.name, status = 'COMPLETED',
    "scheduledAt" = w.date, "startedAt" = w.date, "completedAt" = w.date + make_interval(mins => coalesce(w.duration, 0)),
    "durationMinutes" = w.duration, notes = w.notes, "legacyChecksum" = w.checksum, "updatedAt" = $STAMP"#;
/// The sets a legacy row `e` (`id`, `user_id`, `sid`, `exercise_id`, `date`,
/// `sets`, `reps`, `weight`, `notes`, and `before` from LOG_BEFORE) becomes:
/// `sets` = N gives N rows numbered before + 1..N (`$ID` the id of each).
pub(crate) const LOG_COLUMNS: &str = r#"id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight,
    notes, "legacyWorkoutExerciseId", "createdAt", "updatedAt""#;
pub(crate) const LOG_VALUES: &str = r#"$ID, e.user_id, e.sid, e.exercise_id, e.date, e.before + n, e.reps, e.weight, e.notes, e.id, $STAMP, $STAMP"#;
pub(crate) const LOG_EXPAND: &str = "CROSS JOIN LATERAL generate_series(1, e.sets) AS n";
/// The sets of the rows before this one of the same exercise in its workout
/// (`e.workout_id`, `e.exercise_id`, by id): a workout that lists one
/// exercise in two rows numbers its sets on (1-3, then 4-6), since v3 keeps
/// set numbers unique per session and exercise. A column of the rows `e`
/// that LOG_VALUES expands.
pub(crate) const LOG_BEFORE: &str = r#"coalesce(sum(greatest(e.sets, 0)) OVER (PARTITION BY e.workout_id, e.exercise_id ORDER BY e.id
    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS before"#;

/// Workout `w` is not the legacy mirror of a native session (`dualwrite`):
/// a mirror has the id of its session, a native one (no legacy link). Mirrors
/// are v2's rows shown to the old app, never carried back as legacy workouts.
pub(crate) const NOT_MIRROR: &str = r#"NOT EXISTS (SELECT 1 FROM "WorkoutSession" ms WHERE ms.id = w.id
    AND ms."legacyWorkoutId" IS NULL AND ms."legacyChecksum" IS NULL)"#;

/// What `workout migrate legacy` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// (id, e-mail) of `--user`.
    pub user: Option<(String, String)>,
    pub batch_size: i64,
    pub dry_run: bool,
    pub now: DateTime<Utc>,
}

/// A statement's id prefix: 16 characters of a fresh cuid (see module doc).
fn id_prefix() -> String {
    let c = new_id();
    format!("{}{}", &c[1..9], &c[c.len() - 8..])
}

/// The SQL of an id for row number `n` with the prefix in parameter `$p`.
fn id_sql(p: u8, n: &str) -> String {
    format!("'c' || ${p} || lpad(to_hex({n}), 8, '0')")
}

fn fill(sql: &str, scoped: bool, user_param: u8) -> String {
    let (scope_we, scope_w, scope_p) = if scoped {
        (
            format!(
                r#"JOIN "Workout" sw ON sw.id = we."workoutId" AND sw."userId" = ${user_param}"#
            ),
            format!(r#"AND w."userId" = ${user_param}"#),
            format!(r#"AND p."userId" = ${user_param}"#),
        )
    } else {
        (String::new(), String::new(), String::new())
    };
    sql.replace("$CONTENT", CONTENT)
        .replace("$CHECKSUM", CHECKSUM)
        .replace("$VALID", VALID)
        .replace("$SKIP_REASON", SKIP_REASON)
        .replace("$NOT_MIRROR", NOT_MIRROR)
        .replace("$SCOPE_WE", &scope_we)
        .replace("$SCOPE_W", &scope_w)
        .replace("$SCOPE_P", &scope_p)
}

/// [`fill`] for the dual-write triggers: the users in scope are the array `users`.
pub(crate) fn fill_users(sql: &str, users: &str) -> String {
    sql.replace("$CONTENT", CONTENT)
        .replace("$CHECKSUM", CHECKSUM)
        .replace("$VALID", VALID)
        .replace("$SKIP_REASON", SKIP_REASON)
        .replace("$NOT_MIRROR", NOT_MIRROR)
        .replace(
            "$SCOPE_WE",
            &format!(
                r#"JOIN "Workout" sw ON sw.id = we."workoutId" AND sw."userId" = ANY({users})"#
            ),
        )
        .replace("$SCOPE_W", &format!(r#"AND w."userId" = ANY({users})"#))
        .replace("$SCOPE_P", &format!(r#"AND p."userId" = ANY({users})"#))
}

/// The error for a database failure during the run, as one sentence.
fn step(what: &'static str) -> impl FnOnce() -> String {
    move || format!("the legacy migration failed while {what}")
}

/// Takes the lock that keeps runs and rollbacks apart, or says who holds it.
pub async fn lock(conn: &mut PgConnection) -> Result<()> {
    // A run that just ended may still hold it for a moment while its
    // server process winds down: look again for up to a second.
    let mut got = false;
    for attempt in 0..10 {
        if attempt > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        got = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(LOCK_KEY)
            .fetch_one(&mut *conn)
            .await
            .context("cannot take the legacy migration's lock")?;
        if got {
            break;
        }
    }
    if !got {
        return Err(Kind::Failure.err(
            "another `workout migrate legacy` or `migrate rollback` is running on this database: wait for it to finish",
        ));
    }
    Ok(())
}

/// Releases [`lock`] (it also goes with the connection).
pub async fn unlock(conn: &mut PgConnection) -> Result<()> {
    sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(LOCK_KEY)
        .execute(&mut *conn)
        .await
        .context("cannot release the legacy migration's lock")?;
    Ok(())
}

/// The stamps of every apply run: what "written by the migration" means.
async fn stamps(conn: &mut PgConnection) -> Result<Vec<Timestamp>> {
    Ok(sqlx::query_scalar(
        r#"SELECT DISTINCT "startedAt" FROM "LegacyMigrationRun" WHERE mode IN ('apply', 'dual-write')"#,
    )
    .fetch_all(&mut *conn)
    .await?)
}

/// The user `--user` names, for the migration commands.
pub async fn find_user(conn: &mut PgConnection, email: &str) -> Result<(String, String)> {
    crate::db::users::find_by_email(conn, email)
        .await?
        .map(|u| (u.id.into(), u.email))
        .ok_or_else(|| Kind::NotFound.err(format!("no user has the e-mail {email}")))
}

/// Sorted table counts in a fixed order for people and machines.
pub fn ordered_tables(report: &Report) -> Vec<TableCount> {
    const ORDER: [&str; 6] = [
        "WorkoutSession",
        "WorkoutLog",
        "TrainingPlan",
        "PlanDay",
        "PlanExercise",
        "Exercise",
    ];
    let mut out: Vec<TableCount> = ORDER
        .iter()
        .map(|t| {
            report
                .tables
                .iter()
                .find(|c| c.table == *t)
                .cloned()
                .unwrap_or(TableCount {
                    table: t.to_string(),
                    ..Default::default()
                })
        })
        .collect();
    out.extend(
        report
            .tables
            .iter()
            .filter(|c| !ORDER.contains(&c.table.as_str()))
            .cloned(),
    );
    out
}
