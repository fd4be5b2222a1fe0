//! `workout migrate verify`: the invariants of data-model.md ("Legacy
//! migration"), checked per user in one read-only query.

use anyhow::{Context as _, Result};
use sqlx::{PgConnection, Row};

use super::VALID;
use super::report::Mismatch;

pub const WORKOUTS: &str = "every legacy workout has exactly one session";
pub const SETS: &str = "migrated sets = sum of sets over carried-over legacy rows";
pub const VOLUME: &str =
    "migrated volume = sum of sets x reps x weight over carried-over legacy rows";
pub const OWNER: &str = "every migrated set belongs to a session of the same user";
pub const IN_ITS_SESSION: &str = "every migrated set is in the session of its legacy workout";
pub const CURRENT: &str =
    "every migrated session matches its legacy workout's content (legacyChecksum)";
pub const MIRRORED: &str = "every native session has its legacy mirror, in step (dual-write)";
pub const STALE_MIRRORS: &str = "no legacy mirror outlives the native session or set it showed (deleted while dual-write was off)";

/// Per user (optionally only `user_id`), the expected and actual figures of
/// every invariant; returns the ones that differ, and how many users were checked.
/// `mirrors`: also the other direction, every native session mirrored into
/// the legacy tables (while dual-writing).
pub async fn verify(
    conn: &mut PgConnection,
    user_id: Option<&str>,
    mirrors: bool,
) -> Result<(Vec<Mismatch>, i64)> {
    let scope_w = if user_id.is_some() {
        r#"AND w."userId" = $1"#
    } else {
        ""
    };
    let scope_l = if user_id.is_some() {
        r#"AND l."userId" = $1"#
    } else {
        ""
    };
    let scope_g = if user_id.is_some() {
        "AND g.user_id = $1"
    } else {
        ""
    };
    let scope_s = if user_id.is_some() {
        r#"AND s."userId" = $1"#
    } else {
        ""
    };
    // A native session's mirror has its id (see `dualwrite`).
    let mirrored = if mirrors {
        format!(
            r#"SELECT s."userId" AS user_id, count(*) AS n,
                      count(*) FILTER (WHERE w.id IS NOT NULL AND w."userId" = s."userId"
                                         AND {} = {}) AS in_step
                 FROM "WorkoutSession" s LEFT JOIN "Workout" w ON w.id = s.id
                WHERE {} {scope_s} GROUP BY 1"#,
            super::dualwrite::session_print(),
            super::dualwrite::mirror_print(),
            super::dualwrite::NATIVE_S
        )
    } else {
        "SELECT NULL::text AS user_id, 0::bigint AS n, 0::bigint AS in_step WHERE false".to_string()
    };
    // Mirrors noted when dual-write was last turned off whose native
    // session or set is gone (`dualwrite::disable`, `remove_stale`).
    let (stale_w, stale_r) = super::dualwrite::stale_sql(r#"w."userId" AS user_id"#);
    let sql = format!(
        r#"WITH gone AS (
              SELECT g.user_id, count(*) AS n FROM ({stale_w} UNION ALL {stale_r}) g
               WHERE true {scope_g} GROUP BY 1),
            carried AS (
              SELECT w."userId" AS user_id, sum(we.sets)::bigint AS sets,
                     sum(we.sets::float8 * we.reps * coalesce(we.weight, 0)) AS volume
                FROM "WorkoutExercise" we JOIN "Workout" w ON w.id = we."workoutId"
                LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
               WHERE {VALID} AND $NOT_MIRROR {scope_w} GROUP BY 1),
            workouts AS (
              SELECT w."userId" AS user_id, count(*) AS n,
                     count(s.id) AS with_session
                FROM "Workout" w LEFT JOIN "WorkoutSession" s
                  ON s."legacyWorkoutId" = w.id AND s."userId" = w."userId"
               WHERE $NOT_MIRROR {scope_w} GROUP BY 1),
            migrated AS (
              SELECT l."userId" AS user_id, count(*) AS sets,
                     sum(coalesce(l.reps, 0)::float8 * coalesce(l.weight, 0)) AS volume,
                     count(*) FILTER (WHERE s.id IS NULL OR s."userId" <> l."userId"
                                        OR w."userId" IS DISTINCT FROM l."userId") AS foreign_sets,
                     -- Moved natively to another session (its row still counts it where it was).
                     count(*) FILTER (WHERE s."legacyWorkoutId" IS DISTINCT FROM we."workoutId") AS moved_sets
                FROM "WorkoutLog" l
                LEFT JOIN "WorkoutSession" s ON s.id = l."sessionId"
                LEFT JOIN "WorkoutExercise" we ON we.id = l."legacyWorkoutExerciseId"
                LEFT JOIN "Workout" w ON w.id = we."workoutId"
               WHERE l."legacyWorkoutExerciseId" IS NOT NULL {scope_l} GROUP BY 1),
            -- A legacy workout changed since it was carried over (or a conflict
            -- left unresolved): the stored checksum no longer describes it. The
            -- same checksum as the migration's, so the same verdict.
            stale AS (
              SELECT s."userId" AS user_id, count(*) AS n
                FROM "WorkoutSession" s
                JOIN "Workout" w ON w.id = s."legacyWorkoutId" AND w."userId" = s."userId"
                LEFT JOIN ($CONTENT) c ON c.workout_id = w.id
               WHERE s."legacyChecksum" IS DISTINCT FROM $CHECKSUM {scope_w} GROUP BY 1),
            mirrored AS ({mirrored}),
            users AS (SELECT user_id FROM workouts UNION SELECT user_id FROM migrated
                      UNION SELECT user_id FROM mirrored UNION SELECT user_id FROM gone)
           SELECT coalesce(usr.email, u.user_id),
                  coalesce(wk.n, 0), coalesce(wk.with_session, 0),
                  coalesce(c.sets, 0)::bigint, coalesce(m.sets, 0),
                  coalesce(c.volume, 0)::float8, coalesce(m.volume, 0)::float8,
                  coalesce(m.foreign_sets, 0), coalesce(st.n, 0), coalesce(mi.n, 0), coalesce(mi.in_step, 0),
                  coalesce(g.n, 0), coalesce(m.moved_sets, 0)
             FROM users u
             LEFT JOIN "User" usr ON usr.id = u.user_id
             LEFT JOIN workouts wk ON wk.user_id = u.user_id
             LEFT JOIN carried c ON c.user_id = u.user_id
             LEFT JOIN migrated m ON m.user_id = u.user_id
             LEFT JOIN stale st ON st.user_id = u.user_id
             LEFT JOIN mirrored mi ON mi.user_id = u.user_id
             LEFT JOIN gone g ON g.user_id = u.user_id
            ORDER BY 1"#
    );
    let sql = super::fill(&sql, user_id.is_some(), 1);
    let mut q = sqlx::query(&sql);
    if let Some(id) = user_id {
        q = q.bind(id);
    }
    let rows = q
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the figures the legacy migration is verified against")?;
    let mut out = Vec::new();
    let users = rows.len() as i64;
    for r in rows {
        let user: String = r.get(0);
        let mut check = |invariant: &str, expected: String, actual: String, ok: bool| {
            if !ok {
                out.push(Mismatch {
                    user: user.clone(),
                    invariant: invariant.to_string(),
                    expected,
                    actual,
                });
            }
        };
        let (n, with): (i64, i64) = (r.get(1), r.get(2));
        check(
            WORKOUTS,
            format!("{n} workouts with a session"),
            format!("{with} workouts with a session"),
            n == with,
        );
        let (cs, ms): (i64, i64) = (r.get(3), r.get(4));
        check(SETS, format!("{cs} sets"), format!("{ms} sets"), cs == ms);
        let (cv, mv): (f64, f64) = (r.get(5), r.get(6));
        check(
            VOLUME,
            format!("{} kg", trim(cv)),
            format!("{} kg", trim(mv)),
            same_volume(cv, mv),
        );
        let foreign: i64 = r.get(7);
        check(
            OWNER,
            "0 sets elsewhere".into(),
            format!("{foreign} sets elsewhere"),
            foreign == 0,
        );
        let moved: i64 = r.get(12);
        check(
            IN_ITS_SESSION,
            "0 sets moved to another session".into(),
            format!("{moved} sets moved to another session"),
            moved == 0,
        );
        let stale: i64 = r.get(8);
        check(
            CURRENT,
            "0 sessions behind their legacy workout".into(),
            format!("{stale} sessions behind their legacy workout"),
            stale == 0,
        );
        let (native, in_step): (i64, i64) = (r.get(9), r.get(10));
        check(
            MIRRORED,
            format!("{native} native sessions mirrored"),
            format!("{in_step} native sessions mirrored"),
            native == in_step,
        );
        let gone: i64 = r.get(11);
        check(
            STALE_MIRRORS,
            "0 mirrors of deleted native sessions or sets".into(),
            format!(
                "{gone} mirrors of deleted native sessions or sets (`workout migrate dual-write enable` removes them)"
            ),
            gone == 0,
        );
    }
    Ok((out, users))
}

/// Sums of floats in different orders differ in their last bits.
fn same_volume(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn trim(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volumes_compare_with_a_relative_tolerance() {
        assert!(same_volume(0.1 + 0.2, 0.3));
        assert!(same_volume(1e12, 1e12 + 1e-3));
        assert!(!same_volume(100.0, 100.5));
        assert_eq!(trim(1234.5), "1234.5");
        assert_eq!(trim(10.0), "10");
    }
}
