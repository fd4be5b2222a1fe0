//! `workout timer 90s`: a rest countdown alone, ending with the bell and a
//! desktop notification (where `notify-send` exists).

use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct TimerArgs {
    /// How long: 90s, 2m, 1m30s
    pub duration: String,
}

pub fn run(a: TimerArgs) -> Result<()> {
    let secs = crate::domain::quantity::parse_duration(&a.duration)?;
    crate::prompt::countdown(secs, "Time for the next set")
}
