//! The imported plan ("Imported workouts", one day per workout name): its
//! statements, run by the batch ([`plans`]) and, scoped to the users an
//! old-app write touched, by the dual-write triggers (`workout_dw_plans`).

use crate::db::types::Timestamp;
use anyhow::Result;
use sqlx::{Connection, PgConnection, Row};

use super::report::Report;
use super::*;
use crate::error::Kind;

// Pieces of the imported plan's rules that more than one statement states,
// each written once (macros, so that `concat!` makes each statement one
// string at compile time): the batch's statements, dual-write's rebuild of
// some days and its rebuild of one day ([`ONE_DAY`]) are built from them.

/// The plan a user's imported plan is: their first plan made by the
/// migration (by creation, then id), one row per user of `$SCOPE_P`.
macro_rules! imported_plan {
    () => {
        r#"SELECT DISTINCT ON (p."userId") p."userId" AS user_id, p.id, p."updatedAt" FROM "TrainingPlan" p
                    WHERE p."isLegacyImport" $SCOPE_P ORDER BY p."userId", p."createdAt", p.id"#
    };
}
/// A name key's most recent workout (by date, then id; mirrors skipped),
/// for the user `u.user_id` and key `k.key`, on `"Workout_userId_name_dw_idx"`.
macro_rules! recent_workout {
    () => {
        r#"SELECT w.id, w.name FROM "Workout" w
                    WHERE w."userId" = u.user_id AND lower(btrim(w.name)) = k.key AND w."userId" IS NOT NULL
                      AND $NOT_MIRROR
                    ORDER BY w.date DESC, w.id DESC LIMIT 1"#
    };
}
/// The order of a day's exercises: its workout's rows (`we`) by their order, then id.
macro_rules! day_row_order {
    () => {
        r#"we."order", we.id"#
    };
}
/// What a day's exercise takes from its workout's row (`we`).
macro_rules! day_row_values {
    () => {
        r#"we."exerciseId" AS exercise_id, we.sets, we.reps, we.weight, we.notes"#
    };
}
/// A day's exercise as it should be (`x`: place, exercise, sets, reps,
/// weight, notes), as compared with one there (`plan_have!`).
macro_rules! plan_want {
    () => {
        r#"x.position, x.exercise_id, x.sets, x.reps, x.weight, x.notes"#
    };
}
/// A day's exercise there (`x`, a `"PlanExercise"`), as compared with `plan_want!`.
macro_rules! plan_have {
    () => {
        r#"x.position, x."exerciseId", x."targetSets", x."targetRepsMin", x."targetWeight", x.notes"#
    };
}
/// The columns of `"PlanExercise"` an imported day's exercise fills ...
macro_rules! target_columns {
    () => {
        r#""exerciseId", position, "targetSets", "targetRepsMin", "targetRepsMax", "targetWeight", notes"#
    };
}
/// ... from a day's exercise as it should be (`e`).
macro_rules! target_values {
    () => {
        r#"e.exercise_id, e.position, e.sets, e.reps, e.reps, e.weight, e.notes"#
    };
}

/// A day's exercises as they should be, from the rows of its most recent
/// workout `$WORKOUT` alone ([`ONE_DAY_SAME`], [`ONE_DAY_INSERT`]), as
/// [`PLAN_EXERCISES`] makes them for many days.
macro_rules! one_day_rows {
    () => {
        concat!(
            "SELECT row_number() OVER (ORDER BY ",
            day_row_order!(),
            ") AS position, ",
            day_row_values!(),
            r#"
                     FROM "WorkoutExercise" we LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
                    WHERE we."workoutId" = $WORKOUT AND $VALID"#
        )
    };
}

/// The imported plan's statements, shared by the batch ([`plans`]) and the
/// dual-write triggers (`workout_dw_plans` in `dualwrite/install.sql`), so
/// the rules exist once. Placeholders: `$PFX` an id prefix (a fresh one per
/// statement), `$STAMP` the run's stamp, `$STAMPS` every run's stamp,
/// `$SCOPE_W`/`$SCOPE_P` the users in scope (see [`fill`]), and
/// `$SCOPE_KEYS_W`/`$SCOPE_KEYS_D` the days in scope: empty (every day of
/// the plan: the batch, and dual-write's whole rebuild), or, for dual-write's
/// rebuild of some days ([`keyed`]), the workouts (`w`) and the plan days
/// (`d`) of some name keys. Such a rebuild reads, compares and replaces only
/// those days, at the places the plan gives them ([`PLAN_POSITIONS`]); it is
/// asked for only when no day can move or appear or go ([`PLAN_FIRST`]).
pub(crate) const PLAN_TABLES: &str = r#"DROP TABLE IF EXISTS pg_temp.lm_pd, pg_temp.lm_pe, pg_temp.lm_pp;
           CREATE TEMP TABLE lm_pd (user_id text NOT NULL, key text NOT NULL, name text NOT NULL,
                                    recent_id text NOT NULL, position int NOT NULL, day_id text NOT NULL,
                                    kept_id text);
           CREATE TEMP TABLE lm_pe (user_id text NOT NULL, day_id text NOT NULL, position int NOT NULL,
                                    exercise_id text NOT NULL, sets int NOT NULL, reps int NOT NULL,
                                    weight float8, notes text);
           CREATE TEMP TABLE lm_pp (user_id text NOT NULL, plan_id text NOT NULL, old_plan text,
                                    old_updated timestamp(3), action text NOT NULL);"#;
/// One day per workout name (trimmed, case-insensitive), named as in its
/// most recent workout, in the order the names were first trained. One
/// read of the workouts (the first date and the most recent workout of each
/// name in one grouping; it was a sort of all of a user's workouts by name
/// and a second read, half of dual-write's plan rebuild).
pub(crate) const PLAN_DAYS: &str = r#"INSERT INTO lm_pd
           SELECT r.user_id, r.key, btrim(r.name), r.id,
                  row_number() OVER (PARTITION BY r.user_id ORDER BY r.first_date, r.key),
                  'c' || $PFX || lpad(to_hex(row_number() OVER (ORDER BY r.user_id, r.key)), 8, '0')
             FROM (SELECT w."userId" AS user_id, lower(btrim(w.name)) AS key, min(w.date) AS first_date,
                          (array_agg(w.name ORDER BY w.date DESC, w.id DESC))[1] AS name,
                          (array_agg(w.id ORDER BY w.date DESC, w.id DESC))[1] AS id
                     FROM "Workout" w WHERE $NOT_MIRROR $SCOPE_W $SCOPE_KEYS_W GROUP BY 1, 2) r"#;
/// [`PLAN_DAYS`] for a rebuild of some days (dual-write's, [`PLAN_POSITIONS`]):
/// the same day for each of the users `$USERS` and keys `$KEYS` that has a
/// workout, its name and workout those of the key's most recent one (by
/// date, then id), found by one probe of `"Workout_userId_name_dw_idx"`
/// (`dualwrite::NAME_INDEX`, which only dual-write has) instead of a read of
/// every workout of the name: what a day rebuilt on an old-app write costs
/// no longer grows with how often that name was trained. Its place and id
/// are not made here (0 and '' stand in): [`PLAN_POSITIONS`] gives each day
/// the place and id of its day there, and where a day has none the whole
/// plan is rebuilt from [`PLAN_DAYS`] instead.
pub(crate) const KEYED_PLAN_DAYS: &str = concat!(
    r#"INSERT INTO lm_pd
           SELECT u.user_id, k.key, btrim(r.name), r.id, 0, ''
             FROM unnest($USERS) AS u(user_id) CROSS JOIN unnest($KEYS) AS k(key)
             CROSS JOIN LATERAL ("#,
    recent_workout!(),
    ") r"
);
/// Whether a write can change a user's imported plan, as [`PLAN_DAYS`]
/// builds it (dual-write asks before it rebuilds, `workout_dw_plans_touch`):
/// a day is a workout name's key (`lower(btrim(name))`), named and filled
/// from the key's most recent workout (by date, then id), placed by the
/// key's first date. So a version of a workout (`t`: `user_id`, `key`,
/// `date`, `id`; as it is after the write, or as it was before) can change
/// the plan only if no other workout of that key beats it as the most
/// recent ([`PLAN_RECENT`]: then the day's name or exercises may change), or,
/// when its name or date may have changed (not only its rows), none is as
/// early ([`PLAN_FIRST`]: then the key's first date, the day's place or the
/// set of days may change). A write none of whose versions passes leaves
/// every day as it was; one that passes only [`PLAN_RECENT`] leaves every
/// day where it is and changes at most the days of its keys. Both probes run
/// on `"Workout_userId_name_dw_idx"` (`dualwrite::NAME_INDEX`).
pub(crate) const PLAN_RECENT: &str = r#"NOT EXISTS (
              SELECT 1 FROM "Workout" w
               WHERE w."userId" = t.user_id AND lower(btrim(w.name)) = t.key AND w."userId" IS NOT NULL
                 AND (w.date, w.id) > (t.date, t.id) AND $NOT_MIRROR)"#;
/// See [`PLAN_RECENT`].
pub(crate) const PLAN_FIRST: &str = r#"NOT EXISTS (
              SELECT 1 FROM "Workout" w
               WHERE w."userId" = t.user_id AND lower(btrim(w.name)) = t.key AND w."userId" IS NOT NULL
                 AND w.date <= t.date AND w.id <> t.id AND $NOT_MIRROR)"#;
/// Each day's exercises: its most recent workout's rows that can be carried.
pub(crate) const PLAN_EXERCISES: &str = concat!(
    r#"INSERT INTO lm_pe
           SELECT d.user_id, d.day_id, row_number() OVER (PARTITION BY d.day_id ORDER BY "#,
    day_row_order!(),
    "),
                  ",
    day_row_values!(),
    r#"
             FROM lm_pd d JOIN "WorkoutExercise" we ON we."workoutId" = d.recent_id
             LEFT JOIN "Exercise" e ON e.id = we."exerciseId"
            WHERE $VALID"#
);
/// A rebuild of some days ([`keyed`]): each day read keeps the place it has
/// in the plan that is there (the plan [`PLAN_ACTIONS`] compares with), since
/// no first date changed, and its id: a day that changes is that day,
/// renamed and given its new exercises in place ([`KEYED_PLAN_RENAME`],
/// [`KEYED_PLAN_CLEAR_EXERCISES`], then [`PLAN_INSERT_EXERCISES`]), so the
/// sessions planned from it keep their `planDayId`. Followed by
/// [`PLAN_SCOPED_DAYS`]: a rebuild of some days is exact only when every day
/// read has its day there and every day there of those keys was read (so a
/// plan in step); otherwise the whole plan is rebuilt.
pub(crate) const PLAN_POSITIONS: &str = concat!(
    "UPDATE lm_pd k SET position = d.position, day_id = d.id\n             FROM (",
    imported_plan!(),
    r#") x
             JOIN "PlanDay" d ON d."trainingPlanId" = x.id
            WHERE x.user_id = k.user_id AND lower(d.name) = k.key $SCOPE_KEYS_D"#
);
/// How many days of the keys in scope the plans there have (see [`PLAN_POSITIONS`]).
pub(crate) const PLAN_SCOPED_DAYS: &str = concat!(
    "SELECT count(*) FROM (",
    imported_plan!(),
    r#") x
             JOIN "PlanDay" d ON d."trainingPlanId" = x.id WHERE true $SCOPE_KEYS_D"#
);
/// Each user's plan as it should be, against the plan that is there.
pub(crate) const PLAN_ACTIONS: &str = concat!(
    r#"INSERT INTO lm_pp
           WITH users AS (SELECT user_id FROM lm_pd
                          UNION SELECT p."userId" FROM "TrainingPlan" p WHERE p."isLegacyImport" $SCOPE_P),
           desired AS (SELECT d.user_id,
                              string_agg(ROW(d.position, d.name, "#,
    plan_want!(),
    r#")::text,
                                         ',' ORDER BY d.position, x.position) AS c
                         FROM lm_pd d LEFT JOIN lm_pe x ON x.day_id = d.day_id GROUP BY d.user_id),
           existing AS (SELECT ip.user_id, ip.id, ip."updatedAt",
                               (SELECT string_agg(ROW(d.position, d.name, "#,
    plan_have!(),
    r#")::text,
                                                  ',' ORDER BY d.position, x.position)
                                  FROM "PlanDay" d LEFT JOIN "PlanExercise" x ON x."planDayId" = d.id
                                 WHERE d."trainingPlanId" = ip.id $SCOPE_KEYS_D) AS c
                          FROM ("#,
    imported_plan!(),
    r#") ip)
           SELECT u.user_id, coalesce(ex.id, 'c' || $PFX || lpad(to_hex(row_number() OVER (ORDER BY u.user_id)), 8, '0')),
                  ex.id, ex."updatedAt",
                  CASE WHEN ex.id IS NULL THEN 'new'
                       WHEN coalesce(de.c, '') = coalesce(ex.c, '') THEN 'same'
                       WHEN ex."updatedAt" <> ALL($STAMPS) THEN 'conflict'
                       ELSE 'changed' END
             FROM users u LEFT JOIN desired de USING (user_id) LEFT JOIN existing ex USING (user_id)"#
);
/// In a plan to rebuild, the days that are already as they should be (the
/// same place, name and exercises) are kept (`kept_id`: the day there): only
/// the others are replaced. An old-app write changes one day of a plan; its
/// other days and their exercises are not rewritten.
pub(crate) const PLAN_KEEP: &str = r#"UPDATE lm_pd d SET kept_id = e.id
             FROM lm_pp x, "PlanDay" e
            WHERE x.action = 'changed' AND x.user_id = d.user_id AND e."trainingPlanId" = x.old_plan
              AND e.position = d.position AND e.name = d.name
              AND (SELECT string_agg(ROW(pe.position, pe."exerciseId", pe."targetSets", pe."targetRepsMin",
                                         pe."targetRepsMax", pe."targetWeight", pe.notes)::text, ',' ORDER BY pe.position)
                     FROM "PlanExercise" pe WHERE pe."planDayId" = e.id)
                  IS NOT DISTINCT FROM
                  (SELECT string_agg(ROW(pe.position, pe.exercise_id, pe.sets, pe.reps, pe.reps, pe.weight, pe.notes)::text,
                                     ',' ORDER BY pe.position)
                     FROM lm_pe pe WHERE pe.day_id = d.day_id)"#;
/// The plans to rebuild get the stamp (only if nobody edited them meanwhile).
pub(crate) const PLAN_TOUCH: &str = r#"UPDATE "TrainingPlan" p SET "updatedAt" = $STAMP FROM lm_pp x
            WHERE x.action = 'changed' AND p.id = x.old_plan AND p."userId" = x.user_id
              AND p."updatedAt" = x.old_updated"#;
pub(crate) const PLAN_CLEAR: &str = r#"DELETE FROM "PlanDay" d USING lm_pp x, "TrainingPlan" p
            WHERE x.action = 'changed' AND p.id = x.old_plan AND p."userId" = x.user_id
              AND d."trainingPlanId" = p.id $SCOPE_KEYS_D
              AND NOT EXISTS (SELECT 1 FROM lm_pd k WHERE k.kept_id = d.id)"#;
pub(crate) const PLAN_INSERT_PLANS: &str = r#"INSERT INTO "TrainingPlan" (id, "userId", name, description, status, "isLegacyImport", "createdAt", "updatedAt")
           SELECT x.plan_id, x.user_id,
                  CASE WHEN EXISTS (SELECT 1 FROM "TrainingPlan" p WHERE p."userId" = x.user_id AND p.name = 'Imported workouts')
                       THEN 'Imported workouts (legacy)' ELSE 'Imported workouts' END,
                  'Made by workout migrate legacy: one day per workout name of the first app, copied from its most recent workout.',
                  'ARCHIVED', true, $STAMP, $STAMP
             FROM lm_pp x WHERE x.action = 'new' ORDER BY x.plan_id"#;
/// A rebuild of some days ([`keyed`]): a day to replace keeps its row (its
/// id is the day's there, [`PLAN_POSITIONS`]) and takes the name of its
/// most recent workout, where that changed (only in case or spaces: the
/// key is the same) ...
pub(crate) const KEYED_PLAN_RENAME: &str = r#"UPDATE "PlanDay" e SET name = d.name
             FROM lm_pd d JOIN lm_pp x USING (user_id)
            WHERE x.action = 'changed' AND e.id = d.day_id AND d.kept_id IS NULL AND e.name <> d.name"#;
/// ... and its exercises are replaced: these go (with them the links of the
/// sessions' targets to them, `SessionExercise.planExerciseId`, as when the
/// whole day goes), then [`PLAN_INSERT_EXERCISES`] adds the new ones to it.
/// A day's own columns that the legacy workouts do not give (weekdays, time,
/// notes) stay as they are. A delete and insert of the day cost about half a
/// millisecond more of a dual-written old-app write that changes a day, and
/// set the `planDayId` of every session planned from it to NULL.
pub(crate) const KEYED_PLAN_CLEAR_EXERCISES: &str = r#"DELETE FROM "PlanExercise" pe
            USING lm_pd d JOIN lm_pp x USING (user_id)
            WHERE x.action = 'changed' AND pe."planDayId" = d.day_id AND d.kept_id IS NULL"#;
/// Dual-write's rebuild of one day: one user's one name key, which is what
/// almost every old-app write that changes a plan asks for (a rebuild of
/// some days asked for one key). The same rules as that rebuild
/// ([`KEYED_PLAN_DAYS`], [`PLAN_POSITIONS`], [`PLAN_EXERCISES`],
/// [`PLAN_ACTIONS`], [`KEYED_PLAN_RENAME`], [`KEYED_PLAN_CLEAR_EXERCISES`],
/// [`PLAN_INSERT_EXERCISES`]), built from the same pieces, but on the one
/// day's rows, without the temporary tables: their upkeep and the plans
/// over them were most of the rebuild's cost. First, in one row: the
/// user's imported plan (its id and `updatedAt`), its day of the key (id,
/// name), the key's most recent workout (id, its name trimmed), and how many
/// such rows there are. Anything but exactly one (no plan, no workout of the
/// key left, no day or two days of the key) goes to the rebuild of some
/// days, which rebuilds the whole plan where a day must appear or go.
pub(crate) const ONE_DAY: &str = concat!(
    r#"SELECT x.id, x."updatedAt", d.id, d.name, r.id, btrim(r.name), count(*) OVER ()
             FROM unnest($USERS) AS u(user_id) CROSS JOIN unnest($KEYS) AS k(key)
             CROSS JOIN LATERAL ("#,
    recent_workout!(),
    ") r\n             JOIN (",
    imported_plan!(),
    r#") x ON x.user_id = u.user_id
             JOIN "PlanDay" d ON d."trainingPlanId" = x.id AND lower(d.name) = k.key"#
);
/// Whether the day `$DAY`'s exercises are those of its most recent workout
/// `$WORKOUT` ([`PLAN_ACTIONS`]' comparison, for one day: its name is
/// compared apart).
pub(crate) const ONE_DAY_SAME: &str = concat!(
    "SELECT (SELECT string_agg(ROW(",
    plan_want!(),
    ")::text, ',' ORDER BY x.position) FROM (",
    one_day_rows!(),
    ") x)\n           IS NOT DISTINCT FROM (SELECT string_agg(ROW(",
    plan_have!(),
    r#")::text, ',' ORDER BY x.position)
                                  FROM "PlanExercise" x WHERE x."planDayId" = $DAY)"#
);
/// The day `$DAY`'s exercises, once its old ones are gone: those of its most
/// recent workout `$WORKOUT` ([`PLAN_INSERT_EXERCISES`], for one day).
pub(crate) const ONE_DAY_INSERT: &str = concat!(
    r#"INSERT INTO "PlanExercise" (id, "planDayId", "#,
    target_columns!(),
    r#")
           SELECT 'c' || $PFX || lpad(to_hex(e.position), 8, '0'), $DAY, "#,
    target_values!(),
    "\n             FROM (",
    one_day_rows!(),
    ") e"
);
pub(crate) const PLAN_INSERT_DAYS: &str = r#"INSERT INTO "PlanDay" (id, "trainingPlanId", name, position, weekdays)
           SELECT d.day_id, x.plan_id, d.name, d.position, '{}'
             FROM lm_pd d JOIN lm_pp x USING (user_id)
            WHERE x.action IN ('new', 'changed') AND d.kept_id IS NULL ORDER BY d.day_id"#;
pub(crate) const PLAN_INSERT_EXERCISES: &str = concat!(
    r#"INSERT INTO "PlanExercise" (id, "planDayId", "#,
    target_columns!(),
    r#")
           SELECT 'c' || $PFX || lpad(to_hex(row_number() OVER (ORDER BY e.day_id, e.position)), 8, '0'),
                  e.day_id, "#,
    target_values!(),
    r#"
             FROM lm_pe e JOIN lm_pp x USING (user_id) JOIN lm_pd d ON d.day_id = e.day_id
            WHERE x.action IN ('new', 'changed') AND d.kept_id IS NULL"#
);

/// `sql` for every day of the plan (the batch, and dual-write's whole rebuild).
pub(crate) fn whole(sql: &str) -> String {
    sql.replace("$SCOPE_KEYS_W", "")
        .replace("$SCOPE_KEYS_D", "")
}

/// `sql` for the days of the name keys in the array `keys` (dual-write's
/// rebuild of some days; see [`PLAN_POSITIONS`]).
pub(crate) fn keyed(sql: &str, keys: &str) -> String {
    sql.replace(
        "$SCOPE_KEYS_W",
        &format!("AND lower(btrim(w.name)) = ANY({keys})"),
    )
    .replace("$SCOPE_KEYS_D", &format!("AND lower(d.name) = ANY({keys})"))
}

pub(super) async fn plans(
    conn: &mut PgConnection,
    opts: &Options,
    stamp: Timestamp,
    all_stamps: &[Timestamp],
    report: &mut Report,
) -> Result<()> {
    let scoped = opts.user.is_some();
    sqlx::raw_sql(PLAN_TABLES).execute(&mut *conn).await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        .execute(&mut *tx)
        .await?;
    // $1 the id prefix, $2 the user.
    let sql = fill(&whole(PLAN_DAYS), scoped, 2).replace("$PFX", "$1");
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
    let sql = fill(&whole(PLAN_ACTIONS), scoped, 3)
        .replace("$PFX", "$1")
        .replace("$STAMPS", "$2");
    scoped!(sqlx::query(&sql).bind(id_prefix()).bind(all_stamps), opts)
        .execute(&mut *tx)
        .await?;
    sqlx::query(PLAN_KEEP).execute(&mut *tx).await?;
    let counts = sqlx::query(
        r#"SELECT count(*) FILTER (WHERE action = 'new'), count(*) FILTER (WHERE action = 'changed'),
                  count(*) FILTER (WHERE action = 'same'),
                  (SELECT count(*) FROM lm_pd d JOIN lm_pp p USING (user_id)
                    WHERE p.action IN ('new', 'changed') AND d.kept_id IS NULL),
                  (SELECT count(*) FROM lm_pe x JOIN lm_pp p USING (user_id) JOIN lm_pd d ON d.day_id = x.day_id
                    WHERE p.action IN ('new', 'changed') AND d.kept_id IS NULL),
                  (SELECT count(*) FROM "PlanDay" d JOIN lm_pp p ON d."trainingPlanId" = p.old_plan
                    WHERE p.action = 'changed' AND NOT EXISTS (SELECT 1 FROM lm_pd k WHERE k.kept_id = d.id)),
                  (SELECT count(*) FROM "PlanExercise" x JOIN "PlanDay" d ON d.id = x."planDayId"
                     JOIN lm_pp p ON d."trainingPlanId" = p.old_plan
                    WHERE p.action = 'changed' AND NOT EXISTS (SELECT 1 FROM lm_pd k WHERE k.kept_id = d.id))
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
    sqlx::query(&whole(PLAN_CLEAR)).execute(&mut *tx).await?;
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
