//! Settings: defaults -> config file -> environment -> flags.
//!
//! The config file is TOML in the `directories` config dir
//! (`~/.config/workout-tracker/config.toml` on Linux). It may hold a database
//! password, so it is written with mode 0600, atomically, and `config show`
//! masks passwords.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::error::Kind;

pub const APP: &str = "workout-tracker";

/// The keys a config file may hold.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

pub const KEYS: [&str; 2] = ["database_url", "user"];

/// Where a setting came from, for `config show` and error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Flag,
    #[serde(rename = "env")]
    Env(&'static str),
    ConfigFile,
    Embedded,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("flag"),
            Source::Env(v) => write!(f, "env {v}"),
            Source::ConfigFile => f.write_str("config file"),
            Source::Embedded => f.write_str("embedded default"),
        }
    }
}

/// The config file's path.
pub fn config_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", APP)
        .context("cannot find a home directory for the config file (is HOME set?)")?;
    Ok(dirs.config_dir().join("config.toml"))
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self> {
        match fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Kind::Usage.err(format!(
                    "the config file {} is not valid: {}",
                    path.display(),
                    e.message()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => {
                Err(e).with_context(|| format!("cannot read the config file {}", path.display()))
            }
        }
    }

    /// Writes the file atomically with mode 0600 (its directory 0700).
    pub fn save(&self, path: &Path) -> Result<()> {
        let dir = path.parent().context("the config path has no directory")?;
        if !dir.exists() {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
        let text = toml::to_string(self).context("cannot write the config as TOML")?;
        let tmp = dir.join(".config.toml.tmp");
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        // An existing file keeps its mode on open: force 0600.
        f.set_permissions(fs::Permissions::from_mode(0o600))?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    }

    /// Sets `key` to `value`, validating it first.
    pub fn set(&mut self, key: &str, value: &str) -> Result<()> {
        match key {
            "database_url" => {
                validate_database_url(value)?;
                self.database_url = Some(value.to_string());
            }
            "user" => self.user = Some(crate::domain::profile::validate_email(value)?),
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }

    pub fn unset(&mut self, key: &str) -> Result<()> {
        match key {
            "database_url" => self.database_url = None,
            "user" => self.user = None,
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }
}

fn unknown_key(key: &str) -> anyhow::Error {
    Kind::Usage.err(format!(
        "unknown config key `{key}`: the keys are {}",
        KEYS.join(", ")
    ))
}

/// Checks that `url` is a PostgreSQL URL sqlx can use, without connecting.
pub fn validate_database_url(url: &str) -> Result<sqlx::postgres::PgConnectOptions> {
    let scheme_ok = url.starts_with("postgres://") || url.starts_with("postgresql://");
    let parsed = if scheme_ok {
        sqlx::postgres::PgConnectOptions::from_str(url).map_err(|e| e.to_string())
    } else {
        Err("it must start with postgres:// or postgresql://".to_string())
    };
    parsed.map_err(|reason| {
        Kind::Usage.err(format!(
            "the database URL `{}` is not valid: {reason}",
            mask_url(url)
        ))
    })
}

/// The URL with any password replaced by `****`, for printing.
pub fn mask_url(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw) else {
        return mask_unparsed(raw);
    };
    if url.password().is_some() {
        let _ = url.set_password(Some("****"));
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k.eq_ignore_ascii_case("password") {
                "****".to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if !pairs.is_empty() {
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

/// Masking for a URL the `url` crate will not parse (such as an empty host
/// with a user, `postgres://bob@/db?host=/run`): hide the user info and any
/// `password=` value by plain string surgery.
fn mask_unparsed(raw: &str) -> String {
    let mut out = raw.to_string();
    if let Some(start) = out.find("://").map(|i| i + 3) {
        let authority_end = out[start..]
            .find(['/', '?'])
            .map_or(out.len(), |i| start + i);
        if let Some(at) = out[start..authority_end].rfind('@') {
            let userinfo = &out[start..start + at];
            let masked = match userinfo.split_once(':') {
                Some((user, _)) => format!("{user}:****"),
                None => userinfo.to_string(),
            };
            out.replace_range(start..start + at, &masked);
        }
    }
    let mut from = 0;
    while let Some(i) = out[from..]
        .to_ascii_lowercase()
        .find("password=")
        .map(|i| from + i)
    {
        let value_start = i + "password=".len();
        let value_end = out[value_start..]
            .find('&')
            .map_or(out.len(), |j| value_start + j);
        out.replace_range(value_start..value_end, "****");
        from = value_start + 4;
    }
    out
}

/// What the flags and environment said, before the config file is read.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub database_url: Option<String>,
    pub user: Option<String>,
}

/// One resolved setting and where it came from.
#[derive(Debug, Clone)]
pub struct Resolved<T> {
    pub value: T,
    pub source: Source,
}

/// The database URL by precedence: flag, WORKOUT_DATABASE_URL, DATABASE_URL,
/// the config file; None means the embedded default.
pub fn resolve_database_url(flags: &Overrides, file: &ConfigFile) -> Option<Resolved<String>> {
    let env = |name: &'static str| {
        std::env::var(name)
            .ok()
            .filter(|v| !v.is_empty())
            .map(|value| Resolved {
                value,
                source: Source::Env(name),
            })
    };
    flags
        .database_url
        .clone()
        .map(|value| Resolved {
            value,
            source: Source::Flag,
        })
        .or_else(|| env("WORKOUT_DATABASE_URL"))
        .or_else(|| env("DATABASE_URL"))
        .or_else(|| {
            file.database_url.clone().map(|value| Resolved {
                value,
                source: Source::ConfigFile,
            })
        })
}

/// The acting user's e-mail by precedence: flag, WORKOUT_USER, the config file.
pub fn resolve_user(flags: &Overrides, file: &ConfigFile) -> Option<Resolved<String>> {
    flags
        .user
        .clone()
        .map(|value| Resolved {
            value,
            source: Source::Flag,
        })
        .or_else(|| {
            std::env::var("WORKOUT_USER")
                .ok()
                .filter(|v| !v.is_empty())
                .map(|value| Resolved {
                    value,
                    source: Source::Env("WORKOUT_USER"),
                })
        })
        .or_else(|| {
            file.user.clone().map(|value| Resolved {
                value,
                source: Source::ConfigFile,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_passwords() {
        assert_eq!(
            mask_url("postgres://bob:s3cret@db.example:5432/app"),
            "postgres://bob:****@db.example:5432/app"
        );
        assert_eq!(
            mask_url("postgres://bob@/app?host=/run/pg&password=s3cret&x=1"),
            "postgres://bob@/app?host=/run/pg&password=****&x=1"
        );
        assert_eq!(
            mask_url("postgres://bob:pw@/app"),
            "postgres://bob:****@/app"
        );
        assert_eq!(
            mask_url("postgres://h/app?password=s3cret"),
            "postgres://h/app?password=****"
        );
        assert_eq!(mask_url("postgres://h/app"), "postgres://h/app");
        assert!(!mask_url("postgres://u:p w@[bad/x").contains("p w"));
    }

    #[test]
    fn validates_urls() {
        assert!(validate_database_url("postgres://u@localhost/db").is_ok());
        assert!(validate_database_url("mysql://u@localhost/db").is_err());
        assert!(validate_database_url("postgres://u@localhost:notaport/db").is_err());
    }

    #[test]
    fn file_round_trip_is_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let mut c = ConfigFile::default();
        c.set("database_url", "postgres://u:pw@h/db").unwrap();
        c.set("user", "a@b.c").unwrap();
        assert!(c.set("colour", "x").is_err());
        c.save(&path).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(ConfigFile::load(&path).unwrap(), c);
    }
}
