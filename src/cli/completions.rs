//! `workout completions SHELL`. The generated scripts are also committed in
//! `completions/`; a test fails when they drift from the CLI.

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsCmd {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for `shell`.
pub fn render(shell: Shell) -> Vec<u8> {
    let mut cmd = super::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "workout", &mut buf);
    buf
}

/// The file name under `completions/` for `shell`.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "workout.bash",
        Shell::Zsh => "_workout",
        Shell::Fish => "workout.fish",
        Shell::PowerShell => "_workout.ps1",
        Shell::Elvish => "workout.elv",
        _ => "workout.unknown",
    }
}

pub fn run(cmd: CompletionsCmd, out: &crate::output::Output) -> Result<()> {
    out.document(render(cmd.shell))
}

pub fn run_man(out: &crate::output::Output) -> Result<()> {
    out.document(render_man())
}

/// The man page `workout.1`: clap_mangen's page for the top-level command,
/// then every leaf command with its usage and summary, the exit codes and
/// the environment. Committed at the top of the repository; a test fails
/// when it drifts from the CLI (`UPDATE_COMPLETIONS=1 cargo test` rewrites it).
pub fn render_man() -> Vec<u8> {
    use roff::{Roff, bold, roman};
    let mut cmd = super::Cli::command();
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone()).manual("workout manual");
    let mut buf = Vec::new();
    // Not `render`: its SUBCOMMANDS section names a page per subcommand
    // (workout-log(1)), and this is one page.
    (|| -> std::io::Result<()> {
        man.render_title(&mut buf)?;
        man.render_name_section(&mut buf)?;
        man.render_synopsis_section(&mut buf)?;
        man.render_description_section(&mut buf)?;
        man.render_options_section(&mut buf)
    })()
    .expect("writing to a Vec cannot fail");

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    let mut leaves = Vec::new();
    collect_leaves(&cmd, &mut leaves);
    for leaf in leaves {
        let usage = leaf.clone().render_usage().to_string();
        // `workout log` runs alone or with a verb: its first form is the one meant.
        let usage = usage.trim_start_matches("Usage:").trim();
        let usage = usage.lines().next().unwrap_or_default().trim();
        roff.control("TP", [] as [&str; 0]);
        roff.text([bold(usage)]);
        if let Some(about) = leaf.get_long_about().or(leaf.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        // The values of its enum flags (the global --format and --color
        // are in OPTIONS above).
        for arg in leaf.get_arguments() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if values.is_empty() || arg.is_hide_set() || arg.is_global_set() {
                continue;
            }
            let flag = match arg.get_long() {
                Some(l) => format!("--{l}"),
                None => arg.get_id().to_string().to_uppercase(),
            };
            roff.control("br", [] as [&str; 0]);
            roff.text([bold(flag), roman(format!(": {}", values.join(", ")))]);
        }
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_CODES {
        roff.control("TP", [] as [&str; 0]);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (var, meaning) in ENVIRONMENT {
        roff.control("TP", [] as [&str; 0]);
        roff.text([bold(*var)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(
        "The user guide in the docs/ folder of the source repository; psql(1), pg_ctl(1).",
    )]);
    buf.extend_from_slice(roff.render().as_bytes());
    buf
}

/// Every command with no subcommands below it, depth first, hidden ones left out.
fn collect_leaves(cmd: &clap::Command, out: &mut Vec<clap::Command>) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        if sub.has_subcommands() && !sub.is_subcommand_required_set() {
            // A noun that also runs by itself (`workout log`).
            out.push(sub.clone());
        }
        if sub.has_subcommands() {
            collect_leaves(sub, out);
        } else {
            out.push(sub.clone());
        }
    }
}

/// The exit codes, as `error::Kind::exit_code` gives them, for the man page.
const EXIT_CODES: &[(i32, &str)] = &[
    (
        0,
        "Success; a closed pipe (workout ... | head) is success too.",
    ),
    (1, "A failure."),
    (2, "Bad usage or bad input."),
    (3, "Nothing found where something was named."),
    (4, "migrate verify found a mismatch."),
    (5, "The database cannot be reached or its schema is behind."),
];

/// The environment variables `workout` reads, for the man page.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "WORKOUT_DATABASE_URL, DATABASE_URL",
        "The database URL (after --database-url, before the config file).",
    ),
    (
        "WORKOUT_USER",
        "The acting user's e-mail (after --user, before the config file).",
    ),
    (
        "WORKOUT_DATA_DIR",
        "Where the embedded default cluster lives.",
    ),
    (
        "WORKOUT_PG_BINDIR",
        "The only directory searched for initdb, pg_ctl and postgres.",
    ),
    (
        "WORKOUT_NOW",
        "Pins the clock (RFC 3339), for tests and reproducible runs.",
    ),
    ("NO_COLOR", "No colour in human output."),
];
