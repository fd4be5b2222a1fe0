//! `workout exercise list|show|add|edit|import|rename|alias|merge|delete`.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::app::exercise::{Change, Filter};
use crate::app::{self, Ctx};
use crate::context::Context;
use crate::domain::exercise::{
    Category, Difficulty, Force, MUSCLE, Mechanic, parse_muscles, validate_name,
};
use crate::domain::tracking::TrackingType;
use crate::output::exercises;

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
        #[arg(long, value_name = "LEVEL", value_enum, ignore_case = true)]
        level: Option<Difficulty>,
        /// strength, cardio, stretching, plyometrics, powerlifting, olympic-weightlifting, strongman
        #[arg(long, value_enum, ignore_case = true)]
        category: Option<Category>,
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
    #[arg(long, value_name = "LEVEL", value_enum, ignore_case = true)]
    pub level: Option<Difficulty>,
    /// strength (the default for a new exercise), cardio, stretching, ...
    #[arg(long, value_enum, ignore_case = true)]
    pub category: Option<Category>,
    /// compound or isolation
    #[arg(long, value_enum, ignore_case = true)]
    pub mechanic: Option<Mechanic>,
    /// push, pull or static
    #[arg(long, value_enum, ignore_case = true)]
    pub force: Option<Force>,
    /// A short description
    #[arg(long)]
    pub description: Option<String>,
    /// How to do it
    #[arg(long)]
    pub instructions: Option<String>,
    /// What its sets record: weight-reps, bodyweight (reps, optional added load),
    /// assisted (reps, assistance), reps, duration or distance
    #[arg(long, value_name = "TYPE", value_enum, ignore_case = true)]
    pub tracks: Option<TrackingType>,
}

impl FactArgs {
    fn into_change(self, name: Option<String>) -> Result<Change> {
        let text = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(Change {
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
            category: self.category.map(Category::label),
            difficulty: self.level.map(Difficulty::label),
            mechanic: self.mechanic.map(Mechanic::label),
            force: self.force.map(Force::label),
            instructions: text(self.instructions),
            tracking: self.tracks,
        })
    }
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
                difficulty: level.map(Difficulty::label),
                category: category.map(Category::label),
                search: Some(search).filter(|s| !s.trim().is_empty()),
                mine,
            };
            let rows = app::exercise::list(&mut Ctx::new(ctx, &user), &filter).await?;
            exercises::list(&ctx.out, &rows)?;
            if rows.is_empty() {
                ctx.out.info("No exercise matches.");
            }
            Ok(())
        }
        ExerciseCmd::Show { name } => {
            let e = app::exercise::resolve(&mut Ctx::new(ctx, &user), &name.join(" ")).await?;
            exercises::one(&ctx.out, &e)
        }
        ExerciseCmd::Add { name, facts } => {
            let change = facts.into_change(Some(name))?;
            let e = app::exercise::add(&mut Ctx::new(ctx, &user), change).await?;
            ctx.out.info(format!("Added the exercise `{}`.", e.name));
            exercises::one(&ctx.out, &e)
        }
        ExerciseCmd::Edit {
            exercise,
            name,
            facts,
        } => {
            let change = facts.into_change(name)?;
            let e = app::exercise::edit(&mut Ctx::new(ctx, &user), &exercise, &change).await?;
            ctx.out.info(format!("Changed the exercise `{}`.", e.name));
            exercises::one(&ctx.out, &e)
        }
        ExerciseCmd::Import { file, shared } => {
            let req = app::exercise::ImportRequest { file, shared };
            let report = app::exercise::import(&mut Ctx::new(ctx, &user), &req).await?;
            exercises::import_report(&ctx.out, &req.file, &report)
        }
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
            exercises::one(&ctx.out, &e)
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
            exercises::aliases(&ctx.out, &rows)?;
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
            exercises::one(&ctx.out, &m.into)
        }
        ExerciseCmd::Delete { name } => {
            let e = app::exercise::delete(&mut Ctx::new(ctx, &user), &name).await?;
            ctx.out.info(format!("Deleted the exercise `{}`.", e.name));
            Ok(())
        }
    }
}
