//! Questions to the person at the terminal, behind one check: with
//! `--no-input` or no terminal on stdin, a question is an error that names
//! the flag to pass instead; `--yes` answers confirmations.

use std::io::{BufRead, IsTerminal, Write};
use std::time::{Duration as StdDuration, Instant};

use anyhow::Result;

use crate::error::Kind;

#[derive(Debug, Clone, Copy)]
pub struct Prompt {
    pub no_input: bool,
    pub yes: bool,
}

impl Prompt {
    /// True when questions may be asked.
    pub fn interactive(&self) -> bool {
        !self.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks to confirm `question`; `--yes` confirms without asking.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if self.yes {
            return Ok(true);
        }
        if !self.interactive() {
            return Err(Kind::Usage.err(format!(
                "{question} Pass --yes to confirm without a prompt."
            )));
        }
        Ok(dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()?)
    }

    /// Asks for a line of text; without a terminal (or with --no-input) the
    /// error names `flag`, the way to give it instead. Empty answers are
    /// allowed when `optional`.
    pub fn input(&self, question: &str, flag: &str, optional: bool) -> Result<String> {
        if !self.interactive() {
            return Err(Kind::Usage.err(format!("{question} is needed: pass {flag}")));
        }
        Ok(dialoguer::Input::<String>::new()
            .with_prompt(question)
            .allow_empty(optional)
            // No NUL byte and no more than the longest notes, as on the command line.
            .validate_with(|s: &String| crate::domain::text::notes("answers", s).map(|_| ()))
            .interact_text()?)
    }
}

/// Counts down `seconds` on stderr (the flow's rest, `workout timer`);
/// Enter ends it early. A rest that runs
/// out rings the terminal bell and, where `notify-send` exists, sends a
/// desktop notification.
pub fn countdown(seconds: i32, body: &str) -> Result<()> {
    let stdin = std::io::stdin();
    let terminal = stdin.is_terminal();
    let end = Instant::now() + StdDuration::from_secs(seconds as u64);
    let mut err = std::io::stderr();
    loop {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let s = left.as_secs() + u64::from(left.subsec_millis() > 0);
        if !terminal {
            // No one to press Enter: wait it out.
            std::thread::sleep(left);
            continue;
        }
        write!(err, "\rRest {}:{:02} (Enter skips) ", s / 60, s % 60)?;
        err.flush()?;
        let mut fds = [nix::poll::PollFd::new(
            std::os::fd::AsFd::as_fd(&stdin),
            nix::poll::PollFlags::POLLIN,
        )];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(250u16))? > 0 {
            let mut line = String::new();
            stdin.lock().read_line(&mut line)?;
            writeln!(err, "\rRest over.                    ")?;
            return Ok(());
        }
    }
    writeln!(err, "\rRest over.\x07                   ")?;
    notify("Rest over", body);
    Ok(())
}

/// `notify-send -- TITLE BODY` where it exists; its absence or failure is
/// not an error (the bell has rung).
pub fn notify(title: &str, body: &str) {
    let _ = std::process::Command::new("notify-send")
        .args(["--", title, body])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
}
