//! The layout's rules (docs/CONTRIBUTING.md "Layout"), checked on the
//! source: `src/cli/` holds no SQL and no transaction and reaches the
//! database only through `app/`; cli files do not import each other (a
//! verb file may use its own noun's `mod.rs`, every file `cli/mod.rs`'s
//! shared argument and value types); nothing outside `cli/` but `lib.rs`
//! imports `cli`. A cheap architecture test: it reads the files, so a
//! violation fails here with the file and line.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Each `(file, line number, line)` of the files under `src/<dir>` (code
/// lines only: comments are skipped).
fn lines(dir: &str) -> Vec<(String, usize, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for (i, l) in std::fs::read_to_string(&f).unwrap().lines().enumerate() {
            if !l.trim_start().starts_with("//") {
                out.push((rel.clone(), i + 1, l.to_string()));
            }
        }
    }
    out
}

#[test]
fn cli_holds_no_sql_no_transaction_and_reaches_the_database_through_app() {
    let forbidden = [
        "sqlx::query",
        "QueryBuilder",
        "query_as",
        "query_scalar",
        ".begin()",
        "Transaction<",
        ".execute(",
        ".fetch_one(",
        ".fetch_all(",
        ".fetch_optional(",
        "crate::db::",
        "MIGRATOR",
    ];
    let found: Vec<String> = lines("cli")
        .into_iter()
        .filter(|(_, _, l)| forbidden.iter().any(|w| l.contains(w)))
        .map(|(f, n, l)| format!("src/{f}:{n}: {}", l.trim()))
        .collect();
    assert!(
        found.is_empty(),
        "cli/ must call app/ rather than hold SQL, a transaction or db/ (move these):\n{}",
        found.join("\n")
    );
}

#[test]
fn cli_files_do_not_import_each_other() {
    let found: Vec<String> = lines("cli")
        .into_iter()
        .filter(|(f, _, _)| f != "cli/mod.rs")
        .filter(|(f, _, l)| {
            // `crate::cli::X` is only cli/mod.rs's shared types; a verb
            // file's `super::` is its noun's mod.rs, never a sibling's.
            let shared = l.contains("crate::cli::")
                && !l.contains("crate::cli::values")
                && !l.contains("crate::cli::GlobalArgs");
            let sideways = l.contains("super::super") || {
                let top = f.matches('/').count() == 1;
                top && l.contains("use super::")
                    && !l.contains("use super::*")
                    && !l.contains("use super::Cli")
            };
            shared || sideways
        })
        .map(|(f, n, l)| format!("src/{f}:{n}: {}", l.trim()))
        .collect();
    assert!(
        found.is_empty(),
        "cli files must not import each other (move the shared part to output/ or app/):\n{}",
        found.join("\n")
    );
    let up: Vec<String> = ["app", "db", "domain", "output", "legacy", "import"]
        .iter()
        .flat_map(|d| lines(d))
        .chain(
            lines("")
                .into_iter()
                .filter(|(f, _, _)| !f.contains('/') && f != "lib.rs"),
        )
        .filter(|(_, _, l)| l.contains("crate::cli"))
        .map(|(f, n, l)| format!("src/{f}:{n}: {}", l.trim()))
        .collect();
    assert!(
        up.is_empty(),
        "only lib.rs may import cli/ (a layer below reaches up):\n{}",
        up.join("\n")
    );
}
