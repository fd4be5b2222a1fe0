//! The exercise catalog and the user's own exercises: names are unique
//! among what one user sees (v3), catalog exercises are nobody's to change.
//! Aliases, rename, merge and delete (issue 12), and `exercise import`
//! (its validation, its matching rules and its one transaction).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use sqlx::Connection;

use super::Ctx;
use crate::db::exercises;
pub use crate::db::exercises::{Alias, Change, Exercise, Filter, Merged};
pub use crate::db::types::ExerciseId;
use crate::domain::exercise::{ExerciseFacts, FreeDbEntry};
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
    let id = ExerciseId(ids[0].clone());
    if let Some(t) = tracking {
        // The type inferred from the facts gives way to the one asked for.
        let only = Change {
            tracking: Some(t),
            ..Default::default()
        };
        exercises::update_own(&mut tx, &cx.user.id, &id, &only, cx.now).await?;
    }
    tx.commit().await?;
    resolve(cx, &id).await
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
    let uid = cx.user_id().clone();
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
    let uid = cx.user_id().clone();
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
    let uid = cx.user_id().clone();
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
    let uid = cx.user_id().clone();
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
    let uid = cx.user_id().clone();
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

/// What `exercise import` is asked to do.
#[derive(Debug, Clone)]
pub struct ImportRequest {
    /// A JSON array of exercises in free-exercise-db's format.
    pub file: PathBuf,
    /// Administrative: also give shared catalog exercises the instructions
    /// they lack (only for the database role that owns the schema).
    pub shared: bool,
}

/// One entry's fate in an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Created,
    Updated,
    /// `--shared`: a catalog exercise got the instructions it lacked.
    InstructionsAdded,
    Unchanged,
    Invalid,
}

impl ImportOutcome {
    /// The stable label machine output prints.
    pub fn label(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::InstructionsAdded => "instructions-added",
            Self::Unchanged => "unchanged",
            Self::Invalid => "invalid",
        }
    }
}

/// One entry of the file, as the import left it.
#[derive(Debug, Clone)]
pub struct ImportEntry {
    /// Its 0-based index in the file's array.
    pub index: usize,
    pub name: Option<String>,
    pub outcome: ImportOutcome,
    /// The exercise's id, unless invalid.
    pub id: Option<String>,
    /// Why an entry is invalid or unchanged.
    pub reason: Option<String>,
}

/// What an import did, entry by entry (in the file's order).
#[derive(Debug, Clone)]
pub struct ImportReport {
    pub entries: Vec<ImportEntry>,
}

impl ImportReport {
    /// How many entries ended as `outcome`.
    pub fn count(&self, outcome: ImportOutcome) -> usize {
        self.entries.iter().filter(|e| e.outcome == outcome).count()
    }
}

/// Reads the file of `req`: a missing file is exit 3, binary or non-UTF-8
/// data and anything but a JSON array exit 2.
fn read_entries(file: &Path) -> Result<Vec<serde_json::Value>> {
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
    serde_json::from_str(&text).map_err(|e| {
        Kind::Usage.err(format!(
            "{} is not a JSON array of exercises in free-exercise-db's format ({e})",
            file.display()
        ))
    })
}

/// Validates every entry of `raw`: the valid ones (the first of two with
/// one name wins), and a report where the others are invalid.
fn validate_entries(
    raw: Vec<serde_json::Value>,
) -> (Vec<ImportEntry>, Vec<(usize, ExerciseFacts)>) {
    let mut entries: Vec<ImportEntry> = Vec::with_capacity(raw.len());
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
                entries.push(ImportEntry {
                    index,
                    name: Some(f.name.clone()),
                    outcome: ImportOutcome::Created,
                    id: None,
                    reason: None,
                });
                valid.push((index, f));
            }
            Err(e) => entries.push(ImportEntry {
                index,
                name,
                outcome: ImportOutcome::Invalid,
                id: None,
                reason: Some(e.to_string()),
            }),
        }
    }
    (entries, valid)
}

/// Imports a file of exercises as the user's own, in one transaction (all
/// valid entries or none). A name matches, case-insensitively: one of the
/// user's exercises (updated), a shared catalog one (kept; `--shared` only
/// adds instructions it lacks), another user's (invalid), or one of the
/// user's aliases (kept: a renamed or merged exercise is not made again).
/// Any other name is created. None valid is exit 2.
pub async fn import(cx: &mut Ctx<'_>, req: &ImportRequest) -> Result<ImportReport> {
    let file = &req.file;
    let (mut entries, valid) = validate_entries(read_entries(file)?);
    if valid.is_empty() {
        return Err(Kind::Usage.err(format!(
            "none of the {} entries in {} can be imported{}",
            entries.len(),
            file.display(),
            entries
                .first()
                .and_then(|r| r.reason.as_ref())
                .map(|r| format!(" (entry [0]: {r})"))
                .unwrap_or_default()
        )));
    }

    let uid = cx.uid();
    let mut tx = cx.conn.begin().await.context("cannot start the import")?;
    if req.shared && !exercises::owns_catalog(&mut tx).await? {
        return Err(Kind::Usage.err(
            "--shared changes the catalog every user sees: it is only for the database role that owns the schema (the one `workout migrate` runs as); import without it to make your own exercises",
        ));
    }
    let lower: Vec<String> = valid.iter().map(|(_, f)| f.name.to_lowercase()).collect();
    let existing: HashMap<String, (String, Option<String>, bool)> =
        exercises::by_lower_names(&mut tx, uid, &lower)
            .await?
            .into_iter()
            .map(|(id, name, owner, has)| (name.to_lowercase(), (id, owner, has)))
            .collect();
    let aliased: HashMap<String, String> = exercises::alias_targets(&mut tx, uid, &lower)
        .await?
        .into_iter()
        .collect();
    let mut create = Vec::new();
    let mut create_at = Vec::new();
    let mut replace = Vec::new();
    let mut fill = Vec::new();
    for (index, f) in valid {
        let r = &mut entries[index];
        let key = f.name.to_lowercase();
        match existing.get(&key) {
            None if aliased.contains_key(&key) => {
                r.outcome = ImportOutcome::Unchanged;
                r.id = aliased.get(&key).cloned();
                r.reason = Some(
                    "one of your aliases: the exercise it names is kept (see exercise alias list)"
                        .into(),
                );
            }
            None => {
                create_at.push(index);
                create.push((f, None));
            }
            Some((id, Some(owner), _)) if owner == uid => {
                r.outcome = ImportOutcome::Updated;
                r.id = Some(id.clone());
                replace.push((id.clone(), f));
            }
            Some((id, None, has_instructions)) => {
                // A shared catalog exercise: every user sees it, so an
                // ordinary import never changes it; `--shared` (the schema
                // owner's) only adds instructions it lacks.
                r.id = Some(id.clone());
                r.outcome = ImportOutcome::Unchanged;
                match f.instructions {
                    Some(i) if req.shared && !has_instructions => {
                        r.outcome = ImportOutcome::InstructionsAdded;
                        fill.push((id.clone(), i));
                    }
                    _ if req.shared => {
                        r.reason = Some(
                            "a shared catalog exercise: its facts and instructions are kept".into(),
                        );
                    }
                    _ => {
                        r.reason = Some(
                            "a shared catalog exercise: an import never changes it (see --shared)"
                                .into(),
                        );
                    }
                }
            }
            Some(_) => {
                r.outcome = ImportOutcome::Invalid;
                r.reason = Some("the name is taken by an exercise you cannot change".into());
            }
        }
    }
    let ids = exercises::insert_own(&mut tx, uid, &create, cx.now).await?;
    for (index, id) in create_at.into_iter().zip(ids) {
        entries[index].id = Some(id);
    }
    exercises::replace_own(&mut tx, uid, &replace, cx.now).await?;
    exercises::fill_catalog_instructions(&mut tx, &fill, cx.now).await?;
    tx.commit().await.context("cannot finish the import")?;
    Ok(ImportReport { entries })
}
