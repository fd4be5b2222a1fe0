//! Pure types and rules: units, time zones, profile validation. No SQL, no
//! clap, no I/O, so everything here is unit-tested without a database.

pub mod profile;
pub mod quantity;
pub mod records;
pub mod setspec;
pub mod stats;
pub mod units;
