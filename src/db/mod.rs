//! The only place SQL and sqlx appear. One file per table family; `types`
//! maps the schema's enums and ids to Rust types. Errors leave this module
//! as sentences with a [`Kind`](crate::error::Kind), or as a typed
//! [`DbError`] that `error::kind_of` gives its exit code.
//!
//! Queries are runtime-checked (`sqlx::query_as` with `FromRow`), not
//! `query!` macros: those need a live database or committed `.sqlx/` data at
//! compile time, and a newcomer's first `cargo build` must need neither.
//! Every query binds its values; none is formatted from input.

pub mod body;
pub mod exercises;
pub mod export;
pub mod imports;
pub mod logs;
pub mod plans;
pub mod records;
pub mod reminders;
pub mod schema;
pub mod sessions;
pub mod types;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgSslMode};
use sqlx::{ConnectOptions, Connection};

use crate::config::mask_url;
use crate::error::{Kind, is_connection_error};

/// Opens one connection to `url`. A command runs its queries one after
/// another, so one connection is all it needs; unlike a pool's first
/// acquire, which retries a refused connection until its timeout, a direct
/// connect fails at once with the real cause. Connection errors become one
/// sentence with exit code 5 that names the (masked) URL.
pub async fn connect(url: &str) -> Result<PgConnection> {
    let opts = crate::config::validate_database_url(url)?;
    connect_with(opts, url).await
}

async fn connect_with(opts: PgConnectOptions, url: &str) -> Result<PgConnection> {
    let opts = opts.application_name("workout");
    let tls_wanted = !matches!(opts.get_ssl_mode(), PgSslMode::Disable | PgSslMode::Allow);
    tokio::time::timeout(Duration::from_secs(30), opts.connect())
        .await
        .unwrap_or_else(|_| {
            Err(sqlx::Error::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "no answer within 30 seconds",
            )))
        })
        .map_err(|e| {
            // A failed handshake (a certificate that does not verify) comes
            // back from rustls as an InvalidData I/O error.
            let tls_failed = matches!(e, sqlx::Error::Tls(_))
                || (tls_wanted
                    && matches!(&e, sqlx::Error::Io(io) if io.kind() == std::io::ErrorKind::InvalidData));
            let what = if tls_failed {
                format!(
                    "cannot connect to the database at {} over TLS (see sslmode and sslrootcert in the URL)",
                    mask_url(url)
                )
            } else if is_connection_error(&e) {
                format!("cannot connect to the database at {}", mask_url(url))
            } else {
                format!("cannot open the database at {}", mask_url(url))
            };
            anyhow::Error::new(e).context(Kind::Database.err(what))
        })
}

/// True when the error is PostgreSQL's "database does not exist".
pub fn is_missing_database(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        matches!(c.downcast_ref::<sqlx::Error>(),
            Some(sqlx::Error::Database(db)) if db.code().as_deref() == Some("3D000"))
    })
}

/// True when the server could not be reached at all (no socket, refused).
pub fn is_unreachable(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|c| matches!(c.downcast_ref::<sqlx::Error>(), Some(sqlx::Error::Io(_))))
        || err.chain().any(|c| {
            matches!(c.downcast_ref::<sqlx::Error>(),
                Some(sqlx::Error::Database(db)) if db.code().as_deref() == Some("57P03"))
        })
}

/// Creates `database` on the server `admin_url` points at, if missing.
/// Two processes doing this at once are fine: the loser's duplicate error is ignored.
pub async fn create_database_if_missing(admin_url: &str, database: &str) -> Result<()> {
    let opts = PgConnectOptions::from_str(admin_url)?;
    let mut conn = connect_with(opts, admin_url).await?;
    let exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
            .bind(database)
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        // CREATE DATABASE takes no bind parameters; quote_ident makes the name safe.
        let quoted: String = sqlx::query_scalar("SELECT quote_ident($1)")
            .bind(database)
            .fetch_one(&mut conn)
            .await?;
        match sqlx::query(&format!("CREATE DATABASE {quoted}"))
            .execute(&mut conn)
            .await
        {
            Ok(_) => {}
            // Another process won the race: 42P04, or 23505 when both got
            // past the existence check of the catalog at the same moment.
            Err(sqlx::Error::Database(db))
                if matches!(db.code().as_deref(), Some("42P04" | "23505")) => {}
            Err(e) => return Err(e).context(format!("cannot create the database {database}")),
        }
    }
    conn.close().await?;
    Ok(())
}

/// The typed error at the database edge (atuin's `DbError`): what a caller
/// can act on, told apart by type rather than by parsing messages.
/// `error::kind_of` gives each its exit code: not found 3, conflict 2.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No row of the acting user's `what` has this id.
    #[error("no {what} has the id {id}")]
    NotFound { what: &'static str, id: String },
    /// A unique constraint refused the write; `message` says which rule.
    #[error("{message}")]
    Conflict { constraint: String, message: String },
}

/// A unique violation of `constraint` as [`DbError::Conflict`] saying
/// `message` (exit 2); any other error keeps its cause under the sentence `what`.
pub fn unique_violation(
    e: sqlx::Error,
    constraint: &str,
    message: &str,
    what: &str,
) -> anyhow::Error {
    unique_violation_any(e, &[constraint], message, what)
}

/// [`unique_violation`] for a rule kept by several unique indexes or
/// triggers (v3: a name unique ignoring case is an expression index beside
/// Prisma's own key, or a trigger's refusal named like a constraint).
pub fn unique_violation_any(
    e: sqlx::Error,
    constraints: &[&str],
    message: &str,
    what: &str,
) -> anyhow::Error {
    if let sqlx::Error::Database(db) = &e
        && let Some(c) = db.constraint().filter(|c| constraints.contains(c))
    {
        return DbError::Conflict {
            constraint: c.to_string(),
            message: message.to_string(),
        }
        .into();
    }
    anyhow::Error::new(e).context(what.to_string())
}

/// The one row a reference names: none is `none()`, several is `many(rows)`
/// (each a sentence with its exit code, said by the caller).
pub fn unique<T>(
    mut rows: Vec<T>,
    none: impl FnOnce() -> anyhow::Error,
    many: impl FnOnce(&[T]) -> anyhow::Error,
) -> Result<T> {
    match rows.len() {
        0 => Err(none()),
        1 => Ok(rows.pop().expect("one row")),
        _ => Err(many(&rows)),
    }
}

/// The one row whose id starts with `prefix`, of the user's `what` (a
/// session, a set): none is exit 3, several is exit 2 listing their ids.
pub fn one_by_prefix<T>(
    rows: Vec<T>,
    prefix: &str,
    what: &str,
    id: impl Fn(&T) -> &str,
) -> Result<T> {
    unique(
        rows,
        || {
            Kind::NotFound.err(format!(
                "no {what} of yours has an id starting with {prefix}"
            ))
        },
        |rows| {
            Kind::Usage.err(format!(
                "`{prefix}` is the start of more than one {what} id: {}",
                rows.iter().map(&id).collect::<Vec<_>>().join(", ")
            ))
        },
    )
}

/// Serialises this user's set writes (`log add`, imports, merges) until the
/// transaction ends: a transaction-scoped advisory lock (key 1 = 827365,
/// key 2 = hashtext(userId)). The next writer then sees the committed
/// session and set numbers of the one before (READ COMMITTED: each
/// statement takes a new snapshot). See docs/logging.md "Concurrency".
pub async fn lock_user(conn: &mut PgConnection, user_id: &types::UserId) -> Result<()> {
    sqlx::query("SELECT pg_advisory_xact_lock(827365, hashtext($1))")
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .context("cannot take the user's write lock")?;
    Ok(())
}

/// A new Prisma-compatible id (cuid v1: 25 characters starting with `c`).
pub fn new_id() -> String {
    cuid::cuid1().expect("cuid generation does not fail")
}
