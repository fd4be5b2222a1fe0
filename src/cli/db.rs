//! `workout db status|start|stop|url`: the embedded default database.

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
            let e = emb.clone();
            tokio::task::spawn_blocking(move || e.start()).await??;
            crate::db::create_database_if_missing(
                &emb.url_for("postgres"),
                crate::embedded::DATABASE,
            )
            .await?;
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
        DbCmd::Url => out.text(emb.url()),
    }
}
