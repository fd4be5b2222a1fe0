//! The exercise catalog and the user's own exercises: names are unique
//! across all users, catalog exercises are nobody's to change. (`exercise
//! import` still lives in `cli/exercise.rs`.)

use anyhow::Result;
use sqlx::Connection;

use super::Ctx;
use crate::db::exercises::{self, Change, Exercise, Filter};
use crate::domain::exercise::ExerciseFacts;
use crate::error::Kind;

pub async fn list(cx: &mut Ctx<'_>, filter: &Filter) -> Result<Vec<Exercise>> {
    exercises::list(cx.conn, cx.uid(), filter).await
}

/// The exercise `reference` names (its name in any case, or an id prefix).
pub async fn resolve(cx: &mut Ctx<'_>, reference: &str) -> Result<Exercise> {
    exercises::resolve(cx.conn, cx.uid(), reference).await
}

/// Adds one of the user's own exercises; `change` holds its facts, its
/// name included.
pub async fn add(cx: &mut Ctx<'_>, change: Change) -> Result<Exercise> {
    let name = change.name.clone().unwrap_or_default();
    check_name_free(cx, &name, None).await?;
    let facts = ExerciseFacts {
        name,
        primary: change.primary,
        secondary: change.secondary.unwrap_or_default(),
        equipment: change.equipment,
        category: change.category.unwrap_or("STRENGTH"),
        difficulty: change.difficulty,
        mechanic: change.mechanic,
        force: change.force,
        instructions: change.instructions,
    };
    let tracking = change.tracking;
    let mut tx = cx.conn.begin().await?;
    let ids =
        exercises::insert_own(&mut tx, &cx.user.id, &[(facts, change.description)], cx.now).await?;
    if let Some(t) = tracking {
        // The type inferred from the facts gives way to the one asked for.
        let only = Change {
            tracking: Some(t),
            ..Default::default()
        };
        exercises::update_own(&mut tx, &cx.user.id, &ids[0], &only, cx.now).await?;
    }
    tx.commit().await?;
    resolve(cx, &ids[0]).await
}

/// Changes one of the user's own exercises; a catalog one is refused.
pub async fn edit(cx: &mut Ctx<'_>, reference: &str, change: &Change) -> Result<Exercise> {
    let e = resolve(cx, reference).await?;
    if e.created_by_id.as_deref() != Some(cx.uid()) {
        return Err(Kind::Usage.err(format!(
            "`{}` is a catalog exercise, which nobody can change: `workout exercise add` makes one of your own",
            e.name
        )));
    }
    if change.is_empty() {
        return Err(Kind::Usage.err(
            "nothing to change: pass at least one of --name, --muscle, --secondary, --equipment, --level, --category, --mechanic, --force, --description, --instructions, --tracks",
        ));
    }
    if let Some(n) = &change.name {
        check_name_free(cx, n, Some(&e.id)).await?;
    }
    exercises::update_own(cx.conn, cx.uid(), &e.id, change, cx.now).await
}

/// A name no exercise the user sees has (case-insensitively). Since v3
/// names are unique per user: another user's exercises never block one.
async fn check_name_free(cx: &mut Ctx<'_>, name: &str, except: Option<&str>) -> Result<()> {
    let uid = cx.uid().to_string();
    match exercises::holder_of_name(cx.conn, &uid, name).await? {
        Some((id, _)) if Some(id.as_str()) == except => Ok(()),
        Some(_) => Err(Kind::Usage.err(format!(
            "an exercise named `{name}` already exists: `workout exercise show {name}` shows it"
        ))),
        None => Ok(()),
    }
}
