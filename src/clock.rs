//! The one place the current time comes from. `WORKOUT_NOW` (RFC 3339) pins
//! it, so tests can put "now" at a daylight-saving change or a year's end.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};

use crate::db::types::Timestamp;

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

/// The one conversion at the database edge: the columns are `timestamp(3)`
/// without time zone holding UTC, so an instant is stored as its naive UTC
/// value cut to milliseconds (what we write is exactly what we read back),
/// and a stored value is read back as UTC.
/// (Columns read as [`Timestamp`] need none of these.)
pub fn to_db(t: DateTime<Utc>) -> chrono::NaiveDateTime {
    Timestamp::new(t).naive()
}

/// A stored `timestamp(3)` (UTC) as the instant it is.
pub fn from_db(t: chrono::NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

/// A stored UTC timestamp as machine output prints it: ISO 8601 with
/// milliseconds and `Z`.
pub fn iso(t: chrono::NaiveDateTime) -> String {
    Timestamp::from(t).iso()
}

#[cfg(test)]
mod time_tests {
    use super::*;

    #[test]
    fn iso_is_utc_millis() {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_milli_opt(1, 2, 3, 45)
            .unwrap();
        assert_eq!(iso(t), "2026-03-29T01:02:03.045Z");
        assert_eq!(to_db(from_db(t)), t);
    }
}
