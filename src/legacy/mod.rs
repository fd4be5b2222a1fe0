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

pub mod backup;
pub mod dualwrite;
pub mod muscle;
pub mod report;
pub mod rollback;
pub mod verify;

use anyhow::{Context as _, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use indicatif::ProgressBar;
use sqlx::{Connection, PgConnection, Row};

use crate::clock::iso;
use crate::db::{new_id, ts};
use crate::error::Kind;
use report::{Conflict, LegacyCounts, MappedExercise, Report, SkippedRow, TableCount, Unmapped};

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
async fn stamps(conn: &mut PgConnection) -> Result<Vec<NaiveDateTime>> {
    Ok(sqlx::query_scalar(
        r#"SELECT DISTINCT "startedAt" FROM "LegacyMigrationRun" WHERE mode IN ('apply', 'dual-write')"#,
    )
    .fetch_all(&mut *conn)
    .await?)
}

/// Runs the migration (or its dry run) and returns the report. The caller
/// holds [`lock`].
pub async fn migrate(
    conn: &mut PgConnection,
    opts: &Options,
    progress: &ProgressBar,
) -> Result<Report> {
    let stamp = ts(opts.now);
    let mut report = Report {
        mode: if opts.dry_run { "dry-run" } else { "apply" }.into(),
        status: "running".into(),
        started_at: iso(stamp),
        user: opts.user.as_ref().map(|u| u.1.clone()),
        batch_size: opts.batch_size,
        ..Default::default()
    };
    if !opts.dry_run {
        // A run still "running" while we hold the lock was killed.
        sqlx::query(
            r#"UPDATE "LegacyMigrationRun" SET status = 'failed', "finishedAt" = $1,
                 report = coalesce(report, '{}'::jsonb) || jsonb_build_object('error', 'interrupted: the run was killed before it finished')
               WHERE status = 'running'"#,
        )
        .bind(stamp)
        .execute(&mut *conn)
        .await?;
        let id = new_id();
        sqlx::query(
            r#"INSERT INTO "LegacyMigrationRun" (id, mode, status, "startedAt", report)
               VALUES ($1, 'apply', 'running', $2, $3)"#,
        )
        .bind(&id)
        .bind(stamp)
        .bind(sqlx::types::Json(&report))
        .execute(&mut *conn)
        .await
        .with_context(step("recording the run"))?;
        report.run_id = Some(id);
    }
    let result = run_phases(conn, opts, stamp, &mut report, progress).await;
    let finished = ts(crate::clock::now().unwrap_or(opts.now).max(opts.now));
    report.finished_at = Some(iso(finished));
    match &result {
        Ok(()) => report.status = "succeeded".into(),
        Err(e) => {
            report.status = "failed".into();
            report.error = Some(
                crate::error::render(e)
                    .trim_start_matches("error: ")
                    .to_string(),
            );
        }
    }
    if let Some(id) = &report.run_id {
        let saved = sqlx::query(
            r#"UPDATE "LegacyMigrationRun" SET status = $2, "finishedAt" = $3, report = $4 WHERE id = $1"#,
        )
        .bind(id)
        .bind(&report.status)
        .bind(finished)
        .bind(sqlx::types::Json(&report))
        .execute(&mut *conn)
        .await;
        if result.is_ok() {
            saved.with_context(step("recording the report"))?;
        }
    }
    result.map(|()| report)
}

async fn run_phases(
    conn: &mut PgConnection,
    opts: &Options,
    stamp: NaiveDateTime,
    report: &mut Report,
    progress: &ProgressBar,
) -> Result<()> {
    // Fresh statistics of the v2 tables: right after a bulk load (this
    // run's last batches, or a native import) the planner would otherwise
    // take a table of 250,000 sessions for an empty one and loop over it.
    analyze(conn).await?;
    // generate_series(1, e.sets) is estimated at 1000 rows a call, so every
    // batch looks costly enough to be JIT-compiled: 0.4-0.6 s a batch of
    // compiling for a plan that runs in about that long.
    sqlx::raw_sql("SET jit = off").execute(&mut *conn).await?;
    let mut all_stamps = stamps(conn).await?;
    if !all_stamps.contains(&stamp) {
        all_stamps.push(stamp);
    }
    snapshot(conn, opts, &all_stamps, report)
        .await
        .with_context(step("reading the legacy tables"))?;
    muscles(conn, opts, report)
        .await
        .with_context(step("mapping muscle groups"))?;
    batches(conn, opts, stamp, &all_stamps, report, progress).await?;
    plans(conn, opts, stamp, &all_stamps, report)
        .await
        .with_context(step("building the imported plans"))?;
    conflicts(conn, report).await?;
    if !opts.dry_run {
        analyze(conn).await?;
    }
    Ok(())
}

/// ANALYZE of the tables the migration writes. A role that does not own
/// them gets a warning from the server, not an error.
async fn analyze(conn: &mut PgConnection) -> Result<()> {
    sqlx::raw_sql(
        r#"ANALYZE "WorkoutSession", "WorkoutLog", "TrainingPlan", "PlanDay", "PlanExercise""#,
    )
    .execute(&mut *conn)
    .await
    .with_context(step("updating the planner's statistics"))?;
    Ok(())
}

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

async fn snapshot(
    conn: &mut PgConnection,
    opts: &Options,
    all_stamps: &[NaiveDateTime],
    report: &mut Report,
) -> Result<()> {
    let scoped = opts.user.is_some();
    sqlx::raw_sql(
        r#"DROP TABLE IF EXISTS pg_temp.lm_w, pg_temp.lm_we;
           CREATE TEMP TABLE lm_w (
             id text NOT NULL, user_id text NOT NULL, name text NOT NULL, date timestamp(3) NOT NULL,
             notes text, duration int, checksum text NOT NULL, we_count bigint NOT NULL, valid_sets bigint NOT NULL,
             old_sid text, old_user text, old_updated timestamp(3), old_checksum text,
             action text NOT NULL, batch int, sid text);
           CREATE TEMP TABLE lm_we (
             id text NOT NULL, workout_id text NOT NULL, exercise_id text NOT NULL, sets int NOT NULL,
             reps int NOT NULL, weight float8, notes text, batch int NOT NULL, sid text NOT NULL,
             user_id text NOT NULL, date timestamp(3) NOT NULL, moved boolean NOT NULL);"#,
    )
    .execute(&mut *conn)
    .await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        .execute(&mut *tx)
        .await?;
    // $1 batch size, $2 id prefix, $STAMPS = $3, $4 the user.
    let sql = fill(
        r#"INSERT INTO lm_w
           SELECT x.id, x.user_id, x.name, x.date, x.notes, x.duration, x.checksum, x.we_count, x.valid_sets,
                  x.old_sid, x.old_user, x.old_updated, x.old_checksum, x.action,
                  CASE WHEN x.todo THEN ((row_number() OVER (PARTITION BY x.todo ORDER BY x.user_id, x.id) - 1) / $1)::int END,
                  CASE WHEN x.action = 'new' THEN $NEWID ELSE x.old_sid END
             FROM (SELECT y.*, y.action IN ('new', 'changed') AS todo
                     FROM (SELECT z.*,
                                  CASE WHEN z.old_sid IS NULL THEN 'new'
                                       WHEN z.old_checksum IS NOT DISTINCT FROM z.checksum THEN 'same'
                                       WHEN $EDITED_Z THEN 'conflict'
                                       ELSE 'changed' END AS action
                             FROM (SELECT w.id, w."userId" AS user_id, w.name, w.date, w.notes, w.duration,
                                          $CHECKSUM AS checksum, coalesce(c.n, 0) AS we_count,
                                          coalesce(c.valid_sets, 0) AS valid_sets,
                                          s.id AS old_sid, s."userId" AS old_user, s."updatedAt" AS old_updated,
                                          s."legacyChecksum" AS old_checksum
                                     FROM "Workout" w
                                     LEFT JOIN ($CONTENT) c ON c.workout_id = w.id
                                     LEFT JOIN "WorkoutSession" s ON s."legacyWorkoutId" = w.id
                                    WHERE $NOT_MIRROR $SCOPE_W) z) y) x"#,
        scoped,
        4,
    )
    .replace(
        "$NEWID",
        &id_sql(
            2,
            "row_number() OVER (PARTITION BY x.action = 'new' ORDER BY x.user_id, x.id)",
        ),
    )
    .replace(
        "$EDITED_Z",
        &EDITED
            .replace("$S_UPDATED", "z.old_updated")
            .replace("$S_ID", "z.old_sid")
            .replace("$S_USER", "z.old_user"),
    )
    .replace("$STAMPS", "$3");
    scoped!(
        sqlx::query(&sql)
            .bind(opts.batch_size)
            .bind(id_prefix())
            .bind(all_stamps),
        opts
    )
    .execute(&mut *tx)
    .await?;
    sqlx::raw_sql("CREATE INDEX ON lm_w (batch); ANALYZE lm_w;")
        .execute(&mut *tx)
        .await?;
    let sql = fill(
        r#"INSERT INTO lm_we
           SELECT we.id, we."workoutId", we."exerciseId", we.sets, we.reps, we.weight, we.notes,
                  w.batch, w.sid, w.user_id, w.date,
                  -- Migrated into another session before: moved since.
                  EXISTS (
                    SELECT 1 FROM "WorkoutLog" l
                     WHERE l."legacyWorkoutExerciseId" = we.id AND l."sessionId" IS DISTINCT FROM w.sid)
             FROM "WorkoutExercise" we
             JOIN lm_w w ON w.id = we."workoutId" AND w.batch IS NOT NULL
             LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
            WHERE $VALID
            ORDER BY w.batch, w.sid, we."order", we.id"#,
        false,
        0,
    );
    sqlx::query(&sql).execute(&mut *tx).await?;
    sqlx::raw_sql("CREATE INDEX ON lm_we (batch); ANALYZE lm_we;")
        .execute(&mut *tx)
        .await?;
    let sql = fill(
        r#"SELECT we.id, we."workoutId", u.email, $SKIP_REASON AS reason
             FROM "WorkoutExercise" we
             JOIN lm_w w ON w.id = we."workoutId"
             JOIN "User" u ON u.id = w.user_id
             LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
            WHERE NOT $VALID
            ORDER BY u.email, we."workoutId", we.id"#,
        false,
        0,
    );
    report.skipped = sqlx::query(&sql)
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|r| SkippedRow {
            table: "WorkoutExercise".into(),
            id: r.get(0),
            workout_id: r.get(1),
            user: r.get(2),
            reason: r.get(3),
        })
        .collect();
    let row = sqlx::query(
        r#"SELECT count(DISTINCT user_id), count(*), coalesce(sum(we_count), 0)::bigint,
                  coalesce(sum(valid_sets), 0)::bigint,
                  count(*) FILTER (WHERE action = 'new'), count(*) FILTER (WHERE action = 'changed'),
                  count(*) FILTER (WHERE action = 'same'), coalesce(max(batch) + 1, 0)::bigint
             FROM lm_w"#,
    )
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    report.legacy = LegacyCounts {
        users: row.get(0),
        workouts: row.get(1),
        workout_exercises: row.get(2),
        sets: row.get(3),
    };
    let s = report.table_mut("WorkoutSession");
    s.unchanged = row.get(6);
    if opts.dry_run {
        s.inserted = row.get(4);
        s.updated = row.get(5);
        report.batches = row.get(7);
        let (sets, replaced): (i64, i64) = sqlx::query_as(
            r#"SELECT (SELECT coalesce(sum(sets), 0)::bigint FROM lm_we),
                      (SELECT count(*) FROM "WorkoutLog" l JOIN lm_w w
                          ON l."sessionId" = w.old_sid AND l."userId" = w.old_user AND w.action = 'changed')"#,
        )
        .fetch_one(&mut *conn)
        .await?;
        let l = report.table_mut("WorkoutLog");
        l.inserted = sets;
        l.deleted = replaced;
    } else {
        report.table_mut("WorkoutLog");
    }
    Ok(())
}

async fn muscles(conn: &mut PgConnection, opts: &Options, report: &mut Report) -> Result<()> {
    let (keys, groups) = muscle::arrays();
    let norm = muscle::NORMALIZE_SQL;
    let mut tx = conn.begin().await?;
    let mapped = if opts.dry_run {
        format!(
            r#"SELECT e.id, e.name, e."muscleGroup", m.grp
                 FROM "Exercise" e JOIN unnest($1::text[], $2::text[]) AS m(key, grp) ON m.key = {norm}
                WHERE e."primaryMuscleGroup" IS NULL ORDER BY e.name, e.id"#
        )
    } else {
        // "updatedAt" is a legacy column the old app reads: left alone.
        format!(
            r#"WITH m AS (SELECT * FROM unnest($1::text[], $2::text[]) AS m(key, grp)),
                    u AS (UPDATE "Exercise" e SET "primaryMuscleGroup" = m.grp::"MuscleGroup"
                            FROM m WHERE e."primaryMuscleGroup" IS NULL AND m.key = {norm}
                          RETURNING e.id, e.name, e."muscleGroup", m.grp)
               SELECT * FROM u ORDER BY name, id"#
        )
    };
    report.mapped_exercises = sqlx::query(&mapped)
        .bind(&keys)
        .bind(&groups)
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|r| MappedExercise {
            id: r.get(0),
            name: r.get(1),
            muscle_group: r.get(2),
            primary_muscle_group: r.get(3),
        })
        .collect();
    report.unmapped_muscle_groups = sqlx::query(&format!(
        r#"SELECT e."muscleGroup", count(*) FROM "Exercise" e
            WHERE e."primaryMuscleGroup" IS NULL AND btrim(e."muscleGroup") <> ''
              AND NOT ({norm} = ANY($1::text[]))
            GROUP BY 1 ORDER BY 1"#
    ))
    .bind(&keys)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| Unmapped {
        muscle_group: r.get(0),
        exercises: r.get(1),
    })
    .collect();
    let n = report.mapped_exercises.len() as i64;
    report.table_mut("Exercise").updated = n;
    if let Some(id) = &report.run_id {
        // Stored with the change, so a rollback can undo it even if the run dies later.
        sqlx::query(r#"UPDATE "LegacyMigrationRun" SET report = $2 WHERE id = $1"#)
            .bind(id)
            .bind(sqlx::types::Json(&*report))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn batches(
    conn: &mut PgConnection,
    opts: &Options,
    stamp: NaiveDateTime,
    all_stamps: &[NaiveDateTime],
    report: &mut Report,
    progress: &ProgressBar,
) -> Result<()> {
    if opts.dry_run {
        return Ok(());
    }
    let (n_batches, todo): (i64, i64) =
        sqlx::query_as("SELECT coalesce(max(batch) + 1, 0)::bigint, count(batch) FROM lm_w")
            .fetch_one(&mut *conn)
            .await?;
    let moved_rows: i64 = sqlx::query_scalar("SELECT count(*) FROM lm_we WHERE moved")
        .fetch_one(&mut *conn)
        .await?;
    progress.set_length(todo as u64);
    let pause_after: Option<i64> = crate::testhook::var(PAUSE_VAR).and_then(|v| v.parse().ok());
    let recheck = r#"UPDATE lm_w w SET action = 'conflict'
         WHERE w.batch = $1 AND w.action = 'changed' AND NOT EXISTS (
           SELECT 1 FROM "WorkoutSession" s
            WHERE s.id = w.old_sid AND s."userId" = w.old_user AND s."updatedAt" = w.old_updated
              AND NOT $EDITED)"#
        .replace("$EDITED", &edited_s())
        .replace("$STAMPS", "$2");
    let insert_logs = format!(
        r#"INSERT INTO "WorkoutLog" ({LOG_COLUMNS})
           SELECT {} FROM (SELECT e.*, {LOG_BEFORE} FROM lm_we e WHERE e.batch = $1) e {LOG_EXPAND}
            WHERE NOT EXISTS (
              SELECT 1 FROM lm_w w WHERE w.batch = $1 AND w.id = e.workout_id AND w.action = 'conflict')"#,
        LOG_VALUES
            .replace("$ID", &id_sql(2, "row_number() OVER ()"))
            .replace("$STAMP", "$3")
    );
    let insert_sessions = format!(
        r#"INSERT INTO "WorkoutSession" ({SESSION_COLUMNS})
           SELECT {} FROM lm_w w WHERE w.batch = $1 AND w.action = 'new' ORDER BY w.sid"#,
        SESSION_VALUES.replace("$STAMP", "$2")
    );
    let update_sessions = format!(
        r#"UPDATE "WorkoutSession" s SET {}
             FROM lm_w w
            WHERE w.batch = $1 AND w.action = 'changed' AND s.id = w.old_sid AND s."userId" = w.old_user"#,
        SESSION_SET.replace("$STAMP", "$2")
    );
    for k in 0..n_batches {
        let k = k as i32;
        let mut tx = conn.begin().await?;
        let work = async {
            // Lock the sessions this batch updates, then look again: a native
            // edit since the snapshot makes a conflict, not an overwrite.
            sqlx::query(
                r#"SELECT s.id FROM "WorkoutSession" s JOIN lm_w w ON s.id = w.old_sid AND s."userId" = w.old_user
                    WHERE w.batch = $1 AND w.action = 'changed' ORDER BY s.id FOR UPDATE OF s"#,
            )
            .bind(k)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query(&recheck)
                .bind(k)
                .bind(all_stamps)
                .execute(&mut *tx)
                .await?;
            let inserted = sqlx::query(&insert_sessions)
            .bind(k)
            .bind(stamp)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let deleted = sqlx::query(
                r#"DELETE FROM "WorkoutLog" l USING lm_w w
                    WHERE w.batch = $1 AND w.action = 'changed'
                      AND l."sessionId" = w.old_sid AND l."userId" = w.old_user"#,
            )
            .bind(k)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            // A legacy row moved to another workout since: its old sets
            // give way (its old workout changed too, so is carried over again).
            // (Found in the snapshot: a join with the growing WorkoutLog in
            // every batch cost a third of the run.)
            let moved = if moved_rows == 0 {
                0
            } else {
                sqlx::query(
                r#"DELETE FROM "WorkoutLog" l USING lm_we e
                    WHERE e.batch = $1 AND e.moved AND l."legacyWorkoutExerciseId" = e.id
                      AND l."sessionId" IS DISTINCT FROM e.sid AND NOT EXISTS (
                        SELECT 1 FROM lm_w w WHERE w.batch = $1 AND w.id = e.workout_id AND w.action = 'conflict')"#,
            )
            .bind(k)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            };
            let updated = sqlx::query(&update_sessions)
            .bind(k)
            .bind(stamp)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let logs = sqlx::query(&insert_logs)
                .bind(k)
                .bind(id_prefix())
                .bind(stamp)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            Ok::<_, sqlx::Error>((inserted, updated, deleted + moved, logs))
        }
        .await;
        let (inserted, updated, deleted, logs) =
            work.with_context(step("carrying a batch over"))?;
        tx.commit().await.with_context(step("committing a batch"))?;
        let s = report.table_mut("WorkoutSession");
        s.inserted += inserted as i64;
        s.updated += updated as i64;
        let l = report.table_mut("WorkoutLog");
        l.inserted += logs as i64;
        l.deleted += deleted as i64;
        report.batches += 1;
        let done: i64 = sqlx::query_scalar("SELECT count(*) FROM lm_w WHERE batch = $1")
            .bind(k)
            .fetch_one(&mut *conn)
            .await?;
        progress.inc(done as u64);
        if pause_after == Some(report.batches) {
            crate::say!("paused after {} batches", report.batches);
            tokio::time::sleep(std::time::Duration::from_secs(600)).await;
        }
    }
    Ok(())
}

/// The imported plan's statements, shared by the batch ([`plans`]) and the
/// dual-write triggers (`workout_dw_plans` in `dualwrite/install.sql`), so
/// the rules exist once. Placeholders: `$PFX` an id prefix (a fresh one per
/// statement), `$STAMP` the run's stamp, `$STAMPS` every run's stamp,
/// `$SCOPE_W`/`$SCOPE_P` the users in scope (see [`fill`]).
pub(crate) const PLAN_TABLES: &str = r#"DROP TABLE IF EXISTS pg_temp.lm_pd, pg_temp.lm_pe, pg_temp.lm_pp;
           CREATE TEMP TABLE lm_pd (user_id text NOT NULL, key text NOT NULL, name text NOT NULL,
                                    recent_id text NOT NULL, position int NOT NULL, day_id text NOT NULL);
           CREATE TEMP TABLE lm_pe (user_id text NOT NULL, day_id text NOT NULL, position int NOT NULL,
                                    exercise_id text NOT NULL, sets int NOT NULL, reps int NOT NULL,
                                    weight float8, notes text);
           CREATE TEMP TABLE lm_pp (user_id text NOT NULL, plan_id text NOT NULL, old_plan text,
                                    old_updated timestamp(3), action text NOT NULL);"#;
/// One day per workout name (trimmed, case-insensitive), named as in its
/// most recent workout, in the order the names were first trained.
pub(crate) const PLAN_DAYS: &str = r#"INSERT INTO lm_pd
           SELECT r.user_id, r.key, btrim(r.name), r.id,
                  row_number() OVER (PARTITION BY r.user_id ORDER BY f.first_date, r.key),
                  'c' || $PFX || lpad(to_hex(row_number() OVER (ORDER BY r.user_id, r.key)), 8, '0')
             FROM (SELECT DISTINCT ON (w."userId", lower(btrim(w.name)))
                          w."userId" AS user_id, lower(btrim(w.name)) AS key, w.name, w.id
                     FROM "Workout" w WHERE $NOT_MIRROR $SCOPE_W
                    ORDER BY w."userId", lower(btrim(w.name)), w.date DESC, w.id DESC) r
             JOIN (SELECT w."userId" AS user_id, lower(btrim(w.name)) AS key, min(w.date) AS first_date
                     FROM "Workout" w WHERE $NOT_MIRROR $SCOPE_W GROUP BY 1, 2) f USING (user_id, key)"#;
/// Each day's exercises: its most recent workout's rows that can be carried.
pub(crate) const PLAN_EXERCISES: &str = r#"INSERT INTO lm_pe
           SELECT d.user_id, d.day_id, row_number() OVER (PARTITION BY d.day_id ORDER BY we."order", we.id),
                  we."exerciseId", we.sets, we.reps, we.weight, we.notes
             FROM lm_pd d JOIN "WorkoutExercise" we ON we."workoutId" = d.recent_id
             LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
            WHERE $VALID"#;
/// Each user's plan as it should be, against the plan that is there.
pub(crate) const PLAN_ACTIONS: &str = r#"INSERT INTO lm_pp
           WITH users AS (SELECT user_id FROM lm_pd
                          UNION SELECT p."userId" FROM "TrainingPlan" p WHERE p."isLegacyImport" $SCOPE_P),
           desired AS (SELECT d.user_id,
                              string_agg(ROW(d.position, d.name, x.position, x.exercise_id, x.sets, x.reps, x.weight, x.notes)::text,
                                         ',' ORDER BY d.position, x.position) AS c
                         FROM lm_pd d LEFT JOIN lm_pe x ON x.day_id = d.day_id GROUP BY d.user_id),
           existing AS (SELECT DISTINCT ON (p."userId") p."userId" AS user_id, p.id, p."updatedAt",
                               (SELECT string_agg(ROW(d.position, d.name, x.position, x."exerciseId", x."targetSets",
                                                      x."targetRepsMin", x."targetWeight", x.notes)::text,
                                                  ',' ORDER BY d.position, x.position)
                                  FROM "PlanDay" d LEFT JOIN "PlanExercise" x ON x."planDayId" = d.id
                                 WHERE d."trainingPlanId" = p.id) AS c
                          FROM "TrainingPlan" p WHERE p."isLegacyImport" $SCOPE_P
                         ORDER BY p."userId", p."createdAt", p.id)
           SELECT u.user_id, coalesce(ex.id, 'c' || $PFX || lpad(to_hex(row_number() OVER (ORDER BY u.user_id)), 8, '0')),
                  ex.id, ex."updatedAt",
                  CASE WHEN ex.id IS NULL THEN 'new'
                       WHEN coalesce(de.c, '') = coalesce(ex.c, '') THEN 'same'
                       WHEN ex."updatedAt" <> ALL($STAMPS) THEN 'conflict'
                       ELSE 'changed' END
             FROM users u LEFT JOIN desired de USING (user_id) LEFT JOIN existing ex USING (user_id)"#;
/// The plans to rebuild get the stamp (only if nobody edited them meanwhile).
pub(crate) const PLAN_TOUCH: &str = r#"UPDATE "TrainingPlan" p SET "updatedAt" = $STAMP FROM lm_pp x
            WHERE x.action = 'changed' AND p.id = x.old_plan AND p."userId" = x.user_id
              AND p."updatedAt" = x.old_updated"#;
pub(crate) const PLAN_CLEAR: &str = r#"DELETE FROM "PlanDay" d USING lm_pp x, "TrainingPlan" p
            WHERE x.action = 'changed' AND p.id = x.old_plan AND p."userId" = x.user_id
              AND d."trainingPlanId" = p.id"#;
pub(crate) const PLAN_INSERT_PLANS: &str = r#"INSERT INTO "TrainingPlan" (id, "userId", name, description, status, "isLegacyImport", "createdAt", "updatedAt")
           SELECT x.plan_id, x.user_id,
                  CASE WHEN EXISTS (SELECT 1 FROM "TrainingPlan" p WHERE p."userId" = x.user_id AND p.name = 'Imported workouts')
                       THEN 'Imported workouts (legacy)' ELSE 'Imported workouts' END,
                  'Made by workout migrate legacy: one day per workout name of the first app, copied from its most recent workout.',
                  'ARCHIVED', true, $STAMP, $STAMP
             FROM lm_pp x WHERE x.action = 'new' ORDER BY x.plan_id"#;
pub(crate) const PLAN_INSERT_DAYS: &str = r#"INSERT INTO "PlanDay" (id, "trainingPlanId", name, position, weekdays)
           SELECT d.day_id, x.plan_id, d.name, d.position, '{}'
             FROM lm_pd d JOIN lm_pp x USING (user_id) WHERE x.action IN ('new', 'changed') ORDER BY d.day_id"#;
pub(crate) const PLAN_INSERT_EXERCISES: &str = r#"INSERT INTO "PlanExercise" (id, "planDayId", "exerciseId", position, "targetSets", "targetRepsMin",
                                       "targetRepsMax", "targetWeight", notes)
           SELECT 'c' || $PFX || lpad(to_hex(row_number() OVER (ORDER BY e.day_id, e.position)), 8, '0'),
                  e.day_id, e.exercise_id, e.position, e.sets, e.reps, e.reps, e.weight, e.notes
             FROM lm_pe e JOIN lm_pp x USING (user_id) WHERE x.action IN ('new', 'changed')"#;

async fn plans(
    conn: &mut PgConnection,
    opts: &Options,
    stamp: NaiveDateTime,
    all_stamps: &[NaiveDateTime],
    report: &mut Report,
) -> Result<()> {
    let scoped = opts.user.is_some();
    sqlx::raw_sql(PLAN_TABLES).execute(&mut *conn).await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        .execute(&mut *tx)
        .await?;
    // $1 the id prefix, $2 the user.
    let sql = fill(PLAN_DAYS, scoped, 2).replace("$PFX", "$1");
    scoped!(sqlx::query(&sql).bind(id_prefix()), opts)
        .execute(&mut *tx)
        .await?;
    sqlx::query(&fill(PLAN_EXERCISES, false, 0))
        .execute(&mut *tx)
        .await?;
    sqlx::raw_sql("ANALYZE lm_pd; ANALYZE lm_pe;")
        .execute(&mut *tx)
        .await?;
    // $1 the id prefix, $2 the stamps, $3 the user.
    let sql = fill(PLAN_ACTIONS, scoped, 3)
        .replace("$PFX", "$1")
        .replace("$STAMPS", "$2");
    scoped!(sqlx::query(&sql).bind(id_prefix()).bind(all_stamps), opts)
        .execute(&mut *tx)
        .await?;
    let counts = sqlx::query(
        r#"SELECT count(*) FILTER (WHERE action = 'new'), count(*) FILTER (WHERE action = 'changed'),
                  count(*) FILTER (WHERE action = 'same'),
                  (SELECT count(*) FROM lm_pd d JOIN lm_pp p USING (user_id) WHERE p.action IN ('new', 'changed')),
                  (SELECT count(*) FROM lm_pe x JOIN lm_pp p USING (user_id) WHERE p.action IN ('new', 'changed')),
                  (SELECT count(*) FROM "PlanDay" d JOIN lm_pp p ON d."trainingPlanId" = p.old_plan WHERE p.action = 'changed'),
                  (SELECT count(*) FROM "PlanExercise" x JOIN "PlanDay" d ON d.id = x."planDayId"
                     JOIN lm_pp p ON d."trainingPlanId" = p.old_plan WHERE p.action = 'changed')
             FROM lm_pp"#,
    )
    .fetch_one(&mut *tx)
    .await?;
    let get = |i: usize| -> i64 { counts.get(i) };
    {
        let p = report.table_mut("TrainingPlan");
        p.inserted = get(0);
        p.updated = get(1);
        p.unchanged = get(2);
    }
    {
        let d = report.table_mut("PlanDay");
        d.inserted = get(3);
        d.deleted = get(5);
    }
    {
        let x = report.table_mut("PlanExercise");
        x.inserted = get(4);
        x.deleted = get(6);
    }
    if opts.dry_run {
        tx.commit().await?;
        return Ok(());
    }
    let expected = get(1) as u64;
    let touched = sqlx::query(&PLAN_TOUCH.replace("$STAMP", "$1"))
        .bind(stamp)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if touched != expected {
        return Err(Kind::Failure.err(
            "an imported plan was edited while the migration ran: run `workout migrate legacy` again",
        ));
    }
    sqlx::query(PLAN_CLEAR).execute(&mut *tx).await?;
    sqlx::query(&PLAN_INSERT_PLANS.replace("$STAMP", "$1"))
        .bind(stamp)
        .execute(&mut *tx)
        .await?;
    sqlx::query(PLAN_INSERT_DAYS).execute(&mut *tx).await?;
    sqlx::query(&PLAN_INSERT_EXERCISES.replace("$PFX", "$1"))
        .bind(id_prefix())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The conflicts left in the snapshot (and found again in the batches).
async fn conflicts(conn: &mut PgConnection, report: &mut Report) -> Result<()> {
    let rows = sqlx::query(
        r#"SELECT 'WorkoutSession', w.old_sid, w.id, u.email,
                  'edited natively since it was migrated, and its legacy workout changed: left as it is'
             FROM lm_w w JOIN "User" u ON u.id = w.user_id WHERE w.action = 'conflict'
           UNION ALL
           SELECT 'TrainingPlan', p.plan_id, NULL, u.email,
                  'edited natively since it was imported, and the legacy workouts changed: left as it is'
             FROM lm_pp p JOIN "User" u ON u.id = p.user_id WHERE p.action = 'conflict'
           ORDER BY 4, 1, 3"#,
    )
    .fetch_all(&mut *conn)
    .await?;
    report.conflicts = rows
        .into_iter()
        .map(|r| Conflict {
            table: r.get(0),
            id: r.get(1),
            legacy_id: r.get(2),
            user: r.get(3),
            reason: r.get(4),
        })
        .collect();
    Ok(())
}

/// How much legacy data there is and how much of it is migrated, for
/// `migrate status`. None when there are no legacy tables.
pub struct Presence {
    pub users: i64,
    pub workouts: i64,
    pub workout_exercises: i64,
    /// None before v2 is applied.
    pub migrated_workouts: Option<i64>,
    pub last_run: Option<(String, String, NaiveDateTime)>,
}

pub async fn presence(conn: &mut PgConnection, v2: bool) -> Result<Option<Presence>> {
    let exists: bool = sqlx::query_scalar(
        r#"SELECT to_regclass('"Workout"') IS NOT NULL AND to_regclass('"WorkoutExercise"') IS NOT NULL"#,
    )
    .fetch_one(&mut *conn)
    .await?;
    if !exists {
        return Ok(None);
    }
    // The legacy mirrors of native sessions (dual-write) are v2's rows: not counted.
    let not_mirror = if v2 { NOT_MIRROR } else { "true" };
    let (users, workouts, workout_exercises): (i64, i64, i64) = sqlx::query_as(&format!(
        r#"SELECT (SELECT count(DISTINCT "userId") FROM "Workout" w WHERE {not_mirror}),
                  (SELECT count(*) FROM "Workout" w WHERE {not_mirror}),
                  (SELECT count(*) FROM "WorkoutExercise" we JOIN "Workout" w ON w.id = we."workoutId"
                    WHERE {not_mirror})"#
    ))
    .fetch_one(&mut *conn)
    .await?;
    let (migrated_workouts, last_run) = if v2 {
        let m: i64 = sqlx::query_scalar(
            r#"SELECT count(*) FROM "WorkoutSession" s JOIN "Workout" w
                 ON w.id = s."legacyWorkoutId" AND w."userId" = s."userId""#,
        )
        .fetch_one(&mut *conn)
        .await?;
        let last: Option<(String, String, NaiveDateTime)> = sqlx::query_as(
            r#"SELECT mode, status, "startedAt" FROM "LegacyMigrationRun" ORDER BY "startedAt" DESC, id DESC LIMIT 1"#,
        )
        .fetch_optional(&mut *conn)
        .await?;
        (Some(m), last)
    } else {
        (None, None)
    };
    Ok(Some(Presence {
        users,
        workouts,
        workout_exercises,
        migrated_workouts,
        last_run,
    }))
}

/// The user `--user` names, for the migration commands.
pub async fn find_user(conn: &mut PgConnection, email: &str) -> Result<(String, String)> {
    crate::db::users::find_by_email(conn, email)
        .await?
        .map(|u| (u.id, u.email))
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

/// Every legacy row that cannot be carried over (the batch's rule), for
/// `migrate dual-write status`: the triggers skip them as a run does.
pub async fn skipped_rows(conn: &mut PgConnection) -> Result<Vec<SkippedRow>> {
    let sql = fill(
        r#"SELECT we.id, we."workoutId", u.email, $SKIP_REASON AS reason
             FROM "WorkoutExercise" we
             JOIN "Workout" w ON w.id = we."workoutId"
             JOIN "User" u ON u.id = w."userId"
             LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
            WHERE NOT $VALID AND $NOT_MIRROR
            ORDER BY u.email, we."workoutId", we.id"#,
        false,
        0,
    );
    Ok(sqlx::query(&sql)
        .fetch_all(&mut *conn)
        .await
        .context("cannot list the legacy rows that are not carried over")?
        .into_iter()
        .map(|r| SkippedRow {
            table: "WorkoutExercise".into(),
            id: r.get(0),
            workout_id: r.get(1),
            user: r.get(2),
            reason: r.get(3),
        })
        .collect())
}
