//! workout: a command-line workout tracker on PostgreSQL.
//!
//! `main.rs` only calls [`main`]; everything lives in this library so the
//! tests can use it.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod context;
pub mod db;
pub mod domain;
pub mod embedded;
pub mod error;
pub mod import;
pub mod legacy;
pub mod output;
pub mod prompt;
pub mod testhook;

use std::io::Write;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::context::{Context, Settings, Target};
use crate::output::Output;
use crate::prompt::Prompt;

/// The schema migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Parses the arguments, runs the command, and returns the exit code.
pub fn main() -> i32 {
    // No argument is longer than the longest text the tool stores (notes):
    // a 20 MB argument is refused at once, in one short sentence.
    if let Some((i, n)) = std::env::args_os()
        .map(|a| a.to_string_lossy().chars().count())
        .enumerate()
        .find(|(_, n)| *n > domain::text::MAX_NOTES)
    {
        crate::say!(
            "error: argument {i} is {n} characters long: no name, note or value may be longer than {} characters",
            domain::text::MAX_NOTES
        );
        return error::Kind::Usage.exit_code();
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) if !cli::usage::is_display(&e) => {
            // A refusal (unknown flag, missing value, bad value, conflict,
            // unknown subcommand): one sentence, not clap's several lines
            // of error, tip and usage; exit 2.
            crate::say!("error: {}", cli::usage::sentence(&e, &args));
            return e.exit_code();
        }
        Err(e) => {
            // --help and --version print to stdout and exit 0; usage errors exit 2.
            let code = e.exit_code();
            if let Err(io) = e.print()
                && io.kind() != std::io::ErrorKind::BrokenPipe
            {
                return 1;
            }
            return code;
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            crate::say!("error: cannot start the async runtime: {e}");
            return 1;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => 0,
        Err(e) if error::is_broken_pipe(&e) => 0,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                domain::text::neutralise(&error::render(&e))
            );
            error::kind_of(&e).exit_code()
        }
    }
}

/// Runs one parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let g = &cli.global;
    let out = Output::new(g.format, g.color, g.quiet);
    let prompt = Prompt {
        no_input: g.no_input,
        yes: g.yes,
    };
    match cli.command {
        Command::Completions(c) => return cli::completions::run(c, &out),
        Command::Man => return cli::completions::run_man(&out),
        Command::Timer(t) => return cli::timer::run(t),
        _ => {}
    }
    let settings = Settings::load(config::Overrides {
        database_url: g.database_url.clone(),
        user: g.user.clone(),
    })?;
    match cli.command {
        Command::Completions(_) | Command::Man | Command::Timer(_) => {
            unreachable!("handled above")
        }
        Command::Plates(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::plates::run(&mut ctx, c).await
        }
        Command::Config(c) => cli::config::run(c, &settings, &out),
        Command::Db(c) if c.on_data() => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::db::run_data(c, &mut ctx).await
        }
        Command::Db(c) => cli::db::run(c, &settings, &out).await,
        Command::Migrate(c) => {
            // No schema check here: this is the command that changes the schema.
            let target = Target::resolve(&settings)?;
            let mut conn = target.connect().await?;
            cli::migrate::run(c, &target, &mut conn, &out, prompt, g.user.clone()).await
        }
        Command::Exercise(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::exercise::run(c, &mut ctx).await
        }
        Command::Log(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::log::run(c, &mut ctx).await
        }
        Command::Session(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::session::run(c, &mut ctx).await
        }
        Command::Plan(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::plan::run(c, &mut ctx).await
        }
        Command::Reminder(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::reminder::run(c, &mut ctx).await
        }
        Command::User(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::user::run(c, &mut ctx).await
        }
        Command::Body(c) => {
            let mut ctx = Context::open(out, prompt, settings).await?;
            cli::body::run(c, &mut ctx).await
        }
    }
}
