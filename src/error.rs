//! Error kinds and the exit codes they map to (see README "Exit codes").
//!
//! Handlers return `anyhow::Result`; an error that should not exit with the
//! generic code 1 carries a [`Kind`] in its chain (`Kind::Usage.err("...")`).
//! Connection failures anywhere in the chain map to 5 on their own.

use std::fmt;

/// What went wrong, as far as the exit code is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 1: a failure that is nobody's input.
    Failure,
    /// 2: bad usage or bad input.
    Usage,
    /// 3: nothing found where something was named.
    NotFound,
    /// 4: `migrate verify` found a mismatch.
    Mismatch,
    /// 5: the database cannot be reached or its schema is behind.
    Database,
}

impl Kind {
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Mismatch => 4,
            Kind::Database => 5,
        }
    }

    /// An error of this kind with `message` as its one sentence.
    pub fn err(self, message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(KindError {
            kind: self,
            message: message.into(),
        })
    }
}

/// The carrier of a [`Kind`] inside an `anyhow` chain.
#[derive(Debug)]
pub struct KindError {
    pub kind: Kind,
    pub message: String,
}

impl fmt::Display for KindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for KindError {}

/// The exit kind of an error: the first [`KindError`] or
/// [`DbError`](crate::db::DbError) in its chain, else 5
/// for a database that cannot be reached, else 1.
pub fn kind_of(err: &anyhow::Error) -> Kind {
    for cause in err.chain() {
        if let Some(k) = cause.downcast_ref::<KindError>() {
            return k.kind;
        }
        match cause.downcast_ref::<crate::db::DbError>() {
            Some(crate::db::DbError::NotFound { .. }) => return Kind::NotFound,
            Some(crate::db::DbError::Conflict { .. }) => return Kind::Usage,
            None => {}
        }
    }
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<sqlx::Error>()
            && is_connection_error(e)
        {
            return Kind::Database;
        }
    }
    Kind::Failure
}

/// True for the errors that mean "the server cannot be reached".
pub fn is_connection_error(e: &sqlx::Error) -> bool {
    matches!(
        e,
        sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Protocol(_)
    ) || matches!(e, sqlx::Error::Database(db) if db.code().is_some_and(|c| {
        // 28xxx: invalid authorization; 3D000: no such database; 57P03: starting up.
        c.starts_with("28") || c == "3D000" || c == "57P03"
    }))
}

/// True when a broken pipe (the reader of our stdout went away) is the cause:
/// that is not an error, as in ripgrep and every well-behaved filter.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|e| {
                matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// The lines printed on stderr for an error: one sentence, then its causes.
pub fn render(err: &anyhow::Error) -> String {
    render_whole(err)
        .lines()
        .map(|l| crate::domain::text::cut_quotes(l).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_whole(err: &anyhow::Error) -> String {
    let mut out = format!("error: {err}");
    let mut last = err.to_string();
    for cause in err.chain().skip(1) {
        let text = cause.to_string();
        // sqlx and io errors often repeat their source in their own message.
        if text.is_empty() || last.contains(&text) {
            continue;
        }
        out.push_str(&format!("\n  caused by: {text}"));
        last = text;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn kind_is_found_under_context() {
        let e = Err::<(), _>(Kind::NotFound.err("no plan named x"))
            .context("while showing a plan")
            .unwrap_err();
        assert_eq!(kind_of(&e), Kind::NotFound);
        assert_eq!(kind_of(&anyhow::anyhow!("plain")), Kind::Failure);
    }

    #[test]
    fn connection_errors_map_to_5() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        let e = anyhow::Error::new(sqlx::Error::Io(io)).context("cannot connect");
        assert_eq!(kind_of(&e).exit_code(), 5);
    }

    /// A closed pipe under serde_json (json/ndjson output) or csv is success too.
    #[test]
    fn broken_pipe_is_seen_through_serializers() {
        struct Closed;
        impl std::io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let json = serde_json::to_writer(Closed, &[1, 2, 3]).unwrap_err();
        assert!(is_broken_pipe(&anyhow::Error::new(json).context("writing")));
        let mut w = csv::Writer::from_writer(Closed);
        let csv = w
            .write_record(["a"])
            .and_then(|_| w.flush().map_err(csv::Error::from))
            .unwrap_err();
        assert!(is_broken_pipe(&anyhow::Error::new(csv)));
        let other = serde_json::from_str::<u8>("x").unwrap_err();
        assert!(!is_broken_pipe(&anyhow::Error::new(other)));
    }

    #[test]
    fn render_lists_causes_once() {
        let e = anyhow::anyhow!("inner").context("outer");
        assert_eq!(render(&e), "error: outer\n  caused by: inner");
    }
}

#[cfg(test)]
mod db_error_tests {
    use super::*;
    use crate::db::DbError;

    #[test]
    fn db_errors_get_their_exit_codes_and_keep_their_sentence() {
        let e: anyhow::Error = DbError::NotFound {
            what: "session",
            id: "cabc".into(),
        }
        .into();
        assert_eq!(kind_of(&e), Kind::NotFound);
        assert_eq!(render(&e), "error: no session has the id cabc");
        let e = anyhow::Error::from(DbError::Conflict {
            constraint: "TrainingPlan_userId_name_key".into(),
            message: "you already have a plan with that name".into(),
        })
        .context("cannot create the plan");
        assert_eq!(kind_of(&e), Kind::Usage);
        assert_eq!(kind_of(&anyhow::anyhow!("other")), Kind::Failure);
    }
}
