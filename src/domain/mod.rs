//! Pure types and rules: units, time zones, profile validation, exercises,
//! plans and their scheduling. No SQL, no clap, no I/O, so everything here
//! is unit-tested without a database.

pub mod aliases;
pub mod body;
pub mod dates;
pub mod exercise;
pub mod plan;
pub mod plates;
pub mod profile;
pub mod quantity;
pub mod records;
pub mod reminder;
pub mod session;
pub mod setspec;
pub mod settype;
pub mod stats;
pub mod superset;
pub mod text;
pub mod tracking;
pub mod units;
