//! The transition phases (issue 17): **expand** (v2 beside the legacy
//! tables, backfilled by `migrate legacy`), **dual-write** (triggers keep
//! both models in step in the writer's own transaction) and **cutover** (the
//! legacy tables moved aside into schema `legacy`).
//!
//! The triggers and functions are in `install.sql`, filled in here with the
//! batch migration's own SQL (`super::CHECKSUM`, `CONTENT`, `VALID`,
//! `EDITED`, `SESSION_*`, `LOG_*`), so the mapping exists once. They are
//! installed by `workout migrate dual-write enable` and removed by `disable`,
//! never by a schema migration: Prisma's schema does not see them.

use anyhow::{Context as _, Result};
use serde::Serialize;
use sqlx::{Connection, PgConnection};

use crate::db::new_id;
use crate::error::Kind;

const INSTALL: &str = include_str!("install.sql");

/// Every function `enable` installs (dropping them with CASCADE drops the triggers).
pub const FUNCTIONS: [&str; 17] = [
    "workout_dw_on_commit()",
    "workout_dw_carry_later(text[])",
    "workout_dw_plans_touch(text[], text[], timestamp without time zone[], text[], boolean)",
    "workout_dw_on_log()",
    "workout_dw_on_session()",
    "workout_dw_on_workout_exercise()",
    "workout_dw_on_workout_deleted()",
    "workout_dw_on_workout_delete()",
    "workout_dw_on_workout()",
    "workout_dw_reverse(text[])",
    "workout_dw_plans_later(text[], text[])",
    "workout_dw_plans(text[], text[])",
    "workout_dw_mirror_migrated(text[], text[], boolean)",
    "workout_dw_mirror(text[], boolean)",
    "workout_dw_carry(text[], boolean)",
    "workout_dw_lock(text[])",
    "workout_dw_prefix()",
];

/// Functions an earlier version installed under another signature: dropped
/// too (by `disable`, and by `enable` before it installs), so that a database
/// dual-writing since before an upgrade keeps no leftover.
const FORMER_FUNCTIONS: [&str; 2] = ["workout_dw_plans_later(text[])", "workout_dw_plans(text[])"];

/// The index `enable` adds: the old schema has none on
/// `WorkoutExercise.workoutId`, and every trigger reads a workout's rows.
/// Partial (`WHERE "workoutId" IS NOT NULL`, true of every row), because
/// Prisma's schema engine leaves partial indexes out of its diff, so the
/// drift check stays exact (a plain index would count as drift).
pub const INDEX: &str = "WorkoutExercise_workoutId_dw_idx";

/// The second index `enable` adds: the imported plan, kept in step by the
/// triggers, replaces its days, and each deleted `PlanDay` sets
/// `WorkoutSession.planDayId` to NULL where it points at it (the foreign
/// key's action), which without an index is a scan of every session per
/// day. Partial for the same reason as [`INDEX`]; only sessions of a plan
/// day are in it.
pub const PLAN_DAY_INDEX: &str = "WorkoutSession_planDayId_dw_idx";

/// The third index `enable` adds: a user's legacy workouts by name key
/// (`lower(btrim(name))`, the imported plan's day), date and id, so that
/// whether an old-app write can change the imported plan
/// (`plan::PLAN_RECENT`, `plan::PLAN_FIRST`) is two index probes rather than a read of all of
/// the user's workouts. Partial for the same reason as [`INDEX`].
pub const NAME_INDEX: &str = "Workout_userId_name_dw_idx";

/// Session `s` is native: not made by the legacy migration.
pub(crate) const NATIVE_S: &str = r#"(s."legacyWorkoutId" IS NULL AND s."legacyChecksum" IS NULL)"#;
/// The date of session `s`'s mirror.
pub(crate) const MIRROR_DATE: &str = r#"coalesce(s."startedAt", s."scheduledAt", s."createdAt")"#;
/// The order of set `l` in its session.
pub(crate) const SET_ORDER: &str = r#"l.date, l."createdAt", l.id"#;
/// Set `l` has a place in the old model: not a warm-up, reps given and not
/// negative, weight absent (body weight) or finite and not negative.
pub(crate) const MIRRORABLE: &str = r#"(NOT l."isWarmup" AND l.reps IS NOT NULL AND l.reps >= 0
    AND (l.weight IS NULL OR (l.weight >= 0 AND l.weight < 'Infinity'::float8)))"#;
/// What session `s` shows the old app: its columns and its mirrorable sets in order.
pub(crate) const SESSION_PRINT: &str = r#"md5(ROW(s."userId", s.name, $MIRROR_DATE, s.notes, s."durationMinutes")::text || '|' ||
    coalesce((SELECT string_agg(ROW(l."exerciseId", l.reps, l.weight)::text, ',' ORDER BY $SET_ORDER)
                FROM "WorkoutLog" l WHERE l."sessionId" = s.id AND l."userId" = s."userId" AND $MIRRORABLE), ''))"#;
/// What legacy workout `w` holds, in the same terms (each row's `sets` = N as N sets).
pub(crate) const MIRROR_PRINT: &str = r#"md5(ROW(w."userId", w.name, w.date, w.notes, w.duration)::text || '|' ||
    coalesce((SELECT string_agg(ROW(we."exerciseId", we.reps, we.weight)::text, ',' ORDER BY we."order", we.id, n)
                FROM "WorkoutExercise" we LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
                CROSS JOIN LATERAL generate_series(1, we.sets) AS n
               WHERE we."workoutId" = w.id AND $VALID), ''))"#;

/// `s`'s print as SQL.
pub(crate) fn session_print() -> String {
    SESSION_PRINT
        .replace("$MIRROR_DATE", MIRROR_DATE)
        .replace("$SET_ORDER", SET_ORDER)
        .replace("$MIRRORABLE", MIRRORABLE)
}

/// `w`'s print as SQL.
pub(crate) fn mirror_print() -> String {
    MIRROR_PRINT.replace("$VALID", super::VALID)
}

/// The functions, and the triggers, as SQL.
pub fn install_sql() -> (String, String) {
    let content = super::CONTENT
        .replace("$SCOPE_WE", r#"WHERE we."workoutId" = ANY(p_ids)"#)
        .replace("$VALID", super::VALID);
    let edited = super::EDITED
        .replace("$S_UPDATED", "r.old_updated")
        .replace("$S_ID", "r.old_sid")
        .replace("$S_USER", "r.old_user")
        .replace("$STAMPS", "v_st");
    let log_values = super::LOG_VALUES
        .replace(
            "$ID",
            r#"'c' || v_pfx || lpad(to_hex(row_number() OVER (ORDER BY e."order", e.id, n)), 8, '0')"#,
        )
        .replace("$STAMP", "v_stamp");
    let content_one = super::CONTENT
        .replace("$SCOPE_WE", r#"WHERE we."workoutId" = r.wid"#)
        .replace("$VALID", super::VALID);
    let fill_plan = |sql: &str| {
        super::fill_users(sql, "p_users")
            .replace("$PFX", "v_pfx")
            .replace("$STAMPS", "v_st")
            .replace("$STAMP", "v_stamp")
    };
    // Every day of the plan, or the days of the keys `p_keys` (see `plan::keyed`).
    let plan = |sql: &str| fill_plan(&super::plan::whole(sql));
    let keyed = |sql: &str| fill_plan(&super::plan::keyed(sql, "p_keys"));
    // The statements of some days' or one day's rebuild that name the users
    // and keys, the day and its most recent workout.
    let days = |sql: &str| {
        plan(sql)
            .replace("$USERS", "p_users")
            .replace("$KEYS", "p_keys")
            .replace("$WORKOUT", "v_recent")
            .replace("$DAY", "v_day")
    };
    let sql = INSTALL
        // The triggers' temporary tables are emptied by each rebuild as it
        // starts, not at commit (`ON COMMIT DELETE ROWS` truncated all three
        // at every commit of a transaction that rebuilt a plan, about half a
        // millisecond of the old app's write), and made again when they
        // have grown (see workout_dw_plans).
        .replace("$PLAN_TABLES", &plan(super::plan::PLAN_TABLES))
        .replace("$PLAN_RECENT", &plan(super::plan::PLAN_RECENT))
        .replace("$PLAN_FIRST", &plan(super::plan::PLAN_FIRST))
        .replace("$KEYED_PLAN_DAYS", &days(super::plan::KEYED_PLAN_DAYS))
        .replace("$ONE_DAY_SAME", &days(super::plan::ONE_DAY_SAME))
        .replace("$ONE_DAY_INSERT", &days(super::plan::ONE_DAY_INSERT))
        .replace("$ONE_DAY", &days(super::plan::ONE_DAY))
        .replace("$KEYED_PLAN_POSITIONS", &keyed(super::plan::PLAN_POSITIONS))
        .replace(
            "$KEYED_PLAN_SCOPED_DAYS",
            &keyed(super::plan::PLAN_SCOPED_DAYS),
        )
        .replace("$KEYED_PLAN_ACTIONS", &keyed(super::plan::PLAN_ACTIONS))
        .replace("$KEYED_PLAN_RENAME", &plan(super::plan::KEYED_PLAN_RENAME))
        .replace(
            "$KEYED_PLAN_CLEAR_EXERCISES",
            &plan(super::plan::KEYED_PLAN_CLEAR_EXERCISES),
        )
        .replace("$PLAN_DAYS", &plan(super::plan::PLAN_DAYS))
        .replace("$PLAN_EXERCISES", &plan(super::plan::PLAN_EXERCISES))
        .replace("$PLAN_ACTIONS", &plan(super::plan::PLAN_ACTIONS))
        .replace("$PLAN_KEEP", &plan(super::plan::PLAN_KEEP))
        .replace("$PLAN_TOUCH", &plan(super::plan::PLAN_TOUCH))
        .replace("$PLAN_CLEAR", &plan(super::plan::PLAN_CLEAR))
        .replace("$PLAN_INSERT_PLANS", &plan(super::plan::PLAN_INSERT_PLANS))
        .replace("$PLAN_INSERT_DAYS", &plan(super::plan::PLAN_INSERT_DAYS))
        .replace(
            "$PLAN_INSERT_EXERCISES",
            &plan(super::plan::PLAN_INSERT_EXERCISES),
        )
        .replace("$CHECKSUM", super::CHECKSUM)
        .replace("$CONTENT_ONE", &content_one)
        .replace("$CONTENT", &content)
        .replace("$NOT_MIRROR", super::NOT_MIRROR)
        .replace("$EDITED", &edited)
        .replace("$SESSION_COLUMNS", super::SESSION_COLUMNS)
        .replace(
            "$SESSION_VALUES",
            &super::SESSION_VALUES.replace("$STAMP", "v_stamp"),
        )
        .replace(
            "$SESSION_SET",
            &super::SESSION_SET.replace("$STAMP", "v_stamp"),
        )
        .replace("$LOG_COLUMNS", super::LOG_COLUMNS)
        .replace("$LOG_VALUES", &log_values)
        .replace("$LOG_EXPAND", super::LOG_EXPAND)
        .replace("$LOG_BEFORE", super::LOG_BEFORE)
        .replace("$SESSION_PRINT", &session_print())
        .replace("$MIRROR_PRINT", &mirror_print())
        .replace("$NATIVE_S", NATIVE_S)
        .replace("$MIRROR_DATE", MIRROR_DATE)
        .replace("$SET_ORDER", SET_ORDER)
        .replace("$MIRRORABLE", MIRRORABLE)
        .replace("$VALID", super::VALID);
    let (functions, triggers) = sql
        .split_once("-- TRIGGERS")
        .expect("install.sql has a triggers part");
    (functions.to_string(), triggers.to_string())
}

/// The transition phase a database is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// v2 beside the legacy tables; no triggers.
    Expand,
    /// The triggers are installed.
    DualWrite,
    /// The legacy tables are in schema `legacy`.
    Cutover,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::Expand => "expand",
            Phase::DualWrite => "dual-write",
            Phase::Cutover => "cutover",
        }
    }
}

/// The phase, from the catalog.
pub async fn phase(conn: &mut PgConnection) -> Result<Phase> {
    let (cut, triggers): (bool, bool) = sqlx::query_as(
        r#"SELECT to_regclass('legacy."Workout"') IS NOT NULL AND to_regclass('public."Workout"') IS NULL,
                  EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'workout\_dw\_%')"#,
    )
    .fetch_one(&mut *conn)
    .await
    .context("cannot read which transition phase the database is in")?;
    Ok(if cut {
        Phase::Cutover
    } else if triggers {
        Phase::DualWrite
    } else {
        Phase::Expand
    })
}

/// In phase cutover, the legacy tables are read where they were moved to.
pub async fn read_moved_tables(conn: &mut PgConnection) -> Result<()> {
    sqlx::raw_sql("SET search_path = legacy, public")
        .execute(&mut *conn)
        .await
        .context("cannot read the legacy tables in schema legacy")?;
    Ok(())
}

/// What is installed: the triggers (`table.trigger`), the functions, and
/// whether the index is there.
pub async fn installed(conn: &mut PgConnection) -> Result<(Vec<String>, Vec<String>, bool)> {
    let triggers: Vec<String> = sqlx::query_scalar(
        r#"SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'workout\_dw\_%' ORDER BY 1"#,
    )
    .fetch_all(&mut *conn)
    .await
    .context("cannot list the dual-write triggers")?;
    let functions: Vec<String> = sqlx::query_scalar(
        r#"SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.proname LIKE 'workout\_dw\_%' ORDER BY 1"#,
    )
    .fetch_all(&mut *conn)
    .await
    .context("cannot list the dual-write functions")?;
    let index: bool = sqlx::query_scalar(
        r#"SELECT count(*) = 3 FROM pg_class WHERE relkind = 'i' AND relname IN ($1, $2, $3)"#,
    )
    .bind(INDEX)
    .bind(PLAN_DAY_INDEX)
    .bind(NAME_INDEX)
    .fetch_one(&mut *conn)
    .await?;
    Ok((triggers, functions, index))
}

/// What `enable` brought into step before it installed the triggers.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatchUp {
    pub carried_workouts: i64,
    pub mirrored_sessions: i64,
    /// Migrated sessions with sets written natively, mirrored into their workouts.
    pub mirrored_into_workouts: i64,
    /// Mirrors of what was deleted natively while it was off, removed under the locks.
    pub stale: Stale,
}

/// Installs the triggers. The caller has run the batch migration just
/// before (so what is left to carry here is small) and holds no lock.
///
/// The index is built first, CONCURRENTLY (writes go on). Then one
/// transaction takes SHARE ROW EXCLUSIVE locks on the four tables (writers
/// wait, readers do not), carries over the legacy workouts not in step,
/// mirrors every native session, creates the triggers and commits: a write
/// either committed before the locks (and is caught up) or waits for them
/// and meets the triggers. No window.
pub async fn enable(conn: &mut PgConnection, now: crate::db::types::Timestamp) -> Result<CatchUp> {
    let fail = || "cannot turn dual-write on";
    build_indexes(&mut *conn).await.with_context(fail)?;
    let (functions, triggers) = install_sql();
    let mut tx = conn.begin().await.with_context(fail)?;
    sqlx::raw_sql(
        r#"LOCK TABLE "Workout", "WorkoutExercise", "WorkoutSession", "WorkoutLog" IN SHARE ROW EXCLUSIVE MODE"#,
    )
    .execute(&mut *tx)
    .await
    .with_context(fail)?;
    let present: i64 = sqlx::query_scalar(
        r#"SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'workout\_dw\_%'"#,
    )
    .fetch_one(&mut *tx)
    .await
    .with_context(fail)?;
    if present > 0 {
        return Err(Kind::Usage
            .err("dual-write is already on: `workout migrate dual-write status` shows it"));
    }
    // What was deleted natively since `disable` noted the mirrors (again
    // under the locks: the caller's pass ran before its batch run).
    let stale = remove_stale(&mut tx).await?;
    // Leftovers of an interrupted install (functions without triggers).
    drop_functions(&mut tx).await.with_context(fail)?;
    sqlx::raw_sql(&functions)
        .execute(&mut *tx)
        .await
        .with_context(fail)?;
    sqlx::query(
        r#"UPDATE "LegacyMigrationRun" SET status = 'ended', "finishedAt" = $1
            WHERE mode = 'dual-write' AND status = 'active'"#,
    )
    .bind(now)
    .execute(&mut *tx)
    .await
    .with_context(fail)?;
    sqlx::query(
        r#"INSERT INTO "LegacyMigrationRun" (id, mode, status, "startedAt", report)
           VALUES ($1, 'dual-write', 'active', $2, '{"mode": "dual-write"}')"#,
    )
    .bind(new_id())
    .bind(now)
    .execute(&mut *tx)
    .await
    .with_context(fail)?;
    let behind = super::fill(
        r#"SELECT w.id FROM "Workout" w
             LEFT JOIN ($CONTENT) c ON c.workout_id = w.id
             LEFT JOIN "WorkoutSession" s ON s."legacyWorkoutId" = w.id
            WHERE $NOT_MIRROR AND (s.id IS NULL OR s."legacyChecksum" IS DISTINCT FROM $CHECKSUM)"#,
        false,
        0,
    );
    let ids: Vec<String> = sqlx::query_scalar(&behind)
        .fetch_all(&mut *tx)
        .await
        .with_context(fail)?;
    sqlx::query("SELECT workout_dw_carry($1, false)")
        .bind(&ids)
        .execute(&mut *tx)
        .await
        .with_context(fail)?;
    let native: Vec<String> = sqlx::query_scalar(&format!(
        r#"SELECT s.id FROM "WorkoutSession" s WHERE {NATIVE_S}"#
    ))
    .fetch_all(&mut *tx)
    .await
    .with_context(fail)?;
    sqlx::query("SELECT workout_dw_mirror($1, false)")
        .bind(&native)
        .execute(&mut *tx)
        .await
        .with_context(fail)?;
    // Sets written natively into migrated sessions while it was off.
    let migrated: Vec<String> = sqlx::query_scalar(
        r#"SELECT DISTINCT s.id FROM "WorkoutSession" s JOIN "WorkoutLog" l ON l."sessionId" = s.id
            WHERE s."legacyWorkoutId" IS NOT NULL
              AND l."createdAt" <> ALL(ARRAY(SELECT "startedAt" FROM "LegacyMigrationRun"
                                              WHERE mode IN ('apply', 'dual-write')))"#,
    )
    .fetch_all(&mut *tx)
    .await
    .with_context(fail)?;
    sqlx::query("SELECT workout_dw_mirror_migrated($1, '{}', false)")
        .bind(&migrated)
        .execute(&mut *tx)
        .await
        .with_context(fail)?;
    sqlx::raw_sql(&triggers)
        .execute(&mut *tx)
        .await
        .with_context(fail)?;
    mark(&mut tx).await.with_context(fail)?;
    tx.commit().await.with_context(fail)?;
    Ok(CatchUp {
        carried_workouts: ids.len() as i64,
        mirrored_sessions: native.len() as i64,
        mirrored_into_workouts: migrated.len() as i64,
        stale,
    })
}

/// The version of the triggers and functions this build installs: an md5
/// of their SQL, as PostgreSQL computes it ("workout dual-write MD5").
pub async fn version(conn: &mut PgConnection) -> Result<String> {
    let (functions, triggers) = install_sql();
    Ok(
        sqlx::query_scalar("SELECT 'workout dual-write ' || md5($1 || $2)")
            .bind(functions)
            .bind(triggers)
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// Stamps every installed function with [`version`] (a comment), so that
/// `status` can tell bodies an earlier version installed.
async fn mark(conn: &mut PgConnection) -> Result<()> {
    let v = version(&mut *conn).await?;
    // The version is an md5 in hex made just above: no quote in it.
    let sql: Vec<String> = FUNCTIONS
        .iter()
        .map(|f| format!("COMMENT ON FUNCTION {f} IS '{v}';"))
        .collect();
    sqlx::raw_sql(&sql.join("\n")).execute(&mut *conn).await?;
    Ok(())
}

/// The names of the triggers this build installs.
pub fn trigger_names() -> Vec<String> {
    let (_, triggers) = install_sql();
    let mut names: Vec<String> = triggers
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[0] == "TRIGGER")
        .map(|w| w[1].to_string())
        .collect();
    names.sort();
    names
}

/// Whether the installed triggers and functions are this build's: every
/// function there with this version's stamp, and the same triggers. None
/// when none are installed.
pub async fn current(conn: &mut PgConnection) -> Result<Option<bool>> {
    let (triggers, functions, _) = installed(&mut *conn).await?;
    if triggers.is_empty() && functions.is_empty() {
        return Ok(None);
    }
    let v = version(&mut *conn).await?;
    let stamped: i64 = sqlx::query_scalar(
        r#"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.proname LIKE 'workout\_dw\_%'
              AND obj_description(p.oid, 'pg_proc') = $1"#,
    )
    .bind(&v)
    .fetch_one(&mut *conn)
    .await
    .context("cannot read which version of dual-write is installed")?;
    Ok(Some(
        stamped == FUNCTIONS.len() as i64
            && functions.len() == FUNCTIONS.len()
            && triggers == trigger_names(),
    ))
}

/// `enable` while dual-write is on (after an upgrade): the current
/// functions and triggers replace the installed ones in one transaction,
/// under locks on the four tables, so every write meets either the old
/// triggers (committed before) or the new ones (waiting for the locks): none
/// is missed. No catch-up: the triggers kept both sides in step.
///
/// With the triggers on, writers take the four tables in both orders (a
/// native write reaches the legacy tables, an old-app write v2), so waiting
/// for one table while holding another could deadlock with a writer, and
/// PostgreSQL would abort one of the two, maybe the writer. So each wait
/// gives up first (`lock_timeout` below the server's `deadlock_timeout`), the
/// transaction rolls back whole, and it tries again shortly after: a writer
/// is never the one aborted.
pub async fn reinstall(conn: &mut PgConnection) -> Result<()> {
    let fail = || "cannot re-install the dual-write triggers";
    // An earlier version may not have made every index yet.
    build_indexes(&mut *conn).await.with_context(fail)?;
    with_lock_retry(
        &mut *conn,
        "cannot re-install the dual-write triggers",
        "run `workout migrate dual-write enable` again",
        reinstall_once,
    )
    .await
}

/// Runs `once`, one transaction that locks tables writers are using
/// (dual-write's four, in both orders while the triggers are live), so that
/// a writer is never the one aborted: `once` sets `lock_timeout` to the
/// wait it is given (half the server's `deadlock_timeout`, at least 10 ms),
/// so its lock waits give up before PostgreSQL looks for a deadlock; a wait
/// that gave up, or a deadlock reported to this transaction itself
/// ([`gave_way`]), rolls it back whole, and it is tried again shortly after
/// (200 tries at most). Any other error is returned as is, under `what`.
///
/// A transaction that drops triggers takes its tables in ACCESS EXCLUSIVE
/// mode at once: `DROP TRIGGER` needs that mode, and upgrading to it from a
/// weaker lock while a writer that holds a weaker one (its read of the
/// table) waits in the queue is a deadlock PostgreSQL reports at once, to
/// the one upgrading, before any timeout. ([`cut_over`] upgrades so, to let
/// readers through its verify: that deadlock is its own, and retried.)
async fn with_lock_retry<T>(
    conn: &mut PgConnection,
    what: &'static str,
    again: &'static str,
    mut once: impl for<'c> AsyncFnMut(&'c mut PgConnection, i64) -> Result<T>,
) -> Result<T> {
    let wait_ms: i64 = sqlx::query_scalar(
        "SELECT greatest(10, (extract(epoch FROM current_setting('deadlock_timeout')::interval) * 500)::bigint)",
    )
    .fetch_one(&mut *conn)
    .await
    .context(what)?;
    for attempt in 0..200u64 {
        match once(&mut *conn, wait_ms).await {
            Ok(v) => return Ok(v),
            Err(e) if gave_way(&e) => {
                tokio::time::sleep(std::time::Duration::from_millis(10 + (attempt % 10) * 7)).await;
            }
            Err(e) => return Err(e).context(what),
        }
    }
    Err(Kind::Failure.err(format!(
        "{what}: the legacy and v2 tables stayed busy (200 tries); {again}"
    )))
}

/// `SET LOCAL lock_timeout` for every lock the transaction waits for from
/// then on (see [`with_lock_retry`]).
async fn lock_timeout(conn: &mut PgConnection, wait_ms: i64) -> Result<()> {
    sqlx::raw_sql(&format!("SET LOCAL lock_timeout = '{wait_ms}ms'"))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A lock wait that gave up (SQLSTATE 55P03, `lock_timeout`), or a deadlock
/// PostgreSQL reported to this transaction (40P01: an upgrade of its own
/// lock meeting a writer queued behind it, reported at once): either way
/// this transaction is the one rolled back and the writer goes on.
fn gave_way(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<sqlx::Error>()
            .and_then(|e| e.as_database_error())
            .and_then(|d| d.code())
            .is_some_and(|code| code == "55P03" || code == "40P01")
    })
}

async fn reinstall_once(conn: &mut PgConnection, wait_ms: i64) -> Result<()> {
    let (functions, triggers) = install_sql();
    let mut tx = conn.begin().await?;
    // For every lock this transaction waits for (the DROP's too).
    lock_timeout(&mut tx, wait_ms).await?;
    sqlx::raw_sql(
        r#"LOCK TABLE "Workout", "WorkoutExercise", "WorkoutSession", "WorkoutLog" IN ACCESS EXCLUSIVE MODE"#,
    )
    .execute(&mut *tx)
    .await?;
    let present: i64 = sqlx::query_scalar(
        r#"SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'workout\_dw\_%'"#,
    )
    .fetch_one(&mut *tx)
    .await?;
    if present == 0 {
        return Err(Kind::Usage.err(
            "dual-write was turned off meanwhile: `workout migrate dual-write enable` turns it on",
        ));
    }
    // CASCADE drops the triggers with their functions.
    drop_functions(&mut tx).await?;
    sqlx::raw_sql(&functions).execute(&mut *tx).await?;
    sqlx::raw_sql(&triggers).execute(&mut *tx).await?;
    mark(&mut tx).await?;
    tx.commit().await?;
    Ok(())
}

/// The indexes dual-write needs ([`INDEX`], [`PLAN_DAY_INDEX`],
/// [`NAME_INDEX`]), built CONCURRENTLY where missing (writes go on).
async fn build_indexes(conn: &mut PgConnection) -> Result<()> {
    sqlx::raw_sql(&format!(
        r#"CREATE INDEX CONCURRENTLY IF NOT EXISTS "{INDEX}" ON "WorkoutExercise" ("workoutId") WHERE "workoutId" IS NOT NULL"#
    ))
    .execute(&mut *conn)
    .await
    ?;
    sqlx::raw_sql(&format!(
        r#"CREATE INDEX CONCURRENTLY IF NOT EXISTS "{PLAN_DAY_INDEX}" ON "WorkoutSession" ("planDayId") WHERE "planDayId" IS NOT NULL"#
    ))
    .execute(&mut *conn)
    .await
    ?;
    sqlx::raw_sql(&format!(
        r#"CREATE INDEX CONCURRENTLY IF NOT EXISTS "{NAME_INDEX}" ON "Workout" ("userId", lower(btrim(name)), date, id) WHERE "userId" IS NOT NULL"#
    ))
    .execute(&mut *conn)
    .await
    ?;
    Ok(())
}

async fn drop_functions(conn: &mut PgConnection) -> Result<()> {
    let sql: Vec<String> = FUNCTIONS
        .iter()
        .chain(FORMER_FUNCTIONS.iter())
        .map(|f| format!("DROP FUNCTION IF EXISTS {f} CASCADE;"))
        .collect();
    sqlx::raw_sql(&sql.join("\n")).execute(&mut *conn).await?;
    Ok(())
}

/// Removes every trigger and function `enable` installed, in one
/// transaction; false when there was nothing to remove. The index stays (it
/// changes no row, and a next `enable` needs it).
///
/// The mirrors there are at that moment (the tables locked, so none is
/// written meanwhile) are noted in the dual-write run's report
/// (`report.mirrors`: `workouts`, the mirrors of native sessions; `rows`, the
/// rows mirroring native sets of migrated sessions), so that the next
/// `enable` and `verify` can tell a mirror whose session or set was deleted
/// while dual-write was off from a workout the old app wrote ([`remove_stale`]).
///
/// The triggers are live until it commits, so writers take the four tables
/// in both orders meanwhile: its lock waits give up and it tries again
/// rather than deadlock with one ([`with_lock_retry`], as [`reinstall`]).
pub async fn disable(conn: &mut PgConnection, now: crate::db::types::Timestamp) -> Result<bool> {
    with_lock_retry(
        &mut *conn,
        "cannot turn dual-write off",
        "run `workout migrate dual-write disable` again",
        async |c, wait_ms| disable_once(c, wait_ms, now).await,
    )
    .await
}

async fn disable_once(
    conn: &mut PgConnection,
    wait_ms: i64,
    now: crate::db::types::Timestamp,
) -> Result<bool> {
    let mut tx = conn.begin().await?;
    // For every lock this transaction waits for (the DROP's too).
    lock_timeout(&mut tx, wait_ms).await?;
    let off = turn_off(&mut tx, now).await?;
    tx.commit().await?;
    Ok(off)
}

/// `disable`'s work, in the caller's transaction (see [`disable`]): the four
/// tables locked while the triggers are there, the functions and triggers
/// dropped, the mirrors noted; false when there was nothing to remove.
async fn turn_off(tx: &mut PgConnection, now: crate::db::types::Timestamp) -> Result<bool> {
    let (triggers, functions, _) = installed(&mut *tx).await?;
    if !triggers.is_empty() {
        sqlx::raw_sql(
            r#"LOCK TABLE "Workout", "WorkoutExercise", "WorkoutSession", "WorkoutLog" IN ACCESS EXCLUSIVE MODE"#,
        )
        .execute(&mut *tx)
        .await?;
    }
    drop_functions(&mut *tx).await?;
    let mirrors = if triggers.is_empty() {
        "report".to_string()
    } else {
        format!(
            r#"coalesce(report, '{{}}') || jsonb_build_object('mirrors', jsonb_build_object(
                 'workouts', coalesce((SELECT jsonb_agg(s.id ORDER BY s.id) FROM "WorkoutSession" s
                                        JOIN "Workout" w ON w.id = s.id WHERE {NATIVE_S}), '[]'),
                 'rows', coalesce((SELECT jsonb_agg(DISTINCT we.id) FROM "WorkoutExercise" we
                                    JOIN "WorkoutLog" l ON l."legacyWorkoutExerciseId" = we.id
                                    JOIN "WorkoutSession" s ON s.id = l."sessionId" AND s."legacyWorkoutId" = we."workoutId"
                                   WHERE l."createdAt" <> ALL(ARRAY(SELECT "startedAt" FROM "LegacyMigrationRun"
                                                                    WHERE mode IN ('apply', 'dual-write')))), '[]')))"#
        )
    };
    sqlx::query(&format!(
        r#"UPDATE "LegacyMigrationRun" SET status = 'ended', "finishedAt" = $1, report = {mirrors}
            WHERE mode = 'dual-write' AND status = 'active'"#
    ))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(!triggers.is_empty() || !functions.is_empty())
}

/// `cutover` from phase dual-write, in one transaction: the four tables
/// locked against writes (SHARE ROW EXCLUSIVE: readers go on), `verify`
/// (the triggers kept both sides in step up to the locks, so no batch run is
/// needed: its reads would race the old app's deletes), then dual-write
/// turned off as [`disable`] does and the legacy tables moved aside (both
/// need ACCESS EXCLUSIVE: for those few milliseconds readers wait too). The
/// users verified when it moved; else the mismatches, and nothing changed
/// (dual-write stays on). Its lock waits give up and it tries again rather
/// than deadlock with a writer ([`with_lock_retry`]).
pub async fn cut_over(
    conn: &mut PgConnection,
    now: crate::db::types::Timestamp,
) -> Result<std::result::Result<i64, Vec<crate::legacy::report::Mismatch>>> {
    with_lock_retry(
        &mut *conn,
        "cannot cut over",
        "run `workout migrate cutover` again",
        async |c, wait_ms| {
            let mut tx = c.begin().await?;
            lock_timeout(&mut tx, wait_ms).await?;
            sqlx::raw_sql(
                r#"LOCK TABLE "Workout", "WorkoutExercise", "WorkoutSession", "WorkoutLog" IN SHARE ROW EXCLUSIVE MODE"#,
            )
            .execute(&mut *tx)
            .await?;
            let (mismatches, users) = super::verify::verify(&mut tx, None, false).await?;
            if !mismatches.is_empty() {
                return Ok(Err(mismatches));
            }
            turn_off(&mut tx, now).await?;
            move_into_legacy(&mut tx).await?;
            tx.commit().await?;
            Ok(Ok(users))
        },
    )
    .await
}

/// The mirrors noted when dual-write was last turned off (see [`disable`])
/// whose native session or set is gone: they were deleted while it was off
/// (a row counts as gone too when no set of its workout's session links to
/// it any more: its sets were moved to another session while it was off).
/// The same SQL answers `verify` (counted per user) and `enable` (removed).
/// `$COLS` is what each statement selects.
const STALE_WORKOUTS: &str = r#"SELECT $COLS FROM "Workout" w
     WHERE w.id IN (SELECT jsonb_array_elements_text(r.report -> 'mirrors' -> 'workouts')
                      FROM (SELECT report FROM "LegacyMigrationRun" WHERE mode = 'dual-write'
                             ORDER BY "startedAt" DESC LIMIT 1) r)
       AND NOT EXISTS (SELECT 1 FROM "WorkoutSession" s WHERE s.id = w.id AND $NATIVE_S)"#;
const STALE_ROWS: &str = r#"SELECT $COLS FROM "WorkoutExercise" we JOIN "Workout" w ON w.id = we."workoutId"
     WHERE we.id IN (SELECT jsonb_array_elements_text(r.report -> 'mirrors' -> 'rows')
                       FROM (SELECT report FROM "LegacyMigrationRun" WHERE mode = 'dual-write'
                              ORDER BY "startedAt" DESC LIMIT 1) r)
       AND NOT EXISTS (SELECT 1 FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId"
                        WHERE l."legacyWorkoutExerciseId" = we.id AND s."legacyWorkoutId" = we."workoutId")"#;

/// [`STALE_WORKOUTS`] and [`STALE_ROWS`] selecting `cols`.
pub(crate) fn stale_sql(cols: &str) -> (String, String) {
    (
        STALE_WORKOUTS
            .replace("$COLS", cols)
            .replace("$NATIVE_S", NATIVE_S),
        STALE_ROWS.replace("$COLS", cols),
    )
}

/// What [`stale`] removed.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stale {
    /// Mirrors of native sessions deleted while dual-write was off.
    pub workouts: i64,
    /// Rows mirroring native sets (of migrated sessions) deleted while it was off.
    pub rows: i64,
}

/// Removes the mirrors whose native session or set was deleted while
/// dual-write was off (before `enable`'s batch run, which would otherwise
/// take such a mirror for a workout of the old app, and again under its
/// locks). A migrated session in step with its workout before stays in step
/// (its checksum is taken again without the rows); a session a run made of
/// such a mirror goes with it. Runs in the caller's transaction.
pub async fn remove_stale(conn: &mut PgConnection) -> Result<Stale> {
    let fail = || "cannot remove the mirrors of what was deleted while dual-write was off";
    let (workouts, _) = stale_sql("w.id");
    let gone: Vec<String> = sqlx::query_scalar(&workouts)
        .fetch_all(&mut *conn)
        .await
        .with_context(fail)?;
    if !gone.is_empty() {
        sqlx::query(r#"DELETE FROM "WorkoutSession" WHERE "legacyWorkoutId" = ANY($1)"#)
            .bind(&gone)
            .execute(&mut *conn)
            .await
            .with_context(fail)?;
        sqlx::query(r#"DELETE FROM "Workout" WHERE id = ANY($1)"#)
            .bind(&gone)
            .execute(&mut *conn)
            .await
            .with_context(fail)?;
    }
    let (_, rows_of) = stale_sql("we.id, w.id");
    let found: Vec<(String, String)> = sqlx::query_as(&rows_of)
        .fetch_all(&mut *conn)
        .await
        .with_context(fail)?;
    if !found.is_empty() {
        let ids: Vec<&str> = found.iter().map(|(r, _)| r.as_str()).collect();
        let wids: Vec<&str> = found.iter().map(|(_, w)| w.as_str()).collect();
        let content = super::CONTENT.replace("$SCOPE_WE", r#"WHERE we."workoutId" = ANY($1)"#);
        let in_step: Vec<String> = sqlx::query_scalar(&super::fill(
            &format!(
                r#"SELECT s.id FROM "WorkoutSession" s
                     JOIN "Workout" w ON w.id = s."legacyWorkoutId" AND w."userId" = s."userId"
                     LEFT JOIN ({content}) c ON c.workout_id = w.id
                    WHERE w.id = ANY($1) AND s."legacyChecksum" = $CHECKSUM"#
            ),
            false,
            0,
        ))
        .bind(&wids)
        .fetch_all(&mut *conn)
        .await
        .with_context(fail)?;
        sqlx::query(r#"DELETE FROM "WorkoutExercise" WHERE id = ANY($1)"#)
            .bind(&ids)
            .execute(&mut *conn)
            .await
            .with_context(fail)?;
        sqlx::query(&super::fill(
            &format!(
                r#"UPDATE "WorkoutSession" s
                      SET "legacyChecksum" = (SELECT $CHECKSUM FROM "Workout" w LEFT JOIN ({content}) c ON c.workout_id = w.id
                                               WHERE w.id = s."legacyWorkoutId")
                    WHERE s.id = ANY($2)"#
            ),
            false,
            0,
        ))
        .bind(&wids)
        .bind(&in_step)
        .execute(&mut *conn)
        .await
        .with_context(fail)?;
    }
    Ok(Stale {
        workouts: gone.len() as i64,
        rows: found.len() as i64,
    })
}

/// Moves the legacy tables into schema `legacy` (or back), in one transaction.
///
/// Old-app writers may still be running (dual-write is off by then): one
/// holding `WorkoutExercise` waits for `Workout` (its foreign key) while the
/// move holds `Workout` and waits for `WorkoutExercise`, so the locks are
/// taken as [`disable`] takes its own ([`with_lock_retry`]). Moving aside,
/// `verify` runs under the locks (a write may have committed since the
/// caller's batch run): the users verified when it moved, else (nothing
/// moved) the mismatches it found.
pub async fn move_tables(
    conn: &mut PgConnection,
    aside: bool,
) -> Result<std::result::Result<i64, Vec<crate::legacy::report::Mismatch>>> {
    with_lock_retry(
        &mut *conn,
        if aside {
            "cannot move the legacy tables into schema legacy"
        } else {
            "cannot move the legacy tables back into schema public"
        },
        "run the command again",
        async |c, wait_ms| move_tables_once(c, aside, wait_ms).await,
    )
    .await
}

async fn move_tables_once(
    conn: &mut PgConnection,
    aside: bool,
    wait_ms: i64,
) -> Result<std::result::Result<i64, Vec<crate::legacy::report::Mismatch>>> {
    let mut tx = conn.begin().await?;
    lock_timeout(&mut tx, wait_ms).await?;
    if aside {
        let moved = move_aside(&mut tx).await?;
        if moved.is_ok() {
            tx.commit().await?;
        }
        return Ok(moved);
    }
    let taken: bool = sqlx::query_scalar(
        r#"SELECT to_regclass('public."Workout"') IS NOT NULL OR to_regclass('public."WorkoutExercise"') IS NOT NULL"#,
    )
    .fetch_one(&mut *tx)
    .await?;
    if taken {
        return Err(Kind::Failure.err(
            "cannot put the legacy tables back: schema public has a \"Workout\" or \"WorkoutExercise\" table again",
        ));
    }
    sqlx::raw_sql(
        r#"LOCK TABLE legacy."Workout", legacy."WorkoutExercise" IN ACCESS EXCLUSIVE MODE;
           ALTER TABLE legacy."Workout" SET SCHEMA public;
           ALTER TABLE legacy."WorkoutExercise" SET SCHEMA public;
           DROP SCHEMA IF EXISTS legacy RESTRICT;"#,
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ok(0))
}

/// In the caller's transaction: the legacy tables locked, `verify`, and,
/// when it passes, moved into schema `legacy` (the users verified); else
/// its mismatches, nothing moved (the caller rolls back).
async fn move_aside(
    tx: &mut PgConnection,
) -> Result<std::result::Result<i64, Vec<crate::legacy::report::Mismatch>>> {
    sqlx::raw_sql(r#"LOCK TABLE "Workout", "WorkoutExercise" IN ACCESS EXCLUSIVE MODE"#)
        .execute(&mut *tx)
        .await?;
    let (mismatches, users) = super::verify::verify(&mut *tx, None, false).await?;
    if !mismatches.is_empty() {
        return Ok(Err(mismatches));
    }
    move_into_legacy(&mut *tx).await?;
    Ok(Ok(users))
}

/// The legacy tables into schema `legacy`, in the caller's transaction.
async fn move_into_legacy(tx: &mut PgConnection) -> Result<()> {
    sqlx::raw_sql(
        r#"LOCK TABLE "Workout", "WorkoutExercise" IN ACCESS EXCLUSIVE MODE;
           CREATE SCHEMA IF NOT EXISTS legacy;
           ALTER TABLE "Workout" SET SCHEMA legacy;
           ALTER TABLE "WorkoutExercise" SET SCHEMA legacy;"#,
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_filled() {
        let (functions, triggers) = install_sql();
        for part in [&functions, &triggers] {
            let left: Vec<&str> = part
                .match_indices('$')
                .map(|(i, _)| &part[i..(i + 12).min(part.len())])
                .filter(|s| {
                    !s.starts_with("$fn$")
                        && !s.starts_with("$1")
                        && s[1..].starts_with(|c: char| c.is_ascii_uppercase())
                })
                .collect();
            assert!(left.is_empty(), "unfilled: {left:?}");
        }
        for f in FUNCTIONS {
            let name = f.split('(').next().unwrap();
            assert!(functions.contains(&format!("FUNCTION {name}(")), "{name}");
        }
        assert!(!functions.contains("ON COMMIT"));
        assert_eq!(functions.matches("CREATE TEMP TABLE lm_").count(), 3);
        assert_eq!(triggers.matches("CREATE TRIGGER").count(), 13);
        assert_eq!(triggers.matches("CREATE CONSTRAINT TRIGGER").count(), 2);
    }
}
