//! `--backup FILE`: `pg_dump -Fc` of the legacy tables before anything is
//! written. A failed dump stops the run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::Result;

use crate::error::Kind;

/// The legacy tables the dump holds: those the migration reads or writes.
/// Not "User": the migration never changes it, and it holds the web app's
/// password hashes, which nothing of `workout` exports.
pub const TABLES: [&str; 3] = ["Workout", "Exercise", "WorkoutExercise"];

/// `pg_dump`: next to the server binaries `workout` would use
/// (`WORKOUT_PG_BINDIR`, `pg_config --bindir`, the newest
/// `/usr/lib/postgresql/<v>/bin`), else the first on PATH.
pub fn find_pg_dump() -> Option<PathBuf> {
    if let Ok(dir) = crate::embedded::find_bindir() {
        let p = dir.join("pg_dump");
        if p.is_file() {
            return Some(p);
        }
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join("pg_dump"))
        .find(|p| p.is_file())
}

/// Dumps the legacy tables of the database at `url` to `file`. The
/// password, if the URL has one, goes in PGPASSWORD, not on the command line.
pub fn dump(url: &str, file: &Path) -> Result<()> {
    let pg_dump = find_pg_dump().ok_or_else(|| {
        Kind::Failure.err(
            "cannot back up the legacy tables: pg_dump was not found (install postgresql-client); nothing was migrated",
        )
    })?;
    let mut parsed = url::Url::parse(url)
        .map_err(|e| Kind::Usage.err(format!("the database URL is not valid: {e}")))?;
    let password = parsed
        .password()
        .map(percent_decode)
        .filter(|p| !p.is_empty());
    let _ = parsed.set_password(None);
    // The dump holds users' workout data: readable by its owner only.
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(file)
            .map_err(|e| {
                anyhow::Error::new(e).context(Kind::Failure.err(format!(
                    "cannot write the backup {}, so nothing was migrated",
                    file.display()
                )))
            })?;
    }
    let mut cmd = Command::new(&pg_dump);
    cmd.arg("--format=custom")
        .arg("--no-password")
        .arg("--file")
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for t in TABLES {
        cmd.arg("--table").arg(format!("public.\"{t}\""));
    }
    cmd.arg("--dbname").arg(parsed.as_str());
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let out = cmd.output().map_err(|e| {
        anyhow::Error::new(e).context(Kind::Failure.err(format!(
            "cannot back up the legacy tables: {} did not start; nothing was migrated",
            pg_dump.display()
        )))
    })?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(anyhow::anyhow!(msg).context(Kind::Failure.err(format!(
            "cannot back up the legacy tables to {}: pg_dump failed, so nothing was migrated",
            file.display()
        ))));
    }
    Ok(())
}

/// Undoes the URL's percent-encoding of a password.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(h) = std::str::from_utf8(&b[i + 1..i + 3])
            && let Ok(v) = u8::from_str_radix(h, 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_decoded() {
        assert_eq!(super::percent_decode("a%40b%2Fc"), "a@b/c");
        assert_eq!(super::percent_decode("plain+x"), "plain+x");
        assert_eq!(super::percent_decode("end%4"), "end%4");
    }
}
