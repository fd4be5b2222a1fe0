//! Pure types and rules: units, time zones, profile validation. No SQL, no
//! clap, no I/O, so everything here is unit-tested without a database.

pub mod profile;
pub mod units;
