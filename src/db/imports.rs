//! The writes of `log import`: sessions and sets in bulk, staged while the
//! file is read and each written by one statement (no round trip per row),
//! both skipping what is already there. A session is the same when the user, its name and its
//! start time are; a set when its session, exercise and set number are (and,
//! for a set with no session, its time). Every statement takes the user's id.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::types::Timestamp;

/// The file's sessions, staged (see [`create_staging`]): one per key, the
/// first run's values and the first notes any run of it has, found among
/// the user's sessions (the same name and start time) or created; every
/// run's index mapped to its session's id in `import_session_ids`.
/// Returns the file's sessions and how many of them were created.
pub async fn find_or_create_staged_sessions(
    conn: &mut PgConnection,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<(u64, u64)> {
    // coalesce() makes a missing start time comparable, so the join can hash.
    sqlx::query(
        r#"WITH v AS MATERIALIZED (
               SELECT c.k, c.new_id, c.skey, c.name, c.status, c.scheduled, c.started, c.completed, c.minutes,
                      n.notes
               FROM (SELECT DISTINCT ON (w.skey) w.session AS k, w.id AS new_id, w.skey, w.sname AS name,
                            w.sstatus AS status, w.scheduled, w.started, w.completed, w.minutes
                     FROM import_sessions w ORDER BY w.skey, w.session) c
               LEFT JOIN (SELECT DISTINCT ON (w.skey) w.skey, w.snotes AS notes
                          FROM import_sessions w WHERE w.snotes IS NOT NULL ORDER BY w.skey, w.session) n
                      ON n.skey = c.skey
           ),
           found AS (
               SELECT DISTINCT ON (v.k) v.k, s."id"
               FROM v JOIN "WorkoutSession" s
                 ON s."userId" = $1 AND s."name" = v.name
                AND coalesce(s."startedAt", '-infinity') = coalesce(v.started, '-infinity')
                AND coalesce(s."scheduledAt", '-infinity') = coalesce(v.scheduled, '-infinity')
               ORDER BY v.k, s."createdAt", s."id"
           ),
           added AS (
               INSERT INTO "WorkoutSession" ("id", "userId", "name", "status", "scheduledAt", "startedAt",
                   "completedAt", "durationMinutes", "notes", "createdAt", "updatedAt")
               SELECT v.new_id, $1, v.name, v.status::"SessionStatus", v.scheduled, v.started, v.completed,
                      v.minutes, v.notes, $2, $2
               FROM v WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = v.k)
               RETURNING "id"
           )
           INSERT INTO import_session_ids (run, id, k, added)
           SELECT w.session, coalesce(f."id", v.new_id), v.k, f."id" IS NULL AND w.session = v.k
           FROM import_sessions w JOIN v ON v.skey = w.skey LEFT JOIN found f ON f.k = v.k"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot write the sessions")?;
    let (sessions, added): (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE run = k), count(*) FILTER (WHERE added) FROM import_session_ids",
    )
    .fetch_one(&mut *conn)
    .await
    .context("cannot write the sessions")?;
    Ok((sessions as u64, added as u64))
}

/// The exercises this import created (the user's own, created at `now`)
/// whose name and facts said weight and reps take the type their sets show:
/// sets with a distance -> DISTANCE_DURATION; a duration and no reps ->
/// DURATION; reps and never a weight -> REPS_ONLY is left to the user
/// (a body-weight exercise without load looks the same).
async fn infer_tracking_from_sets(
    conn: &mut PgConnection,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        r#"UPDATE "Exercise" e SET "trackingType" = t.kind
             FROM (SELECT l."exerciseId",
                          CASE WHEN bool_or(l."distanceMeters" > 0) THEN 'DISTANCE_DURATION'::"TrackingType"
                               WHEN bool_or(l."durationSeconds" > 0) AND NOT coalesce(bool_or(l."reps" > 0), false)
                                    THEN 'DURATION'::"TrackingType" END AS kind
                     FROM "WorkoutLog" l
                     JOIN "Exercise" x ON x."id" = l."exerciseId"
                          AND x."createdById" = $1 AND x."createdAt" = $2
                    WHERE l."userId" = $1
                    GROUP BY l."exerciseId") t
            WHERE e."id" = t."exerciseId" AND t.kind IS NOT NULL
              AND e."createdById" = $1 AND e."createdAt" = $2
              AND e."trackingType" = 'WEIGHT_REPS'"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot set the exercises' tracking types")?;
    Ok(())
}

/// The day's targets to store with sessions, column by column; `session`
/// is the index of the session's run (see [`find_or_create_staged_sessions`]).
#[derive(Debug, Default)]
pub struct TargetColumns {
    pub session: Vec<i32>,
    pub exercise_id: Vec<String>,
    pub position: Vec<i32>,
    pub sets: Vec<i32>,
    pub reps_min: Vec<Option<i32>>,
    pub reps_max: Vec<Option<i32>>,
    pub weight_kg: Vec<Option<f64>>,
    pub rpe: Vec<Option<f64>>,
    pub rest_seconds: Vec<Option<i32>>,
    pub superset: Vec<Option<i32>>,
    pub notes: Vec<Option<String>>,
}

/// Stores the targets with the user's sessions that had none before this
/// import (a session that has its own targets keeps them); returns how many
/// rows it wrote. The plan exercise they came from is not in the file.
pub async fn add_targets(
    conn: &mut PgConnection,
    user_id: &str,
    t: &TargetColumns,
    now: DateTime<Utc>,
) -> Result<u64> {
    let ids: Vec<String> = t.session.iter().map(|_| super::new_id()).collect();
    let done = sqlx::query(
        r#"INSERT INTO "SessionExercise" ("id", "sessionId", "exerciseId", "position", "targetSets",
               "targetRepsMin", "targetRepsMax", "targetWeight", "targetRpe", "restSeconds", "supersetGroup",
               "notes", "createdAt", "updatedAt")
           SELECT v.id, s."id", v.exercise, v.position, v.sets, v.rmin, v.rmax, v.weight, v.rpe, v.rest,
                  v.superset, v.notes, $2, $2
           FROM UNNEST($3::text[], $4::int[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[],
                       $10::float8[], $11::float8[], $12::int[], $13::int[], $14::text[])
                AS v (id, run, exercise, position, sets, rmin, rmax, weight, rpe, rest, superset, notes)
           JOIN import_session_ids m ON m.run = v.run
           JOIN "WorkoutSession" s ON s."id" = m."id" AND s."userId" = $1
           WHERE NOT EXISTS (SELECT 1 FROM "SessionExercise" x
                             WHERE x."sessionId" = s."id" AND x."createdAt" <> $2)"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(&ids)
    .bind(&t.session)
    .bind(&t.exercise_id)
    .bind(&t.position)
    .bind(&t.sets)
    .bind(&t.reps_min)
    .bind(&t.reps_max)
    .bind(&t.weight_kg)
    .bind(&t.rpe)
    .bind(&t.rest_seconds)
    .bind(&t.superset)
    .bind(&t.notes)
    .execute(&mut *conn)
    .await
    .context("cannot store the day's targets")?;
    Ok(done.rows_affected())
}

/// Sets the tracking type of exercises this import created (the user's
/// own, created at `now`) to what the file said.
pub async fn set_tracking(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_ids: &[String],
    kinds: &[&str],
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        r#"UPDATE "Exercise" e SET "trackingType" = v.kind::"TrackingType"
           FROM UNNEST($3::text[], $4::text[]) AS v (id, kind)
           WHERE e."id" = v.id AND e."createdById" = $1 AND e."createdAt" = $2"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(exercise_ids)
    .bind(kinds)
    .execute(&mut *conn)
    .await
    .context("cannot set the exercises' tracking types")?;
    Ok(())
}

/// The file's sets and sessions, staged while the file is read: temporary
/// tables of this transaction (dropped at its end), filled by one
/// [`stage_copy`] from rows [`stage`] and [`stage_session`] write (the
/// partition by `part` puts each in its table), then written by
/// [`find_or_create_staged_sessions`] and [`add_staged_sets`]. `ord` is the
/// file's order; a set's `session` the index of its session's run.
pub async fn create_staging(conn: &mut PgConnection) -> Result<()> {
    for statement in [
        r#"CREATE TEMP TABLE import_stage (
               part "char" NOT NULL, ord bigint, id text NOT NULL, session int, exercise text,
               date timestamp(3), n int, reps int, weight float8, secs int, metres float8,
               rpe float8, kind "SetType", superset int, notes text,
               skey text, sname text, sstatus text, scheduled timestamp(3), started timestamp(3),
               completed timestamp(3), minutes int, snotes text
           ) PARTITION BY LIST (part) ON COMMIT DROP"#,
        "CREATE TEMP TABLE import_sets PARTITION OF import_stage FOR VALUES IN ('s') ON COMMIT DROP",
        "CREATE TEMP TABLE import_sessions PARTITION OF import_stage FOR VALUES IN ('w') ON COMMIT DROP",
        "CREATE TEMP TABLE import_session_ids (run int PRIMARY KEY, id text NOT NULL, k int NOT NULL, added boolean NOT NULL) ON COMMIT DROP",
    ] {
        sqlx::query(statement)
            .execute(&mut *conn)
            .await
            .context("cannot stage the sets")?;
    }
    Ok(())
}

/// The COPY that fills the staging tables with [`stage`]'s and
/// [`stage_session`]'s rows.
pub async fn stage_copy(
    conn: &mut PgConnection,
) -> Result<sqlx::postgres::PgCopyIn<&mut PgConnection>> {
    conn.copy_in_raw("COPY import_stage FROM STDIN")
        .await
        .context("cannot stage the sets")
}

/// Appends `t` to `buf` as a field of COPY's text format.
fn text(buf: &mut Vec<u8>, t: &str) {
    for &b in t.as_bytes() {
        match b {
            b'\\' => buf.extend_from_slice(b"\\\\"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            _ => buf.push(b),
        }
    }
}

/// Appends a tab and `v` (Rust prints a float's shortest round-trip
/// digits: the server reads back the same value), or NULL.
fn opt<T: std::fmt::Display>(buf: &mut Vec<u8>, v: Option<T>) {
    use std::io::Write;
    match v {
        Some(v) => {
            let _ = write!(buf, "\t{v}");
        }
        None => buf.extend_from_slice(b"\t\\N"),
    }
}

fn opt_text(buf: &mut Vec<u8>, v: Option<&str>) {
    match v {
        Some(t) => {
            buf.push(b'\t');
            text(buf, t);
        }
        None => buf.extend_from_slice(b"\t\\N"),
    }
}

fn time(t: Timestamp) -> impl std::fmt::Display {
    t.naive().format("%Y-%m-%d %H:%M:%S%.f")
}

/// Appends one set to `buf` as a row of COPY's text format.
pub fn stage(buf: &mut Vec<u8>, ord: u64, id: &str, s: &crate::import::SetIn) {
    use std::io::Write;
    let _ = write!(buf, "s\t{ord}\t{id}");
    opt(buf, s.session);
    buf.push(b'\t');
    text(buf, &s.exercise);
    let _ = write!(buf, "\t{}", time(s.date));
    opt(buf, s.set_number);
    opt(buf, s.reps);
    opt(buf, s.weight_kg);
    opt(buf, s.duration_seconds);
    opt(buf, s.distance_meters);
    opt(buf, s.rpe);
    let _ = write!(buf, "\t{}", s.set_type.label());
    opt(buf, s.superset);
    opt_text(buf, s.notes.as_deref());
    buf.extend_from_slice(b"\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n");
}

/// Appends one run of a session's rows (`run`: its index, `key`: the
/// session's key in the file) to `buf` as a row of COPY's text format.
pub fn stage_session(
    buf: &mut Vec<u8>,
    run: usize,
    id: &str,
    key: &str,
    s: &crate::import::SessionIn,
) {
    use std::io::Write;
    let _ = write!(buf, "w\t\\N\t{id}\t{run}");
    buf.extend_from_slice(b"\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t");
    // A key may hold a NUL (the readers' separator), which text cannot:
    // `\` and NUL are written as `\\` and `\0`, one key to one text.
    text(buf, &key.replace('\\', "\\\\").replace('\0', "\\0"));
    buf.push(b'\t');
    text(buf, &s.name);
    buf.push(b'\t');
    text(buf, &s.status);
    opt(buf, s.scheduled_at.map(time));
    opt(buf, s.started_at.map(time));
    opt(buf, s.completed_at.map(time));
    opt(buf, s.duration_minutes);
    opt_text(buf, s.notes.as_deref());
    buf.push(b'\n');
}

/// Adds the staged sets the user does not have yet, in one statement;
/// returns how many it added. A set's session is its run's (see
/// [`find_or_create_staged_sessions`]); `names` and `exercise_ids` map every spelling of an exercise in
/// the file to its id. A set without a number is numbered after the
/// file's earlier unnumbered sets of its session and exercise (the apps'
/// files are in set order), as [`add_sets`] is given them.
pub async fn add_staged_sets(
    conn: &mut PgConnection,
    user_id: &str,
    names: &[String],
    exercise_ids: &[String],
    now: DateTime<Utc>,
) -> Result<u64> {
    // The two NOT EXISTS must probe WorkoutLog's indexes, whatever the
    // statistics say: right after an ANALYZE of an empty (or small) table
    // the planner prices a sequential scan of it at nothing and runs one
    // per staged set, and that scan reads every page this INSERT has
    // written so far (invisible, but read): quadratic, 9 s for 20,000 sets
    // of 4,000 sessions instead of 1 s (benches/import_sessions.sh). The
    // staged tables have no index, so their scans stay as they are; the
    // setting ends with this statement (restored below) or the transaction.
    let seqscan: String = sqlx::query_scalar("SELECT current_setting('enable_seqscan')")
        .fetch_one(&mut *conn)
        .await
        .context("cannot plan the sets' write")?;
    sqlx::query("SELECT set_config('enable_seqscan', 'off', true)")
        .execute(&mut *conn)
        .await
        .context("cannot plan the sets' write")?;
    let done = sqlx::query(
        r#"INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps",
               "weight", "durationSeconds", "distanceMeters", "rpe", "isWarmup", "setType", "supersetGroup", "notes", "createdAt", "updatedAt")
           SELECT v.id, $1, v.session, v.exercise, v.date, v.n, v.reps, v.weight, v.secs, v.metres, v.rpe,
                  v.kind = 'WARMUP', v.kind, v.superset, v.notes, $2, $2
           FROM (SELECT st.id, ss.id AS session, ex.id AS exercise, st.date,
                        coalesce(st.n, (count(*) FILTER (WHERE st.n IS NULL)
                                        OVER (PARTITION BY ss.k, ex.id ORDER BY st.ord))::int) AS n,
                        st.reps, st.weight, st.secs, st.metres, st.rpe, st.kind, st.superset, st.notes
                 FROM import_sets st
                 JOIN UNNEST($3::text[], $4::text[]) AS ex (name, id) ON ex.name = st.exercise
                 LEFT JOIN import_session_ids ss ON ss.run = st.session) v
           WHERE NOT EXISTS (
                     SELECT 1 FROM "WorkoutLog" l
                     WHERE l."sessionId" = v.session AND l."userId" = $1
                       AND l."exerciseId" = v.exercise AND l."setNumber" = v.n)
             AND NOT EXISTS (
                     SELECT 1 FROM "WorkoutLog" l
                     WHERE v.session IS NULL AND l."sessionId" IS NULL AND l."userId" = $1
                       AND l."date" = v.date AND l."exerciseId" = v.exercise AND l."setNumber" = v.n)"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(names)
    .bind(exercise_ids)
    .execute(&mut *conn)
    .await
    .context("cannot write the sets")?;
    sqlx::query("SELECT set_config('enable_seqscan', $1, true)")
        .bind(&seqscan)
        .execute(&mut *conn)
        .await
        .context("cannot plan the sets' write")?;
    Ok(done.rows_affected())
}

/// [`infer_tracking_from_sets`] for an import that made exercises.
pub async fn infer_tracking(
    conn: &mut PgConnection,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    infer_tracking_from_sets(conn, user_id, now).await
}
