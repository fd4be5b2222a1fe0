//! The context every command runs in, built once at the top and passed
//! down: output, settings, the database pool, the clock, the acting user.

use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::config::{self, ConfigFile, Overrides, Resolved, Source};
use crate::db::{self, users::User};
use crate::embedded::{self, Embedded};
use crate::error::Kind;
use crate::output::Output;
use crate::prompt::Prompt;

/// Settings resolved from flags, environment and the config file.
#[derive(Debug, Clone)]
pub struct Settings {
    pub overrides: Overrides,
    pub file: ConfigFile,
    pub config_path: std::path::PathBuf,
}

impl Settings {
    /// `overrides` are the `--database-url` and `--user` flags, as given.
    pub fn load(overrides: Overrides) -> Result<Self> {
        config::check_env(&overrides)?;
        let config_path = config::config_path()?;
        let file = ConfigFile::load(&config_path)?;
        Ok(Self {
            overrides,
            file,
            config_path,
        })
    }

    pub fn database_url(&self) -> Option<Resolved<String>> {
        config::resolve_database_url(&self.overrides, &self.file)
    }

    pub fn user(&self) -> Option<Resolved<String>> {
        config::resolve_user(&self.overrides, &self.file)
    }
}

/// Which database the command runs against.
#[derive(Debug, Clone)]
pub enum Target {
    Url { url: String, source: Source },
    Embedded(Embedded),
}

impl Target {
    pub fn resolve(settings: &Settings) -> Result<Self> {
        Ok(match settings.database_url() {
            Some(r) => {
                config::validate_database_url(&r.value)?;
                Target::Url {
                    url: r.value,
                    source: r.source,
                }
            }
            None => Target::Embedded(Embedded::locate()?),
        })
    }

    pub fn is_embedded(&self) -> bool {
        matches!(self, Target::Embedded(_))
    }

    /// The URL with any password masked, for messages.
    pub fn display(&self) -> String {
        match self {
            Target::Url { url, .. } => config::mask_url(url),
            Target::Embedded(e) => e.url(),
        }
    }

    /// Connects; the embedded default is created and started on first use.
    pub async fn connect(&self) -> Result<PgConnection> {
        match self {
            Target::Url { url, .. } => db::connect(url).await,
            Target::Embedded(emb) => {
                // Reading postmaster.pid and /proc costs no fork: a server
                // that is down (or died and left its socket) is found here,
                // not by a refused connection.
                if !matches!(emb.state(), embedded::State::Running { .. }) {
                    start_embedded(emb).await?;
                }
                let url = emb.url();
                match db::connect(&url).await {
                    Ok(conn) => Ok(conn),
                    Err(e) if db::is_unreachable(&e) || db::is_missing_database(&e) => {
                        start_embedded(emb).await?;
                        db::connect(&url).await
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

/// Creates and starts the embedded cluster if needed, and its database.
async fn start_embedded(emb: &Embedded) -> Result<()> {
    let e = emb.clone();
    tokio::task::spawn_blocking(move || e.ensure_running())
        .await
        .context("the embedded database's start-up was interrupted")??;
    db::create_database_if_missing(&emb.url_for("postgres"), embedded::DATABASE).await
}

/// Everything a command that works on data needs.
pub struct Context {
    pub out: Output,
    pub prompt: Prompt,
    pub settings: Settings,
    pub target: Target,
    pub conn: PgConnection,
    pub now: DateTime<Utc>,
}

impl Context {
    /// Connects and makes sure the schema is current: the embedded default
    /// migrates itself; a configured database that is behind is an error
    /// (exit 5) naming `workout migrate up`, since `workout` never changes
    /// a shared schema unasked.
    pub async fn open(out: Output, prompt: Prompt, settings: Settings) -> Result<Self> {
        let target = Target::resolve(&settings)?;
        let mut conn = target.connect().await?;
        let state = db::schema::state(&mut conn).await?;
        if !state.unknown.is_empty() {
            return Err(Kind::Database.err(format!(
                "the database schema is newer than this workout (migration {} is unknown to it): upgrade workout",
                state.unknown[0]
            )));
        }
        if !state.pending.is_empty() {
            if target.is_embedded() {
                crate::MIGRATOR
                    .run(&mut conn)
                    .await
                    .context("cannot apply the schema migrations to the embedded database")?;
            } else {
                return Err(Kind::Database.err(format!(
                    "the database schema is behind ({} migration(s) pending): run `workout migrate up`",
                    state.pending.len()
                )));
            }
        }
        Ok(Self {
            out,
            prompt,
            settings,
            target,
            conn,
            now: crate::clock::now()?,
        })
    }

    /// The acting user: `--user`, WORKOUT_USER or the config file; on the
    /// embedded default with none of these, the local user (made on first use).
    pub async fn user(&mut self) -> Result<User> {
        if let Some(sel) = self.settings.user() {
            return db::users::find_by_email(&mut self.conn, &sel.value)
                .await?
                .ok_or_else(|| {
                    Kind::NotFound.err(format!(
                        "no user has the e-mail {} (from {}): `workout user add {}` creates one",
                        sel.value, sel.source, sel.value
                    ))
                });
        }
        if !self.target.is_embedded() {
            return Err(Kind::Usage.err(
                "no user is selected: pass --user EMAIL, set WORKOUT_USER, or run `workout config set user EMAIL`",
            ));
        }
        let login = login_name();
        let email = format!("{login}@localhost");
        let (user, created) = db::users::ensure(&mut self.conn, &email, &login, self.now).await?;
        if created {
            self.out.info(format!("Made the local user {email}."));
            self.out
                .hint("set your time zone and unit with `workout user set --timezone Europe/Berlin --weight-unit kg`");
        }
        Ok(user)
    }
}

/// The login name, made safe for the local part of an e-mail address.
fn login_name() -> String {
    let raw = nix::unistd::User::from_uid(nix::unistd::getuid())
        .ok()
        .flatten()
        .map(|u| u.name)
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_default();
    let safe: String = raw
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .collect();
    if safe.is_empty() { "me".into() } else { safe }
}
