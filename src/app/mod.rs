//! The operations (cargo's `ops`), one module per noun. Each public
//! function takes a user-scoped [`Ctx`] (the connection, the acting user,
//! the clock) and a validated request, owns its transaction, and returns
//! domain values. No clap, no output, no prompts: `cli/` parses, calls
//! these, and renders. A rule two commands share lives here.

pub mod body;
pub mod exercise;
pub mod export;
pub mod import;
pub mod log;
pub mod plan;
pub mod records;
pub mod reminder;
pub mod schema;
pub mod server;
pub mod session;
pub mod user;

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::context::Context;
pub use crate::db::types::{Timestamp, UserId};
pub use crate::db::users::User;

/// A set's types as the log verbs take and return them (their SQL is in
/// `db/logs.rs`, the operations in [`log`]).
pub mod sets {
    pub use crate::db::logs::{LoggedSet, NewSets, SetChange, SetExtra, working_volume};
}

/// What an operation runs as: one connection, the acting user, "now".
pub struct Ctx<'a> {
    pub conn: &'a mut PgConnection,
    pub user: &'a User,
    pub now: DateTime<Utc>,
}

impl<'a> Ctx<'a> {
    /// The command's connection and clock, scoped to `user`.
    pub fn new(ctx: &'a mut Context, user: &'a User) -> Self {
        Self {
            conn: &mut ctx.conn,
            user,
            now: ctx.now,
        }
    }

    /// The acting user's id, which every query is scoped by.
    pub fn uid(&self) -> &'a str {
        &self.user.id
    }

    /// The acting user's id, typed.
    pub fn user_id(&self) -> &'a UserId {
        &self.user.id
    }
}
