//! The writes of `log import`: sessions and sets in bulk, each one
//! statement over UNNEST arrays (no round trip per row), both skipping what
//! is already there. A session is the same when the user, its name and its
//! start time are; a set when its session, exercise and set number are (and,
//! for a set with no session, its time). Every statement takes the user's id.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::types::Timestamp;

/// Sessions to find or create, column by column.
#[derive(Debug, Default)]
pub struct SessionColumns {
    pub name: Vec<String>,
    pub status: Vec<String>,
    pub scheduled_at: Vec<Option<Timestamp>>,
    pub started_at: Vec<Option<Timestamp>>,
    pub completed_at: Vec<Option<Timestamp>>,
    pub duration_minutes: Vec<Option<i32>>,
    pub notes: Vec<Option<String>>,
}

/// Finds each session among the user's or creates it: `(id, created)` per
/// session, in order.
pub async fn find_or_create_sessions(
    conn: &mut PgConnection,
    user_id: &str,
    s: &SessionColumns,
    now: DateTime<Utc>,
) -> Result<Vec<(String, bool)>> {
    let new_ids: Vec<String> = s.name.iter().map(|_| super::new_id()).collect();
    // coalesce() makes a missing start time comparable, so the join can hash.
    let rows: Vec<(i64, String, bool)> = sqlx::query_as(
        r#"WITH v AS (
               SELECT * FROM UNNEST($2::text[], $3::text[], $4::text[], $5::timestamp[], $6::timestamp[],
                                    $7::timestamp[], $8::int[], $9::text[])
                   WITH ORDINALITY AS v (new_id, name, status, scheduled, started, completed, minutes, notes, k)
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
                      v.minutes, v.notes, $10, $10
               FROM v WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = v.k)
               RETURNING "id"
           )
           SELECT v.k, coalesce(f."id", v.new_id), f."id" IS NULL
           FROM v LEFT JOIN found f ON f.k = v.k
           ORDER BY v.k"#,
    )
    .bind(user_id)
    .bind(&new_ids)
    .bind(&s.name)
    .bind(&s.status)
    .bind(&s.scheduled_at)
    .bind(&s.started_at)
    .bind(&s.completed_at)
    .bind(&s.duration_minutes)
    .bind(&s.notes)
    .bind(Timestamp::new(now))
    .fetch_all(&mut *conn)
    .await
    .context("cannot write the sessions")?;
    Ok(rows.into_iter().map(|(_, id, added)| (id, added)).collect())
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

/// The day's targets to store with sessions, column by column.
#[derive(Debug, Default)]
pub struct TargetColumns {
    pub session_id: Vec<String>,
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
    let ids: Vec<String> = t.session_id.iter().map(|_| super::new_id()).collect();
    let done = sqlx::query(
        r#"INSERT INTO "SessionExercise" ("id", "sessionId", "exerciseId", "position", "targetSets",
               "targetRepsMin", "targetRepsMax", "targetWeight", "targetRpe", "restSeconds", "supersetGroup",
               "notes", "createdAt", "updatedAt")
           SELECT v.id, v.session, v.exercise, v.position, v.sets, v.rmin, v.rmax, v.weight, v.rpe, v.rest,
                  v.superset, v.notes, $2, $2
           FROM UNNEST($3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[],
                       $10::float8[], $11::float8[], $12::int[], $13::int[], $14::text[])
                AS v (id, session, exercise, position, sets, rmin, rmax, weight, rpe, rest, superset, notes)
           JOIN "WorkoutSession" s ON s."id" = v.session AND s."userId" = $1
           WHERE NOT EXISTS (SELECT 1 FROM "SessionExercise" x
                             WHERE x."sessionId" = v.session AND x."createdAt" <> $2)"#,
    )
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(&ids)
    .bind(&t.session_id)
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

/// The file's sets, staged while the file is read: a temporary table of
/// this transaction (dropped at its end), filled by [`stage_copy`] from
/// rows [`stage`] writes, then added with [`add_staged_sets`]. `ord` is the
/// file's order; `session` the index of the set's session among the file's.
pub async fn create_staging(conn: &mut PgConnection) -> Result<()> {
    sqlx::query(
        r#"CREATE TEMP TABLE import_sets (
               ord bigint NOT NULL, id text NOT NULL, session int, exercise text NOT NULL,
               date timestamp(3) NOT NULL, n int, reps int, weight float8, secs int, metres float8,
               rpe float8, kind "SetType" NOT NULL, superset int, notes text
           ) ON COMMIT DROP"#,
    )
    .execute(&mut *conn)
    .await
    .context("cannot stage the sets")?;
    Ok(())
}

/// The COPY that fills the staging table with [`stage`]'s rows.
pub async fn stage_copy(
    conn: &mut PgConnection,
) -> Result<sqlx::postgres::PgCopyIn<&mut PgConnection>> {
    conn.copy_in_raw("COPY import_sets FROM STDIN")
        .await
        .context("cannot stage the sets")
}

/// Appends one set to `buf` as a row of COPY's text format.
pub fn stage(buf: &mut Vec<u8>, ord: u64, id: &str, s: &crate::import::SetIn) {
    use std::io::Write;
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
    // Rust prints a float's shortest round-trip digits: the server reads
    // back the same value.
    fn opt<T: std::fmt::Display>(buf: &mut Vec<u8>, v: Option<T>) {
        match v {
            Some(v) => {
                let _ = write!(buf, "\t{v}");
            }
            None => buf.extend_from_slice(b"\t\\N"),
        }
    }
    let _ = write!(buf, "{ord}\t{id}");
    opt(buf, s.session);
    buf.push(b'\t');
    text(buf, &s.exercise);
    let _ = write!(buf, "\t{}", s.date.naive().format("%Y-%m-%d %H:%M:%S%.f"));
    opt(buf, s.set_number);
    opt(buf, s.reps);
    opt(buf, s.weight_kg);
    opt(buf, s.duration_seconds);
    opt(buf, s.distance_meters);
    opt(buf, s.rpe);
    let _ = write!(buf, "\t{}", s.set_type.label());
    opt(buf, s.superset);
    match &s.notes {
        Some(n) => {
            buf.push(b'\t');
            text(buf, n);
        }
        None => buf.extend_from_slice(b"\t\\N"),
    }
    buf.push(b'\n');
}

/// Adds the staged sets the user does not have yet, in one statement;
/// returns how many it added. `sessions` are the file's sessions' ids by
/// index; `names` and `exercise_ids` map every spelling of an exercise in
/// the file to its id. A set without a number is numbered after the
/// file's earlier unnumbered sets of its session and exercise (the apps'
/// files are in set order), as [`add_sets`] is given them.
pub async fn add_staged_sets(
    conn: &mut PgConnection,
    user_id: &str,
    sessions: &[String],
    names: &[String],
    exercise_ids: &[String],
    now: DateTime<Utc>,
) -> Result<u64> {
    let done = sqlx::query(
        r#"INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps",
               "weight", "durationSeconds", "distanceMeters", "rpe", "isWarmup", "setType", "supersetGroup", "notes", "createdAt", "updatedAt")
           SELECT v.id, $1, v.session, v.exercise, v.date, v.n, v.reps, v.weight, v.secs, v.metres, v.rpe,
                  v.kind = 'WARMUP', v.kind, v.superset, v.notes, $2, $2
           FROM (SELECT st.id, ss.id AS session, ex.id AS exercise, st.date,
                        coalesce(st.n, (count(*) FILTER (WHERE st.n IS NULL)
                                        OVER (PARTITION BY st.session, ex.id ORDER BY st.ord))::int) AS n,
                        st.reps, st.weight, st.secs, st.metres, st.rpe, st.kind, st.superset, st.notes
                 FROM import_sets st
                 JOIN UNNEST($4::text[], $5::text[]) AS ex (name, id) ON ex.name = st.exercise
                 LEFT JOIN UNNEST($3::text[]) WITH ORDINALITY AS ss (id, k) ON ss.k = st.session + 1) v
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
    .bind(sessions)
    .bind(names)
    .bind(exercise_ids)
    .execute(&mut *conn)
    .await
    .context("cannot write the sets")?;
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
