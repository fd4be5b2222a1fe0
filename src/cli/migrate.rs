//! `workout migrate status|up|down|legacy|verify|rollback|dual-write|cutover`.

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;
use sqlx::PgConnection;

use crate::app::schema;
use crate::context::Target;
use crate::error::Kind;
use crate::legacy::dualwrite::{self, Phase};
use crate::legacy::transition;
use crate::legacy::{self, report};
use crate::output::{Format, Output, TableData};
use crate::prompt::Prompt;

#[derive(Debug, Subcommand)]
pub enum MigrateCmd {
    /// List the schema migrations and which are applied
    Status,
    /// Apply the pending schema migrations
    Up,
    /// Revert the newest applied migration (refused while v2 holds data, unless --force)
    Down {
        /// Revert even though it drops tables and columns that hold data
        #[arg(long)]
        force: bool,
    },
    /// Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable
    Legacy(LegacyArgs),
    /// Check the legacy migration's invariants per user (exit 4 on a mismatch)
    Verify,
    /// Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)
    Rollback,
    /// Keep the legacy tables and v2 in step with triggers while the old app still writes
    #[command(subcommand)]
    DualWrite(DualWriteCmd),
    /// Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`
    Cutover {
        /// Put the legacy tables back into schema public and turn dual-write on again
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DualWriteCmd {
    /// Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers
    Enable,
    /// Remove every trigger and function `enable` installed
    Disable,
    /// The transition phase, the installed triggers, and any rows not in step (also --format json)
    Status,
}

/// What `migrate dual-write status` shows.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DualWriteView {
    pub phase: &'static str,
    pub triggers: Vec<String>,
    pub functions: Vec<String>,
    pub index: bool,
    /// Whether the installed triggers and functions are this version's
    /// (false: an earlier version's, `enable` re-installs them; null: none).
    pub current: Option<bool>,
    /// The invariants of `migrate verify` that do not hold.
    pub not_in_step: Vec<report::Mismatch>,
    /// Legacy rows not carried over (invalid), as `migrate legacy` skips them.
    pub skipped: Vec<report::SkippedRow>,
}

crate::record!(DualWriteView);

#[derive(Debug, Clone, clap::Args)]
pub struct LegacyArgs {
    /// Compute the report without writing anything
    #[arg(long)]
    pub dry_run: bool,
    /// Workouts per batch; each batch is one transaction
    #[arg(long, value_name = "N", default_value_t = 5000,
          value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    pub batch_size: i64,
    /// Dump the legacy tables with `pg_dump -Fc` to FILE first (0600, replaced only on success); stop if that fails
    #[arg(long, value_name = "FILE")]
    pub backup: Option<std::path::PathBuf>,
}

/// One migration as `migrate status` prints it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct MigrationView {
    pub version: i64,
    pub description: String,
    pub applied: bool,
}

crate::record!(MigrationView);

pub async fn run(
    cmd: MigrateCmd,
    target: &Target,
    conn: &mut PgConnection,
    out: &Output,
    prompt: Prompt,
    user: Option<String>,
) -> Result<()> {
    let needs_current = matches!(
        cmd,
        MigrateCmd::Legacy(_)
            | MigrateCmd::Verify
            | MigrateCmd::Rollback
            | MigrateCmd::DualWrite(_)
            | MigrateCmd::Cutover { .. }
    );
    if needs_current {
        schema::ensure_current(&mut *conn).await?;
    }
    match cmd {
        MigrateCmd::Legacy(args) => {
            transition::ensure_not_cut_over(&mut *conn).await?;
            legacy_cmd(args, target, conn, out, user).await
        }
        MigrateCmd::Verify => verify_cmd(conn, out, user).await,
        MigrateCmd::Rollback => {
            transition::ensure_rollback_allowed(&mut *conn).await?;
            rollback_cmd(target, conn, out, prompt, user).await
        }
        MigrateCmd::DualWrite(cmd) => dual_write_cmd(cmd, conn, out, user).await,
        MigrateCmd::Cutover { undo } => cutover_cmd(undo, conn, out, user).await,
        MigrateCmd::Status => status_cmd(target, conn, out).await,
        MigrateCmd::Up => {
            match schema::up(&mut *conn).await? {
                0 => out.info("Nothing to do: the schema is up to date."),
                n => out.info(format!("Applied {n} migration(s) to {}.", target.display())),
            }
            Ok(())
        }
        MigrateCmd::Down { force } => {
            let down = schema::plan_down(&mut *conn, force).await?;
            let (newest, desc) = (down.newest, &down.description);
            if !prompt.confirm(&format!(
                "Revert migration {newest} ({desc}) on {}?",
                target.display()
            ))? {
                out.info("Nothing reverted.");
                return Ok(());
            }
            schema::down(&mut *conn, &down).await?;
            out.info(format!("Reverted migration {newest} ({desc})."));
            Ok(())
        }
    }
}

/// `migrate status`: the migrations, then what is pending, the legacy
/// data and the transition phase.
async fn status_cmd(target: &Target, conn: &mut PgConnection, out: &Output) -> Result<()> {
    let st = schema::status(&mut *conn).await?;
    let rows: Vec<MigrationView> = st
        .migrations
        .iter()
        .map(|m| MigrationView {
            version: m.version,
            description: m.description.clone(),
            applied: m.applied,
        })
        .collect();
    out.list(&rows, || TableData {
        headers: vec!["version", "description", "applied"],
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.version.to_string(),
                    r.description.clone(),
                    yes_no(r.applied),
                ]
            })
            .collect(),
    })?;
    let state = &st.state;
    if !state.unknown.is_empty() {
        out.warn(format!(
            "the database has migrations this workout does not know ({:?}): upgrade workout",
            state.unknown
        ));
    } else if state.pending.is_empty() {
        out.info(format!("The schema of {} is up to date.", target.display()));
    } else {
        out.info(format!(
            "{} migration(s) pending: run `workout migrate up`.",
            state.pending.len()
        ));
    }
    out.info(legacy_presence_line(st.legacy));
    if let Some(p) = st.phase {
        out.info(format!(
            "Transition phase: {} (`workout migrate dual-write status` shows more).",
            p.name()
        ));
        if p == Phase::DualWrite && dualwrite::current(&mut *conn).await? == Some(false) {
            out.warn(
                "the dual-write triggers and functions are an earlier version's: run `workout migrate dual-write enable` to re-install the current ones",
            );
        }
    }
    Ok(())
}

/// What `migrate status` says about the legacy data.
fn legacy_presence_line(p: Option<legacy::Presence>) -> String {
    let Some(p) = p else {
        return "Legacy data: none (no legacy tables).".into();
    };
    if p.workouts == 0 {
        return format!(
            "Legacy data: none ({} WorkoutExercise rows, no workouts).",
            p.workout_exercises
        );
    }
    let mut line = format!(
        "Legacy data: {} workout(s) of {} user(s), {} WorkoutExercise row(s); ",
        p.workouts, p.users, p.workout_exercises
    );
    match p.migrated_workouts {
        None => line.push_str("none migrated (v2 is not applied)."),
        Some(m) => {
            let pct = m as f64 * 100.0 / p.workouts as f64;
            line.push_str(&format!(
                "{m} migrated ({pct:.0}%){}.",
                if m < p.workouts {
                    ": `workout migrate legacy` carries over the rest"
                } else {
                    ""
                }
            ));
        }
    }
    if let Some((mode, status, at)) = p.last_run {
        line.push_str(&format!(
            "\nLast legacy run: {mode}, {status}, started {}.",
            at.iso()
        ));
    }
    line
}

/// `migrate legacy`.
async fn legacy_cmd(
    args: LegacyArgs,
    target: &Target,
    conn: &mut PgConnection,
    out: &Output,
    user: Option<String>,
) -> Result<()> {
    let req = legacy::backfill::Request {
        user,
        batch_size: args.batch_size,
        dry_run: args.dry_run,
        backup: args.backup.map(|f| (target_url(target), f)),
    };
    let bar = progress_bar(out);
    let (opts, report) = legacy::backfill::run(&mut *conn, req, &bar, &mut |l| out.info(l)).await?;
    print_report(out, &report)?;
    let s = report
        .tables
        .iter()
        .find(|t| t.table == "WorkoutSession")
        .cloned()
        .unwrap_or_default();
    let verb = if opts.dry_run {
        "Would carry"
    } else {
        "Carried"
    };
    out.info(format!(
        "{verb} over {} new and {} changed workout(s) in {} batch(es); {} unchanged, {} skipped row(s), {} conflict(s).",
        s.inserted,
        s.updated,
        report.batches,
        s.unchanged,
        report.skipped.len(),
        report.conflicts.len()
    ));
    if opts.dry_run {
        out.info("Dry run: nothing was written.");
    }
    Ok(())
}

/// The URL `pg_dump` connects with.
fn target_url(target: &Target) -> String {
    match target {
        Target::Url { url, .. } => url.clone(),
        Target::Embedded(e) => e.url(),
    }
}

/// The migration's bar (`Output::progress`: hidden off a terminal and with -q).
fn progress_bar(out: &Output) -> indicatif::ProgressBar {
    out.progress(Some(0), "migrating workouts")
}

/// The report: the whole object in JSON, the per-table counts in CSV, and
/// for people the counts, then skipped rows, conflicts and unmapped texts.
fn print_report(out: &Output, report: &report::Report) -> Result<()> {
    let tables = legacy::ordered_tables(report);
    match out.format {
        Format::Json | Format::Ndjson => out.object(report),
        Format::Csv => out.list(&tables, || unreachable!("csv")),
        Format::Table => {
            out.list(&tables, || TableData {
                headers: vec!["table", "inserted", "updated", "deleted", "unchanged"],
                rows: tables
                    .iter()
                    .map(|t| {
                        vec![
                            t.table.clone(),
                            t.inserted.to_string(),
                            t.updated.to_string(),
                            t.deleted.to_string(),
                            t.unchanged.to_string(),
                        ]
                    })
                    .collect(),
            })?;
            const SHOWN: usize = 20;
            if !report.skipped.is_empty() {
                section(
                    out,
                    &format!("Skipped legacy rows ({})", report.skipped.len()),
                )?;
                let rows = &report.skipped[..report.skipped.len().min(SHOWN)];
                out.list(rows, || TableData {
                    headers: vec!["table", "id", "workout", "user", "reason"],
                    rows: rows
                        .iter()
                        .map(|r| {
                            vec![
                                r.table.clone(),
                                r.id.clone(),
                                r.workout_id.clone(),
                                r.user.clone(),
                                r.reason.clone(),
                            ]
                        })
                        .collect(),
                })?;
                if report.skipped.len() > SHOWN {
                    out.hint(format!(
                        "{} more skipped rows: `--format json` lists them all",
                        report.skipped.len() - SHOWN
                    ));
                }
            }
            if !report.conflicts.is_empty() {
                section(out, &format!("Conflicts ({})", report.conflicts.len()))?;
                out.list(&report.conflicts, || TableData {
                    headers: vec!["table", "id", "legacy id", "user", "reason"],
                    rows: report
                        .conflicts
                        .iter()
                        .map(|c| {
                            vec![
                                c.table.clone(),
                                c.id.clone(),
                                c.legacy_id.clone().unwrap_or_default(),
                                c.user.clone(),
                                c.reason.clone(),
                            ]
                        })
                        .collect(),
                })?;
            }
            if !report.unmapped_muscle_groups.is_empty() {
                section(out, "Unmapped muscle groups (kept in muscleGroup only)")?;
                out.list(&report.unmapped_muscle_groups, || TableData {
                    headers: vec!["muscle group", "exercises"],
                    rows: report
                        .unmapped_muscle_groups
                        .iter()
                        .map(|u| vec![u.muscle_group.clone(), u.exercises.to_string()])
                        .collect(),
                })?;
            }
            Ok(())
        }
    }
}

fn section(out: &Output, title: &str) -> Result<()> {
    out.text(format!("\n{title}"))
}

/// `migrate verify`.
async fn verify_cmd(conn: &mut PgConnection, out: &Output, user: Option<String>) -> Result<()> {
    let user = match user {
        Some(email) => Some(legacy::find_user(&mut *conn, &email).await?),
        None => None,
    };
    let phase = dualwrite::phase(&mut *conn).await?;
    if phase == Phase::Cutover {
        dualwrite::read_moved_tables(&mut *conn).await?;
    }
    let (mismatches, users) = legacy::verify::verify(
        &mut *conn,
        user.as_ref().map(|u| u.0.as_str()),
        phase == Phase::DualWrite,
    )
    .await?;
    if !mismatches.is_empty() || out.format != Format::Table {
        out.list(&mismatches, || TableData {
            headers: vec!["user", "invariant", "expected", "actual"],
            rows: mismatches
                .iter()
                .map(|m| {
                    vec![
                        m.user.clone(),
                        m.invariant.clone(),
                        m.expected.clone(),
                        m.actual.clone(),
                    ]
                })
                .collect(),
        })?;
    }
    if let Some(m) = mismatches.first() {
        return Err(Kind::Mismatch.err(format!(
            "the legacy migration does not verify: {} mismatch(es), the first for {}: {} (expected {}, found {})",
            mismatches.len(),
            m.user,
            m.invariant,
            m.expected,
            m.actual
        )));
    }
    out.info(format!(
        "Verified {users} user(s): every invariant of the legacy migration holds."
    ));
    Ok(())
}

/// `migrate rollback`.
async fn rollback_cmd(
    target: &Target,
    conn: &mut PgConnection,
    out: &Output,
    prompt: Prompt,
    user: Option<String>,
) -> Result<()> {
    if user.is_some() {
        return Err(Kind::Usage
            .err("`migrate rollback` removes the migration of every user: it takes no --user"));
    }
    let (sessions, plans) = legacy::rollback::prepare(&mut *conn).await?;
    if !prompt.confirm(&format!(
        "Remove the {sessions} migrated session(s) with their sets and the {plans} imported plan(s) from {}?",
        target.display()
    ))? {
        out.info("Nothing removed.");
        return Ok(());
    }
    let counts = legacy::rollback::apply(&mut *conn).await?;
    out.list(&counts, || TableData {
        headers: vec!["table", "deleted", "updated"],
        rows: counts
            .iter()
            .map(|c| {
                vec![
                    c.table.clone(),
                    c.deleted.to_string(),
                    c.updated.to_string(),
                ]
            })
            .collect(),
    })?;
    out.info("Rolled back the legacy migration; the legacy tables are as they were.");
    Ok(())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// `migrate dual-write enable|disable|status`.
async fn dual_write_cmd(
    cmd: DualWriteCmd,
    conn: &mut PgConnection,
    out: &Output,
    user: Option<String>,
) -> Result<()> {
    if user.is_some() {
        return Err(Kind::Usage
            .err("`migrate dual-write` keeps every user's data in step: it takes no --user"));
    }
    match cmd {
        DualWriteCmd::Enable => {
            let bar = progress_bar(out);
            transition::enable(&mut *conn, &bar, &mut |l| out.info(l)).await?;
            dual_write_status(conn, out).await
        }
        DualWriteCmd::Disable => {
            if transition::disable(&mut *conn).await? {
                out.info("Dual-write is off: its triggers and functions are removed. `workout migrate dual-write enable` turns it on again.");
            } else {
                out.info("Dual-write was not on: nothing to remove.");
            }
            Ok(())
        }
        DualWriteCmd::Status => dual_write_status(conn, out).await,
    }
}

async fn dual_write_status(conn: &mut PgConnection, out: &Output) -> Result<()> {
    if matches!(out.format, Format::Csv) {
        return Err(Kind::Usage
            .err("`migrate dual-write status` has no CSV form: use --format json or ndjson"));
    }
    let st = transition::status(&mut *conn).await?;
    let view = DualWriteView {
        phase: st.phase.name(),
        triggers: st.triggers,
        functions: st.functions,
        index: st.index,
        current: st.current,
        not_in_step: st.not_in_step,
        skipped: st.skipped,
    };
    out.one(
        &view,
        vec![
            ("phase", view.phase.to_string()),
            ("triggers", view.triggers.join("\n")),
            ("index", yes_no(view.index)),
            (
                "installed version",
                match view.current {
                    None => "none installed".to_string(),
                    Some(true) => "current".to_string(),
                    Some(false) => "STALE: installed by an earlier version of workout; `workout migrate dual-write enable` re-installs the current ones".to_string(),
                },
            ),
            (
                "not in step",
                if view.not_in_step.is_empty() {
                    "none".to_string()
                } else {
                    view.not_in_step
                        .iter()
                        .map(|m| {
                            format!(
                                "{}: {} (expected {}, found {})",
                                m.user, m.invariant, m.expected, m.actual
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                },
            ),
            (
                "skipped rows",
                view.skipped
                    .iter()
                    .map(|r| format!("{} ({}): {}", r.id, r.user, r.reason))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ],
    )
}

/// `migrate cutover [--undo]`.
async fn cutover_cmd(
    undo: bool,
    conn: &mut PgConnection,
    out: &Output,
    user: Option<String>,
) -> Result<()> {
    if user.is_some() {
        return Err(Kind::Usage
            .err("`migrate cutover` moves every user's legacy tables: it takes no --user"));
    }
    let bar = progress_bar(out);
    if undo {
        transition::undo_cutover(&mut *conn, &bar, &mut |l| out.info(l)).await?;
    } else {
        transition::cutover(&mut *conn, &bar, &mut |l| out.info(l)).await?;
    }
    dual_write_status(conn, out).await
}
