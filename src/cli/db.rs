//! `workout db status|start|stop|url`: the embedded default database;
//! `workout db check|rebuild`: the personal records and training weeks the
//! database keeps.

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

use crate::context::Settings;
use crate::embedded::{Embedded, State};
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Whether the embedded database exists and runs, and where it lives
    Status,
    /// Create the embedded database if needed and start it
    Start,
    /// Stop the embedded database's server
    Stop,
    /// Print the embedded database's URL (for psql and other tools)
    Url,
    /// Compare the personal records and training weeks the database keeps
    /// with a fresh computation from the sets; list the differences (exit 4
    /// if any)
    Check {
        /// Every user's records, not only the acting user's
        #[arg(long)]
        all_users: bool,
    },
    /// Recompute the personal records and training weeks the database keeps
    /// from the sets, in one transaction
    Rebuild {
        /// Every user's records, not only the acting user's
        #[arg(long)]
        all_users: bool,
    },
}

impl DbCmd {
    /// Whether the command works on the data (and needs a connection).
    pub fn on_data(&self) -> bool {
        matches!(self, DbCmd::Check { .. } | DbCmd::Rebuild { .. })
    }
}

crate::record!(crate::app::records::RecordDifference);

/// `db check` and `db rebuild`, on the database the context opened.
pub async fn run_data(cmd: DbCmd, ctx: &mut crate::context::Context) -> Result<()> {
    use crate::error::Kind;
    let (all, check) = match cmd {
        DbCmd::Check { all_users } => (all_users, true),
        DbCmd::Rebuild { all_users } => (all_users, false),
        _ => unreachable!("run_data is for check and rebuild"),
    };
    let user = if all { None } else { Some(ctx.user().await?) };
    let uid = user.as_ref().map(|u| u.id.as_str());
    let whose = match &user {
        Some(u) => u.email.clone(),
        None => "every user".to_string(),
    };
    if check {
        let diffs = crate::app::records::check(&mut ctx.conn, uid).await?;
        if !diffs.is_empty() || ctx.out.format != crate::output::Format::Table {
            ctx.out.list(&diffs, || crate::output::TableData {
                headers: vec!["user", "exercise", "differs in"],
                rows: diffs
                    .iter()
                    .map(|d| vec![d.user.clone(), d.exercise.clone(), d.fields.join(", ")])
                    .collect(),
            })?;
        }
        if let Some(d) = diffs.first() {
            return Err(Kind::Mismatch.err(format!(
                "the kept personal records or training weeks differ from the sets: {} row(s), the first {} of {} ({}); `workout db rebuild` recomputes them",
                diffs.len(),
                d.exercise,
                d.user,
                d.fields.join(", ")
            )));
        }
        ctx.out.info(format!(
            "The kept personal records and training weeks of {whose} match the sets."
        ));
    } else {
        let n = crate::app::records::rebuild(&mut ctx.conn, uid).await?;
        ctx.out.info(format!(
            "Rebuilt the personal records and training weeks of {whose}: {} exercise(s), {} week(s).",
            n.records, n.weeks
        ));
    }
    Ok(())
}

/// What `db status` prints. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusView {
    /// not-initialized, stopped or running.
    pub state: &'static str,
    pub pid: Option<u32>,
    pub data_dir: String,
    pub socket_dir: String,
    pub url: String,
    pub log_file: String,
    /// True when a configured database URL is in use instead of this one.
    pub overridden: bool,
}

crate::record!(StatusView);

pub async fn run(cmd: DbCmd, settings: &Settings, out: &Output) -> Result<()> {
    let emb = Embedded::locate()?;
    match cmd {
        DbCmd::Status => {
            let (state, pid) = match emb.state() {
                State::NotInitialized => ("not-initialized", None),
                State::Stopped => ("stopped", None),
                State::Running { pid } => ("running", Some(pid)),
            };
            let overridden = settings.database_url();
            let view = StatusView {
                state,
                pid,
                data_dir: emb.data_dir.display().to_string(),
                socket_dir: emb.socket_dir().display().to_string(),
                url: emb.url(),
                log_file: emb.log_file().display().to_string(),
                overridden: overridden.is_some(),
            };
            let mut fields = vec![
                ("state", state.to_string()),
                ("pid", pid.map(|p| p.to_string()).unwrap_or_default()),
                ("data dir", view.data_dir.clone()),
                ("socket dir", view.socket_dir.clone()),
                ("url", view.url.clone()),
                ("log", view.log_file.clone()),
            ];
            if let Some(r) = overridden {
                fields.push((
                    "in use",
                    format!("no: a database URL is set ({})", r.source),
                ));
            }
            out.one(&view, fields)
        }
        DbCmd::Start => {
            crate::app::server::start_embedded(&emb).await?;
            out.info(format!(
                "The embedded database is running ({}).",
                emb.data_dir.display()
            ));
            Ok(())
        }
        DbCmd::Stop => {
            let e = emb.clone();
            if tokio::task::spawn_blocking(move || e.stop()).await?? {
                out.info("Stopped the embedded database.");
            } else {
                out.info("The embedded database was not running.");
            }
            Ok(())
        }
        DbCmd::Check { .. } | DbCmd::Rebuild { .. } => {
            unreachable!("check and rebuild run through run_data")
        }
        DbCmd::Url => out.text(emb.url()),
    }
}
