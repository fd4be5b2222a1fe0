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

/// Dumps the legacy tables of the database at `url` to `file`.
///
/// The password, if the URL has one (in its user info or as `?password=`),
/// goes to pg_dump in PGPASSWORD only: pg_dump gets the URL without it, so
/// it never shows on a command line (`ps`).
///
/// The dump goes to a new private (0600) temporary file beside `file`,
/// created exclusively, and is renamed onto `file` only when pg_dump
/// succeeds: a failing dump leaves an existing `file` untouched and no
/// temporary file behind. A symlink at `file` is not followed: the rename
/// replaces the link itself.
pub fn dump(url: &str, file: &Path) -> Result<()> {
    let pg_dump = find_pg_dump().ok_or_else(|| {
        Kind::Failure.err(
            "cannot back up the legacy tables: pg_dump was not found (install postgresql-client); nothing was migrated",
        )
    })?;
    let (dbname, password) = split_password(url)?;
    let cannot_write = |e: std::io::Error| {
        anyhow::Error::new(e).context(Kind::Failure.err(format!(
            "cannot write the backup {}, so nothing was migrated",
            file.display()
        )))
    };
    let name = file
        .file_name()
        .ok_or_else(|| {
            Kind::Usage.err(format!(
                "the backup {} names no file, so nothing was migrated",
                file.display()
            ))
        })?
        .to_string_lossy()
        .into_owned();
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // The dump holds users' workout data: readable by its owner only.
    // tempfile creates it exclusively (O_EXCL) with mode 0600.
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(&dir)
        .map_err(cannot_write)?;
    let mut cmd = Command::new(&pg_dump);
    cmd.arg("--format=custom")
        .arg("--no-password")
        .arg("--file")
        .arg(tmp.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for t in TABLES {
        cmd.arg("--table").arg(format!("public.\"{t}\""));
    }
    cmd.arg("--dbname").arg(&dbname);
    match password {
        Some(p) => cmd.env("PGPASSWORD", p),
        None => cmd.env_remove("PGPASSWORD"),
    };
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
    tmp.as_file().sync_all().map_err(cannot_write)?;
    tmp.persist(file).map_err(|e| cannot_write(e.error))?;
    Ok(())
}

/// The URL without its password (user info and `password=` query
/// parameters), and that password, percent-decoded.
fn split_password(url: &str) -> Result<(String, Option<String>)> {
    let mut parsed = url::Url::parse(url)
        .map_err(|e| Kind::Usage.err(format!("the database URL is not valid: {e}")))?;
    let mut password = parsed
        .password()
        .map(percent_decode)
        .filter(|p| !p.is_empty());
    let _ = parsed.set_password(None);
    let mut kept: Vec<(String, String)> = Vec::new();
    let mut had_query = false;
    for (k, v) in parsed.query_pairs() {
        had_query = true;
        if k == "password" {
            // libpq: the query parameter wins over the user info.
            if !v.is_empty() {
                password = Some(v.into_owned());
            }
        } else {
            kept.push((k.into_owned(), v.into_owned()));
        }
    }
    if had_query {
        if kept.is_empty() {
            parsed.set_query(None);
        } else {
            parsed.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
    Ok((parsed.to_string(), password))
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
    fn the_password_leaves_the_url() {
        let (url, pw) =
            super::split_password("postgres://u:a%2Fb@h/db?host=%2Frun&password=q%2Fr&x=1")
                .unwrap();
        assert_eq!(url, "postgres://u@h/db?host=%2Frun&x=1");
        assert_eq!(pw.as_deref(), Some("q/r"));
        let (url, pw) = super::split_password("postgres://u:a%2Fb@h/db").unwrap();
        assert_eq!(url, "postgres://u@h/db");
        assert_eq!(pw.as_deref(), Some("a/b"));
    }

    #[test]
    fn passwords_are_decoded() {
        assert_eq!(super::percent_decode("a%40b%2Fc"), "a@b/c");
        assert_eq!(super::percent_decode("plain+x"), "plain+x");
        assert_eq!(super::percent_decode("end%4"), "end%4");
    }
}
