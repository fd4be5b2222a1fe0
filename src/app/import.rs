//! `log import`'s writes: the file's exercises matched or made, its
//! sessions found or made, its new sets added, in one transaction.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use sqlx::Connection;

use super::Ctx;
use crate::db::exercises::{self, Exercise};
use crate::db::imports::{self, TargetColumns};
use crate::db::users::User;
use crate::domain::aliases;
use crate::domain::exercise::ExerciseFacts;
use crate::domain::exercise::validate_name;
use crate::domain::setspec::{SetValues, check_set};
use crate::domain::settype::SetType;
use crate::error::Kind;
use crate::import::{Item, Parsed, Problem, SetIn, SetSink};

/// A file read as a stream, and what its sets came to (counted as they
/// went by into the staging table).
pub struct Streamed {
    /// What was read besides the sets (`sets` stays empty); its problems
    /// include the sets the one check refused, in line order.
    pub parsed: Parsed,
    /// The sets that can be stored.
    pub sets: usize,
    pub warmup_sets: usize,
    /// Reps x kg over those sets, warm-ups included, in file order.
    pub volume_kg: f64,
    /// Their exercise names in order of first appearance, as written.
    pub names: Vec<String>,
}

/// What [`import`] did: refused the file (rows that cannot be read, and no
/// `skip_invalid`), or wrote it (rolled back with `dry_run`).
pub enum Imported {
    Refused(Streamed),
    Written(Streamed, Written),
}

/// Sets a chunk of the staging COPY holds before it is sent.
const CHUNK: usize = 1 << 18;

/// Imports a file in one transaction without holding it: `read` (a
/// streaming reader, `import::read_from`) runs on a blocking thread and
/// hands each set to a sink that checks it (the one check `log add` runs)
/// and writes it as a COPY row; chunks of rows go through a bounded channel
/// into a temporary staging table while the file is still being read.
/// Then, as before, the exercises are matched or made, the sessions found
/// or made, and the staged sets added in one statement. With problems and
/// no `skip_invalid` nothing is written; with `dry_run` it is all rolled
/// back (the counts are still those a real import would give).
pub async fn import<F>(
    cx: &mut Ctx<'_>,
    read: F,
    skip_invalid: bool,
    dry_run: bool,
) -> Result<Imported>
where
    F: FnOnce(SetSink<'_>) -> Result<Parsed> + Send + 'static,
{
    let (chunks, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
    let reader = tokio::task::spawn_blocking(move || {
        let mut t = Totals::default();
        let mut buf = Vec::with_capacity(CHUNK + 4096);
        let mut ord = 0u64;
        let mut open = true;
        let mut sink = |item: Item| {
            let s = match item {
                Item::Set(s) => s,
                Item::Session {
                    index,
                    key,
                    session,
                } => {
                    if open {
                        imports::stage_session(
                            &mut buf,
                            index,
                            &crate::db::new_id(),
                            &key,
                            &session,
                        );
                        open = send_full(&chunks, &mut buf);
                    }
                    return;
                }
            };
            if let Err(reason) = check(&s) {
                t.problems.push(Problem {
                    line: s.line,
                    reason,
                });
                return;
            }
            t.sets += 1;
            if s.set_type == SetType::Warmup {
                t.warmup_sets += 1;
            }
            t.volume_kg += f64::from(s.reps.unwrap_or(0)) * s.weight_kg.unwrap_or(0.0);
            if !t.seen.contains(&s.exercise) {
                t.seen.insert(s.exercise.clone());
                t.names.push(s.exercise.clone());
            }
            if open {
                imports::stage(&mut buf, ord, &crate::db::new_id(), &s);
                ord += 1;
                open = send_full(&chunks, &mut buf);
            }
        };
        let parsed = read(&mut sink);
        if open && !buf.is_empty() {
            let _ = chunks.blocking_send(buf);
        }
        parsed.map(|p| (p, t))
    });
    let mut tx = cx.conn.begin().await?;
    imports::create_staging(&mut tx).await?;
    let mut copy = imports::stage_copy(&mut tx).await?;
    let mut failed = None;
    while let Some(chunk) = rx.recv().await {
        if let Err(e) = copy.send(chunk).await {
            failed = Some(e);
            break;
        }
    }
    drop(rx);
    let read = reader
        .await
        .map_err(|e| anyhow::anyhow!("the file reader failed: {e}"));
    if let Some(e) = failed {
        copy.abort("the import failed").await.ok();
        return Err(anyhow::Error::new(e).context("cannot stage the sets"));
    }
    let (mut parsed, t) = match read.and_then(|r| r) {
        Ok(r) => r,
        Err(e) => {
            copy.abort("the file cannot be read").await.ok();
            return Err(e);
        }
    };
    copy.finish()
        .await
        .map_err(|e| anyhow::Error::new(e).context("cannot stage the sets"))?;
    parsed.problems.extend(t.problems);
    // An exercise name this tool cannot store is that row's problem.
    let mut bad = Vec::new();
    parsed
        .exercises
        .retain(|(line, name)| match validate_name("an exercise", name) {
            Ok(_) => true,
            Err(e) => {
                bad.push(Problem {
                    line: *line,
                    reason: e.to_string(),
                });
                false
            }
        });
    parsed.problems.extend(bad);
    parsed.problems.sort_by_key(|p| p.line);
    let streamed = Streamed {
        parsed,
        sets: t.sets,
        warmup_sets: t.warmup_sets,
        volume_kg: t.volume_kg,
        names: t.names,
    };
    if !streamed.parsed.problems.is_empty() && !skip_invalid {
        tx.rollback().await?;
        return Ok(Imported::Refused(streamed));
    }
    let written = write_rows(&mut tx, cx.user, &streamed, cx.now).await?;
    if dry_run {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(Imported::Written(streamed, written))
}

/// Sends `buf` on once it holds a chunk; false when the channel is closed
/// (the writing side failed: the file is read on only for the error's sake).
fn send_full(chunks: &tokio::sync::mpsc::Sender<Vec<u8>>, buf: &mut Vec<u8>) -> bool {
    if buf.len() < CHUNK {
        return true;
    }
    chunks
        .blocking_send(std::mem::replace(buf, Vec::with_capacity(CHUNK + 4096)))
        .is_ok()
}

/// What the sink counts while the sets go by.
#[derive(Default)]
struct Totals {
    sets: usize,
    warmup_sets: usize,
    volume_kg: f64,
    seen: HashSet<String>,
    names: Vec<String>,
    problems: Vec<Problem>,
}

/// A set this tool can store: a name it can store, and values `log add`
/// would take (the one check of `domain::setspec`); else the reason.
fn check(s: &SetIn) -> std::result::Result<(), String> {
    validate_name("an exercise", &s.exercise)
        .map_err(|e| e.to_string())
        .and_then(|_| {
            check_set(&SetValues {
                set_number: s.set_number.map(i64::from),
                reps: s.reps.map(i64::from),
                weight_kg: s.weight_kg,
                duration_seconds: s.duration_seconds.map(i64::from),
                distance_meters: s.distance_meters,
                rpe: s.rpe,
                date: Some(s.date.naive().date()),
                notes: s.notes.as_deref(),
            })
        })
}

/// A name's exercise among those the user sees: the exact name, then the
/// name in any case (the user's own first), then a known app name.
struct Matcher<'a> {
    exact: HashMap<&'a str, &'a Exercise>,
    lower: HashMap<String, &'a Exercise>,
}

impl<'a> Matcher<'a> {
    fn new(visible: &'a [Exercise]) -> Self {
        let mut lower: HashMap<String, &Exercise> = HashMap::new();
        for e in visible {
            let slot = lower.entry(e.name.to_lowercase()).or_insert(e);
            if slot.created_by_id.is_none() && e.created_by_id.is_some() {
                *slot = e;
            }
        }
        Self {
            exact: visible.iter().map(|e| (e.name.as_str(), e)).collect(),
            lower,
        }
    }

    fn find(&self, name: &str) -> Option<&'a Exercise> {
        self.exact
            .get(name)
            .or_else(|| self.lower.get(&name.to_lowercase()))
            .or_else(|| aliases::catalog_name(name).and_then(|c| self.exact.get(c)))
            .copied()
    }
}

pub struct Written {
    /// The file's sessions (one per session key, however its rows lie).
    pub sessions: usize,
    pub new_exercises: Vec<String>,
    pub renamed: Vec<String>,
    pub sets_added: u64,
    pub sessions_added: usize,
}

/// Matches or makes the exercises, then finds or makes the sessions, then
/// adds the sets that are not there yet.
async fn write_rows(
    conn: &mut sqlx::PgConnection,
    u: &User,
    streamed: &Streamed,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Written> {
    let p = &streamed.parsed;
    // Exercises: the file's names in order of first appearance, one per
    // name ignoring case (`Bench X` and `bench x` are one exercise, as names
    // match everywhere else); the other spellings follow the first.
    let mut names: Vec<&str> = Vec::new();
    let mut first_of: HashMap<String, &str> = HashMap::new();
    let mut spellings: Vec<(&str, &str)> = Vec::new();
    let named = streamed
        .names
        .iter()
        .chain(p.exercises.iter().map(|(_, n)| n))
        .chain(p.targets.iter().map(|t| &t.exercise));
    for exercise in named {
        let first = *first_of.entry(exercise.to_lowercase()).or_insert_with(|| {
            names.push(exercise);
            exercise
        });
        if first != exercise.as_str() && !spellings.iter().any(|(v, _)| *v == exercise.as_str()) {
            spellings.push((exercise, first));
        }
    }
    // One import or set write of this user at a time: a second import of
    // the same file sees the first's rows and adds nothing (docs/logging.md
    // "Concurrency").
    crate::db::lock_user(conn, &u.id).await?;
    let visible = exercises::list(conn, &u.id, &Default::default()).await?;
    let matcher = Matcher::new(&visible);
    let mut id_of: HashMap<&str, String> = HashMap::new();
    let mut unknown: Vec<&str> = Vec::new();
    // Names first, then the user's aliases (a renamed or merged exercise),
    // then the matcher's other spellings: the order the resolver uses.
    let lowers: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let aliased: HashMap<String, String> = exercises::alias_targets(conn, &u.id, &lowers)
        .await?
        .into_iter()
        .collect();
    for n in &names {
        let exact = visible
            .iter()
            .any(|e| e.name.to_lowercase() == n.to_lowercase());
        let alias = (!exact).then(|| aliased.get(&n.to_lowercase())).flatten();
        if let Some(id) = alias {
            id_of.insert(n, id.clone());
            continue;
        }
        match matcher.find(n) {
            Some(e) => {
                id_of.insert(n, e.id.to_string());
            }
            None => unknown.push(n),
        }
    }
    // Names are unique among what the user sees (v3): a name the matcher
    // did not take but the user sees is suffixed; other users' never matter.
    let lowers: Vec<String> = unknown.iter().map(|n| n.to_lowercase()).collect();
    let taken: HashSet<String> = exercises::by_lower_names(conn, &u.id, &lowers)
        .await?
        .into_iter()
        .map(|(_, name, _, _)| name.to_lowercase())
        .collect();
    let mut new_rows: Vec<(ExerciseFacts, Option<String>)> = Vec::new();
    let mut new_names: Vec<(&str, String)> = Vec::new();
    let mut renamed = Vec::new();
    let mut claimed: HashSet<String> = HashSet::new();
    for n in &unknown {
        let mut name = n.to_string();
        if taken.contains(&n.to_lowercase()) {
            let mut k = 2;
            loop {
                let candidate = format!("{n} ({k})");
                let lower = candidate.to_lowercase();
                if let Some(e) = matcher
                    .find(&candidate)
                    .filter(|e| e.created_by_id.is_some())
                {
                    // An earlier import of this file made it already.
                    id_of.insert(n, e.id.to_string());
                    break;
                }
                if !claimed.contains(&lower)
                    && exercises::by_lower_names(conn, &u.id, std::slice::from_ref(&lower))
                        .await?
                        .is_empty()
                {
                    name = candidate;
                    break;
                }
                k += 1;
                if k > 100 {
                    return Err(Kind::Usage.err(format!(
                        "the exercise name `{n}` is taken and so are its numbered variants: rename it in the file"
                    )));
                }
            }
            if id_of.contains_key(n) {
                continue;
            }
            renamed.push(format!("{n} -> {name}"));
        }
        claimed.insert(name.to_lowercase());
        let facts = match p.facts.get(*n) {
            Some(f) => ExerciseFacts {
                name: name.clone(),
                ..f.clone()
            },
            None => ExerciseFacts {
                name: name.clone(),
                primary: None,
                secondary: Vec::new(),
                equipment: None,
                category: "STRENGTH",
                difficulty: None,
                mechanic: None,
                force: None,
                instructions: None,
            },
        };
        new_rows.push((facts, None));
        new_names.push((n, name));
    }
    if !new_rows.is_empty() {
        let ids = exercises::insert_own(conn, &u.id, &new_rows, now).await?;
        for ((n, _), id) in new_names.iter().zip(ids) {
            id_of.insert(n, id);
        }
    }
    for (spelling, first) in spellings {
        let id = id_of[first].clone();
        id_of.insert(spelling, id);
    }

    // Sessions, as staged while the file was read.
    let (sessions, sessions_added) =
        imports::find_or_create_staged_sessions(conn, &u.id, now).await?;

    // Sets: staged in file order; numbered in the statement per session
    // and exercise (after matching, so two spellings of one exercise in a
    // session never share a number).
    let (names, ids): (Vec<String>, Vec<String>) = id_of
        .iter()
        .map(|(n, id)| (n.to_string(), id.clone()))
        .unzip();
    let sets_added = if streamed.sets == 0 {
        0
    } else {
        imports::add_staged_sets(conn, &u.id, &names, &ids, now).await?
    };
    if !new_names.is_empty() && sets_added > 0 {
        imports::infer_tracking(conn, &u.id, now).await?;
    }
    // What the file says the exercises it made record, over what their
    // sets suggested.
    let mut tracked: Vec<String> = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    for (n, _) in &new_names {
        if let Some(t) = p.tracking.get(*n) {
            tracked.push(id_of[*n].clone());
            kinds.push(t.label());
        }
    }
    if !tracked.is_empty() {
        imports::set_tracking(conn, &u.id, &tracked, &kinds, now).await?;
    }

    // The day's targets, with the sessions that have none yet.
    let mut tc = TargetColumns::default();
    for t in &p.targets {
        tc.session.push(i32::try_from(t.session)?);
        tc.exercise_id.push(id_of[t.exercise.as_str()].clone());
        tc.position.push(t.position);
        tc.sets.push(t.sets);
        tc.reps_min.push(t.reps_min);
        tc.reps_max.push(t.reps_max);
        tc.weight_kg.push(t.weight_kg);
        tc.rpe.push(t.rpe);
        tc.rest_seconds.push(t.rest_seconds);
        tc.superset.push(t.superset);
        tc.notes.push(t.notes.clone());
    }
    if !p.targets.is_empty() {
        imports::add_targets(conn, &u.id, &tc, now).await?;
    }
    Ok(Written {
        new_exercises: new_names.into_iter().map(|(_, n)| n).collect(),
        renamed,
        sets_added,
        sessions: sessions as usize,
        sessions_added: sessions_added as usize,
    })
}
