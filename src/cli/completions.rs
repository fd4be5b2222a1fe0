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

pub fn run(cmd: CompletionsCmd) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&render(cmd.shell))?;
    out.flush()?;
    Ok(())
}
