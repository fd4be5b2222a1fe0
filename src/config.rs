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
    /// The bar and plates of `workout plates` and the flow's plate line and
    /// warm-up ramp, per unit (docs/database.md, "Config keys").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bar_kg: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plates_kg: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bar_lb: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plates_lb: Option<String>,
    /// The rest after a set when the plan gives none, per kind of exercise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_weighted: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_bodyweight: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_timed: Option<String>,
    /// Hours a session may stay in progress before it is stale (default 6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stale_session_hours: Option<f64>,
}

pub const KEYS: [&str; 10] = [
    "database_url",
    "user",
    "stale_session_hours",
    "bar_kg",
    "plates_kg",
    "bar_lb",
    "plates_lb",
    "rest_weighted",
    "rest_bodyweight",
    "rest_timed",
];

/// A rest as typed for a config key: `90s`, `2m`, `0` (none).
fn parse_rest(value: &str) -> Result<i32> {
    if value.trim() == "0" {
        return Ok(0);
    }
    crate::domain::quantity::parse_duration(value)
}

impl ConfigFile {
    /// The bar and plates of `unit`: the config's, else the defaults.
    pub fn bar_and_plates(&self, unit: crate::domain::units::WeightUnit) -> (f64, Vec<f64>) {
        use crate::domain::plates::*;
        let lb = unit == crate::domain::units::WeightUnit::Lb;
        let (bar, plates) = if lb {
            (&self.bar_lb, &self.plates_lb)
        } else {
            (&self.bar_kg, &self.plates_kg)
        };
        (
            bar.as_deref()
                .and_then(|b| parse_bar(b).ok())
                .unwrap_or(if lb { BAR_LB } else { BAR_KG }),
            plates
                .as_deref()
                .and_then(|p| parse_plates(p).ok())
                .unwrap_or_else(|| {
                    if lb {
                        PLATES_LB.to_vec()
                    } else {
                        PLATES_KG.to_vec()
                    }
                }),
        )
    }

    /// The default rest in seconds for an exercise tracked as `tracking`
    /// (0: none): weighted work 120s, body-weight work 90s, holds 60s,
    /// cardio none.
    pub fn default_rest(&self, tracking: &str) -> i32 {
        let (key, dflt) = match tracking {
            "WEIGHT_REPS" => (&self.rest_weighted, 120),
            "BODYWEIGHT_REPS" | "ASSISTED_BODYWEIGHT" | "REPS_ONLY" => (&self.rest_bodyweight, 90),
            "DURATION" => (&self.rest_timed, 60),
            _ => return 0,
        };
        key.as_deref()
            .and_then(|v| parse_rest(v).ok())
            .unwrap_or(dflt)
    }
}

/// Where a setting came from, for `config show` and error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
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

    /// Re-reads the file, applies `change` and writes it back, all under an
    /// exclusive lock on `.config.toml.lock` beside it: concurrent `config
    /// set`/`unset` runs each see the others' keys and none is lost.
    pub fn update(path: &Path, change: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let dir = Self::make_dir(path)?;
        let lock_path = dir.join(".config.toml.lock");
        let lock = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&lock_path)
            .with_context(|| format!("cannot open {}", lock_path.display()))?;
        lock.lock()
            .with_context(|| format!("cannot lock {}", lock_path.display()))?;
        let mut file = Self::load(path)?;
        change(&mut file)?;
        file.save(path)
    }

    fn make_dir(path: &Path) -> Result<&Path> {
        let dir = path.parent().context("the config path has no directory")?;
        if !dir.exists() {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
        Ok(dir)
    }

    /// Writes the file atomically with mode 0600 (its directory 0700): a
    /// new temporary file of a unique name beside it, renamed over it.
    /// Concurrent writers must hold the lock of [`update`](Self::update).
    pub fn save(&self, path: &Path) -> Result<()> {
        let dir = Self::make_dir(path)?;
        let text = toml::to_string(self).context("cannot write the config as TOML")?;
        // NamedTempFile is created exclusively with mode 0600.
        let mut tmp = tempfile::Builder::new()
            .prefix(".config.toml.")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write a temporary file in {}", dir.display()))?;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))?;
        tmp.write_all(text.as_bytes())?;
        tmp.as_file().sync_all()?;
        tmp.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {}", path.display()))?;
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
            "stale_session_hours" => self.stale_session_hours = Some(parse_hours(value)?),
            "bar_kg" | "bar_lb" => {
                crate::domain::plates::parse_bar(value)
                    .map_err(|e| Kind::Usage.err(format!("{key}: {e}")))?;
                let v = Some(value.trim().to_string());
                if key == "bar_kg" {
                    self.bar_kg = v
                } else {
                    self.bar_lb = v
                }
            }
            "plates_kg" | "plates_lb" => {
                crate::domain::plates::parse_plates(value)
                    .map_err(|e| Kind::Usage.err(format!("{key}: {e}")))?;
                let v = Some(value.trim().to_string());
                if key == "plates_kg" {
                    self.plates_kg = v
                } else {
                    self.plates_lb = v
                }
            }
            "rest_weighted" | "rest_bodyweight" | "rest_timed" => {
                parse_rest(value).map_err(|e| Kind::Usage.err(format!("{key}: {e}")))?;
                let v = Some(value.trim().to_string());
                match key {
                    "rest_weighted" => self.rest_weighted = v,
                    "rest_bodyweight" => self.rest_bodyweight = v,
                    _ => self.rest_timed = v,
                }
            }
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }

    pub fn unset(&mut self, key: &str) -> Result<()> {
        match key {
            "database_url" => self.database_url = None,
            "user" => self.user = None,
            "stale_session_hours" => self.stale_session_hours = None,
            "bar_kg" => self.bar_kg = None,
            "plates_kg" => self.plates_kg = None,
            "bar_lb" => self.bar_lb = None,
            "plates_lb" => self.plates_lb = None,
            "rest_weighted" => self.rest_weighted = None,
            "rest_bodyweight" => self.rest_bodyweight = None,
            "rest_timed" => self.rest_timed = None,
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }

    /// How long a session may stay in progress before it is stale.
    pub fn stale_after(&self) -> chrono::Duration {
        let h = self
            .stale_session_hours
            .filter(|h| h.is_finite() && *h > 0.0 && *h <= 10_000.0)
            .unwrap_or(crate::app::session::DEFAULT_STALE_HOURS);
        chrono::Duration::seconds((h * 3600.0).round() as i64)
    }
}

/// A positive number of hours, at most 10,000.
fn parse_hours(value: &str) -> Result<f64> {
    match value.trim().parse::<f64>() {
        Ok(h) if h.is_finite() && h > 0.0 && h <= 10_000.0 => Ok(h),
        _ => Err(Kind::Usage.err(format!(
            "stale_session_hours must be a number of hours above 0 and at most 10000, not `{value}`"
        ))),
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

/// The URL with any password replaced by `****`, for printing. Masks every
/// form, whether the URL parses or not: the user info's password (which may
/// hold unencoded `/`, `?`, `#` or `@`), `password=` in a query, and
/// `password=` in a libpq key=value connection string (quoted or not).
/// When in doubt it hides more, never less.
pub fn mask_url(raw: &str) -> String {
    let parsed = match url::Url::parse(raw) {
        Ok(mut url) => {
            if url.password().is_some() {
                let _ = url.set_password(Some("****"));
            }
            let pairs: Vec<(String, String)> = url
                .query_pairs()
                .map(|(k, v)| {
                    let v = if k.to_ascii_lowercase().contains("password") {
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
        Err(_) => raw.to_string(),
    };
    // Also by string surgery: a password with an unencoded `/` may parse as
    // a port and a path (`postgres://u:123/x@h/db`), and a URL that does not
    // parse at all must be masked too.
    mask_password_values(&mask_userinfo(&parsed))
}

/// Hides what stands between the first `:` after `scheme://` and the last
/// `@`, when the part before that `:` can be a user name.
fn mask_userinfo(raw: &str) -> String {
    let Some(start) = raw.find("://").map(|i| i + 3) else {
        return raw.to_string();
    };
    let rest = &raw[start..];
    let (Some(colon), Some(at)) = (rest.find(':'), rest.rfind('@')) else {
        return raw.to_string();
    };
    if colon > at || rest[..colon].contains(['@', '/', '?', '#']) {
        return raw.to_string();
    }
    if &rest[colon + 1..at] == "****" {
        return raw.to_string();
    }
    format!("{}****{}", &raw[..start + colon + 1], &rest[at..])
}

/// Hides the value of every `password=` (any case, also `sslpassword=`,
/// spaces allowed around `=`): a quoted value to its closing quote, else up
/// to the next `&` or white space.
fn mask_password_values(raw: &str) -> String {
    let lower = raw.to_ascii_lowercase();
    let mut out = String::with_capacity(raw.len());
    let mut copied = 0;
    let mut from = 0;
    while let Some(i) = lower[from..].find("password").map(|i| from + i) {
        let mut j = i + "password".len();
        let bytes = raw.as_bytes();
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j >= bytes.len() || bytes[j] != b'=' {
            from = i + 1;
            continue;
        }
        j += 1;
        while j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        let value_start = j;
        let value_end = if bytes.get(j) == Some(&b'\'') {
            let mut k = j + 1;
            while k < bytes.len() && bytes[k] != b'\'' {
                k += if bytes[k] == b'\\' { 2 } else { 1 };
            }
            (k + 1).min(bytes.len())
        } else {
            raw[j..]
                .find(|c: char| c == '&' || c.is_whitespace())
                .map_or(raw.len(), |k| j + k)
        };
        out.push_str(&raw[copied..value_start]);
        out.push_str("****");
        copied = value_end;
        from = value_end.max(i + 1);
    }
    out.push_str(&raw[copied..]);
    out
}

/// What the flags and environment said, before the config file is read.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub database_url: Option<String>,
    pub user: Option<String>,
}

/// Refuses (exit 2) an environment variable this run would read that is not
/// valid UTF-8: treating it as unset would act as another user or on another
/// database. Only the variables the precedence would reach are checked: a
/// flag wins over WORKOUT_DATABASE_URL, which wins over DATABASE_URL.
pub fn check_env(flags: &Overrides) -> Result<()> {
    let check = |name: &str| -> Result<bool> {
        match std::env::var_os(name) {
            None => Ok(false),
            Some(v) if v.is_empty() => Ok(false),
            Some(v) => match v.to_str() {
                Some(_) => Ok(true),
                None => Err(Kind::Usage.err(format!(
                    "the environment variable {name} is not valid UTF-8: fix or unset it"
                ))),
            },
        }
    };
    if flags.database_url.is_none() && !check("WORKOUT_DATABASE_URL")? {
        check("DATABASE_URL")?;
    }
    if flags.user.is_none() {
        check("WORKOUT_USER")?;
    }
    Ok(())
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
    fn masks_every_form_parsed_or_not() {
        let cases = [
            "postgres://coach:Sec/retPW@host:5432/db",
            "postgres://coach:123/retPW@host:5432/db",
            "postgres://coach:Sec?retPW@host/db",
            "postgres://coach:Sec#retPW@host/db",
            "postgres://coach:Sec@retPW@host/db",
            "postgres://coach@host/db?sslmode=require&password=Sec/retPW#x",
            "postgres://coach@host/db?PassWord=Sec%2FretPW",
            "postgres://coach@[bad/db?password=Sec/retPW&x=1",
            "host=h user=coach password=Sec/retPW dbname=db",
            "host=h password = 'Sec/ret PW\\' x' dbname=db",
            "postgresql://coach@h/db?sslpassword=Sec/retPW",
        ];
        for raw in cases {
            let masked = mask_url(raw);
            assert!(
                !masked.contains("retPW") && !masked.contains("ret PW"),
                "{raw} -> {masked}"
            );
            assert!(masked.contains("****"), "{raw} -> {masked}");
        }
        assert_eq!(
            mask_url("host=h password=Sec dbname=db"),
            "host=h password=**** dbname=db"
        );
        assert_eq!(
            mask_url("postgres://coach:Sec/retPW@host:5432/db"),
            "postgres://coach:****@host:5432/db"
        );
        assert_eq!(
            mask_url("postgres://u@h/db?host=/run&port=5"),
            "postgres://u@h/db?host=%2Frun&port=5"
        );
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
