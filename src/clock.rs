//! The one place the current time comes from. `WORKOUT_NOW` (RFC 3339) pins
//! it, so tests can put "now" at a daylight-saving change or a year's end.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};

pub const NOW_VAR: &str = "WORKOUT_NOW";

/// The current time: `WORKOUT_NOW` when set, else the system clock.
pub fn now() -> Result<DateTime<Utc>> {
    match std::env::var(NOW_VAR) {
        Ok(s) if !s.is_empty() => DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| {
                crate::error::Kind::Usage.err(format!("{NOW_VAR}={s} is not an RFC 3339 time: {e}"))
            })
            .context("reading the clock"),
        _ => Ok(Utc::now()),
    }
}

// The database edge's time type is `db::types::Timestamp` (UTC, cut to the
// millisecond, bound and read by sqlx, printed by `Timestamp::iso`).
