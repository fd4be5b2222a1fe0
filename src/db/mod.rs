//! The only place SQL and sqlx appear. One file per table family; errors
//! leave this module as sentences with a [`Kind`](crate::error::Kind).
//!
//! Queries are runtime-checked (`sqlx::query_as` with `FromRow`), not
//! `query!` macros: those need a live database or committed `.sqlx/` data at
//! compile time, and a newcomer's first `cargo build` must need neither.
//! Every query binds its values; none is formatted from input.

pub mod exercises;
pub mod imports;
pub mod logs;
pub mod plans;
pub mod reminders;
pub mod schema;
pub mod sessions;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgConnection};
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
    tokio::time::timeout(Duration::from_secs(30), opts.connect())
        .await
        .unwrap_or_else(|_| {
            Err(sqlx::Error::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "no answer within 30 seconds",
            )))
        })
        .map_err(|e| {
            let what = if is_connection_error(&e) {
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

/// A unique violation of `constraint` as the usage error `message` (exit
/// 2); any other error keeps its cause under the sentence `what`.
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
        && db.constraint().is_some_and(|c| constraints.contains(&c))
    {
        return Kind::Usage.err(message.to_string());
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

/// A new Prisma-compatible id (cuid v1: 25 characters starting with `c`).
pub fn new_id() -> String {
    cuid::cuid1().expect("cuid generation does not fail")
}

/// A UTC instant as the naive value a `TIMESTAMP(3)` column holds, cut to
/// milliseconds so that what we write is exactly what we read back.
pub fn ts(t: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let n = t.naive_utc();
    n.with_nanosecond(n.nanosecond() / 1_000_000 * 1_000_000)
        .unwrap_or(n)
}
