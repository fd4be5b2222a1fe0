//! The command line as such: clap's own checks, completions, exit codes,
//! broken pipes, errors that are one sentence.

use std::io::Read;
use std::process::{Command as StdCommand, Stdio};

use clap::CommandFactory;
use clap_complete::Shell;
use workout_tracker::cli::{Cli, completions};

use crate::common::*;

#[test]
fn clap_definition_is_consistent() {
    Cli::command().debug_assert();
}

/// The committed completions must match the CLI. `UPDATE_COMPLETIONS=1
/// cargo test` rewrites them after a change to the command tree.
#[test]
fn committed_completions_match_the_cli() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let path = dir.join(completions::file_name(shell));
        let fresh = completions::render(shell);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run UPDATE_COMPLETIONS=1 cargo test",
                path.display()
            )
        });
        assert!(
            committed == fresh,
            "{} no longer matches the CLI: run UPDATE_COMPLETIONS=1 cargo test",
            path.display()
        );
        // And the binary prints the same script.
        let home = temp_home();
        let out = bare_workout(home.path())
            .args(["completions", &shell.to_string()])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, fresh, "{shell}");
    }
}

/// The committed man page must match the CLI; `UPDATE_COMPLETIONS=1 cargo
/// test` rewrites it with the completions.
#[test]
fn committed_man_page_matches_the_cli() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("workout.1");
    let fresh = completions::render_man();
    if std::env::var_os("UPDATE_COMPLETIONS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read(&path)
        .unwrap_or_else(|_| panic!("workout.1 is missing: run UPDATE_COMPLETIONS=1 cargo test"));
    assert!(
        committed == fresh,
        "workout.1 no longer matches the CLI: run UPDATE_COMPLETIONS=1 cargo test"
    );
    let text = String::from_utf8(fresh.clone()).unwrap();
    // Every leaf command is in it, with the exit codes.
    for needle in [
        "workout log add",
        "workout plan schedule",
        "workout reminder dispatch",
        "EXIT STATUS",
        "WORKOUT_DATABASE_URL",
    ] {
        assert!(text.contains(needle), "the man page lacks {needle}");
    }
    let home = temp_home();
    let out = bare_workout(home.path()).arg("man").output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, fresh);
}

#[test]
fn help_and_version_exit_0_usage_errors_exit_2() {
    let home = temp_home();
    let out = bare_workout(home.path()).arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout_of(&out).contains("workout tracker"));
    let out = bare_workout(home.path()).arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout_of(&out).starts_with("workout "));
    let out = bare_workout(home.path())
        .args(["user", "show", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bare_workout(home.path())
        .arg("frobnicate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A value outside an enum flag's list is refused by clap in ONE sentence
/// naming the flag and the values (not clap's lines of tips), exit 2,
/// before anything is read or written; the other spellings still parse.
#[test]
fn a_bad_enum_flag_value_is_one_sentence_listing_the_values() {
    let home = temp_home();
    let out = bare_workout(home.path())
        .args(["user", "show", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: invalid value 'xml' for '--format': expected one of table, json, ndjson, csv\n"
    );

    let db = TestDb::new().with_user("a@x.io");
    let out = db
        .workout()
        .args(["session", "list", "--status", "scheduled,done"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: invalid value 'done' for '--status': expected one of scheduled, in-progress, completed, skipped, cancelled\n"
    );
    let out = db
        .workout()
        .args(["log", "add", "Barbell Squat", "5@100kg", "--type", "warmp"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: invalid value 'warmp' for '--type': expected one of normal, warmup, drop, failure, amrap (did you mean 'warmup'?)\n"
    );
    assert_eq!(db.int(r#"SELECT count(*) FROM "WorkoutLog""#), 0);
    // The spellings the flags took before stay: case, `-`/`_`, synonyms.
    let out = db
        .workout()
        .args([
            "log",
            "add",
            "Barbell Squat",
            "5@100kg",
            "--type",
            "Warm-Up",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        db.strings(r#"SELECT "setType"::text FROM "WorkoutLog""#),
        vec!["WARMUP"]
    );
    let out = db
        .workout()
        .args(["session", "list", "--status", "IN_PROGRESS,Canceled"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

/// A reader that goes away (`workout ... | head -1`) is not an error.
#[test]
fn broken_pipe_is_success() {
    let home = temp_home();
    let mut child = StdCommand::new(BIN)
        .env_clear()
        .env("HOME", home.path())
        .args(["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // close the read end before it writes
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "nothing on stderr: {err}");
}

#[test]
fn unreachable_server_is_exit_5_in_one_sentence() {
    let home = temp_home();
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    let out = bare_workout(home.path())
        .args([
            "--database-url",
            "postgres://someone:secret@127.0.0.1:1/db",
            "user",
            "show",
        ])
        .output()
        .unwrap();
    assert_error(
        &out,
        5,
        "cannot connect to the database at postgres://someone:****@127.0.0.1:1/db",
    );
    assert!(
        !stderr_of(&out).contains("secret"),
        "the password is masked"
    );
    // A socket directory where no server runs.
    let out = bare_workout(home.path())
        .args([
            "--database-url",
            "postgres://u@localhost/db?host=/nonexistent-dir",
            "user",
            "show",
        ])
        .output()
        .unwrap();
    assert_error(&out, 5, "cannot connect to the database");
}

#[test]
fn malformed_database_url_is_exit_2() {
    let home = temp_home();
    for bad in [
        "mysql://u@h/db",
        "postgres://u:p@[::1/db",
        "postgres://u@h:99999999/db",
        "not a url",
    ] {
        let out = bare_workout(home.path())
            .args(["--database-url", bad, "user", "show"])
            .output()
            .unwrap();
        assert_error(&out, 2, "is not valid");
        assert_eq!(
            stderr_of(&out).lines().count(),
            1,
            "one sentence: {}",
            stderr_of(&out)
        );
    }
}

#[test]
fn a_database_behind_the_binary_is_exit_5_with_the_hint() {
    let db = TestDb::empty();
    let out = db
        .workout()
        .args(["--user", "a@b.c", "user", "show"])
        .output()
        .unwrap();
    assert_error(&out, 5, "run `workout migrate up`");
    // And nothing was created: workout never changes a configured schema unasked.
    assert_eq!(
        db.int("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        0
    );
}

/// One vocabulary of flags across nouns: `--weekdays`, `--timezone`,
/// `--since`/`--until`; the old spellings (`--days`, `--tz`, `--from`/`--to`)
/// still work, hidden from help, and mean the same.
#[test]
fn one_flag_vocabulary_and_the_old_spellings_still_work() {
    let db = TestDb::new().with_user("a@x.io");
    let now = "2026-03-20T09:00:00Z";
    let json = |args: &[&str]| {
        let out = db
            .workout()
            .env("WORKOUT_NOW", now)
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        json_of(&out)
    };
    let reminder = |days: &str, tz: &str| {
        let r = json(&[
            "reminder",
            "add",
            days,
            "mon,fri",
            "--at",
            "07:00",
            tz,
            "Asia/Tokyo",
        ]);
        (
            r["weekdays"].clone(),
            r["timezone"].clone(),
            r["nextFireAt"].clone(),
        )
    };
    let new = reminder("--weekdays", "--timezone");
    assert_eq!(new.0, "1,5");
    assert_eq!(new.1, "Asia/Tokyo");
    assert_eq!(reminder("--days", "--tz"), new);

    for (name, at) in [("A", "2026-03-21 07:00"), ("B", "2026-03-25 07:00")] {
        json(&["session", "schedule", name, "--at", at]);
    }
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["session", "list"];
        all.extend_from_slice(args);
        json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect()
    };
    let new = names(&["--since", "2026-03-22", "--until", "2026-03-31"]);
    assert_eq!(new, ["B"]);
    assert_eq!(names(&["--from", "2026-03-22", "--to", "2026-03-31"]), new);
    assert_eq!(names(&["--until", "2026-03-21"]), ["A"]);

    let out = db
        .workout()
        .args([
            "session",
            "list",
            "--since",
            "2026-03-22",
            "--until",
            "2026-03-01",
        ])
        .output()
        .unwrap();
    assert_error(&out, 2, "--until 2026-03-01 is before --since 2026-03-22");

    // The old spellings are hidden from help.
    let help = |args: &[&str]| {
        let out = db.workout().args(args).arg("--help").output().unwrap();
        stdout_of(&out)
    };
    let h = help(&["reminder", "add"]);
    assert!(h.contains("--weekdays") && h.contains("--timezone"), "{h}");
    assert!(!h.contains("--days") && !h.contains("--tz "), "{h}");
    let h = help(&["session", "list"]);
    assert!(h.contains("--since") && h.contains("--until"), "{h}");
    assert!(!h.contains("--from") && !h.contains("--to "), "{h}");
}

/// Every refusal of clap's (unknown flag, missing value, missing required
/// argument, unknown subcommand, a conflict, a missing subcommand) is ONE
/// line on stderr naming the command and its --help, exit 2, nothing on
/// stdout; --help and --version keep clap's output on stdout, exit 0.
#[test]
fn clap_refusals_are_one_sentence_and_exit_2() {
    let home = temp_home();
    for (args, want) in [
        (
            &["log", "add", "--foo"][..],
            "error: unexpected argument '--foo' for 'workout log add'; see 'workout log add --help'.\n",
        ),
        (
            &["--user", "a@x.io", "session", "list", "--status"][..],
            "error: a value is required for '--status' but none was supplied; see 'workout session list --help'.\n",
        ),
        (
            &["log", "add"][..],
            "error: 'workout log add' needs '<EXERCISE>'; see 'workout log add --help'.\n",
        ),
        (
            &["plan", "restart"][..],
            "error: unrecognized subcommand 'restart' for 'workout plan'; see 'workout plan --help'.\n",
        ),
        (
            &[
                "log", "add", "Squat", "5@100kg", "--warmup", "--type", "drop",
            ][..],
            "error: '--warmup' cannot be used with '--type' in 'workout log add'; see 'workout log add --help'.\n",
        ),
        (
            &["log", "history", "--all", "--limit", "5"][..],
            "error: '--all' cannot be used with '--limit' in 'workout log history'; see 'workout log history --help'.\n",
        ),
        (
            &["sesion", "list"][..],
            "error: unrecognized subcommand 'sesion' for 'workout' (did you mean 'session'?); see 'workout --help'.\n",
        ),
        (
            &["exercise", "lisst"][..],
            "error: unrecognized subcommand 'lisst' for 'workout exercise' (did you mean 'alias' or 'list'?); see 'workout exercise --help'.\n",
        ),
    ] {
        let out = bare_workout(home.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr_of(&out), want, "{args:?}");
        assert_eq!(stdout_of(&out), "", "{args:?}");
    }
    // Help and version are no refusals.
    for args in [&["log", "add", "--help"][..], &["--version"][..]] {
        let out = bare_workout(home.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(stdout_of(&out).len() > 8, "{args:?}");
        assert_eq!(stderr_of(&out), "", "{args:?}");
    }
}
