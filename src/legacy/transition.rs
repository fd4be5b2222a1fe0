//! The transition phases as operations (issue 17): which commands each
//! phase allows, the batch runs `enable` and `cutover` make, entering and
//! leaving dual-write and cutover, and what `dual-write status` reports.
//! No output: the caller renders the results and the notes (one line each)
//! these functions pass to `note` as they go.

use anyhow::Result;
use indicatif::ProgressBar;
use sqlx::PgConnection;

use super::dualwrite::{self, Phase};
use super::report::{Mismatch, Report, SkippedRow};
use crate::error::Kind;

/// Refuses what needs the legacy tables in schema public.
pub async fn ensure_not_cut_over(conn: &mut PgConnection) -> Result<()> {
    if dualwrite::phase(&mut *conn).await? == Phase::Cutover {
        return Err(Kind::Usage.err(
            "the legacy tables are cut over (schema legacy): run `workout migrate cutover --undo` first",
        ));
    }
    Ok(())
}

/// `migrate rollback` only in phase expand.
pub async fn ensure_rollback_allowed(conn: &mut PgConnection) -> Result<()> {
    match dualwrite::phase(&mut *conn).await? {
        Phase::DualWrite => Err(Kind::Usage.err(
            "dual-write is on: its triggers would carry the rollback into the legacy tables; run `workout migrate dual-write disable` first",
        )),
        Phase::Cutover => Err(Kind::Usage.err(
            "the legacy tables are cut over (schema legacy): run `workout migrate cutover --undo` first",
        )),
        Phase::Expand => Ok(()),
    }
}

/// A `migrate legacy` run of every user, as `enable` and `cutover` make it;
/// notes its one-line summary.
pub async fn batch_run(
    conn: &mut PgConnection,
    progress: &ProgressBar,
    note: &mut dyn FnMut(String),
) -> Result<Report> {
    let opts = super::Options {
        user: None,
        batch_size: 5000,
        dry_run: false,
        now: crate::clock::now()?,
    };
    super::lock(&mut *conn).await?;
    let report = super::migrate(&mut *conn, &opts, progress).await;
    progress.finish_and_clear();
    let report = report?;
    super::unlock(&mut *conn).await?;
    let s = report
        .tables
        .iter()
        .find(|t| t.table == "WorkoutSession")
        .cloned()
        .unwrap_or_default();
    note(format!(
        "migrate legacy: carried over {} new and {} changed workout(s); {} skipped row(s), {} conflict(s).",
        s.inserted,
        s.updated,
        report.skipped.len(),
        report.conflicts.len()
    ));
    Ok(report)
}

/// A batch run, then the locked catch-up and the triggers (no phase check).
async fn turn_on(
    conn: &mut PgConnection,
    progress: &ProgressBar,
    note: &mut dyn FnMut(String),
) -> Result<()> {
    // Before the batch run, which would take a mirror whose native session
    // was deleted while dual-write was off for a workout of the old app.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let before = dualwrite::remove_stale(&mut tx).await?;
    tx.commit().await?;
    batch_run(&mut *conn, progress, note).await?;
    let now = crate::db::types::Timestamp::new(crate::clock::now()?);
    let caught = dualwrite::enable(&mut *conn, now).await?;
    let (workouts, rows) = (
        before.workouts + caught.stale.workouts,
        before.rows + caught.stale.rows,
    );
    if workouts + rows > 0 {
        note(format!(
            "Removed what was deleted natively while dual-write was off: {workouts} mirror workout(s) of deleted sessions and {rows} mirror row(s) of deleted sets."
        ));
    }
    note(format!(
        "Dual-write is on: {} workout(s) carried over and {} native session(s) mirrored while the tables were locked.",
        caught.carried_workouts, caught.mirrored_sessions
    ));
    Ok(())
}

/// `dual-write enable`: in phase expand, turns it on; in phase dual-write,
/// re-installs the current triggers and functions (after an upgrade).
pub async fn enable(
    conn: &mut PgConnection,
    progress: &ProgressBar,
    note: &mut dyn FnMut(String),
) -> Result<()> {
    match dualwrite::phase(&mut *conn).await? {
        Phase::DualWrite => {
            let was = dualwrite::current(&mut *conn).await?;
            dualwrite::reinstall(&mut *conn).await?;
            note(if was == Some(true) {
                "Dual-write was on already: its triggers and functions are installed again (they were current), in one transaction.".into()
            } else {
                "Dual-write was on with triggers and functions of an earlier version: the current ones replace them, in one transaction (no write is missed).".into()
            });
            return Ok(());
        }
        Phase::Cutover => {
            return Err(Kind::Usage.err(
                "the legacy tables are cut over (schema legacy): `workout migrate cutover --undo` puts them back and turns dual-write on",
            ));
        }
        Phase::Expand => {}
    }
    turn_on(conn, progress, note).await
}

/// `dual-write disable`: false when it was not on.
pub async fn disable(conn: &mut PgConnection) -> Result<bool> {
    let now = crate::db::types::Timestamp::new(crate::clock::now()?);
    dualwrite::disable(&mut *conn, now).await
}

/// What `dual-write status` shows.
pub struct Status {
    pub phase: Phase,
    pub triggers: Vec<String>,
    pub functions: Vec<String>,
    pub index: bool,
    /// Whether the installed triggers and functions are this version's
    /// (None: none installed).
    pub current: Option<bool>,
    pub not_in_step: Vec<Mismatch>,
    pub skipped: Vec<SkippedRow>,
}

pub async fn status(conn: &mut PgConnection) -> Result<Status> {
    let phase = dualwrite::phase(&mut *conn).await?;
    let (triggers, functions, index) = dualwrite::installed(&mut *conn).await?;
    let current = dualwrite::current(&mut *conn).await?;
    if phase == Phase::Cutover {
        dualwrite::read_moved_tables(&mut *conn).await?;
    }
    let (not_in_step, _) =
        super::verify::verify(&mut *conn, None, phase == Phase::DualWrite).await?;
    let skipped = super::skipped_rows(&mut *conn).await?;
    Ok(Status {
        phase,
        triggers,
        functions,
        index,
        current,
        not_in_step,
        skipped,
    })
}

const CUT_OVER: &str = "Cut over: \"Workout\" and \"WorkoutExercise\" are now in schema legacy, still readable (legacy.\"Workout\"); `workout migrate cutover --undo` puts them back.";

/// `migrate cutover`. From phase dual-write, one transaction under the
/// tables' locks (`dualwrite::cut_over`): dual-write off, verify (a mismatch
/// stops it, exit 4, nothing changed), the tables aside; the old app may
/// still be writing. From phase expand: a last batch run, then the tables
/// aside with verify under their locks (a write since the run makes it run
/// again; a mismatch that outlives a run stops it, exit 4, nothing moved).
pub async fn cutover(
    conn: &mut PgConnection,
    progress: &ProgressBar,
    note: &mut dyn FnMut(String),
) -> Result<()> {
    if dualwrite::phase(&mut *conn).await? == Phase::Cutover {
        return Err(Kind::Usage.err(
            "the legacy tables are already cut over (schema legacy); `workout migrate cutover --undo` puts them back",
        ));
    }
    if dualwrite::phase(&mut *conn).await? == Phase::DualWrite {
        let now = crate::db::types::Timestamp::new(crate::clock::now()?);
        return match dualwrite::cut_over(&mut *conn, now).await? {
            Ok(users) => {
                note("Dual-write is off.".into());
                note(format!("Verified {users} user(s)."));
                note(CUT_OVER.into());
                Ok(())
            }
            Err(mismatches) => {
                let m = &mismatches[0];
                Err(Kind::Mismatch.err(format!(
                    "cutover stopped: the legacy migration does not verify ({} mismatch(es), the first for {}: {}); nothing changed: dual-write stays on and the legacy tables where they are (`workout migrate verify` lists them)",
                    mismatches.len(),
                    m.user,
                    m.invariant
                )))
            }
        };
    }
    // Phase expand: a last batch run first.
    if disable(&mut *conn).await? {
        note("Dual-write is off.".into());
    }
    // The old app may still write meanwhile: the move verifies under its
    // locks, and what was written since the batch run makes it run again;
    // a mismatch that outlives a run (a conflict, say) stops the cutover.
    let mut before = None;
    for tries in 1.. {
        batch_run(&mut *conn, progress, note).await?;
        let mismatches = match dualwrite::move_tables(&mut *conn, true).await? {
            Ok(users) => {
                note(format!("Verified {users} user(s)."));
                break;
            }
            Err(m) => m,
        };
        let key: Vec<(String, String)> = mismatches
            .iter()
            .map(|m| (m.user.clone(), m.invariant.clone()))
            .collect();
        if before.as_ref() == Some(&key) || tries == 10 {
            let m = &mismatches[0];
            return Err(Kind::Mismatch.err(format!(
                "cutover stopped: the legacy migration does not verify ({} mismatch(es), the first for {}: {}); the legacy tables stay where they are and dual-write is off (`workout migrate verify` lists them)",
                mismatches.len(),
                m.user,
                m.invariant
            )));
        }
        before = Some(key);
    }
    note(CUT_OVER.into());
    Ok(())
}

/// `migrate cutover --undo`: the tables back, and dual-write on again.
pub async fn undo_cutover(
    conn: &mut PgConnection,
    progress: &ProgressBar,
    note: &mut dyn FnMut(String),
) -> Result<()> {
    if dualwrite::phase(&mut *conn).await? != Phase::Cutover {
        return Err(Kind::Usage.err(
            "nothing to undo: the legacy tables are not cut over (`workout migrate dual-write status` shows the phase)",
        ));
    }
    let _ = dualwrite::move_tables(&mut *conn, false).await?;
    note("The legacy tables are back in schema public.".into());
    turn_on(conn, progress, note).await
}
