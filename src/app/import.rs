//! `log import`'s writes: the file's exercises matched or made, its
//! sessions found or made, its new sets added, in one transaction.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use sqlx::Connection;

use super::Ctx;
use crate::db::exercises::{self, Exercise};
use crate::db::imports::{self, SessionColumns, SetColumns, TargetColumns};
use crate::db::users::User;
use crate::domain::aliases;
use crate::domain::exercise::ExerciseFacts;
use crate::error::Kind;
use crate::import::Parsed;

/// Writes what was read in one transaction; with `dry_run` rolls it back
/// (the counts are still those a real import would give).
pub async fn write(cx: &mut Ctx<'_>, parsed: &Parsed, dry_run: bool) -> Result<Written> {
    let mut tx = cx.conn.begin().await?;
    let written = write_rows(&mut tx, cx.user, parsed, cx.now).await?;
    if dry_run {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(written)
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
    p: &Parsed,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Written> {
    // Exercises: the file's names in order of first appearance, one per
    // name ignoring case (`Bench X` and `bench x` are one exercise, as names
    // match everywhere else); the other spellings follow the first.
    let mut names: Vec<&str> = Vec::new();
    let mut first_of: HashMap<String, &str> = HashMap::new();
    let mut spellings: Vec<(&str, &str)> = Vec::new();
    let named = p
        .sets
        .iter()
        .map(|s| &s.exercise)
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

    // Sessions.
    let mut sc = SessionColumns::default();
    for s in &p.sessions {
        sc.name.push(s.name.clone());
        sc.status.push(s.status.clone());
        sc.scheduled_at.push(s.scheduled_at);
        sc.started_at.push(s.started_at);
        sc.completed_at.push(s.completed_at);
        sc.duration_minutes.push(s.duration_minutes);
        sc.notes.push(s.notes.clone());
    }
    let sessions = if p.sessions.is_empty() {
        Vec::new()
    } else {
        imports::find_or_create_sessions(conn, &u.id, &sc, now).await?
    };

    // Sets: the apps' files are in set order, numbered here per session
    // and exercise (after matching, so two spellings of one exercise in a
    // session never share a number).
    let mut next: HashMap<(Option<usize>, &str), i32> = HashMap::new();
    let mut c = SetColumns::default();
    for s in &p.sets {
        let exercise_id = id_of[s.exercise.as_str()].as_str();
        let n = match s.set_number {
            Some(n) => n,
            None => {
                let k = next.entry((s.session, exercise_id)).or_insert(0);
                *k += 1;
                *k
            }
        };
        c.session_id.push(s.session.map(|i| sessions[i].0.clone()));
        c.exercise_id.push(exercise_id.to_string());
        c.date.push(s.date);
        c.set_number.push(n);
        c.reps.push(s.reps);
        c.weight_kg.push(s.weight_kg);
        c.duration_seconds.push(s.duration_seconds);
        c.distance_meters.push(s.distance_meters);
        c.rpe.push(s.rpe);
        c.set_type.push(s.set_type);
        c.superset.push(s.superset);
        c.notes.push(s.notes.clone());
    }
    let sets_added = if p.sets.is_empty() {
        0
    } else {
        imports::add_sets(conn, &u.id, &c, now).await?
    };
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
        tc.session_id.push(sessions[t.session].0.clone());
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
        sessions_added: sessions.iter().filter(|(_, added)| *added).count(),
    })
}
