//! Issue 17 (dual-write's cost): what keeps the old app's write cheap while
//! dual-writing, on a real server. The imported plan's rebuild works on
//! session-private temporary tables; an old app keeps its connections (a
//! pool) for its whole life, and temporary tables are never vacuumed, so
//! rows deleted in them stayed until the connection ended and every later
//! rebuild read them all. Each rebuild now empties them as it starts, and
//! they are made again once they pass 64 KiB (emptying them at each commit,
//! `ON COMMIT DELETE ROWS`, truncated them at every commit: half a
//! millisecond of the old app's write).

use crate::common::*;
use crate::dualwrite::{plan_run, xact_stats};
use crate::legacy::fixture;

#[test]
fn the_plan_rebuilds_temporary_tables_stay_small_on_a_pooled_connection() {
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
        // workout the most recent "push" of ana's and another the most
        // recent "Legs 🦵", so two days of the plan are rebuilt (one day
        // alone is rebuilt without the tables), many more times than it
        // takes the tables to pass 64 KiB.
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        let size = r#"SELECT pg_relation_size('pg_temp.lm_pd') + pg_relation_size('pg_temp.lm_pe')
                             + pg_relation_size('pg_temp.lm_pp')"#;
        let (mut last, mut made_again) = (0i64, 0);
        for i in 0..900 {
            sqlx::raw_sql(&format!(
                r#"BEGIN;
                   INSERT INTO "Workout" (id, name, date, "userId", "updatedAt")
                   VALUES ('wc{i}', 'push', timestamp '2030-01-01 18:00' + {i} * interval '1 day', 'u_ana', now());
                   INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
                   VALUES ('wec{i}', 'wc{i}', 'e5', 2, {reps}, 9, 0);
                   INSERT INTO "Workout" (id, name, date, "userId", "updatedAt")
                   VALUES ('wl{i}', 'Legs 🦵', timestamp '2030-01-01 19:00' + {i} * interval '1 day', 'u_ana', now());
                   INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
                   VALUES ('wel{i}', 'wl{i}', 'e3', 3, {reps}, 50, 0);
                   COMMIT;"#,
                reps = 5 + i
            ))
            .execute(&mut c)
            .await
            .unwrap();
            // Rows of the last rebuild only (two days, their exercises, the
            // plan), not of every rebuild before.
            let rows: i64 = sqlx::query_scalar(
                "SELECT (SELECT count(*) FROM pg_temp.lm_pd) + (SELECT count(*) FROM pg_temp.lm_pe) + (SELECT count(*) FROM pg_temp.lm_pp)",
            )
            .fetch_one(&mut c)
            .await
            .unwrap();
            assert!(rows <= 20, "{rows} rows after write {i}");
            let bytes: i64 = sqlx::query_scalar(size).fetch_one(&mut c).await.unwrap();
            if bytes < last {
                made_again += 1;
            }
            last = bytes;
            assert!(bytes <= 65536 + 3 * 8192, "{bytes} bytes after write {i}");
        }
        assert!(made_again >= 1, "the tables were never made again");
        c.close().await.unwrap();
    });
    // The plan followed every write: its "push" and "Legs 🦵" days are the last ones'.
    let days = db.strings(
        r#"SELECT concat_ws('|', d.name, x."exerciseId", x."targetRepsMin")
             FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."isLegacyImport"
             JOIN "PlanExercise" x ON x."planDayId" = d.id
            WHERE p."userId" = 'u_ana' AND lower(d.name) IN ('push', 'legs 🦵') ORDER BY d.position"#,
    );
    assert_eq!(days, ["push|e5|904", "Legs 🦵|e3|904"]);
    assert_eq!(plan_run(&db), (0, 0));
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(out.status.success(), "{}", stdout_of(&out));
}

/// Runs `write` (the old app's statements) in one transaction and returns
/// what the imported plan's rebuild did, counted by PostgreSQL's statistics
/// after the deferred triggers ran and before the commit: the days it read
/// into its temporary table of days (a rebuild of one day reads none: it
/// works on that day's rows alone), and the `"PlanExercise"` rows it
/// inserted and deleted and the `"PlanDay"` rows it updated.
fn rebuilt(db: &TestDb, write: &str) -> [i64; 4] {
    let stats = xact_stats(
        db,
        write,
        r#"SELECT 'days read', coalesce(sum(n_tup_ins) FILTER (WHERE relname = 'lm_pd'), 0)::bigint FROM pg_stat_xact_user_tables
           UNION ALL SELECT 'exercises inserted', coalesce(sum(n_tup_ins) FILTER (WHERE relname = 'PlanExercise'), 0)::bigint FROM pg_stat_xact_user_tables
           UNION ALL SELECT 'exercises deleted', coalesce(sum(n_tup_del) FILTER (WHERE relname = 'PlanExercise'), 0)::bigint FROM pg_stat_xact_user_tables
           UNION ALL SELECT 'days updated', coalesce(sum(n_tup_upd) FILTER (WHERE relname = 'PlanDay'), 0)::bigint FROM pg_stat_xact_user_tables"#,
    );
    [stats[0].1, stats[1].1, stats[2].1, stats[3].1]
}

/// ana's imported plan: "position|name|day id|its exercises".
fn plan_days(db: &TestDb) -> Vec<String> {
    db.strings(
        r#"SELECT concat_ws('|', d.position, d.name, d.id,
                  (SELECT string_agg(concat_ws(' ', x."exerciseId", x."targetSets", x."targetRepsMin", x."targetWeight"), ',' ORDER BY x.position)
                     FROM "PlanExercise" x WHERE x."planDayId" = d.id))
             FROM "PlanDay" d JOIN "TrainingPlan" p ON p.id = d."trainingPlanId" AND p."isLegacyImport"
            WHERE p."userId" = 'u_ana' ORDER BY d.position"#,
    )
}

/// A write that makes a workout the most recent of its name, but not the
/// first, can change only that name's day, and no day's place: the rebuild
/// reads and replaces that day alone, on its own rows (the other days are
/// neither read nor rewritten), and the plan is still exactly what
/// `migrate legacy` derives.
/// A write that moves a name's first date rebuilds the whole plan; so does
/// one whose plan does not have that day as the batch would (out of step).
#[test]
fn a_most_recent_write_rebuilds_only_its_day() {
    let db = fixture();
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let before = plan_days(&db);
    assert_eq!(before.len(), 3, "{before:?}");
    // A newer "push": its day renamed and its two exercises replaced by the
    // one of the workout, on that day's rows; the others as they were.
    let n = rebuilt(
        &db,
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('wk1', 'Push ', '2024-06-01 18:00', 'u_ana', now());
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES ('wek1', 'wk1', 'e5', 2, 9, 9, 0)"#,
    );
    assert_eq!(n, [0, 1, 2, 1]);
    let after = plan_days(&db);
    assert!(after[0].starts_with("1|Push|"), "{after:?}");
    assert!(after[0].ends_with("|e5 2 9 9"), "{after:?}");
    assert_ne!(after[0], before[0]);
    assert_eq!(after[1..], before[1..]);
    assert_eq!(plan_run(&db), (0, 0));
    // Its rows edited: the same day again, alone.
    let n = rebuilt(
        &db,
        r#"UPDATE "WorkoutExercise" SET reps = 11 WHERE id = 'wek1'"#,
    );
    assert_eq!(n, [0, 1, 1, 0]);
    assert!(plan_days(&db)[0].ends_with("|e5 2 11 9"));
    assert_eq!(plan_days(&db)[1..], before[1..]);
    assert_eq!(plan_run(&db), (0, 0));
    // A "Legs 🦵" before every other workout: its first date moves, and
    // the days' places: the whole plan (three days) is read.
    let n = rebuilt(
        &db,
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('wk2', 'Legs 🦵', '2020-01-01 18:00', 'u_ana', now())"#,
    );
    assert_eq!(n[0], 3);
    assert!(plan_days(&db)[0].starts_with("1|Legs 🦵|"));
    assert_eq!(plan_run(&db), (0, 0));
    // The plan out of step (its "push" day gone, the plan not marked as
    // edited): a newer "push" finds no day of its name to replace, so the
    // whole plan is rebuilt (the day read alone by the rebuild of some
    // days, which finds it missing, then all three).
    db.sql(
        r#"DELETE FROM "PlanDay" d USING "TrainingPlan" p
            WHERE p.id = d."trainingPlanId" AND p."isLegacyImport" AND p."userId" = 'u_ana' AND lower(d.name) = 'push'"#,
    );
    assert_eq!(plan_days(&db).len(), 2);
    let n = rebuilt(
        &db,
        r#"UPDATE "Workout" SET date = '2024-07-01 18:00', "updatedAt" = now() WHERE id = 'wk1'"#,
    );
    assert_eq!(n[0], 1 + 3);
    assert_eq!(plan_days(&db).len(), 3);
    assert_eq!(plan_run(&db), (0, 0));
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(out.status.success(), "{}", stdout_of(&out));
}

/// Runs `write` (the old app's statements) in one transaction, fires the
/// deferred triggers, and returns how often each PL/pgSQL function was
/// called (PostgreSQL's own per-transaction function statistics), by name.
fn calls_in(db: &TestDb, write: &str) -> std::collections::BTreeMap<String, i64> {
    xact_stats(
        db,
        write,
        "SELECT funcname::text, calls FROM pg_stat_xact_user_functions",
    )
    .into_iter()
    .collect()
}

/// A dual-written legacy workout carries a session and its sets; the row
/// triggers that have nothing to do for them (the setType/isWarmup sync of
/// sets that agree, the plan-ownership check of a session without a plan)
/// are not entered at all (migration 12's WHEN conditions), and the carried
/// rows are what `migrate legacy` makes (verify).
#[test]
fn a_carried_workout_enters_no_row_trigger_with_nothing_to_do() {
    let db = fixture();
    let out = db
        .workout()
        .args(["migrate", "dual-write", "enable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let calls = calls_in(
        &db,
        r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('wq1', 'push', '2019-06-01 18:00', 'u_ana', now());
           INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order")
           VALUES ('weq1', 'wq1', 'e5', 3, 8, 40, 0), ('weq2', 'wq1', 'e5', 2, 6, 50, 1)"#,
    );
    assert!(calls.contains_key("workout_dw_carry"), "{calls:?}");
    assert_eq!(calls.get("WorkoutLog_setType_sync"), None, "{calls:?}");
    assert_eq!(calls.get("WorkoutSession_plan_owner"), None, "{calls:?}");
    // One deferred call at commit for the write's three legacy rows.
    assert_eq!(calls.get("workout_dw_on_commit"), Some(&1), "{calls:?}");
    // The plan checked once: for the workout, not again for its rows.
    assert_eq!(calls.get("workout_dw_plans_touch"), Some(&1), "{calls:?}");
    assert_eq!(
        db.int(r#"SELECT count(*) FROM "WorkoutLog" l JOIN "WorkoutSession" s ON s.id = l."sessionId" WHERE s."legacyWorkoutId" = 'wq1'"#),
        5
    );
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(out.status.success(), "{}", stdout_of(&out));
    the_conditional_row_triggers_still_act_where_they_must(&db);
    // The one deferred call still sees every write of the transaction: a
    // rolled-back savepoint takes its queued call along (the rows after it
    // queue again), and a call fired early (SET CONSTRAINTS) lets later rows
    // queue another.
    let w = |id: &str, day: u32| {
        format!(
            r#"INSERT INTO "Workout" (id, name, date, "userId", "updatedAt") VALUES ('{id}', 'legs', '2019-07-{day:02} 18:00', 'u_ana', now());
               INSERT INTO "WorkoutExercise" (id, "workoutId", "exerciseId", sets, reps, weight, "order") VALUES ('x{id}', '{id}', 'e5', 2, 5, 30, 0);"#
        )
    };
    db.sql(&format!(
        "BEGIN; SAVEPOINT a; {} ROLLBACK TO SAVEPOINT a; {} COMMIT;",
        w("wr1", 1),
        w("wr2", 2)
    ));
    db.sql(&format!(
        "BEGIN; {} SAVEPOINT a; {} ROLLBACK TO SAVEPOINT a; SET CONSTRAINTS ALL IMMEDIATE; {} COMMIT;",
        w("wr3", 3),
        w("wr4", 4),
        w("wr5", 5)
    ));
    assert_eq!(
        db.strings(
            r#"SELECT concat_ws(' ', s."legacyWorkoutId", count(l.id)) FROM "WorkoutSession" s JOIN "WorkoutLog" l ON l."sessionId" = s.id
                WHERE s."legacyWorkoutId" LIKE 'wr%' GROUP BY s."legacyWorkoutId" ORDER BY 1"#
        ),
        vec!["wr2 2", "wr3 2", "wr5 2"]
    );
    let out = db.workout().args(["migrate", "verify"]).output().unwrap();
    assert!(out.status.success(), "{}", stdout_of(&out));
}

/// The sync and the ownership checks still do their work where there is
/// some: a set written with only one of isWarmup/setType gets the other, on
/// insert and on update; a session linked to another user's plan is refused.
fn the_conditional_row_triggers_still_act_where_they_must(db: &TestDb) {
    db.sql(
        r#"INSERT INTO "WorkoutSession" (id, "userId", name, status, "createdAt", "updatedAt")
           VALUES ('sq1', 'u_ana', 'q', 'COMPLETED', now(), now());
           INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "isWarmup", "createdAt", "updatedAt")
           VALUES ('lq1', 'u_ana', 'sq1', 'e5', now(), 1, 5, 20, true, now(), now());
           INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "setType", "createdAt", "updatedAt")
           VALUES ('lq2', 'u_ana', 'sq1', 'e5', now(), 2, 5, 20, 'WARMUP', now(), now());
           INSERT INTO "WorkoutLog" (id, "userId", "sessionId", "exerciseId", date, "setNumber", reps, weight, "createdAt", "updatedAt")
           VALUES ('lq3', 'u_ana', 'sq1', 'e5', now(), 3, 5, 20, now(), now()),
                  ('lq4', 'u_ana', 'sq1', 'e5', now(), 4, 5, 20, now(), now())"#,
    );
    db.sql(r#"UPDATE "WorkoutLog" SET "isWarmup" = true WHERE id = 'lq3'"#);
    db.sql(r#"UPDATE "WorkoutLog" SET "setType" = 'WARMUP' WHERE id = 'lq4'"#);
    db.sql(r#"UPDATE "WorkoutLog" SET "isWarmup" = false WHERE id = 'lq1'"#);
    assert_eq!(
        db.strings(r#"SELECT concat_ws(' ', id, "isWarmup", "setType") FROM "WorkoutLog" WHERE id LIKE 'lq%' ORDER BY id"#),
        vec!["lq1 f NORMAL", "lq2 t WARMUP", "lq3 t WARMUP", "lq4 t WARMUP"]
    );
    let other_plan = r#"INSERT INTO "TrainingPlan" (id, "userId", name, "createdAt", "updatedAt")
                        SELECT 'pq1', id, 'theirs', now(), now() FROM "User" WHERE id <> 'u_ana' ORDER BY id LIMIT 1"#;
    db.sql(other_plan);
    let refused = rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::raw_sql(r#"UPDATE "WorkoutSession" SET "trainingPlanId" = 'pq1' WHERE id = 'sq1'"#)
            .execute(&mut c)
            .await
            .unwrap_err()
            .to_string()
    });
    assert!(refused.contains("its own user"), "{refused}");
}
