//! Questions to the person at the terminal, behind one check: with
//! `--no-input` or no terminal on stdin, a question is an error that names
//! the flag to pass instead; `--yes` answers confirmations.

use std::io::IsTerminal;

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
