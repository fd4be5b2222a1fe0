//! The `"WorkoutLog"` table: one row per performed set. Every query takes
//! the acting user's id.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, Postgres, QueryBuilder};

use crate::db::types::{ExerciseId, SessionId, SetId, Timestamp};
use crate::domain::settype::SetType;
use crate::domain::tracking::{self, TrackingType};
use crate::error::Kind;

const COLUMNS: &str = r#"l."id", l."sessionId", s."name" AS "sessionName", l."exerciseId", e."name" AS "exerciseName",
    e."primaryMuscleGroup"::text AS "muscle",
    coalesce(e."secondaryMuscleGroups"::text[], '{}') AS "secondaryMuscles", l."date", l."setNumber", l."reps", l."weight",
    l."durationSeconds", l."distanceMeters", l."rpe", l."isWarmup", l."setType", l."supersetGroup", l."notes",
    l."createdAt", l."updatedAt", e."trackingType", ld."body_kg" AS "bodyWeightKg""#;

/// The sets with their exercise, session and load: `ld` is
/// `workout_set_load` (migration 9), the one rule for a set's load and the
/// body weight in force on its date (the latest measured weight on or
/// before it, else the profile's; bodyweight and assisted exercises only),
/// which records, progress, stats and every set read share; the planner
/// inlines it and the `(userId, date)` index of "BodyMeasurement" serves it.
const FROM: &str = r#""WorkoutLog" l
    JOIN "Exercise" e ON e."id" = l."exerciseId"
    LEFT JOIN "WorkoutSession" s ON s."id" = l."sessionId" AND s."userId" = l."userId"
    CROSS JOIN LATERAL workout_set_load(l."userId", l."date", e."trackingType", l."weight") ld"#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct LoggedSet {
    pub id: SetId,
    pub session_id: Option<SessionId>,
    pub session_name: Option<String>,
    pub exercise_id: String,
    pub exercise_name: String,
    pub muscle: Option<String>,
    pub secondary_muscles: Vec<String>,
    pub date: Timestamp,
    pub set_number: i32,
    pub reps: Option<i32>,
    pub weight: Option<f64>,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub is_warmup: bool,
    pub set_type: SetType,
    pub superset_group: Option<i32>,
    pub notes: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The exercise's tracking type: what `weight` means.
    pub tracking_type: TrackingType,
    /// The body weight in force on the set's date (bodyweight and assisted
    /// exercises only).
    pub body_weight_kg: Option<f64>,
}

impl LoggedSet {
    /// The load the set moved, in kg (see [`tracking::load_kg`]).
    pub fn load_kg(&self) -> Option<f64> {
        tracking::load_kg(self.tracking_type, self.weight, self.body_weight_kg)
    }
}

/// Sets to write for one exercise; per-set reps and weights, shared rest.
#[derive(Debug, Clone, Default)]
pub struct NewSets {
    pub reps: Vec<Option<i32>>,
    pub weights_kg: Vec<Option<f64>>,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    /// `--warmup`: the same as `set_type` WARMUP.
    pub is_warmup: bool,
    pub set_type: SetType,
    /// The superset group within the session.
    pub superset_group: Option<i32>,
    pub notes: Option<String>,
    /// Per set (as many as `reps`, or empty): values that replace the
    /// shared ones above, from the set grammar (`5@100@8 w, 60s`).
    pub each: Vec<SetExtra>,
}

/// One set's own values; `None` takes the shared value of [`NewSets`].
#[derive(Debug, Clone, Default)]
pub struct SetExtra {
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    /// "SetType" as the database names it (`WARMUP`, `DROP`...).
    pub set_type: Option<&'static str>,
}

impl NewSets {
    /// The type stored: WARMUP when `is_warmup`, else `set_type`.
    pub fn stored_type(&self) -> SetType {
        if self.is_warmup {
            SetType::Warmup
        } else {
            self.set_type
        }
    }
}

/// Writes the sets in one statement, numbered after the exercise's sets
/// already in the session; returns them in order.
pub async fn insert(
    conn: &mut PgConnection,
    user_id: &str,
    session_id: &SessionId,
    exercise_id: &str,
    date: Timestamp,
    sets: &NewSets,
    now: DateTime<Utc>,
) -> Result<Vec<LoggedSet>> {
    let ids: Vec<String> = sets.reps.iter().map(|_| super::new_id()).collect();
    let n = sets.reps.len();
    let extra = |i: usize| sets.each.get(i).cloned().unwrap_or_default();
    let durations: Vec<Option<i32>> = (0..n)
        .map(|i| extra(i).duration_seconds.or(sets.duration_seconds))
        .collect();
    let distances: Vec<Option<f64>> = (0..n)
        .map(|i| extra(i).distance_meters.or(sets.distance_meters))
        .collect();
    let rpes: Vec<Option<f64>> = (0..n).map(|i| extra(i).rpe.or(sets.rpe)).collect();
    // "setType" and "isWarmup" agree (the v3 trigger refuses otherwise).
    let types: Vec<String> = (0..n)
        .map(|i| {
            extra(i)
                .set_type
                .unwrap_or(sets.stored_type().label())
                .to_string()
        })
        .collect();
    let warmups: Vec<bool> = types.iter().map(|t| t == "WARMUP").collect();
    sqlx::query(
        r#"INSERT INTO "WorkoutLog" ("id", "userId", "sessionId", "exerciseId", "date", "setNumber", "reps", "weight",
               "durationSeconds", "distanceMeters", "rpe", "isWarmup", "setType", "supersetGroup", "notes", "createdAt", "updatedAt")
           SELECT v.id, $1, $2, $3, $4, base.n + v.ord::int, v.reps, v.weight, v.dur, v.dist, v.rpe, v.warm,
                  v.kind::"SetType", $15, $5, $6, $6
           FROM UNNEST($7::text[], $8::int[], $9::float8[], $10::int[], $11::float8[], $12::float8[], $13::bool[], $14::text[])
                WITH ORDINALITY AS v (id, reps, weight, dur, dist, rpe, warm, kind, ord)
           CROSS JOIN (SELECT coalesce(max("setNumber"), 0) AS n FROM "WorkoutLog"
                       WHERE "userId" = $1 AND "sessionId" = $2 AND "exerciseId" = $3) base"#,
    )
    .bind(user_id)
    .bind(session_id)
    .bind(exercise_id)
    .bind(date)
    .bind(&sets.notes)
    .bind(Timestamp::new(now))
    .bind(&ids)
    .bind(&sets.reps)
    .bind(&sets.weights_kg)
    .bind(&durations)
    .bind(&distances)
    .bind(&rpes)
    .bind(&warmups)
    .bind(&types)
    .bind(sets.superset_group)
    .execute(&mut *conn)
    .await
    .context("cannot write the sets")?;
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE l.\"userId\" = "
    ));
    q.push_bind(user_id)
        .push(r#" AND l."id" = ANY("#)
        .push_bind(&ids)
        .push(r#") ORDER BY l."setNumber""#);
    q.build_query_as::<LoggedSet>()
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the sets back")
}

/// `log history` filters.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub exercise_id: Option<ExerciseId>,
    pub session_id: Option<SessionId>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub limit: Option<i64>,
    pub oldest_first: bool,
    pub include_warmups: bool,
}

/// The user's sets, newest first (the `(userId, date)` index serves the
/// order and the limit).
pub async fn list(conn: &mut PgConnection, user_id: &str, f: &Filter) -> Result<Vec<LoggedSet>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE l.\"userId\" = "
    ));
    push_filter(&mut q, user_id, f);
    q.build_query_as::<LoggedSet>()
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the sets")
}

/// The user's id, the filters, the order and the limit, after a `WHERE l."userId" = `.
fn push_filter<'a>(q: &mut QueryBuilder<'a, Postgres>, user_id: &'a str, f: &'a Filter) {
    q.push_bind(user_id);
    if let Some(id) = &f.exercise_id {
        q.push(r#" AND l."exerciseId" = "#).push_bind(id);
    }
    if let Some(id) = &f.session_id {
        q.push(r#" AND l."sessionId" = "#).push_bind(id);
    }
    if let Some(t) = f.since {
        q.push(r#" AND l."date" >= "#).push_bind(t);
    }
    if let Some(t) = f.until {
        q.push(r#" AND l."date" < "#).push_bind(t);
    }
    if !f.include_warmups {
        q.push(r#" AND NOT l."isWarmup""#);
    }
    let dir = if f.oldest_first { "ASC" } else { "DESC" };
    q.push(format!(
        r#" ORDER BY l."date" {dir}, l."setNumber" {dir}, l."id" {dir}"#
    ));
    if let Some(n) = f.limit {
        q.push(" LIMIT ").push_bind(n);
    }
}

/// A set with its session, plan and exercise, as `log export` writes it.
#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct ExportedSet {
    /// `None` (with the other set columns) on a row that carries a session
    /// without sets or an own exercise without sets ([`export_extras`]).
    pub id: Option<String>,
    pub date: Option<Timestamp>,
    pub session_id: Option<String>,
    pub session_name: Option<String>,
    pub exercise_name: Option<String>,
    pub set_number: Option<i32>,
    pub reps: Option<i32>,
    pub weight: Option<f64>,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub is_warmup: bool,
    pub set_type: Option<String>,
    pub superset: Option<i32>,
    pub notes: Option<String>,
    pub session_status: Option<String>,
    pub scheduled_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub completed_at: Option<Timestamp>,
    pub duration_minutes: Option<i32>,
    pub session_notes: Option<String>,
    pub plan_id: Option<String>,
    pub plan_name: Option<String>,
    pub day_name: Option<String>,
    pub exercise_id: Option<String>,
    pub exercise_own: bool,
    pub category: Option<String>,
    pub primary_muscle: Option<String>,
    pub secondary_muscles: String,
    pub equipment: Option<String>,
    pub difficulty: Option<String>,
    pub mechanic: Option<String>,
    pub force: Option<String>,
    pub tracking_type: Option<String>,
    /// The day's target ("SessionExercise") for this exercise in this
    /// session: on a set's row the first entry of its exercise, on a
    /// target-only row ([`export_extras`]) that entry.
    pub target_position: Option<i32>,
    pub target_sets: Option<i32>,
    pub target_reps_min: Option<i32>,
    pub target_reps_max: Option<i32>,
    pub target_weight: Option<f64>,
    pub target_rpe: Option<f64>,
    pub target_rest_seconds: Option<i32>,
    pub target_superset: Option<i32>,
    pub target_notes: Option<String>,
}

/// The target columns of a row, from the "SessionExercise" row `t`.
const TARGET: &str = r#"t."position" AS "targetPosition", t."targetSets", t."targetRepsMin", t."targetRepsMax",
               t."targetWeight", t."targetRpe", t."restSeconds" AS "targetRestSeconds",
               t."supersetGroup" AS "targetSuperset", t."notes" AS "targetNotes""#;
const NO_TARGET: &str = r#"NULL::int AS "targetPosition", NULL::int AS "targetSets", NULL::int AS "targetRepsMin",
               NULL::int AS "targetRepsMax", NULL::float8 AS "targetWeight", NULL::float8 AS "targetRpe",
               NULL::int AS "targetRestSeconds", NULL::int AS "targetSuperset", NULL::text AS "targetNotes""#;

/// Streams the user's sets matching `f`, oldest first, to `each`, one row
/// at a time as the server sends them: memory stays flat however many
/// there are. Returns how many there were.
pub async fn export_each(
    conn: &mut PgConnection,
    user_id: &str,
    f: &Filter,
    mut each: impl FnMut(ExportedSet) -> Result<()>,
) -> Result<u64> {
    use futures_util::TryStreamExt;
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        r#"SELECT l."id", l."date", l."sessionId", s."name" AS "sessionName", e."name" AS "exerciseName",
               l."setNumber", l."reps", l."weight", l."durationSeconds", l."distanceMeters", l."rpe",
               l."isWarmup", l."setType"::text AS "setType", l."supersetGroup" AS "superset", l."notes",
               s."status"::text AS "sessionStatus", s."scheduledAt", s."startedAt",
               s."completedAt", s."durationMinutes", s."notes" AS "sessionNotes", p."id" AS "planId",
               p."name" AS "planName", d."name" AS "dayName", e."id" AS "exerciseId",
               e."createdById" IS NOT NULL AS "exerciseOwn", e."category"::text AS "category",
               e."primaryMuscleGroup"::text AS "primaryMuscle",
               coalesce(array_to_string(e."secondaryMuscleGroups"::text[], ';'), '') AS "secondaryMuscles",
               e."equipment", e."difficulty"::text AS "difficulty", e."mechanic"::text AS "mechanic",
               e."force"::text AS "force", e."trackingType"::text AS "trackingType", {TARGET}
           FROM "WorkoutLog" l
           JOIN "Exercise" e ON e."id" = l."exerciseId"
           LEFT JOIN "WorkoutSession" s ON s."id" = l."sessionId" AND s."userId" = l."userId"
           LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = l."userId"
           LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id"
           LEFT JOIN LATERAL (SELECT * FROM "SessionExercise" t0
                              WHERE t0."sessionId" = s."id" AND t0."exerciseId" = l."exerciseId"
                              ORDER BY t0."position" LIMIT 1) t ON true
           WHERE l."userId" = "#,
    ));
    push_filter(&mut q, user_id, f);
    let mut rows = q.build_query_as::<ExportedSet>().fetch(&mut *conn);
    let mut n = 0;
    while let Some(row) = rows.try_next().await.context("cannot read the sets")? {
        each(row)?;
        n += 1;
    }
    Ok(n)
}

/// What a full export carries besides sets, so that `log import` of it
/// gives back every session and own exercise: the user's sessions with no
/// set (scheduled, cancelled, ...), oldest first, then the user's own
/// exercises no set uses, oldest first.
pub async fn export_extras(conn: &mut PgConnection, user_id: &str) -> Result<Vec<ExportedSet>> {
    const NO_SET: &str = r#"NULL::text AS "id", NULL::timestamp AS "date""#;
    const NO_SET_VALUES: &str = r#"NULL::int AS "setNumber", NULL::int AS "reps", NULL::float8 AS "weight",
               NULL::int AS "durationSeconds", NULL::float8 AS "distanceMeters", NULL::float8 AS "rpe",
               false AS "isWarmup", NULL::text AS "setType", NULL::int AS "superset", NULL::text AS "notes""#;
    let sessions = format!(
        r#"SELECT {NO_SET}, s."id" AS "sessionId", s."name" AS "sessionName", NULL::text AS "exerciseName",
               {NO_SET_VALUES}, s."status"::text AS "sessionStatus", s."scheduledAt", s."startedAt",
               s."completedAt", s."durationMinutes", s."notes" AS "sessionNotes", p."id" AS "planId",
               p."name" AS "planName", d."name" AS "dayName", NULL::text AS "exerciseId",
               false AS "exerciseOwn", NULL::text AS "category", NULL::text AS "primaryMuscle",
               '' AS "secondaryMuscles", NULL::text AS "equipment", NULL::text AS "difficulty",
               NULL::text AS "mechanic", NULL::text AS "force", NULL::text AS "trackingType", {NO_TARGET}
           FROM "WorkoutSession" s
           LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = s."userId"
           LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id"
           WHERE s."userId" = $1
             AND NOT EXISTS (SELECT 1 FROM "WorkoutLog" l WHERE l."userId" = $1 AND l."sessionId" = s."id")
           ORDER BY coalesce(s."startedAt", s."scheduledAt", s."createdAt"), s."id""#
    );
    let mut rows = sqlx::query_as::<_, ExportedSet>(&sessions)
        .bind(user_id)
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the sessions without sets")?;
    // The day's targets no set row carries: an exercise planned and not
    // done, or a second entry of an exercise in one session.
    let targets = format!(
        r#"SELECT {NO_SET}, s."id" AS "sessionId", s."name" AS "sessionName", e."name" AS "exerciseName",
               {NO_SET_VALUES}, s."status"::text AS "sessionStatus", s."scheduledAt", s."startedAt",
               s."completedAt", s."durationMinutes", s."notes" AS "sessionNotes", p."id" AS "planId",
               p."name" AS "planName", d."name" AS "dayName", e."id" AS "exerciseId",
               e."createdById" IS NOT NULL AS "exerciseOwn", e."category"::text AS "category",
               e."primaryMuscleGroup"::text AS "primaryMuscle",
               coalesce(array_to_string(e."secondaryMuscleGroups"::text[], ';'), '') AS "secondaryMuscles",
               e."equipment", e."difficulty"::text AS "difficulty", e."mechanic"::text AS "mechanic",
               e."force"::text AS "force", e."trackingType"::text AS "trackingType", {TARGET}
           FROM "SessionExercise" t
           JOIN "WorkoutSession" s ON s."id" = t."sessionId"
           JOIN "Exercise" e ON e."id" = t."exerciseId"
           LEFT JOIN "TrainingPlan" p ON p."id" = s."trainingPlanId" AND p."userId" = s."userId"
           LEFT JOIN "PlanDay" d ON d."id" = s."planDayId" AND d."trainingPlanId" = p."id"
           WHERE s."userId" = $1
             AND (NOT EXISTS (SELECT 1 FROM "WorkoutLog" l
                              WHERE l."userId" = $1 AND l."sessionId" = s."id" AND l."exerciseId" = t."exerciseId")
                  OR EXISTS (SELECT 1 FROM "SessionExercise" t2
                             WHERE t2."sessionId" = t."sessionId" AND t2."exerciseId" = t."exerciseId"
                               AND t2."position" < t."position"))
           ORDER BY coalesce(s."startedAt", s."scheduledAt", s."createdAt"), s."id", t."position""#
    );
    rows.extend(
        sqlx::query_as::<_, ExportedSet>(&targets)
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await
            .context("cannot read the day's targets")?,
    );
    let exercises = format!(
        r#"SELECT {NO_SET}, NULL::text AS "sessionId", NULL::text AS "sessionName", e."name" AS "exerciseName",
               {NO_SET_VALUES}, NULL::text AS "sessionStatus", NULL::timestamp AS "scheduledAt",
               NULL::timestamp AS "startedAt", NULL::timestamp AS "completedAt", NULL::int AS "durationMinutes",
               NULL::text AS "sessionNotes", NULL::text AS "planId", NULL::text AS "planName",
               NULL::text AS "dayName", e."id" AS "exerciseId", true AS "exerciseOwn",
               e."category"::text AS "category", e."primaryMuscleGroup"::text AS "primaryMuscle",
               coalesce(array_to_string(e."secondaryMuscleGroups"::text[], ';'), '') AS "secondaryMuscles",
               e."equipment", e."difficulty"::text AS "difficulty", e."mechanic"::text AS "mechanic",
               e."force"::text AS "force", e."trackingType"::text AS "trackingType", {NO_TARGET}
           FROM "Exercise" e
           WHERE e."createdById" = $1
             AND NOT EXISTS (SELECT 1 FROM "WorkoutLog" l WHERE l."userId" = $1 AND l."exerciseId" = e."id")
           ORDER BY e."createdAt", e."id""#
    );
    rows.extend(
        sqlx::query_as::<_, ExportedSet>(&exercises)
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await
            .context("cannot read the exercises without sets")?,
    );
    Ok(rows)
}

/// A session's sets, warm-ups included, in the order they were done.
pub async fn of_session(
    conn: &mut PgConnection,
    user_id: &str,
    session_id: &SessionId,
) -> Result<Vec<LoggedSet>> {
    let f = Filter {
        session_id: Some(session_id.clone()),
        include_warmups: true,
        oldest_first: true,
        ..Default::default()
    };
    list(conn, user_id, &f).await
}

/// The volume of the working sets: reps x load (body weight plus or minus
/// the weight for body-weight exercises), warm-ups left out.
pub fn working_volume<'a>(sets: impl IntoIterator<Item = &'a LoggedSet>) -> f64 {
    sets.into_iter()
        .filter(|s| s.set_type.counts_for_volume())
        .map(|s| f64::from(s.reps.unwrap_or(0)) * s.load_kg().unwrap_or(0.0))
        .sum::<f64>()
        // An empty sum of f64 is -0.0, which JSON shows as `-0.0`.
        + 0.0
}

/// The set `reference` names: its id or a unique prefix of at least 4 characters.
pub async fn resolve(conn: &mut PgConnection, user_id: &str, reference: &str) -> Result<LoggedSet> {
    let r = reference.trim();
    if r.len() < 4 || !r.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Kind::Usage.err(format!(
            "`{r}` does not name a set: use its id, or at least 4 of its first characters (see `workout log history`)"
        )));
    }
    let rows = sqlx::query_as::<_, LoggedSet>(&format!(
        r#"SELECT {COLUMNS} FROM {FROM} WHERE l."userId" = $1 AND l."id" LIKE $2 ORDER BY l."id" LIMIT 6"#
    ))
    .bind(user_id)
    .bind(format!("{r}%"))
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the set")?;
    super::one_by_prefix(rows, r, "set", |x| &x.id.0)
}

/// The fields of a set that `log edit` may change; `None` leaves one alone.
#[derive(Debug, Clone, Default)]
pub struct SetChange {
    pub reps: Option<i32>,
    pub weight_kg: Option<Option<f64>>,
    pub rpe: Option<Option<f64>>,
    pub is_warmup: Option<bool>,
    pub set_type: Option<SetType>,
    pub superset_group: Option<Option<i32>>,
    pub notes: Option<Option<String>>,
}

pub async fn update(
    conn: &mut PgConnection,
    user_id: &str,
    id: &SetId,
    c: &SetChange,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut q: QueryBuilder<Postgres> =
        QueryBuilder::new(r#"UPDATE "WorkoutLog" SET "updatedAt" = "#);
    q.push_bind(Timestamp::new(now));
    if let Some(v) = c.reps {
        q.push(r#", "reps" = "#).push_bind(v);
    }
    if let Some(v) = c.weight_kg {
        q.push(r#", "weight" = "#).push_bind(v);
    }
    if let Some(v) = c.rpe {
        q.push(r#", "rpe" = "#).push_bind(v);
    }
    if let Some(v) = c.is_warmup {
        q.push(r#", "isWarmup" = "#).push_bind(v);
    }
    if let Some(v) = c.set_type {
        // Both columns, so that the database's sync trigger sees them agree.
        q.push(r#", "setType" = "#)
            .push_bind(v)
            .push(r#", "isWarmup" = "#)
            .push_bind(v == SetType::Warmup);
    }
    if let Some(v) = c.superset_group {
        q.push(r#", "supersetGroup" = "#).push_bind(v);
    }
    if let Some(v) = &c.notes {
        q.push(r#", "notes" = "#).push_bind(v.clone());
    }
    q.push(r#" WHERE "userId" = "#)
        .push_bind(user_id)
        .push(r#" AND "id" = "#)
        .push_bind(id);
    q.build()
        .execute(&mut *conn)
        .await
        .context("cannot change the set")?;
    Ok(())
}

pub async fn delete(conn: &mut PgConnection, user_id: &str, id: &SetId) -> Result<()> {
    sqlx::query(r#"DELETE FROM "WorkoutLog" WHERE "userId" = $1 AND "id" = $2"#)
        .bind(user_id)
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("cannot delete the set")?;
    Ok(())
}

/// The sets of the last session before `before` in which the user did this
/// exercise ("last time"), in order.
pub async fn last_time(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: &str,
    exclude_session: Option<&str>,
) -> Result<Vec<LoggedSet>> {
    sqlx::query_as::<_, LoggedSet>(&format!(
        r#"SELECT {COLUMNS} FROM {FROM}
           WHERE l."userId" = $1 AND l."exerciseId" = $2
             AND l."sessionId" = (SELECT l2."sessionId" FROM "WorkoutLog" l2
                                  WHERE l2."userId" = $1 AND l2."exerciseId" = $2 AND l2."sessionId" IS NOT NULL
                                    AND l2."sessionId" IS DISTINCT FROM $3
                                  ORDER BY l2."date" DESC LIMIT 1)
           ORDER BY l."setNumber""#
    ))
    .bind(user_id)
    .bind(exercise_id)
    .bind(exclude_session)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read what was done last time")
}
