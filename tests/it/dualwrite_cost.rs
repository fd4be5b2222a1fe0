//! Issue 17 (dual-write's cost): what keeps the old app's write cheap while
//! dual-writing, on a real server. The imported plan's rebuild works on
//! session-private temporary tables; an old app keeps its connections (a
//! pool) for its whole life, and temporary tables are never vacuumed, so
//! rows deleted in them stayed until the connection ended and every later
//! rebuild read them all. They now empty themselves at each commit.

use crate::common::*;
use crate::legacy::fixture;

#[test]
fn the_plan_rebuilds_temporary_tables_are_empty_after_each_commit() {
    let db = fixture();
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    rt().block_on(async {
        use sqlx::Connection;
        // One connection, as an old app's pooled one: each write makes a
        // workout the most recent "push" of ana's, so the plan is rebuilt.
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        for i in 0..20 {
            sqlx::raw_sql(&format!(
                r#"BEGIN;
                   INSERT INTO "Workout" (id, name, date, "userId", "updatedAt")
                   VALUES ('wc{i}', 'push', timestamp '2030-01-01 18:00' + {i} * interval '1 day', 'u_ana', now());
                   INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
                   VALUES ('wec{i}', 'wc{i}', 'e5', 2, {reps}, 9, 0);
                   COMMIT;"#,
                reps = 5 + i
            ))
            .execute(&mut c)
            .await
            .unwrap();
        }
        let rows: i64 = sqlx::query_scalar(
            "SELECT (SELECT count(*) FROM pg_temp.lm_pd) + (SELECT count(*) FROM pg_temp.lm_pe) + (SELECT count(*) FROM pg_temp.lm_pp)",
        )
        .fetch_one(&mut c)
        .await
        .unwrap();
        let bytes: i64 = sqlx::query_scalar(
            "SELECT pg_relation_size('pg_temp.lm_pd') + pg_relation_size('pg_temp.lm_pe') + pg_relation_size('pg_temp.lm_pp')",
        )
        .fetch_one(&mut c)
        .await
        .unwrap();
        assert_eq!((rows, bytes), (0, 0), "the temporary tables keep what the rebuilds deleted");
        c.close().await.unwrap();
    });
    // The plan followed every write: its "push" day is the last one's.
    let day = db.strings(
        r#"SELECT concat_ws('|', d.name, x."exerciseId", x."targetRepsMin")
             FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."isLegacyImport"
             JOIN "PlanExercise" x ON x."planDayId" = d.id
            WHERE p."userId" = 'u_ana' AND lower(d.name) = 'push'"#,
    );
    assert_eq!(day, vec!["push|e5|24".to_string()]);
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(out.status.success(), "{}", stdout_of(&out));
}
