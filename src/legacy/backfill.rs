//! `workout migrate legacy`, the batch run (the backfill of phase expand):
//! the snapshot, the muscle groups, the batches, then the imported plans
//! (`plan`) and the conflicts; the steps of the module doc of `legacy`.

use anyhow::{Context as _, Result};
use indicatif::ProgressBar;
use sqlx::{Connection, PgConnection, Row};

use super::plan::plans;
use super::report::{Conflict, LegacyCounts, MappedExercise, Report, SkippedRow, Unmapped};
use super::*;
use crate::db::new_id;
use crate::db::types::Timestamp;

/// Runs the migration (or its dry run) and returns the report. The caller
/// holds [`lock`].
pub async fn migrate(
    conn: &mut PgConnection,
    opts: &Options,
    progress: &ProgressBar,
) -> Result<Report> {
    let stamp = Timestamp::new(opts.now);
    let mut report = Report {
        mode: if opts.dry_run { "dry-run" } else { "apply" }.into(),
        status: "running".into(),
        started_at: stamp.iso(),
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
    let finished = Timestamp::new(crate::clock::now().unwrap_or(opts.now).max(opts.now));
    report.finished_at = Some(finished.iso());
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
    stamp: Timestamp,
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

async fn snapshot(
    conn: &mut PgConnection,
    opts: &Options,
    all_stamps: &[Timestamp],
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
    stamp: Timestamp,
    all_stamps: &[Timestamp],
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

/// What `workout migrate legacy` was asked for, before it is resolved.
pub struct Request {
    /// `--user`: the e-mail of the one user to migrate.
    pub user: Option<String>,
    pub batch_size: i64,
    pub dry_run: bool,
    /// `--backup FILE` and the URL `pg_dump` connects with.
    pub backup: Option<(String, std::path::PathBuf)>,
}

/// `workout migrate legacy`: resolves the user, takes the lock, writes the
/// backup first if asked (not on a dry run: noted instead), runs, releases
/// the lock. Returns the options it ran with and the report.
pub async fn run(
    conn: &mut PgConnection,
    req: Request,
    progress: &ProgressBar,
    note: &mut dyn FnMut(String),
) -> Result<(Options, Report)> {
    let user = match &req.user {
        Some(email) => Some(super::find_user(&mut *conn, email).await?),
        None => None,
    };
    let opts = Options {
        user,
        batch_size: req.batch_size,
        dry_run: req.dry_run,
        now: crate::clock::now()?,
    };
    super::lock(&mut *conn).await?;
    match req.backup {
        Some((_, file)) if req.dry_run => note(format!(
            "A dry run writes nothing: no backup was written to {}.",
            file.display()
        )),
        Some((url, file)) => {
            let shown = file.display().to_string();
            tokio::task::spawn_blocking(move || super::backup::dump(&url, &file))
                .await
                .context("the backup was interrupted")??;
            note(format!("Backed up the legacy tables to {shown}."));
        }
        None => {}
    }
    let report = migrate(&mut *conn, &opts, progress).await;
    progress.finish_and_clear();
    let report = report?;
    super::unlock(&mut *conn).await?;
    Ok((opts, report))
}
