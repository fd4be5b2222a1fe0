//! `"TrainingPlan"`, `"PlanDay"`, `"PlanExercise"`, and the SCHEDULED
//! `"WorkoutSession"` rows a plan makes. Every statement filters on the
//! acting user's id: a day or plan exercise is reached only through a plan
//! of theirs.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::types::Timestamp;
use crate::db::exercises::like_escape;
use crate::db::types::{DayId, EntryId, PlanId, SessionId};
use crate::domain::exercise::{did_you_mean, suggest};
use crate::domain::plan::PlanStatus;
use crate::domain::session::Status;
use crate::error::Kind;

/// A user's plan names are unique: Prisma's key, and (v3) ignoring case.
const PLAN_NAME_KEYS: &[&str] = &[
    "TrainingPlan_userId_name_key",
    "TrainingPlan_userId_lower_name_key",
];

const PLAN_COLUMNS: &str = r#"p."id", p."name", p."description", p."goal", p."status",
    p."startDate", p."endDate", p."isLegacyImport", p."createdAt", p."updatedAt",
    (SELECT count(*) FROM "PlanDay" d WHERE d."trainingPlanId" = p."id")::int AS "dayCount",
    (SELECT count(*) FROM "PlanExercise" x JOIN "PlanDay" d ON d."id" = x."planDayId"
      WHERE d."trainingPlanId" = p."id")::int AS "exerciseCount""#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Plan {
    pub id: PlanId,
    pub name: String,
    pub description: Option<String>,
    pub goal: Option<String>,
    pub status: PlanStatus,
    pub start_date: Option<Timestamp>,
    pub end_date: Option<Timestamp>,
    pub is_legacy_import: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub day_count: i32,
    pub exercise_count: i32,
}

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Day {
    pub id: DayId,
    pub training_plan_id: PlanId,
    pub name: String,
    pub position: i32,
    pub weekdays: Vec<i32>,
    pub notes: Option<String>,
    /// Its own time of day, `HH:MM` local to the user; `None`: the plan-wide one.
    pub time: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Entry {
    pub id: EntryId,
    pub plan_day_id: DayId,
    pub exercise_id: String,
    pub exercise_name: String,
    pub position: i32,
    pub target_sets: i32,
    pub target_reps_min: Option<i32>,
    pub target_reps_max: Option<i32>,
    pub target_weight: Option<f64>,
    pub target_rpe: Option<f64>,
    pub rest_seconds: Option<i32>,
    pub progression_kg: Option<f64>,
    pub notes: Option<String>,
    /// Its superset group within the day (`A1`/`A2` when shown).
    pub superset_group: Option<i32>,
}

/// The targets of a new plan exercise.
#[derive(Debug, Clone, Default)]
pub struct Targets {
    pub sets: i32,
    pub reps: Option<(i32, i32)>,
    pub weight_kg: Option<f64>,
    pub rpe: Option<f64>,
    pub rest_seconds: Option<i32>,
    pub progression_kg: Option<f64>,
    pub notes: Option<String>,
    pub superset_group: Option<i32>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Session {
    pub id: SessionId,
    pub training_plan_id: Option<PlanId>,
    pub plan_day_id: Option<DayId>,
    pub name: String,
    pub status: Status,
    pub scheduled_at: Option<Timestamp>,
}

/// The user's plans, maybe of one status, by name.
pub async fn list(
    conn: &mut PgConnection,
    user_id: &str,
    status: Option<PlanStatus>,
) -> Result<Vec<Plan>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        r#"SELECT {PLAN_COLUMNS} FROM "TrainingPlan" p WHERE p."userId" = "#
    ));
    q.push_bind(user_id);
    if let Some(s) = status {
        q.push(r#" AND p."status" = "#).push_bind(s);
    }
    q.push(r#" ORDER BY lower(p."name"), p."name""#);
    q.build_query_as::<Plan>()
        .fetch_all(&mut *conn)
        .await
        .context("cannot list the plans")
}

/// The user's plan `reference` names: a name (case-insensitive; an exact
/// match wins among several) or a unique id prefix. Another user's plan is
/// never found.
pub async fn resolve(conn: &mut PgConnection, user_id: &str, reference: &str) -> Result<Plan> {
    let r = reference.trim();
    let mut rows = sqlx::query_as::<_, Plan>(&format!(
        r#"SELECT {PLAN_COLUMNS} FROM "TrainingPlan" p
           WHERE p."userId" = $1 AND (lower(p."name") = lower($2) OR p."id" LIKE $3)
           ORDER BY (lower(p."name") = lower($2)) DESC, p."name" LIMIT 20"#
    ))
    .bind(user_id)
    .bind(r)
    .bind(if r.len() >= 4 {
        format!("{}%", like_escape(r))
    } else {
        // Too short to be an id prefix: matches no id.
        String::new()
    })
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the plan")?;
    // Names first: a plan named like another's id prefix is meant by name.
    let named: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].name.to_lowercase() == r.to_lowercase())
        .collect();
    let pick = if let Some(i) = named.iter().copied().find(|&i| rows[i].name == r) {
        Some(i)
    } else if named.len() == 1 {
        Some(named[0])
    } else if named.is_empty() && rows.len() == 1 {
        Some(0)
    } else {
        None
    };
    if let Some(i) = pick {
        return Ok(rows.swap_remove(i));
    }
    if !rows.is_empty() {
        return Err(Kind::Usage.err(format!(
            "`{r}` names more than one plan: {}; use the exact name or a longer id",
            rows.iter()
                .map(|p| format!("`{}` ({})", p.name, p.id))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let names: Vec<String> =
        sqlx::query_scalar(r#"SELECT "name" FROM "TrainingPlan" WHERE "userId" = $1"#)
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await
            .context("cannot look up the plan")?;
    let close = suggest(r, names.iter().map(String::as_str));
    Err(Kind::NotFound.err(format!(
        "you have no plan named `{r}`{}",
        did_you_mean(&close)
    )))
}

/// Whether the user has another plan with this name, in any case.
pub async fn name_taken(
    conn: &mut PgConnection,
    user_id: &str,
    name: &str,
    except: Option<&str>,
) -> Result<bool> {
    sqlx::query_scalar(
        r#"SELECT EXISTS (SELECT 1 FROM "TrainingPlan" WHERE "userId" = $1 AND lower("name") = lower($2)
           AND "id" IS DISTINCT FROM $3)"#,
    )
    .bind(user_id)
    .bind(name)
    .bind(except)
    .fetch_one(&mut *conn)
    .await
    .context("cannot look up the plan name")
}

pub async fn create(
    conn: &mut PgConnection,
    user_id: &str,
    name: &str,
    description: Option<&str>,
    goal: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let id = super::new_id();
    sqlx::query(
        r#"INSERT INTO "TrainingPlan" ("id", "userId", "name", "description", "goal", "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $6)"#,
    )
    .bind(&id)
    .bind(user_id)
    .bind(name)
    .bind(description)
    .bind(goal)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| super::unique_violation_any(e, PLAN_NAME_KEYS, "you already have a plan with that name", "cannot create the plan"))?;
    resolve(conn, user_id, &id).await
}

/// The plan fields `plan edit` changes; `None` keeps one.
#[derive(Debug, Clone, Default)]
pub struct PlanChange {
    pub name: Option<String>,
    pub description: Option<String>,
    pub goal: Option<String>,
    pub status: Option<PlanStatus>,
    pub start_date: Option<Timestamp>,
    pub end_date: Option<Timestamp>,
}

/// Changes the user's plan `id`; `updatedAt` always moves (also when only
/// its days or exercises changed, with an empty change).
pub async fn update(
    conn: &mut PgConnection,
    user_id: &str,
    id: &PlanId,
    c: &PlanChange,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut q: QueryBuilder<Postgres> =
        QueryBuilder::new(r#"UPDATE "TrainingPlan" SET "updatedAt" = "#);
    q.push_bind(Timestamp::new(now));
    for (col, v) in [
        ("name", &c.name),
        ("description", &c.description),
        ("goal", &c.goal),
    ] {
        if let Some(v) = v {
            q.push(format!(r#", "{col}" = "#)).push_bind(v.clone());
        }
    }
    if let Some(s) = c.status {
        q.push(r#", "status" = "#).push_bind(s);
    }
    if let Some(d) = c.start_date {
        q.push(r#", "startDate" = "#).push_bind(d);
    }
    if let Some(d) = c.end_date {
        q.push(r#", "endDate" = "#).push_bind(d);
    }
    q.push(r#" WHERE "id" = "#).push_bind(id);
    q.push(r#" AND "userId" = "#).push_bind(user_id);
    let r = q.build().execute(&mut *conn).await.map_err(|e| {
        super::unique_violation_any(
            e,
            PLAN_NAME_KEYS,
            "you already have a plan with that name",
            "cannot change the plan",
        )
    })?;
    if r.rows_affected() == 0 {
        return Err(Kind::NotFound.err("the plan no longer exists"));
    }
    Ok(())
}

/// How many of the plan's sessions have each status: `(status, count)`.
pub async fn session_counts(
    conn: &mut PgConnection,
    user_id: &str,
    plan_id: &PlanId,
) -> Result<Vec<(Status, i64)>> {
    sqlx::query_as(
        r#"SELECT "status", count(*) FROM "WorkoutSession"
           WHERE "userId" = $1 AND "trainingPlanId" = $2 GROUP BY 1 ORDER BY 1"#,
    )
    .bind(user_id)
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot count the plan's sessions")
}

/// Locks the user's plan `plan_id` until the transaction ends and returns
/// its status as it is now (a status move decides on this).
pub async fn lock_status(
    conn: &mut PgConnection,
    user_id: &str,
    plan_id: &PlanId,
) -> Result<PlanStatus> {
    sqlx::query_scalar(
        r#"SELECT "status" FROM "TrainingPlan" WHERE "userId" = $1 AND "id" = $2 FOR UPDATE"#,
    )
    .bind(user_id)
    .bind(plan_id)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot read the plan's status")?
    .ok_or_else(|| {
        super::DbError::NotFound {
            what: "plan",
            id: plan_id.to_string(),
        }
        .into()
    })
}

/// Deletes the plan, its days and exercises, and its sessions still only
/// SCHEDULED; every other session keeps its history with no plan
/// (`trainingPlanId` and `planDayId` become NULL). Run it in a transaction.
pub async fn delete(conn: &mut PgConnection, user_id: &str, plan_id: &PlanId) -> Result<u64> {
    let gone = sqlx::query(
        r#"DELETE FROM "WorkoutSession"
           WHERE "userId" = $1 AND "trainingPlanId" = $2 AND "status" = $3"#,
    )
    .bind(user_id)
    .bind(plan_id)
    .bind(Status::Scheduled)
    .execute(&mut *conn)
    .await
    .context("cannot delete the plan's scheduled sessions")?
    .rows_affected();
    sqlx::query(r#"DELETE FROM "TrainingPlan" WHERE "userId" = $1 AND "id" = $2"#)
        .bind(user_id)
        .bind(plan_id)
        .execute(&mut *conn)
        .await
        .context("cannot delete the plan")?;
    Ok(gone)
}

/// "This day ($1) is in a plan of the user $2."
const OWN_DAY: &str =
    r#""trainingPlanId" IN (SELECT "id" FROM "TrainingPlan" WHERE "userId" = $2)"#;
/// "This plan exercise ($1) is in a plan of the user $2."
const OWN_ENTRY: &str = r#""planDayId" IN (SELECT d."id" FROM "PlanDay" d
    JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId" WHERE p."userId" = $2)"#;

/// The plan's days, in order.
pub async fn days(conn: &mut PgConnection, user_id: &str, plan_id: &PlanId) -> Result<Vec<Day>> {
    sqlx::query_as::<_, Day>(
        r#"SELECT d."id", d."trainingPlanId", d."name", d."position",
                  coalesce(d."weekdays", '{}') AS "weekdays", d."notes", d."time"
           FROM "PlanDay" d JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
           WHERE p."userId" = $1 AND p."id" = $2 ORDER BY d."position""#,
    )
    .bind(user_id)
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the plan's days")
}

/// The exercises of every day of the plan, by day and position.
pub async fn entries(
    conn: &mut PgConnection,
    user_id: &str,
    plan_id: &PlanId,
) -> Result<Vec<Entry>> {
    sqlx::query_as::<_, Entry>(&format!(
        r#"SELECT {ENTRY_COLUMNS} WHERE p."userId" = $1 AND p."id" = $2
           ORDER BY d."position", x."position""#
    ))
    .bind(user_id)
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the plan's exercises")
}

/// One plan day's exercises with their targets, in plan order.
pub async fn day_entries(
    conn: &mut PgConnection,
    user_id: &str,
    day_id: &DayId,
) -> Result<Vec<Entry>> {
    sqlx::query_as::<_, Entry>(&format!(
        r#"SELECT {ENTRY_COLUMNS} WHERE p."userId" = $1 AND x."planDayId" = $2 ORDER BY x."position""#
    ))
    .bind(user_id)
    .bind(day_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the plan's targets")
}

/// An [`Entry`]'s columns and the joins that reach its plan (aliased `p`,
/// for the user's scope) and its exercise's name.
const ENTRY_COLUMNS: &str = r#"x."id", x."planDayId", x."exerciseId", e."name" AS "exerciseName", x."position",
           x."targetSets", x."targetRepsMin", x."targetRepsMax", x."targetWeight", x."targetRpe",
           x."restSeconds", x."progressionKg", x."notes", x."supersetGroup"
      FROM "PlanExercise" x
      JOIN "PlanDay" d ON d."id" = x."planDayId"
      JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
      JOIN "Exercise" e ON e."id" = x."exerciseId""#;

/// Sets a plan exercise's target weight to `kg` (progression from the
/// day's target).
pub async fn set_target_weight(
    conn: &mut PgConnection,
    user_id: &str,
    entry_id: &EntryId,
    kg: f64,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        r#"UPDATE "PlanExercise" x SET "targetWeight" = $3
           FROM "PlanDay" d JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
           WHERE d."id" = x."planDayId" AND p."userId" = $1 AND x."id" = $2"#,
    )
    .bind(user_id)
    .bind(entry_id)
    .bind(kg)
    .execute(&mut *conn)
    .await
    .context("cannot raise the plan's target")?;
    sqlx::query(
        r#"UPDATE "TrainingPlan" p SET "updatedAt" = $3
           FROM "PlanDay" d JOIN "PlanExercise" x ON x."planDayId" = d."id"
           WHERE d."trainingPlanId" = p."id" AND p."userId" = $1 AND x."id" = $2"#,
    )
    .bind(user_id)
    .bind(entry_id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot raise the plan's target")?;
    Ok(())
}

/// Raises a plan exercise's target weight by its progression step.
pub async fn raise_target(
    conn: &mut PgConnection,
    user_id: &str,
    entry_id: &EntryId,
    step_kg: f64,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        r#"UPDATE "PlanExercise" x SET "targetWeight" = coalesce(x."targetWeight", 0) + $3
           FROM "PlanDay" d JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
           WHERE d."id" = x."planDayId" AND p."userId" = $1 AND x."id" = $2"#,
    )
    .bind(user_id)
    .bind(entry_id)
    .bind(step_kg)
    .execute(&mut *conn)
    .await
    .context("cannot raise the plan's target")?;
    sqlx::query(
        r#"UPDATE "TrainingPlan" p SET "updatedAt" = $3
           FROM "PlanDay" d JOIN "PlanExercise" x ON x."planDayId" = d."id"
           WHERE d."trainingPlanId" = p."id" AND p."userId" = $1 AND x."id" = $2"#,
    )
    .bind(user_id)
    .bind(entry_id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot raise the plan's target")?;
    Ok(())
}

/// Adds a day at the end of the plan.
pub async fn add_day(
    conn: &mut PgConnection,
    user_id: &str,
    plan_id: &PlanId,
    name: &str,
    weekdays: &[i32],
    notes: Option<&str>,
    time: Option<&str>,
) -> Result<String> {
    let id = super::new_id();
    sqlx::query(
        r#"INSERT INTO "PlanDay" ("id", "trainingPlanId", "name", "position", "weekdays", "notes", "time")
           SELECT $1, p."id", $3, (SELECT coalesce(max(d."position"), 0) + 1 FROM "PlanDay" d
                                   WHERE d."trainingPlanId" = p."id"), $4, $5, $7
           FROM "TrainingPlan" p WHERE p."id" = $2 AND p."userId" = $6"#,
    )
    .bind(&id)
    .bind(plan_id)
    .bind(name)
    .bind(weekdays)
    .bind(notes)
    .bind(user_id)
    .bind(time)
    .execute(&mut *conn)
    .await
    .context("cannot add the day")?;
    Ok(id)
}

/// Changes a day's name, weekdays, notes or time (`Some(None)` clears
/// the time).
pub async fn update_day(
    conn: &mut PgConnection,
    user_id: &str,
    day_id: &DayId,
    name: Option<&str>,
    weekdays: Option<&[i32]>,
    notes: Option<&str>,
    time: Option<Option<&str>>,
) -> Result<()> {
    sqlx::query(
        r#"UPDATE "PlanDay" SET "name" = coalesce($2, "name"), "weekdays" = coalesce($3, "weekdays"),
               "notes" = coalesce($4, "notes"), "time" = CASE WHEN $6 THEN $7 ELSE "time" END
           WHERE "id" = $1 AND "trainingPlanId" IN (SELECT "id" FROM "TrainingPlan" WHERE "userId" = $5)"#,
    )
    .bind(day_id)
    .bind(name)
    .bind(weekdays)
    .bind(notes)
    .bind(user_id)
    .bind(time.is_some())
    .bind(time.flatten())
    .execute(&mut *conn)
    .await
    .context("cannot change the day")?;
    Ok(())
}

pub async fn remove_day(conn: &mut PgConnection, user_id: &str, day_id: &DayId) -> Result<()> {
    sqlx::query(&format!(
        r#"DELETE FROM "PlanDay" WHERE "id" = $1 AND {OWN_DAY}"#
    ))
    .bind(day_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .context("cannot remove the day")?;
    Ok(())
}

/// Adds an exercise at the end of a day.
pub async fn add_entry(
    conn: &mut PgConnection,
    user_id: &str,
    day_id: &DayId,
    exercise_id: &str,
    t: &Targets,
) -> Result<String> {
    let id = super::new_id();
    sqlx::query(
        r#"INSERT INTO "PlanExercise" ("id", "planDayId", "exerciseId", "position", "targetSets",
               "targetRepsMin", "targetRepsMax", "targetWeight", "targetRpe", "restSeconds",
               "progressionKg", "notes", "supersetGroup")
           SELECT $1, d."id", $3, (SELECT coalesce(max(x."position"), 0) + 1 FROM "PlanExercise" x
                                   WHERE x."planDayId" = d."id"), $4, $5, $6, $7, $8, $9, $10, $11, $13
           FROM "PlanDay" d JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
           WHERE d."id" = $2 AND p."userId" = $12"#,
    )
    .bind(&id)
    .bind(day_id)
    .bind(exercise_id)
    .bind(t.sets)
    .bind(t.reps.map(|r| r.0))
    .bind(t.reps.map(|r| r.1))
    .bind(t.weight_kg)
    .bind(t.rpe)
    .bind(t.rest_seconds)
    .bind(t.progression_kg)
    .bind(&t.notes)
    .bind(user_id)
    .bind(t.superset_group)
    .execute(&mut *conn)
    .await
    .context("cannot add the exercise to the day")?;
    Ok(id)
}

pub async fn remove_entry(
    conn: &mut PgConnection,
    user_id: &str,
    entry_id: &EntryId,
) -> Result<()> {
    sqlx::query(&format!(
        r#"DELETE FROM "PlanExercise" WHERE "id" = $1 AND {OWN_ENTRY}"#
    ))
    .bind(entry_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .context("cannot remove the exercise from the day")?;
    Ok(())
}

/// Which rows a reordering renumbers: a plan's days or a day's exercises.
#[derive(Debug, Clone, Copy)]
pub enum Siblings {
    Days,
    Entries,
}

/// Gives `ordered` (every row under one parent) the positions 1, 2, ...
/// in two statements: first out of the way, above the highest position,
/// since the unique (parent, position) index is checked row by row (and,
/// since v3, a CHECK keeps positions at 1 or more: no negative detour).
pub async fn renumber(
    conn: &mut PgConnection,
    user_id: &str,
    which: Siblings,
    ordered: &[impl std::ops::Deref<Target = str>],
) -> Result<()> {
    let ordered: Vec<&str> = ordered.iter().map(|x| &**x).collect();
    let (table, own) = match which {
        Siblings::Days => (r#""PlanDay""#, OWN_DAY),
        Siblings::Entries => (r#""PlanExercise""#, OWN_ENTRY),
    };
    // With M the highest of these positions (M >= their count), position + M
    // collides with none of them, and 1..count with none of those.
    sqlx::query(&format!(
        r#"UPDATE {table} SET "position" = "position"
               + (SELECT max(x."position") FROM {table} x WHERE x."id" = ANY($1))
           WHERE "id" = ANY($1) AND {own}"#
    ))
    .bind(&ordered)
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .context("cannot reorder")?;
    let positions: Vec<i32> = (1..=ordered.len() as i32).collect();
    sqlx::query(&format!(
        r#"UPDATE {table} t SET "position" = v.pos
           FROM UNNEST($1::text[], $3::int[]) AS v (id, pos) WHERE t."id" = v.id AND {own}"#
    ))
    .bind(&ordered)
    .bind(user_id)
    .bind(&positions)
    .execute(&mut *conn)
    .await
    .context("cannot reorder")?;
    Ok(())
}

/// Makes SCHEDULED sessions for `(planDayId, name, scheduledAt)`, skipping
/// any the user already has for the same day and time; returns those made.
pub async fn schedule(
    conn: &mut PgConnection,
    user_id: &str,
    plan_id: &PlanId,
    rows: &[(DayId, String, Timestamp)],
    now: DateTime<Utc>,
) -> Result<Vec<Session>> {
    let ids: Vec<String> = rows.iter().map(|_| super::new_id()).collect();
    let made = sqlx::query_as::<_, Session>(
        r#"INSERT INTO "WorkoutSession" ("id", "userId", "trainingPlanId", "planDayId", "name", "status",
               "scheduledAt", "createdAt", "updatedAt")
           SELECT v.id, $1, $2, v.day, v.name, $8, v.at, $6, $6
           FROM UNNEST($3::text[], $4::text[], $5::text[], $7::timestamp[]) AS v (id, day, name, at)
           WHERE NOT EXISTS (SELECT 1 FROM "WorkoutSession" s
                             WHERE s."userId" = $1 AND s."planDayId" = v.day AND s."scheduledAt" = v.at)
           RETURNING "id", "trainingPlanId", "planDayId", "name", "status", "scheduledAt""#,
    )
    .bind(user_id)
    .bind(plan_id)
    .bind(&ids)
    .bind(rows.iter().map(|r| r.0.clone()).collect::<Vec<_>>())
    .bind(rows.iter().map(|r| r.1.clone()).collect::<Vec<_>>())
    .bind(Timestamp::new(now))
    .bind(rows.iter().map(|r| r.2).collect::<Vec<_>>())
    .bind(Status::Scheduled)
    .fetch_all(&mut *conn)
    .await
    .context("cannot schedule the sessions")?;
    // Each keeps its day's targets as they are now.
    let made_ids: Vec<SessionId> = made.iter().map(|s| s.id.clone()).collect();
    super::sessions::store_targets(conn, user_id, &made_ids, now).await?;
    // The plan's reminders gain these sessions' occurrences.
    super::reminders::refresh_sessions(conn, user_id, now).await?;
    Ok(made)
}

/// The plan's scheduled sessions at or after `from`, locked for the
/// caller's transaction (a schedule run moves them).
pub async fn scheduled_from(
    conn: &mut PgConnection,
    user_id: &str,
    plan_id: &PlanId,
    from: Timestamp,
) -> Result<Vec<Session>> {
    sqlx::query_as::<_, Session>(
        r#"SELECT "id", "trainingPlanId", "planDayId", "name", "status", "scheduledAt"
           FROM "WorkoutSession"
           WHERE "userId" = $1 AND "trainingPlanId" = $2 AND "status" = $3 AND "scheduledAt" >= $4
           ORDER BY "scheduledAt", "id"
           FOR UPDATE"#,
    )
    .bind(user_id)
    .bind(plan_id)
    .bind(Status::Scheduled)
    .bind(from)
    .fetch_all(&mut *conn)
    .await
    .context("cannot read the plan's scheduled sessions")
}

/// Deletes the day's SCHEDULED sessions (removing a day); returns how many.
/// Its other sessions keep their history (their day becomes NULL).
pub async fn delete_day_scheduled(
    conn: &mut PgConnection,
    user_id: &str,
    day_id: &DayId,
) -> Result<u64> {
    let done = sqlx::query(
        r#"DELETE FROM "WorkoutSession" WHERE "userId" = $1 AND "planDayId" = $2 AND "status" = $3"#,
    )
    .bind(user_id)
    .bind(day_id)
    .bind(Status::Scheduled)
    .execute(&mut *conn)
    .await
    .context("cannot delete the day's scheduled sessions")?;
    Ok(done.rows_affected())
}

/// The day's sessions: how many are SCHEDULED and how many others.
pub async fn day_session_counts(
    conn: &mut PgConnection,
    user_id: &str,
    day_id: &DayId,
) -> Result<(i64, i64)> {
    let row: (i64, i64) = sqlx::query_as(
        r#"SELECT count(*) FILTER (WHERE "status" = $3), count(*) FILTER (WHERE "status" <> $3)
           FROM "WorkoutSession" WHERE "userId" = $1 AND "planDayId" = $2"#,
    )
    .bind(user_id)
    .bind(day_id)
    .bind(Status::Scheduled)
    .fetch_one(&mut *conn)
    .await
    .context("cannot count the day's sessions")?;
    Ok(row)
}

/// Sets every target of a plan exercise in place.
pub async fn update_entry(
    conn: &mut PgConnection,
    user_id: &str,
    entry_id: &EntryId,
    t: &Targets,
) -> Result<()> {
    sqlx::query(
        r#"UPDATE "PlanExercise" x SET "targetSets" = $3, "targetRepsMin" = $4, "targetRepsMax" = $5,
               "targetWeight" = $6, "targetRpe" = $7, "restSeconds" = $8, "progressionKg" = $9,
               "notes" = $10
           FROM "PlanDay" d JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
           WHERE x."id" = $1 AND d."id" = x."planDayId" AND p."userId" = $2"#,
    )
    .bind(entry_id)
    .bind(user_id)
    .bind(t.sets)
    .bind(t.reps.map(|r| r.0))
    .bind(t.reps.map(|r| r.1))
    .bind(t.weight_kg)
    .bind(t.rpe)
    .bind(t.rest_seconds)
    .bind(t.progression_kg)
    .bind(&t.notes)
    .execute(&mut *conn)
    .await
    .context("cannot change the exercise's targets")?;
    Ok(())
}
