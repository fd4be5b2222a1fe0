//! Finding the machine's PostgreSQL server binaries.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::Result;

use crate::error::Kind;

/// Overrides the search: only this directory is looked in.
pub const BINDIR_VAR: &str = "WORKOUT_PG_BINDIR";

fn has_server(dir: &Path) -> bool {
    dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() && dir.join("postgres").is_file()
}

/// The directory holding `initdb`, `pg_ctl` and `postgres`: `WORKOUT_PG_BINDIR`
/// alone if set; else `pg_config --bindir`, then PATH, then the newest
/// `/usr/lib/postgresql/<version>/bin`.
pub fn find_bindir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(BINDIR_VAR).filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return if has_server(&dir) {
            Ok(dir)
        } else {
            Err(missing())
        };
    }
    if let Ok(out) = Command::new("pg_config")
        .arg("--bindir")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if has_server(&dir) {
            return Ok(dir);
        }
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let initdb = dir.join("initdb");
            if initdb.is_file() {
                // /usr/local/bin/initdb may be a link: pg_ctl wants its real home.
                let real = initdb
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.parent().map(Path::to_path_buf));
                for candidate in real.into_iter().chain([dir.clone()]) {
                    if has_server(&candidate) {
                        return Ok(candidate);
                    }
                }
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            Some((v, e.path().join("bin")))
        })
        .filter(|(_, bin)| has_server(bin))
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).ok_or_else(missing)
}

fn missing() -> anyhow::Error {
    Kind::Database.err(
        "no PostgreSQL server binaries (initdb, pg_ctl) were found for the embedded database: \
         install PostgreSQL (for example `apt-get install postgresql`) or set a database URL with --database-url",
    )
}
