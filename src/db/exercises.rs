//! The `"Exercise"` table: the catalog (no owner) and users' own exercises
//! (`"createdById"`). A user sees the catalog and their own rows, never
//! another user's: every read here takes the acting user's id.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::types::{ExerciseId, Timestamp};
use crate::domain::exercise::{ExerciseFacts, did_you_mean, suggest};
use crate::domain::tracking::{self, TrackingType};
use crate::error::Kind;

/// The columns every read selects; enums as their labels.
const COLUMNS: &str = r#""id", "name", "description", "muscleGroup",
    "primaryMuscleGroup"::text AS "primaryMuscleGroup",
    coalesce("secondaryMuscleGroups"::text[], '{}') AS "secondaryMuscleGroups",
    "equipment", "category"::text AS "category", "difficulty"::text AS "difficulty",
    "mechanic"::text AS "mechanic", "force"::text AS "force", "instructions",
    "createdById", "createdAt", "updatedAt", "trackingType""#;

/// What the acting user ($1) may see.
const VISIBLE: &str = r#"("createdById" IS NULL OR "createdById" = $1)"#;

#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: String,
    pub description: Option<String>,
    pub muscle_group: Option<String>,
    pub primary_muscle_group: Option<String>,
    pub secondary_muscle_groups: Vec<String>,
    pub equipment: Option<String>,
    pub category: String,
    pub difficulty: Option<String>,
    pub mechanic: Option<String>,
    pub force: Option<String>,
    pub instructions: Option<String>,
    pub created_by_id: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// What its sets record.
    pub tracking_type: TrackingType,
}

/// `exercise list` filters; `None` does not filter.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub muscle: Option<&'static str>,
    pub equipment: Option<String>,
    pub difficulty: Option<&'static str>,
    pub category: Option<&'static str>,
    pub search: Option<String>,
    pub mine: bool,
}

/// `s` for a LIKE pattern: its wildcards taken literally.
pub fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub async fn list(conn: &mut PgConnection, user_id: &str, f: &Filter) -> Result<Vec<Exercise>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        r#"SELECT {COLUMNS} FROM "Exercise" WHERE ("createdById" IS NULL OR "createdById" = "#
    ));
    q.push_bind(user_id).push(")");
    if f.mine {
        q.push(r#" AND "createdById" IS NOT NULL"#);
    }
    if let Some(m) = f.muscle {
        q.push(r#" AND "primaryMuscleGroup" = "#)
            .push_bind(m)
            .push(r#"::"MuscleGroup""#);
    }
    if let Some(e) = &f.equipment {
        q.push(r#" AND lower("equipment") = lower("#)
            .push_bind(e.trim())
            .push(")");
    }
    if let Some(d) = f.difficulty {
        q.push(r#" AND "difficulty" = "#)
            .push_bind(d)
            .push(r#"::"Difficulty""#);
    }
    if let Some(c) = f.category {
        q.push(r#" AND "category" = "#)
            .push_bind(c)
            .push(r#"::"ExerciseCategory""#);
    }
    if let Some(s) = &f.search {
        q.push(r#" AND "name" ILIKE "#)
            .push_bind(format!("%{}%", like_escape(s.trim())));
    }
    q.push(r#" ORDER BY lower("name"), "name""#);
    q.build_query_as::<Exercise>()
        .fetch_all(&mut *conn)
        .await
        .context("cannot list the exercises")
}

/// The exercise `reference` names for this user: a name (case-insensitive;
/// an exact-case match wins among several), a unique id prefix, or a common
/// name of a catalog exercise (`Bench Press`, see `domain::aliases`). Nothing
/// found is exit 3 with the closest names; several is exit 2 listing them.
pub async fn resolve(conn: &mut PgConnection, user_id: &str, reference: &str) -> Result<Exercise> {
    let r = reference.trim();
    let by_name = sqlx::query_as::<_, Exercise>(&format!(
        r#"SELECT {COLUMNS} FROM "Exercise" WHERE {VISIBLE} AND lower("name") = lower($2) ORDER BY "name""#
    ))
    .bind(user_id)
    .bind(r)
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the exercise")?;
    if let Some(found) = pick(by_name, r)? {
        return Ok(found);
    }
    // The user's aliases (`exercise rename`, `merge`, `alias add`) come
    // right after names, so a renamed or merged exercise is found again.
    let by_user_alias = sqlx::query_as::<_, Exercise>(&format!(
        r#"SELECT {COLUMNS} FROM "Exercise" WHERE {VISIBLE} AND "id" IN
             (SELECT "exerciseId" FROM "ExerciseAlias" WHERE "userId" = $1 AND lower("name") = lower($2))"#
    ))
    .bind(user_id)
    .bind(r)
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the exercise")?;
    if let Some(found) = pick(by_user_alias, r)? {
        return Ok(found);
    }
    if r.len() >= 4 && !r.contains(char::is_whitespace) {
        let by_id = sqlx::query_as::<_, Exercise>(&format!(
            r#"SELECT {COLUMNS} FROM "Exercise" WHERE {VISIBLE} AND "id" LIKE $2 ORDER BY "name" LIMIT 10"#
        ))
        .bind(user_id)
        .bind(format!("{}%", like_escape(r)))
        .fetch_all(&mut *conn)
        .await
        .context("cannot look up the exercise")?;
        if let Some(found) = pick(by_id, r)? {
            return Ok(found);
        }
    }
    if let Some(catalog) = crate::domain::aliases::catalog_name(r) {
        let by_alias = sqlx::query_as::<_, Exercise>(&format!(
            r#"SELECT {COLUMNS} FROM "Exercise" WHERE {VISIBLE} AND "name" = $2"#
        ))
        .bind(user_id)
        .bind(catalog)
        .fetch_all(&mut *conn)
        .await
        .context("cannot look up the exercise")?;
        if let Some(found) = pick(by_alias, catalog)? {
            return Ok(found);
        }
    }
    let names: Vec<String> =
        sqlx::query_scalar(&format!(r#"SELECT "name" FROM "Exercise" WHERE {VISIBLE}"#))
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await
            .context("cannot look up the exercise")?;
    let close = suggest(r, names.iter().map(String::as_str));
    Err(Kind::NotFound.err(format!(
        "no exercise is named `{r}`{}",
        did_you_mean(&close)
    )))
}

fn pick(mut rows: Vec<Exercise>, reference: &str) -> Result<Option<Exercise>> {
    if rows.len() > 1
        && let Some(i) = rows.iter().position(|e| e.name == reference)
    {
        return Ok(Some(rows.swap_remove(i)));
    }
    match rows.len() {
        0 => Ok(None),
        1 => Ok(rows.pop()),
        _ => Err(Kind::Usage.err(format!(
            "`{reference}` names more than one exercise: {}; use the exact name or the id",
            rows.iter()
                .map(|e| format!("`{}` ({})", e.name, e.id))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// A row the user sees (shared or their own) with this name, compared
/// case-insensitively: `(id, createdById)`. Since v3 names are unique per
/// user, so another user's exercises never block a name (nor show).
pub async fn holder_of_name(
    conn: &mut PgConnection,
    user_id: &str,
    name: &str,
) -> Result<Option<(String, Option<String>)>> {
    sqlx::query_as(
        r#"SELECT "id", "createdById" FROM "Exercise" WHERE lower("name") = lower($1)
            AND ("createdById" IS NULL OR "createdById" = $2)
          ORDER BY "createdById" NULLS FIRST, "id" LIMIT 1"#,
    )
    .bind(name)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot look up the exercise name")
}

/// New own exercises of `user_id`, in one statement. Returns their ids.
pub async fn insert_own(
    conn: &mut PgConnection,
    user_id: &str,
    rows: &[(ExerciseFacts, Option<String>)],
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let ids: Vec<String> = rows.iter().map(|_| super::new_id()).collect();
    let col = |f: &dyn Fn(&ExerciseFacts) -> Option<String>| -> Vec<Option<String>> {
        rows.iter().map(|(x, _)| f(x)).collect()
    };
    sqlx::query(
        r#"INSERT INTO "Exercise" ("id", "name", "description", "primaryMuscleGroup", "secondaryMuscleGroups",
               "equipment", "category", "difficulty", "mechanic", "force", "instructions", "createdById",
               "createdAt", "updatedAt", "trackingType")
           SELECT v.id, v.name, v.descr, v.prim::"MuscleGroup", coalesce(string_to_array(v.sec, ','), '{}')::"MuscleGroup"[],
               v.equip, v.cat::"ExerciseCategory", v.diff::"Difficulty", v.mech::"Mechanic", v.frc::"Force",
               v.instr, $12, $13, $13, v.track::"TrackingType"
           FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::text[], $14::text[])
                AS v (id, name, descr, prim, sec, equip, cat, diff, mech, frc, instr, track)"#,
    )
    .bind(&ids)
    .bind(col(&|x| Some(x.name.clone())))
    .bind(rows.iter().map(|(_, d)| d.clone()).collect::<Vec<_>>())
    .bind(col(&|x| x.primary.map(String::from)))
    .bind(col(&|x| Some(x.secondary.join(","))))
    .bind(col(&|x| x.equipment.clone()))
    .bind(col(&|x| Some(x.category.to_string())))
    .bind(col(&|x| x.difficulty.map(String::from)))
    .bind(col(&|x| x.mechanic.map(String::from)))
    .bind(col(&|x| x.force.map(String::from)))
    .bind(col(&|x| x.instructions.clone()))
    .bind(user_id)
    .bind(Timestamp::new(now))
    .bind(col(&|x| {
        // A new exercise's type from its facts (imports and `exercise import`
        // too); `exercise add --tracks` changes it in the same transaction.
        Some(
            tracking::infer(&x.name, x.equipment.as_deref(), x.category, x.force)
                .label()
                .to_string(),
        )
    }))
    .execute(&mut *conn)
    .await
    .map_err(|e| name_conflict(e, "cannot add the exercises"))?;
    Ok(ids)
}

/// Replaces every fact of the user's own exercises `ids` with `facts`
/// (imports: the file is the whole truth about them), in one statement.
pub async fn replace_own(
    conn: &mut PgConnection,
    user_id: &str,
    rows: &[(String, ExerciseFacts)],
    now: DateTime<Utc>,
) -> Result<()> {
    let col = |f: &dyn Fn(&ExerciseFacts) -> Option<String>| -> Vec<Option<String>> {
        rows.iter().map(|(_, x)| f(x)).collect()
    };
    sqlx::query(
        r#"UPDATE "Exercise" e SET "name" = v.name, "primaryMuscleGroup" = v.prim::"MuscleGroup",
               "secondaryMuscleGroups" = coalesce(string_to_array(v.sec, ','), '{}')::"MuscleGroup"[], "equipment" = v.equip,
               "category" = v.cat::"ExerciseCategory", "difficulty" = v.diff::"Difficulty",
               "mechanic" = v.mech::"Mechanic", "force" = v.frc::"Force",
               "instructions" = coalesce(v.instr, e."instructions"), "updatedAt" = $12
           FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[])
                AS v (id, name, prim, sec, equip, cat, diff, mech, frc, instr)
           WHERE e."id" = v.id AND e."createdById" = $11"#,
    )
    .bind(rows.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>())
    .bind(col(&|x| Some(x.name.clone())))
    .bind(col(&|x| x.primary.map(String::from)))
    .bind(col(&|x| Some(x.secondary.join(","))))
    .bind(col(&|x| x.equipment.clone()))
    .bind(col(&|x| Some(x.category.to_string())))
    .bind(col(&|x| x.difficulty.map(String::from)))
    .bind(col(&|x| x.mechanic.map(String::from)))
    .bind(col(&|x| x.force.map(String::from)))
    .bind(col(&|x| x.instructions.clone()))
    .bind(user_id)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| name_conflict(e, "cannot update the exercises"))?;
    Ok(())
}

/// Gives catalog exercises (no owner) instructions where they have none;
/// never changes a catalog exercise's facts or existing instructions.
/// Returns how many got some.
pub async fn fill_catalog_instructions(
    conn: &mut PgConnection,
    rows: &[(String, String)],
    now: DateTime<Utc>,
) -> Result<u64> {
    let r = sqlx::query(
        r#"UPDATE "Exercise" e SET "instructions" = v.instr, "updatedAt" = $3
           FROM UNNEST($1::text[], $2::text[]) AS v (id, instr)
           WHERE e."id" = v.id AND e."createdById" IS NULL AND e."instructions" IS NULL"#,
    )
    .bind(rows.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>())
    .bind(rows.iter().map(|(_, i)| i.clone()).collect::<Vec<_>>())
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .context("cannot add the instructions")?;
    Ok(r.rows_affected())
}

/// True when the connection's role owns the "Exercise" table (or is a
/// member of its owner): the administrator who may change shared rows.
pub async fn owns_catalog(conn: &mut PgConnection) -> Result<bool> {
    sqlx::query_scalar(
        r#"SELECT pg_has_role(current_user, c.relowner, 'USAGE')
           FROM pg_class c WHERE c.oid = '"Exercise"'::regclass"#,
    )
    .fetch_one(&mut *conn)
    .await
    .context("cannot tell who owns the exercise catalog")
}

/// Rows the user sees (shared or their own) whose lower-cased name is one of
/// `lower_names`: `(id, name, createdById, has instructions)`. Since v3 names
/// are unique per user, so another user's names never matter (nor show).
pub async fn by_lower_names(
    conn: &mut PgConnection,
    user_id: &str,
    lower_names: &[String],
) -> Result<Vec<(String, String, Option<String>, bool)>> {
    sqlx::query_as(
        r#"SELECT "id", "name", "createdById", "instructions" IS NOT NULL
           FROM "Exercise" WHERE lower("name") = ANY($1)
            AND ("createdById" IS NULL OR "createdById" = $2)"#,
    )
    .bind(lower_names)
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the exercises")
}

/// The fields `exercise edit` may change; `None` leaves one as it is.
#[derive(Debug, Clone, Default)]
pub struct Change {
    pub name: Option<String>,
    pub description: Option<String>,
    pub primary: Option<&'static str>,
    pub secondary: Option<Vec<&'static str>>,
    pub equipment: Option<String>,
    pub category: Option<&'static str>,
    pub difficulty: Option<&'static str>,
    pub mechanic: Option<&'static str>,
    pub force: Option<&'static str>,
    pub instructions: Option<String>,
    pub tracking: Option<TrackingType>,
}

impl Change {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.description.is_none()
            && self.primary.is_none()
            && self.secondary.is_none()
            && self.equipment.is_none()
            && self.category.is_none()
            && self.difficulty.is_none()
            && self.mechanic.is_none()
            && self.force.is_none()
            && self.instructions.is_none()
            && self.tracking.is_none()
    }
}

/// Changes the user's own exercise `id`.
pub async fn update_own(
    conn: &mut PgConnection,
    user_id: &str,
    id: &ExerciseId,
    c: &Change,
    now: DateTime<Utc>,
) -> Result<Exercise> {
    let mut q: QueryBuilder<Postgres> =
        QueryBuilder::new(r#"UPDATE "Exercise" SET "updatedAt" = "#);
    q.push_bind(Timestamp::new(now));
    let text = |q: &mut QueryBuilder<Postgres>, col: &str, v: &Option<String>| {
        if let Some(v) = v {
            q.push(format!(r#", "{col}" = "#)).push_bind(v.clone());
        }
    };
    text(&mut q, "name", &c.name);
    text(&mut q, "description", &c.description);
    text(&mut q, "equipment", &c.equipment);
    text(&mut q, "instructions", &c.instructions);
    for (col, ty, v) in [
        ("primaryMuscleGroup", "MuscleGroup", c.primary),
        ("category", "ExerciseCategory", c.category),
        ("difficulty", "Difficulty", c.difficulty),
        ("mechanic", "Mechanic", c.mechanic),
        ("force", "Force", c.force),
    ] {
        if let Some(v) = v {
            q.push(format!(r#", "{col}" = "#))
                .push_bind(v)
                .push(format!(r#"::"{ty}""#));
        }
    }
    if let Some(t) = c.tracking {
        q.push(r#", "trackingType" = "#).push_bind(t);
    }
    if let Some(s) = &c.secondary {
        q.push(r#", "secondaryMuscleGroups" = "#)
            .push_bind(s.iter().map(|m| m.to_string()).collect::<Vec<_>>())
            .push(r#"::"MuscleGroup"[]"#);
    }
    q.push(r#" WHERE "id" = "#).push_bind(id);
    q.push(r#" AND "createdById" = "#).push_bind(user_id);
    q.push(format!(" RETURNING {COLUMNS}"));
    q.build_query_as::<Exercise>()
        .fetch_optional(&mut *conn)
        .await
        .map_err(|e| name_conflict(e, "cannot change the exercise"))?
        .ok_or_else(|| Kind::NotFound.err("the exercise no longer exists"))
}

/// The names one user sees are unique ignoring case (v3: the user's own
/// among themselves, and none equal to a shared name or one of their
/// aliases), as one sentence that names no other user's exercise.
fn name_conflict(e: sqlx::Error, what: &str) -> anyhow::Error {
    super::unique_violation_any(
        e,
        &[
            "Exercise_createdById_lower_name_key",
            "Exercise_name_shared_key",
            "Exercise_name_shared",
            "Exercise_name_alias",
        ],
        "an exercise with that name already exists: choose another name",
        what,
    )
}

/// The user's aliases among `lower_names` (lower-cased): `(lower(alias),
/// exercise id)`, for matching many names at once (imports); only aliases
/// of exercises the user sees.
pub async fn alias_targets(
    conn: &mut PgConnection,
    user_id: &str,
    lower_names: &[String],
) -> Result<Vec<(String, String)>> {
    sqlx::query_as(
        r#"SELECT lower(a."name"), a."exerciseId" FROM "ExerciseAlias" a
             JOIN "Exercise" e ON e."id" = a."exerciseId"
            WHERE a."userId" = $1 AND lower(a."name") = ANY($2)
              AND (e."createdById" IS NULL OR e."createdById" = $1)"#,
    )
    .bind(user_id)
    .bind(lower_names)
    .fetch_all(&mut *conn)
    .await
    .context("cannot look up the exercise aliases")
}

/// One of the user's aliases and the exercise it names.
#[derive(Debug, Clone, sqlx::FromRow)]
#[sqlx(rename_all = "camelCase")]
pub struct Alias {
    pub id: String,
    pub name: String,
    pub exercise_id: String,
    pub exercise_name: String,
    pub created_at: Timestamp,
}

/// The user's aliases, by name; of one exercise when `exercise_id` is set.
pub async fn aliases(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: Option<&str>,
) -> Result<Vec<Alias>> {
    sqlx::query_as(
        r#"SELECT a."id", a."name", a."exerciseId", e."name" AS "exerciseName", a."createdAt"
             FROM "ExerciseAlias" a JOIN "Exercise" e ON e."id" = a."exerciseId"
            WHERE a."userId" = $1 AND ($2::text IS NULL OR a."exerciseId" = $2)
            ORDER BY lower(a."name"), a."name""#,
    )
    .bind(user_id)
    .bind(exercise_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot list the exercise aliases")
}

/// A new alias `name` of `exercise_id` for the user. A name the user
/// already sees (an exercise's or another alias) is refused (exit 2).
pub async fn insert_alias(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: &ExerciseId,
    name: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        r#"INSERT INTO "ExerciseAlias" ("id", "userId", "exerciseId", "name", "createdAt")
           VALUES ($1, $2, $3, $4, $5)"#,
    )
    .bind(super::new_id())
    .bind(user_id)
    .bind(exercise_id)
    .bind(name)
    .bind(Timestamp::new(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| {
        let e = super::unique_violation(
            e,
            "ExerciseAlias_userId_lower_name_key",
            &format!(
                "you already have an alias named `{name}`: `workout exercise alias list` shows it"
            ),
            "cannot add the alias",
        );
        match e.downcast::<sqlx::Error>() {
            Ok(e) => super::unique_violation(
                e,
                "ExerciseAlias_name_exercise",
                &format!(
                    "`{name}` is already an exercise's name: an alias needs a name of its own"
                ),
                "cannot add the alias",
            ),
            Err(e) => e,
        }
    })?;
    Ok(())
}

/// Removes the user's alias `name` (ignoring case); the removed alias, if any.
pub async fn delete_alias(
    conn: &mut PgConnection,
    user_id: &str,
    name: &str,
) -> Result<Option<String>> {
    sqlx::query_scalar(
        r#"DELETE FROM "ExerciseAlias" WHERE "userId" = $1 AND lower("name") = lower($2) RETURNING "name""#,
    )
    .bind(user_id)
    .bind(name)
    .fetch_optional(&mut *conn)
    .await
    .context("cannot remove the alias")
}

/// Removes the user's alias `name` (ignoring case) if it names `exercise_id`
/// (a rename back to an old name takes the name back from its alias).
pub async fn delete_alias_of(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: &ExerciseId,
    name: &str,
) -> Result<()> {
    sqlx::query(
        r#"DELETE FROM "ExerciseAlias" WHERE "userId" = $1 AND "exerciseId" = $2 AND lower("name") = lower($3)"#,
    )
    .bind(user_id)
    .bind(exercise_id)
    .bind(name)
    .execute(&mut *conn)
    .await
    .context("cannot rename the exercise")?;
    Ok(())
}

/// What uses one of the user's exercises: sets, plan entries (with their
/// plans' names), session targets.
#[derive(Debug, Default)]
pub struct Uses {
    pub sets: i64,
    pub plan_entries: i64,
    pub plans: Vec<String>,
    pub session_targets: i64,
}

impl Uses {
    pub fn is_empty(&self) -> bool {
        self.sets == 0 && self.plan_entries == 0 && self.session_targets == 0
    }
}

/// What of the user's uses `exercise_id`.
pub async fn uses(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: &ExerciseId,
) -> Result<Uses> {
    let (sets, plan_entries, session_targets): (i64, i64, i64) = sqlx::query_as(
        r#"SELECT
             (SELECT count(*) FROM "WorkoutLog" WHERE "userId" = $1 AND "exerciseId" = $2),
             (SELECT count(*) FROM "PlanExercise" pe JOIN "PlanDay" d ON d."id" = pe."planDayId"
                JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
               WHERE p."userId" = $1 AND pe."exerciseId" = $2),
             (SELECT count(*) FROM "SessionExercise" se JOIN "WorkoutSession" s ON s."id" = se."sessionId"
               WHERE s."userId" = $1 AND se."exerciseId" = $2)"#,
    )
    .bind(user_id)
    .bind(exercise_id)
    .fetch_one(&mut *conn)
    .await
    .context("cannot tell what uses the exercise")?;
    let plans: Vec<String> = sqlx::query_scalar(
        r#"SELECT DISTINCT p."name" FROM "PlanExercise" pe JOIN "PlanDay" d ON d."id" = pe."planDayId"
             JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
            WHERE p."userId" = $1 AND pe."exerciseId" = $2 ORDER BY p."name""#,
    )
    .bind(user_id)
    .bind(exercise_id)
    .fetch_all(&mut *conn)
    .await
    .context("cannot tell what uses the exercise")?;
    Ok(Uses {
        sets,
        plan_entries,
        plans,
        session_targets,
    })
}

/// Deletes the user's own exercise `id` (its aliases go with it). A row
/// that still uses it (another transaction's, since the caller checked)
/// refuses the delete: exit 2.
pub async fn delete_own(conn: &mut PgConnection, user_id: &str, id: &ExerciseId) -> Result<bool> {
    let r = sqlx::query(r#"DELETE FROM "Exercise" WHERE "id" = $1 AND "createdById" = $2"#)
        .bind(id)
        .bind(user_id)
        .execute(&mut *conn)
        .await;
    match r {
        Ok(r) => Ok(r.rows_affected() == 1),
        Err(sqlx::Error::Database(d)) if d.code().as_deref() == Some("23503") => Err(Kind::Usage
            .err("the exercise is still in use (sets, plans or session targets): `workout exercise merge` moves them to another exercise")),
        Err(e) => Err(anyhow::Error::new(e).context("cannot delete the exercise")),
    }
}

/// How many of `into`'s sets of `from` were renumbered, by [`merge`].
#[derive(Debug, Default)]
pub struct Merged {
    pub sets: u64,
    pub renumbered: u64,
    pub plan_entries: u64,
    pub session_targets: u64,
    pub aliases: u64,
}

/// Moves everything of the user's that uses `from` onto `into`: sets (in a
/// session where `into` has sets too, `from`'s sets are numbered on after
/// `into`'s last, in their order), plan entries, session targets and
/// aliases. The caller deletes `from` and owns the transaction.
pub async fn merge(
    conn: &mut PgConnection,
    user_id: &str,
    from: &ExerciseId,
    into: &ExerciseId,
) -> Result<Merged> {
    // Every statement takes ($1 user, $2 from, $3 into) and counts its rows.
    async fn run(
        conn: &mut PgConnection,
        sql: &str,
        user_id: &str,
        from: &str,
        into: &str,
    ) -> Result<u64> {
        Ok(sqlx::query(sql)
            .bind(user_id)
            .bind(from)
            .bind(into)
            .execute(&mut *conn)
            .await
            .context("cannot merge the exercises")?
            .rows_affected())
    }
    let renumbered = run(conn, r#"WITH last AS (
             SELECT "sessionId", max("setNumber") AS n FROM "WorkoutLog"
              WHERE "userId" = $1 AND "exerciseId" = $3 AND "sessionId" IS NOT NULL
              GROUP BY "sessionId"),
           moved AS (
             SELECT w."id", last.n + row_number() OVER (PARTITION BY w."sessionId" ORDER BY w."setNumber", w."createdAt", w."id") AS k
               FROM "WorkoutLog" w JOIN last ON last."sessionId" = w."sessionId"
              WHERE w."userId" = $1 AND w."exerciseId" = $2)
           UPDATE "WorkoutLog" w SET "exerciseId" = $3, "setNumber" = moved.k
             FROM moved WHERE w."id" = moved."id""#, user_id, from, into).await?;
    let rest = run(
        conn,
        r#"UPDATE "WorkoutLog" SET "exerciseId" = $3 WHERE "userId" = $1 AND "exerciseId" = $2"#,
        user_id,
        from,
        into,
    )
    .await?;
    let plan_entries = run(
        conn,
        r#"UPDATE "PlanExercise" pe SET "exerciseId" = $3
             FROM "PlanDay" d JOIN "TrainingPlan" p ON p."id" = d."trainingPlanId"
            WHERE d."id" = pe."planDayId" AND p."userId" = $1 AND pe."exerciseId" = $2"#,
        user_id,
        from,
        into,
    )
    .await?;
    let session_targets = run(
        conn,
        r#"UPDATE "SessionExercise" se SET "exerciseId" = $3
             FROM "WorkoutSession" s
            WHERE s."id" = se."sessionId" AND s."userId" = $1 AND se."exerciseId" = $2"#,
        user_id,
        from,
        into,
    )
    .await?;
    let aliases = run(
        conn,
        r#"UPDATE "ExerciseAlias" SET "exerciseId" = $3 WHERE "userId" = $1 AND "exerciseId" = $2"#,
        user_id,
        from,
        into,
    )
    .await?;
    Ok(Merged {
        sets: renumbered + rest,
        renumbered,
        plan_entries,
        session_targets,
        aliases,
    })
}

/// An exercise's "trackingType" (as text) and equipment, when the user
/// sees it.
pub async fn tracking(
    conn: &mut PgConnection,
    user_id: &str,
    exercise_id: &str,
) -> anyhow::Result<Option<(String, Option<String>)>> {
    Ok(sqlx::query_as(
        r#"SELECT "trackingType"::text, "equipment" FROM "Exercise"
           WHERE "id" = $1 AND ("createdById" IS NULL OR "createdById" = $2)"#,
    )
    .bind(exercise_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?)
}
