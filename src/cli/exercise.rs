//! `workout exercise list|show|add|edit|import|rename|alias|merge|delete`.

use std::collections::HashMap;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};
use serde::Serialize;
use sqlx::Connection;

use crate::app::{self, Ctx};
use crate::clock::iso;
use crate::context::Context;
use crate::db::exercises::{self, Exercise, Filter};
use crate::domain::exercise::{
    CATEGORY, DIFFICULTY, ExerciseFacts, FORCE, FreeDbEntry, MECHANIC, MUSCLE, human,
    parse_muscles, validate_name,
};
use crate::domain::tracking::TrackingType;
use crate::error::Kind;
use crate::output::{Record, TableData};

#[derive(Debug, Subcommand)]
pub enum ExerciseCmd {
    /// List the catalog and your own exercises, filtered
    List {
        /// Only exercises whose name contains this text (case-insensitive)
        search: Vec<String>,
        /// Primary muscle group, e.g. chest, "lower back", quadriceps
        #[arg(long, value_name = "MUSCLE")]
        muscle: Option<String>,
        /// Equipment, e.g. barbell, dumbbell, "body only"
        #[arg(long)]
        equipment: Option<String>,
        /// beginner, intermediate or expert
        #[arg(long, value_name = "LEVEL")]
        level: Option<String>,
        /// strength, cardio, stretching, plyometrics, powerlifting, "olympic weightlifting", strongman
        #[arg(long)]
        category: Option<String>,
        /// Only the exercises you added
        #[arg(long)]
        mine: bool,
    },
    /// Show one exercise, by name (case-insensitive) or id prefix
    Show {
        /// The exercise's name or id prefix
        #[arg(required = true)]
        name: Vec<String>,
    },
    /// Add an exercise of your own
    Add {
        /// Its name (unique: no other exercise may have it, in any case)
        name: String,
        #[command(flatten)]
        facts: FactArgs,
    },
    /// Change an exercise you added (catalog exercises cannot be changed)
    Edit {
        /// The exercise's name or id prefix
        exercise: String,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        facts: FactArgs,
    },
    /// Import exercises from a file in free-exercise-db's JSON format, as your own
    Import {
        /// A JSON array of exercises (name, primaryMuscles, secondaryMuscles, equipment,
        /// level, category, mechanic, force, instructions)
        file: std::path::PathBuf,
        /// Administrative: also give shared catalog exercises the instructions
        /// they lack (never their facts); only for the database role that owns
        /// the schema (the one `workout migrate` runs as)
        #[arg(long)]
        shared: bool,
    },
    /// Rename an exercise you added; the old name stays as an alias
    Rename {
        /// The exercise's name, alias or id prefix
        old: String,
        /// Its new name
        new: String,
    },
    /// Your own names for exercises (shared ones too), matched wherever a name is
    #[command(subcommand)]
    Alias(AliasCmd),
    /// Move every set, plan entry and session target of an exercise you added
    /// onto another, delete it and keep its name as an alias
    Merge {
        /// The exercise you added that goes away
        from: String,
        /// The exercise that takes its sets (yours or shared)
        into: String,
    },
    /// Delete an exercise you added that nothing uses
    Delete {
        /// The exercise's name, alias or id prefix
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AliasCmd {
    /// Give an exercise (yours or shared) another name of your own
    Add {
        /// The alias
        name: String,
        /// The exercise's name, alias or id prefix
        exercise: String,
    },
    /// List your aliases
    List,
    /// Remove one of your aliases
    Remove {
        /// The alias
        name: String,
    },
}

/// One alias, as `exercise alias list` prints it. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AliasView {
    pub name: String,
    pub exercise: String,
    pub exercise_id: String,
    pub created_at: String,
}

impl Record for AliasView {
    const COLUMNS: &'static [&'static str] = &["name", "exercise", "exerciseId", "createdAt"];
}

#[derive(Debug, Clone, Args, Default)]
pub struct FactArgs {
    /// Primary muscle group
    #[arg(long, value_name = "MUSCLE")]
    pub muscle: Option<String>,
    /// Secondary muscle groups, comma-separated (replaces the list)
    #[arg(long, value_name = "MUSCLES")]
    pub secondary: Option<String>,
    /// Equipment, e.g. barbell
    #[arg(long)]
    pub equipment: Option<String>,
    /// beginner, intermediate or expert
    #[arg(long, value_name = "LEVEL")]
    pub level: Option<String>,
    /// strength (the default for a new exercise), cardio, stretching, ...
    #[arg(long)]
    pub category: Option<String>,
    /// compound or isolation
    #[arg(long)]
    pub mechanic: Option<String>,
    /// push, pull or static
    #[arg(long)]
    pub force: Option<String>,
    /// A short description
    #[arg(long)]
    pub description: Option<String>,
    /// How to do it
    #[arg(long)]
    pub instructions: Option<String>,
    /// What its sets record: weight-reps, bodyweight (reps, optional added load),
    /// assisted (reps, assistance), reps, duration or distance
    #[arg(long, value_name = "TYPE")]
    pub tracks: Option<String>,
}

impl FactArgs {
    fn into_change(self, name: Option<String>) -> Result<exercises::Change> {
        let text = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(exercises::Change {
            name: name
                .as_deref()
                .map(|n| validate_name("an exercise", n))
                .transpose()?,
            description: text(self.description),
            primary: self
                .muscle
                .as_deref()
                .map(|m| MUSCLE.parse(m))
                .transpose()?,
            secondary: self.secondary.as_deref().map(parse_muscles).transpose()?,
            equipment: text(self.equipment).map(|e| e.to_lowercase()),
            category: self
                .category
                .as_deref()
                .map(|c| CATEGORY.parse(c))
                .transpose()?,
            difficulty: self
                .level
                .as_deref()
                .map(|l| DIFFICULTY.parse(l))
                .transpose()?,
            mechanic: self
                .mechanic
                .as_deref()
                .map(|m| MECHANIC.parse(m))
                .transpose()?,
            force: self.force.as_deref().map(|f| FORCE.parse(f)).transpose()?,
            instructions: text(self.instructions),
            tracking: self
                .tracks
                .as_deref()
                .map(TrackingType::parse)
                .transpose()?,
        })
    }
}

/// An exercise as `workout` prints it. Columns are stable; enum values are
/// the schema's labels (`LOWER_BACK`), lists are comma-separated.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseView {
    pub id: String,
    pub name: String,
    pub primary_muscle_group: Option<String>,
    /// Comma-separated labels, e.g. `GLUTES,HAMSTRINGS`; empty for none.
    pub secondary_muscle_groups: String,
    pub equipment: Option<String>,
    pub category: String,
    pub difficulty: Option<String>,
    pub mechanic: Option<String>,
    pub force: Option<String>,
    /// True for an exercise the acting user added; false for the catalog.
    pub own: bool,
    pub description: Option<String>,
    pub instructions: Option<String>,
    /// The legacy free-text muscle group, as the old app wrote it.
    pub muscle_group: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// What its sets record: the schema's label (WEIGHT_REPS, BODYWEIGHT_REPS,
    /// ASSISTED_BODYWEIGHT, REPS_ONLY, DURATION, DISTANCE_DURATION).
    pub tracking_type: &'static str,
}

impl Record for ExerciseView {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "primaryMuscleGroup",
        "secondaryMuscleGroups",
        "equipment",
        "category",
        "difficulty",
        "mechanic",
        "force",
        "own",
        "description",
        "instructions",
        "muscleGroup",
        "createdAt",
        "updatedAt",
        "trackingType",
    ];
}

impl From<&Exercise> for ExerciseView {
    fn from(e: &Exercise) -> Self {
        Self {
            id: e.id.clone(),
            name: e.name.clone(),
            primary_muscle_group: e.primary_muscle_group.clone(),
            secondary_muscle_groups: e.secondary_muscle_groups.join(","),
            equipment: e.equipment.clone(),
            category: e.category.clone(),
            difficulty: e.difficulty.clone(),
            mechanic: e.mechanic.clone(),
            force: e.force.clone(),
            own: e.created_by_id.is_some(),
            description: e.description.clone(),
            instructions: e.instructions.clone(),
            muscle_group: e.muscle_group.clone(),
            created_at: iso(e.created_at),
            updated_at: iso(e.updated_at),
            tracking_type: e.tracking_type.label(),
        }
    }
}

fn h(v: &Option<String>) -> String {
    v.as_deref().map(human).unwrap_or_default()
}

fn show_fields(e: &Exercise) -> Vec<(&'static str, String)> {
    vec![
        ("name", e.name.clone()),
        ("primary muscle", h(&e.primary_muscle_group)),
        (
            "secondary muscles",
            e.secondary_muscle_groups
                .iter()
                .map(|m| human(m))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("equipment", e.equipment.clone().unwrap_or_default()),
        ("category", human(&e.category)),
        ("level", h(&e.difficulty)),
        ("mechanic", h(&e.mechanic)),
        ("force", h(&e.force)),
        ("tracks", e.tracking_type.name().into()),
        (
            "source",
            if e.created_by_id.is_some() {
                "yours"
            } else {
                "catalog"
            }
            .into(),
        ),
        ("description", e.description.clone().unwrap_or_default()),
        ("instructions", e.instructions.clone().unwrap_or_default()),
        ("id", e.id.clone()),
    ]
}

/// One entry's fate in `exercise import`. Columns are stable.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportResultView {
    /// The entry's 0-based index in the file's array (as `jq '.[N]'` counts).
    pub index: usize,
    pub name: Option<String>,
    /// created, updated, instructions-added (`--shared`), unchanged or invalid.
    pub result: &'static str,
    /// The exercise's id, unless invalid.
    pub id: Option<String>,
    /// Why an entry is invalid or unchanged.
    pub reason: Option<String>,
}

impl Record for ImportResultView {
    const COLUMNS: &'static [&'static str] = &["index", "name", "result", "id", "reason"];
}

pub async fn run(cmd: ExerciseCmd, ctx: &mut Context) -> Result<()> {
    let user = ctx.user().await?;
    match cmd {
        ExerciseCmd::List {
            search,
            muscle,
            equipment,
            level,
            category,
            mine,
        } => {
            let search = search.join(" ");
            let filter = Filter {
                muscle: muscle.as_deref().map(|m| MUSCLE.parse(m)).transpose()?,
                equipment: equipment.filter(|e| !e.trim().is_empty()),
                difficulty: level.as_deref().map(|l| DIFFICULTY.parse(l)).transpose()?,
                category: category.as_deref().map(|c| CATEGORY.parse(c)).transpose()?,
                search: Some(search).filter(|s| !s.trim().is_empty()),
                mine,
            };
            let rows = app::exercise::list(&mut Ctx::new(ctx, &user), &filter).await?;
            let views: Vec<ExerciseView> = rows.iter().map(ExerciseView::from).collect();
            ctx.out.list(&views, || TableData {
                headers: vec![
                    "name",
                    "muscle",
                    "equipment",
                    "level",
                    "category",
                    "tracks",
                    "own",
                ],
                rows: rows
                    .iter()
                    .map(|e| {
                        vec![
                            e.name.clone(),
                            h(&e.primary_muscle_group),
                            e.equipment.clone().unwrap_or_default(),
                            h(&e.difficulty),
                            human(&e.category),
                            e.tracking_type.name().into(),
                            if e.created_by_id.is_some() { "yes" } else { "" }.into(),
                        ]
                    })
                    .collect(),
            })?;
            if rows.is_empty() {
                ctx.out.info("No exercise matches.");
            }
            Ok(())
        }
        ExerciseCmd::Show { name } => {
            let e = app::exercise::resolve(&mut Ctx::new(ctx, &user), &name.join(" ")).await?;
            ctx.out.one(&ExerciseView::from(&e), show_fields(&e))
        }
        ExerciseCmd::Add { name, facts } => {
            let change = facts.into_change(Some(name))?;
            let e = app::exercise::add(&mut Ctx::new(ctx, &user), change).await?;
            ctx.out.info(format!("Added the exercise `{}`.", e.name));
            ctx.out.one(&ExerciseView::from(&e), show_fields(&e))
        }
        ExerciseCmd::Edit {
            exercise,
            name,
            facts,
        } => {
            let change = facts.into_change(name)?;
            let e = app::exercise::edit(&mut Ctx::new(ctx, &user), &exercise, &change).await?;
            ctx.out.info(format!("Changed the exercise `{}`.", e.name));
            ctx.out.one(&ExerciseView::from(&e), show_fields(&e))
        }
        ExerciseCmd::Import { file, shared } => import(ctx, &user.id, &file, shared).await,
        ExerciseCmd::Rename { old, new } => {
            let new = validate_name("an exercise", &new)?;
            let (e, was) = app::exercise::rename(&mut Ctx::new(ctx, &user), &old, &new).await?;
            if was.to_lowercase() == e.name.to_lowercase() {
                ctx.out.info(format!("Renamed `{was}` to `{}`.", e.name));
            } else {
                ctx.out.info(format!(
                    "Renamed `{was}` to `{}`; `{was}` stays as an alias.",
                    e.name
                ));
            }
            ctx.out.one(&ExerciseView::from(&e), show_fields(&e))
        }
        ExerciseCmd::Alias(AliasCmd::Add { name, exercise }) => {
            let name = validate_name("an alias", &name)?;
            let e = app::exercise::alias_add(&mut Ctx::new(ctx, &user), &name, &exercise).await?;
            ctx.out
                .info(format!("`{name}` is now an alias of `{}`.", e.name));
            Ok(())
        }
        ExerciseCmd::Alias(AliasCmd::List) => {
            let rows = app::exercise::alias_list(&mut Ctx::new(ctx, &user)).await?;
            let views: Vec<AliasView> = rows
                .iter()
                .map(|a| AliasView {
                    name: a.name.clone(),
                    exercise: a.exercise_name.clone(),
                    exercise_id: a.exercise_id.clone(),
                    created_at: iso(a.created_at),
                })
                .collect();
            ctx.out.list(&views, || TableData {
                headers: vec!["alias", "exercise"],
                rows: rows
                    .iter()
                    .map(|a| vec![a.name.clone(), a.exercise_name.clone()])
                    .collect(),
            })?;
            if rows.is_empty() {
                ctx.out.info("You have no aliases.");
            }
            Ok(())
        }
        ExerciseCmd::Alias(AliasCmd::Remove { name }) => {
            let gone = app::exercise::alias_remove(&mut Ctx::new(ctx, &user), &name).await?;
            ctx.out.info(format!("Removed the alias `{gone}`."));
            Ok(())
        }
        ExerciseCmd::Merge { from, into } => {
            let m = app::exercise::merge(&mut Ctx::new(ctx, &user), &from, &into).await?;
            ctx.out.info(format!(
                "Merged `{}` into `{}`: {} set{} ({} renumbered), {} plan entr{}, {} session target{}; `{}` stays as an alias.",
                m.from,
                m.into.name,
                m.moved.sets,
                if m.moved.sets == 1 { "" } else { "s" },
                m.moved.renumbered,
                m.moved.plan_entries,
                if m.moved.plan_entries == 1 { "y" } else { "ies" },
                m.moved.session_targets,
                if m.moved.session_targets == 1 { "" } else { "s" },
                m.from
            ));
            ctx.out
                .one(&ExerciseView::from(&m.into), show_fields(&m.into))
        }
        ExerciseCmd::Delete { name } => {
            let e = app::exercise::delete(&mut Ctx::new(ctx, &user), &name).await?;
            ctx.out.info(format!("Deleted the exercise `{}`.", e.name));
            Ok(())
        }
    }
}

async fn import(
    ctx: &mut Context,
    user_id: &str,
    file: &std::path::Path,
    shared: bool,
) -> Result<()> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) if t.contains('\0') => {
            return Err(Kind::Usage.err(format!(
                "{} is not a JSON file of exercises: it holds binary data (a NUL byte)",
                file.display()
            )));
        }
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Kind::NotFound.err(format!("there is no file {}", file.display())));
        }
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            return Err(Kind::Usage.err(format!(
                "{} is not a JSON file of exercises: it holds binary data, or text that is not UTF-8",
                file.display()
            )));
        }
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context(Kind::Usage.err(format!("cannot read {}", file.display()))));
        }
    };
    let raw: Vec<serde_json::Value> = serde_json::from_str(&text).map_err(|e| {
        Kind::Usage.err(format!(
            "{} is not a JSON array of exercises in free-exercise-db's format ({e})",
            file.display()
        ))
    })?;

    // Validate every entry; the first of two with one name wins.
    let mut results: Vec<ImportResultView> = Vec::with_capacity(raw.len());
    let mut valid: Vec<(usize, ExerciseFacts)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, v) in raw.into_iter().enumerate() {
        let name = v.get("name").and_then(|n| n.as_str()).map(String::from);
        let checked = serde_json::from_value::<FreeDbEntry>(v)
            .map_err(|e| Kind::Usage.err(format!("not an exercise object ({e})")))
            .and_then(FreeDbEntry::validate)
            .and_then(|f| match seen.get(&f.name.to_lowercase()) {
                Some(first) => Err(Kind::Usage.err(format!("its name repeats entry [{first}]'s"))),
                None => Ok(f),
            });
        match checked {
            Ok(f) => {
                seen.insert(f.name.to_lowercase(), index);
                results.push(ImportResultView {
                    index,
                    name: Some(f.name.clone()),
                    result: "created",
                    id: None,
                    reason: None,
                });
                valid.push((index, f));
            }
            Err(e) => results.push(ImportResultView {
                index,
                name,
                result: "invalid",
                id: None,
                reason: Some(e.to_string()),
            }),
        }
    }
    if valid.is_empty() {
        return Err(Kind::Usage.err(format!(
            "none of the {} entries in {} can be imported{}",
            results.len(),
            file.display(),
            results
                .first()
                .and_then(|r| r.reason.as_ref())
                .map(|r| format!(" (entry [0]: {r})"))
                .unwrap_or_default()
        )));
    }

    // One transaction: all valid entries or none.
    let mut tx = ctx.conn.begin().await.context("cannot start the import")?;
    if shared && !exercises::owns_catalog(&mut tx).await? {
        return Err(Kind::Usage.err(
            "--shared changes the catalog every user sees: it is only for the database role that owns the schema (the one `workout migrate` runs as); import without it to make your own exercises",
        ));
    }
    let lower: Vec<String> = valid.iter().map(|(_, f)| f.name.to_lowercase()).collect();
    let existing: HashMap<String, (String, Option<String>, bool)> =
        exercises::by_lower_names(&mut tx, user_id, &lower)
            .await?
            .into_iter()
            .map(|(id, name, owner, has)| (name.to_lowercase(), (id, owner, has)))
            .collect();
    let mut create = Vec::new();
    let mut create_at = Vec::new();
    let mut replace = Vec::new();
    let mut fill = Vec::new();
    for (index, f) in valid {
        let r = &mut results[index];
        match existing.get(&f.name.to_lowercase()) {
            None => {
                create_at.push(index);
                create.push((f, None));
            }
            Some((id, Some(owner), _)) if owner == user_id => {
                r.result = "updated";
                r.id = Some(id.clone());
                replace.push((id.clone(), f));
            }
            Some((id, None, has_instructions)) => {
                // A shared catalog exercise: every user sees it, so an
                // ordinary import never changes it; `--shared` (the schema
                // owner's) only adds instructions it lacks.
                r.id = Some(id.clone());
                match f.instructions {
                    Some(i) if shared && !has_instructions => {
                        r.result = "instructions-added";
                        fill.push((id.clone(), i));
                    }
                    _ if shared => {
                        r.result = "unchanged";
                        r.reason = Some(
                            "a shared catalog exercise: its facts and instructions are kept".into(),
                        );
                    }
                    _ => {
                        r.result = "unchanged";
                        r.reason = Some(
                            "a shared catalog exercise: an import never changes it (see --shared)"
                                .into(),
                        );
                    }
                }
            }
            Some(_) => {
                r.result = "invalid";
                r.reason = Some("the name is taken by an exercise you cannot change".into());
            }
        }
    }
    let ids = exercises::insert_own(&mut tx, user_id, &create, ctx.now).await?;
    for (index, id) in create_at.into_iter().zip(ids) {
        results[index].id = Some(id);
    }
    exercises::replace_own(&mut tx, user_id, &replace, ctx.now).await?;
    exercises::fill_catalog_instructions(&mut tx, &fill, ctx.now).await?;
    tx.commit().await.context("cannot finish the import")?;

    let count = |what: &str| results.iter().filter(|r| r.result == what).count();
    for r in results.iter().filter(|r| r.result == "invalid") {
        ctx.out.warn(format!(
            "entry [{}]{} was not imported: {}",
            r.index,
            r.name
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .map(|n| format!(" ({n})"))
                .unwrap_or_default(),
            r.reason.as_deref().unwrap_or_default()
        ));
    }
    ctx.out.info(format!(
        "Imported {} of {} entries from {}: {} created, {} updated, {} catalog exercises got instructions, {} unchanged, {} invalid.",
        results.len() - count("invalid"),
        results.len(),
        file.display(),
        count("created"),
        count("updated"),
        count("instructions-added"),
        count("unchanged"),
        count("invalid"),
    ));
    ctx.out.list(&results, || TableData {
        headers: vec!["#", "name", "result", "reason"],
        rows: results
            .iter()
            .map(|r| {
                vec![
                    r.index.to_string(),
                    r.name.clone().unwrap_or_default(),
                    r.result.to_string(),
                    r.reason.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::serialized_keys;

    #[test]
    fn columns_match_serialization() {
        let v = ExerciseView {
            id: "c1".into(),
            name: "X".into(),
            primary_muscle_group: None,
            secondary_muscle_groups: String::new(),
            equipment: None,
            category: "STRENGTH".into(),
            difficulty: None,
            mechanic: None,
            force: None,
            own: false,
            description: None,
            instructions: None,
            muscle_group: None,
            created_at: String::new(),
            updated_at: String::new(),
            tracking_type: "WEIGHT_REPS",
        };
        assert_eq!(serialized_keys(&v), ExerciseView::COLUMNS);
        let r = ImportResultView {
            index: 0,
            name: None,
            result: "created",
            id: None,
            reason: None,
        };
        assert_eq!(serialized_keys(&r), ImportResultView::COLUMNS);
    }
}
