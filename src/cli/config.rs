//! `workout config path|show|set|unset`.

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

use crate::config::{self, Source};
use crate::context::Settings;
use crate::output::{Output, TableData};

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Print the config file's path
    Path,
    /// Show the settings in effect and where each comes from (passwords masked)
    Show,
    /// Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb,
    /// rest_weighted, rest_bodyweight, rest_timed
    Set { key: String, value: String },
    /// Remove a key from the config file
    Unset { key: String },
}

/// One setting as `config show` prints it. Columns are stable.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct SettingView {
    pub key: &'static str,
    /// The value in effect, passwords masked; null when unset.
    pub value: Option<String>,
    /// flag, env NAME, config file, embedded default, or null.
    pub source: Option<String>,
}

crate::record!(SettingView);

pub fn run(cmd: ConfigCmd, settings: &Settings, out: &Output) -> Result<()> {
    let path = &settings.config_path;
    match cmd {
        ConfigCmd::Path => {
            let view = PathView {
                path: path.display().to_string(),
            };
            out.one(&view, vec![("path", view.path.clone())])
        }
        ConfigCmd::Show => {
            let db = settings.database_url();
            let user = settings.user();
            let rows = vec![
                SettingView {
                    key: "database_url",
                    value: Some(db.as_ref().map_or_else(
                        || "(the embedded default)".to_string(),
                        |r| config::mask_url(&r.value),
                    )),
                    source: Some(db.map_or(Source::Embedded, |r| r.source).to_string()),
                },
                SettingView {
                    key: "user",
                    value: user.as_ref().map(|r| r.value.clone()),
                    source: user.map(|r| r.source.to_string()),
                },
            ];
            out.list(&rows, || {
                TableData::of(
                    &rows
                        .iter()
                        .map(|r| SettingRow {
                            key: r.key.to_string(),
                            value: r.value.clone().unwrap_or_else(|| "(not set)".into()),
                            source: r.source.clone(),
                        })
                        .collect::<Vec<_>>(),
                )
            })
        }
        ConfigCmd::Set { key, value } => {
            config::ConfigFile::update(path, |file| file.set(&key, &value))?;
            let shown = if key == "database_url" {
                config::mask_url(&value)
            } else {
                value
            };
            out.info(format!("Set {key} = {shown} in {}.", path.display()));
            Ok(())
        }
        ConfigCmd::Unset { key } => {
            config::ConfigFile::update(path, |file| file.unset(&key))?;
            out.info(format!("Removed {key} from {}.", path.display()));
            Ok(())
        }
    }
}

#[derive(Debug, Serialize, serde::Deserialize)]
pub struct PathView {
    pub path: String,
}

crate::record!(PathView);

/// A row of `config show`'s table: its fields are the columns.
#[derive(serde::Serialize, serde::Deserialize)]
struct SettingRow {
    key: String,
    value: String,
    source: Option<String>,
}
