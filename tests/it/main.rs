//! Integration tests: the real binary against a real PostgreSQL server
//! (see `common` for how the server and the per-test databases are made).

mod common;

mod catalog;
mod cli;
mod config;
mod embedded;
mod exercise;
mod export;
mod hardening;
mod import;
mod legacy;
mod log;
mod log_flow;
mod migrate;
mod plan;
mod prisma;
mod reminder;
mod scale;
mod schema;
mod session;
mod tls;
mod users;
mod v3;
