//! The exercise catalog and the user's own exercises: names are unique
//! among what one user sees (v3), catalog exercises are nobody's to change.
//! Aliases, rename, merge and delete (issue 12). (`exercise import` still
//! lives in `cli/exercise.rs`.)

use anyhow::Result;
use sqlx::Connection;

use super::Ctx;
use crate::db::exercises::{self, Alias, Change, Exercise, Filter, Merged};
use crate::domain::exercise::ExerciseFacts;
use crate::error::Kind;

pub async fn list(cx: &mut Ctx<'_>, filter: &Filter) -> Result<Vec<Exercise>> {
    exercises::list(cx.conn, cx.uid(), filter).await
}

/// The exercise `reference` names: THE resolver every look-up by name goes
/// through (`db::exercises::resolve`): a name in any case, then one of the
/// user's aliases, then an id prefix, then a common catalog name.
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

/// Refuses a shared (catalog) exercise for an operation only an owner may do.
fn own(uid: &str, e: &Exercise, verb: &str) -> Result<()> {
    if e.created_by_id.as_deref() != Some(uid) {
        return Err(Kind::Usage.err(format!(
            "`{}` is a shared exercise, which nobody can {verb}: `workout exercise alias add NAME \"{}\"` gives it a name of your own",
            e.name, e.name
        )));
    }
    Ok(())
}

/// Renames one of the user's own exercises and keeps its old name as an
/// alias (unless only the case changes), in one transaction. A rename back
/// to one of its own aliases takes that name back from the alias.
pub async fn rename(
    cx: &mut Ctx<'_>,
    reference: &str,
    new_name: &str,
) -> Result<(Exercise, String)> {
    let uid = cx.uid().to_string();
    let mut tx = cx.conn.begin().await?;
    let e = exercises::resolve(&mut tx, &uid, reference).await?;
    own(&uid, &e, "rename")?;
    let old = e.name.clone();
    exercises::delete_alias_of(&mut tx, &uid, &e.id, new_name).await?;
    let change = Change {
        name: Some(new_name.to_string()),
        ..Default::default()
    };
    let renamed = exercises::update_own(&mut tx, &uid, &e.id, &change, cx.now).await?;
    if old.to_lowercase() != new_name.to_lowercase() {
        exercises::insert_alias(&mut tx, &uid, &e.id, &old, cx.now).await?;
    }
    tx.commit().await?;
    Ok((renamed, old))
}

/// Gives `exercise` (shared or the user's own) the alias `name`.
pub async fn alias_add(cx: &mut Ctx<'_>, name: &str, exercise: &str) -> Result<Exercise> {
    let uid = cx.uid().to_string();
    let mut tx = cx.conn.begin().await?;
    let e = exercises::resolve(&mut tx, &uid, exercise).await?;
    exercises::insert_alias(&mut tx, &uid, &e.id, name, cx.now).await?;
    tx.commit().await?;
    Ok(e)
}

/// The user's aliases.
pub async fn alias_list(cx: &mut Ctx<'_>) -> Result<Vec<Alias>> {
    exercises::aliases(cx.conn, cx.uid(), None).await
}

/// Removes the user's alias `name`; none is exit 3.
pub async fn alias_remove(cx: &mut Ctx<'_>, name: &str) -> Result<String> {
    exercises::delete_alias(cx.conn, cx.uid(), name)
        .await?
        .ok_or_else(|| {
            Kind::NotFound.err(format!(
                "you have no alias named `{name}`: `workout exercise alias list` shows yours"
            ))
        })
}

/// What [`merge`] did.
#[derive(Debug)]
pub struct MergeDone {
    pub from: String,
    pub into: Exercise,
    pub moved: Merged,
}

/// Moves every set, plan entry, session target and alias of the user's own
/// exercise `from` onto `into` (shared or own), deletes `from` and keeps its
/// name as an alias of `into`: one transaction.
pub async fn merge(cx: &mut Ctx<'_>, from: &str, into: &str) -> Result<MergeDone> {
    let uid = cx.uid().to_string();
    let mut tx = cx.conn.begin().await?;
    // One merge or set write of this user at a time (see docs/logging.md
    // "Concurrency"): set numbers are recomputed here.
    crate::db::lock_user(&mut tx, &uid).await?;
    let f = exercises::resolve(&mut tx, &uid, from).await?;
    own(&uid, &f, "merge away")?;
    let i = exercises::resolve(&mut tx, &uid, into).await?;
    if f.id == i.id {
        return Err(Kind::Usage.err(format!(
            "`{from}` and `{into}` are the same exercise (`{}`): nothing to merge",
            f.name
        )));
    }
    let moved = exercises::merge(&mut tx, &uid, &f.id, &i.id).await?;
    exercises::delete_own(&mut tx, &uid, &f.id).await?;
    exercises::insert_alias(&mut tx, &uid, &i.id, &f.name, cx.now).await?;
    tx.commit().await?;
    Ok(MergeDone {
        from: f.name,
        into: i,
        moved,
    })
}

/// Deletes one of the user's own exercises that nothing uses; else says
/// what uses it and points at `exercise merge` (exit 2).
pub async fn delete(cx: &mut Ctx<'_>, reference: &str) -> Result<Exercise> {
    let uid = cx.uid().to_string();
    let mut tx = cx.conn.begin().await?;
    crate::db::lock_user(&mut tx, &uid).await?;
    let e = exercises::resolve(&mut tx, &uid, reference).await?;
    own(&uid, &e, "delete")?;
    let u = exercises::uses(&mut tx, &uid, &e.id).await?;
    if !u.is_empty() {
        let mut what = Vec::new();
        if u.sets > 0 {
            what.push(format!(
                "{} set{}",
                u.sets,
                if u.sets == 1 { "" } else { "s" }
            ));
        }
        if u.plan_entries > 0 {
            what.push(format!(
                "{} plan entr{} (plan {})",
                u.plan_entries,
                if u.plan_entries == 1 { "y" } else { "ies" },
                u.plans
                    .iter()
                    .map(|p| format!("`{p}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if u.session_targets > 0 {
            what.push(format!(
                "{} session target{}",
                u.session_targets,
                if u.session_targets == 1 { "" } else { "s" }
            ));
        }
        return Err(Kind::Usage.err(format!(
            "`{}` is in use by {}: `workout exercise merge \"{}\" OTHER` moves them to another exercise and deletes it",
            e.name,
            what.join(", "),
            e.name
        )));
    }
    if !exercises::delete_own(&mut tx, &uid, &e.id).await? {
        return Err(Kind::NotFound.err("the exercise no longer exists"));
    }
    tx.commit().await?;
    Ok(e)
}
