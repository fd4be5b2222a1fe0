//! The clap tree and thin handlers: a folder per noun with a file per verb
//! (log/, plan/, session/; the other nouns are still one file each). A
//! handler validates its arguments into a request, calls one `app::`
//! function, and hands the result to `output/`. No cli file imports another.

pub mod body;
pub mod completions;
pub mod config;
pub mod db;
pub mod exercise;
pub mod log;
pub mod migrate;
pub mod plan;
pub mod plates;
pub mod reminder;
pub mod session;
pub mod timer;
pub mod usage;
pub mod user;
pub mod values;

use clap::{Parser, Subcommand};

use crate::output::{ColorChoice, Format};

/// A command-line workout tracker on PostgreSQL.
#[derive(Debug, Parser)]
#[command(
    name = "workout",
    version,
    about,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, clap::Args)]
pub struct GlobalArgs {
    /// PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,
    /// Act as the user with this e-mail (else WORKOUT_USER, the config file)
    #[arg(long, global = true, value_name = "EMAIL")]
    pub user: Option<String>,
    /// Output format of data on stdout
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Never prompt: a question becomes an error naming the flag to pass instead
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Answer yes to confirmations
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// When to use colour (NO_COLOR is honoured under auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only data and errors: no hints or progress
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log sets: interactively on a terminal, or `log add` and friends
    Log(log::LogArgs),
    /// Scheduled and performed workouts
    #[command(subcommand)]
    Session(session::SessionCmd),
    /// Training plans: days, exercises with targets, status, scheduling
    #[command(subcommand)]
    Plan(plan::PlanCmd),
    /// Reminders: recurring, before a plan's sessions or one session; dispatch and ICS
    #[command(subcommand)]
    Reminder(reminder::ReminderCmd),
    /// The exercise catalog and your own exercises
    #[command(subcommand)]
    Exercise(exercise::ExerciseCmd),
    /// Users and their profiles
    #[command(subcommand)]
    User(user::UserCmd),
    /// Body weight, body fat and girths over time
    #[command(subcommand)]
    Body(body::BodyCmd),
    /// Schema migrations
    #[command(subcommand)]
    Migrate(migrate::MigrateCmd),
    /// The embedded default database
    #[command(subcommand)]
    Db(db::DbCmd),
    /// The config file
    #[command(subcommand)]
    Config(config::ConfigCmd),
    /// A rest countdown alone: `workout timer 90s` (bell and notification at the end)
    Timer(timer::TimerArgs),
    /// Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)
    Plates(plates::PlatesArgs),
    /// Print shell completions
    Completions(completions::CompletionsCmd),
    /// Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`
    Man,
}

/// The sentence for a value clap refused (`ErrorKind::InvalidValue`):
/// "invalid value 'xml' for '--format': expected one of table, json,
/// ndjson, csv".
pub fn invalid_value(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue};
    let text = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    // "--format <FORMAT>": the flag without its placeholder.
    let arg = text(ContextKind::InvalidArg)
        .map(|a| a.split(' ').next().unwrap_or_default().to_string())
        .unwrap_or_else(|| "the argument".into());
    let mut s = format!("invalid value '{value}' for '{arg}'");
    match e.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(v)) if !v.is_empty() => {
            s.push_str(": expected one of ");
            s.push_str(&v.join(", "));
        }
        _ => {}
    }
    if let Some(ContextValue::String(hint)) = e.get(ContextKind::SuggestedValue) {
        s.push_str(&format!(" (did you mean '{hint}'?)"));
    }
    s
}
