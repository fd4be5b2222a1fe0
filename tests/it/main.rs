//! Integration tests: the real binary against a real PostgreSQL server
//! (see `common` for how the server and the per-test databases are made).

mod common;

mod aliases;
mod body;
mod catalog;
mod cli;
mod config;
mod dispatch_all;
mod dualwrite;
mod dualwrite_cost;
mod embedded;
mod exercise;
mod export;
mod export_copy;
mod gym;
mod hardening;
mod import;
mod import_stream;
mod kept_records;
mod layout;
mod legacy;
mod log;
mod log_flow;
mod migrate;
mod numbers;
mod plan;
mod plan_day_time;
mod prisma;
mod races;
mod records;
mod records_fold;
mod records_fold_many;
mod reminder;
mod scale;
mod schema;
mod session;
mod session_choice;
mod set_types;
mod tables;
mod targets;
mod tls;
mod tracking;
mod training_weeks;
mod users;
mod v3;
