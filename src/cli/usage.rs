//! clap's refusals of a command line as one sentence on stderr (exit 2),
//! not clap's several lines of error, tip and usage. Built from the error's
//! kind and context ([`clap::error::ContextKind`]), never from its text;
//! the command named is found by walking the arguments through the clap
//! tree. `--help` and `--version` are not refusals: they keep clap's output.

use std::ffi::OsString;

use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Cli;

/// Whether clap's "error" is a request for help or the version, which
/// keeps clap's own output and exit code.
pub fn is_display(e: &clap::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The command the arguments reach: `workout log add` for
/// `workout --user a log add --foo`. Option values that are no subcommand
/// are passed over; `--` ends the walk.
pub fn command_path(args: &[OsString]) -> String {
    let root = Cli::command();
    let mut cmd = &root;
    let mut path = vec![root.get_name().to_string()];
    for a in args.iter().skip(1) {
        if !cmd.has_subcommands() {
            break;
        }
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if a.starts_with('-') {
            continue;
        }
        if let Some(sub) = cmd.find_subcommand(a.as_ref()) {
            path.push(sub.get_name().to_string());
            cmd = sub;
        }
    }
    path.join(" ")
}

/// One sentence for a refusal of clap's (not for [`is_display`] kinds):
/// what is wrong, the command, and where its usage is.
pub fn sentence(e: &clap::Error, args: &[OsString]) -> String {
    let text = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join("', '")),
        _ => None,
    };
    // "--format <FORMAT>": the flag without its placeholder.
    let flag = |k| text(k).map(|a| a.split(' ').next().unwrap_or_default().to_string());
    let cmd = command_path(args);
    let see = format!("see '{cmd} --help'");
    let suggestion = |k| match e.get(k) {
        Some(ContextValue::String(s)) => format!(" (did you mean '{s}'?)"),
        Some(ContextValue::Strings(v)) if !v.is_empty() => {
            format!(" (did you mean '{}'?)", v.join("' or '"))
        }
        _ => String::new(),
    };
    let arg = || flag(ContextKind::InvalidArg).unwrap_or_else(|| "an argument".into());
    match e.kind() {
        ErrorKind::InvalidValue => match text(ContextKind::InvalidValue) {
            Some(v) if !v.is_empty() => super::invalid_value(e),
            _ => format!(
                "a value is required for '{}' but none was supplied; {see}.",
                arg()
            ),
        },
        ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            match std::error::Error::source(e) {
                Some(why) => format!("invalid value '{value}' for '{}': {why}", arg()),
                None => format!("invalid value '{value}' for '{}'; {see}.", arg()),
            }
        }
        ErrorKind::UnknownArgument => format!(
            "unexpected argument '{}' for '{cmd}'{}; {see}.",
            text(ContextKind::InvalidArg).unwrap_or_default(),
            suggestion(ContextKind::SuggestedArg) + &suggestion(ContextKind::SuggestedSubcommand)
        ),
        ErrorKind::InvalidSubcommand => format!(
            "unrecognized subcommand '{}' for '{cmd}'{}; {see}.",
            text(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion(ContextKind::SuggestedSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => format!(
            "'{cmd}' needs '{}'; {see}.",
            text(ContextKind::InvalidArg).unwrap_or_else(|| "more arguments".into())
        ),
        ErrorKind::MissingSubcommand => match text(ContextKind::ValidSubcommand) {
            Some(subs) => format!("'{cmd}' needs a subcommand: one of '{subs}'; {see}."),
            None => format!("'{cmd}' needs a subcommand; {see}."),
        },
        ErrorKind::ArgumentConflict => {
            let a = arg();
            match flag(ContextKind::PriorArg) {
                Some(p) if p == a => format!("'{a}' cannot be given twice to '{cmd}'; {see}."),
                Some(p) => format!("'{a}' cannot be used with '{p}' in '{cmd}'; {see}."),
                None => format!(
                    "'{a}' cannot be used with the other arguments given to '{cmd}'; {see}."
                ),
            }
        }
        ErrorKind::NoEquals => {
            format!(
                "'{}' takes its value after an equal sign ('='); {see}.",
                arg()
            )
        }
        ErrorKind::TooManyValues => format!(
            "unexpected value '{}' for '{}': no more were expected; {see}.",
            text(ContextKind::InvalidValue).unwrap_or_default(),
            arg()
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("wrong number of values for '{}'; {see}.", arg())
        }
        ErrorKind::InvalidUtf8 => format!("an argument is not valid UTF-8; {see}."),
        kind => format!(
            "{}; {see}.",
            kind.as_str().unwrap_or("the command line is not valid")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(args: &[&str]) -> String {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let e = Cli::try_parse_from(&args).expect_err("clap refuses these arguments");
        assert!(!is_display(&e));
        sentence(&e, &args)
    }

    use clap::Parser;

    #[test]
    fn each_refusal_is_one_sentence_naming_the_command() {
        for (args, want) in [
            (
                &["workout", "log", "add", "--foo"][..],
                "unexpected argument '--foo' for 'workout log add'; see 'workout log add --help'.",
            ),
            (
                &["workout", "--user", "a", "plan", "restart"][..],
                "unrecognized subcommand 'restart' for 'workout plan'; see 'workout plan --help'.",
            ),
            (
                &["workout", "user", "show", "--format"][..],
                "a value is required for '--format' but none was supplied; see 'workout user show --help'.",
            ),
        ] {
            let s = refusal(args);
            assert_eq!(s, want);
            assert!(!s.contains('\n'), "{s}");
        }
    }

    #[test]
    fn the_path_skips_flags_and_their_values() {
        let args: Vec<OsString> = ["workout", "--format", "json", "session", "list", "x"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(command_path(&args), "workout session list");
    }
}
