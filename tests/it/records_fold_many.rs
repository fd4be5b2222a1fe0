//! Issue 17 (dual-write's cost, migration 11): an INSERT of sets folds the
//! kept records ("ExerciseRecord") of all its (user, exercise) pairs whose
//! sets are in sessions in one statement, instead of one
//! `workout_records_apply` chain per pair (a carried legacy workout is
//! about 19 sets of 5 exercises in one INSERT). Pairs with sets outside a
//! session, or only warm-ups, still fold one by one. The kept rows stay
//! equal to a fresh computation and to the domain's reference.

use crate::common::*;
use crate::kept_records::holds;
use crate::records::generate;

const USERS: &[&str] = &["a@x.io", "b@x.io"];

/// Runs `insert` in one transaction and returns how many times it called
/// `workout_records_apply` (the per-pair fold), by PostgreSQL's function
/// statistics read before the commit.
fn per_pair_folds(db: &TestDb, insert: &str) -> i64 {
    rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        let mut tx = c.begin().await.unwrap();
        sqlx::raw_sql(&format!("SET LOCAL track_functions = 'pl'; {insert}"))
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| panic!("{e}\n{insert}"));
        let n: i64 = sqlx::query_scalar(
            "SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_xact_user_functions WHERE funcname = 'workout_records_apply'",
        )
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
        c.close().await.unwrap();
        n
    })
}

/// Sets of `exercises` exercises (the ones each user has the most sets of), `per` each, for every user, in new sessions (`in_session`) or
/// outside one, with one warm-up each, dated after everything.
fn insert_sets(tag: &str, exercises: i64, per: i64, in_session: bool) -> String {
    let sessions = if in_session {
        format!(
            r#"INSERT INTO "WorkoutSession" ("id", "userId", "name", "status", "startedAt", "completedAt", "createdAt", "updatedAt")
               SELECT 'm{tag}' || u."id", u."id", 'Carried', 'COMPLETED', '2027-01-02 18:00', '2027-01-02 19:00', now(), now()
                 FROM "User" u;"#
        )
    } else {
        String::new()
    };
    let sid = if in_session {
        format!(r#"'m{tag}' || x."userId""#)
    } else {
        "NULL".to_string()
    };
    format!(
        r#"{sessions}
        INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
                                  "isWarmup", "setType", "createdAt", "updatedAt")
        SELECT 'm{tag}' || md5(x."userId" || x."exerciseId" || n), x."userId", {sid}, x."exerciseId",
               timestamp '2027-01-02 18:00' + n * interval '2 minutes', 200 + n, 3 + n, 40 + 7.5 * n,
               n = 0, CASE WHEN n = 0 THEN 'WARMUP' ELSE 'NORMAL' END::"SetType", now(), now()
          FROM (SELECT l."userId", l."exerciseId", row_number() OVER (PARTITION BY l."userId" ORDER BY count(*) DESC, l."exerciseId") AS k
                  FROM "WorkoutLog" l GROUP BY 1, 2) x
          CROSS JOIN generate_series(0, {per}) n
         WHERE x.k <= {exercises}"#
    )
}

#[test]
fn an_insert_of_session_sets_folds_every_pair_in_one_statement() {
    let db = generate();
    let exercises = db.int(
        r#"SELECT min(c)::bigint FROM (SELECT count(DISTINCT "exerciseId") AS c FROM "WorkoutLog" GROUP BY "userId") x"#,
    );
    assert!(
        exercises >= 3,
        "the generated data has sets of several exercises"
    );
    // Every set in a session (as a carried legacy workout's): no per-pair fold.
    assert_eq!(
        per_pair_folds(&db, &insert_sets("a", exercises, 4, true)),
        0
    );
    holds(&db, "sets of several exercises in sessions", USERS);
    // Outside a session: their local days' volumes, pair by pair.
    let pairs = 2 * exercises;
    assert_eq!(
        per_pair_folds(&db, &insert_sets("b", exercises, 3, false)),
        pairs
    );
    holds(&db, "sets outside a session", USERS);
    // Only warm-ups (nothing counts): pair by pair, as before, nothing kept changes.
    assert_eq!(
        per_pair_folds(&db, &insert_sets("c", exercises, 0, true)),
        pairs
    );
    holds(&db, "only warm-ups", USERS);
}

/// Migration 13: a pair whose sessions hold only the statement's new sets
/// (a carried legacy workout's) takes the sessions' volume from the fold
/// of those sets; one whose sessions already hold sets of that exercise
/// reads the sessions as before. Both keep the same rows as a fresh
/// computation: sets into new sessions, then more sets of the same
/// exercises into those sessions, then a statement that does both.
#[test]
fn the_volume_of_new_and_of_filled_sessions_is_kept_exactly() {
    let db = generate();
    let exercises = db.int(
        r#"SELECT min(c)::bigint FROM (SELECT count(DISTINCT "exerciseId") AS c FROM "WorkoutLog" GROUP BY "userId") x"#,
    );
    db.sql(&insert_sets("a", exercises, 4, true));
    holds(&db, "sets into new sessions", USERS);
    let more = |tag: &str, from: &str| {
        format!(
            r#"INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
                                         "isWarmup", "setType", "createdAt", "updatedAt")
               SELECT '{tag}' || l."id", l."userId", l."sessionId", l."exerciseId", l."date" + interval '1 minute',
                      l."setNumber" + 100, l."reps" + 1, l."weight" * 1.5, false, 'NORMAL'::"SetType", now(), now()
                 FROM "WorkoutLog" l WHERE l."sessionId" LIKE '{from}%' AND l."setType" <> 'WARMUP'"#
        )
    };
    db.sql(&more("z", "ma"));
    holds(&db, "more sets into those sessions", USERS);
    // A new session and filled ones in one statement.
    db.sql(
        r#"INSERT INTO "WorkoutSession" ("id", "userId", "name", "status", "startedAt", "completedAt", "createdAt", "updatedAt")
             SELECT 'me' || u."id", u."id", 'Carried', 'COMPLETED', '2027-01-03 18:00', '2027-01-03 19:00', now(), now()
               FROM "User" u;
           INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
                                     "isWarmup", "setType", "createdAt", "updatedAt")
           SELECT 'x' || l."id", l."userId", l."sessionId", l."exerciseId", l."date" + interval '2 minutes',
                  l."setNumber" + 300, l."reps" + 2, l."weight" + 2.5, false, 'NORMAL'::"SetType", now(), now()
             FROM "WorkoutLog" l WHERE l."sessionId" LIKE 'ma%' AND l."setNumber" < 300 AND l."setType" <> 'WARMUP'
           UNION ALL
           SELECT 'w' || l."id", l."userId", 'me' || l."userId", l."exerciseId", l."date" + interval '1 day',
                  l."setNumber", l."reps", l."weight" + 5, false, 'NORMAL'::"SetType", now(), now()
             FROM "WorkoutLog" l WHERE l."sessionId" LIKE 'ma%' AND l."setNumber" < 100 AND l."setType" <> 'WARMUP'"#,
    );
    holds(&db, "new and filled sessions in one statement", USERS);
}
