//! Text as the tool takes it in and shows it: input quoted in messages
//! (cut to a readable length), the limits on names and notes, and control
//! characters kept out of what people read.

use std::borrow::Cow;

use crate::error::Kind;

/// The most characters of an input a message quotes.
pub const MAX_QUOTE: usize = 60;

/// The longest notes (of a set, session or plan entry) and messages accepted.
pub const MAX_NOTES: usize = 10_000;

/// The longest session name or reminder title accepted.
pub const MAX_TITLE: usize = 200;

/// An input as a message quotes it: at most [`MAX_QUOTE`] characters (then
/// `…` and how many more), control characters escaped, so that a 20 MB
/// value gives a one-line error.
pub fn quote(input: &str) -> String {
    let total = input.chars().count();
    let mut s: String = input
        .chars()
        .take(MAX_QUOTE)
        .flat_map(|c| {
            let e: Vec<char> = if c.is_control() {
                c.escape_debug().collect()
            } else {
                vec![c]
            };
            e
        })
        .collect();
    if total > MAX_QUOTE {
        s.push_str(&format!("… ({} more characters)", total - MAX_QUOTE));
    }
    s
}

/// A message with every `` `quoted` `` span longer than [`MAX_QUOTE`]
/// characters cut by [`quote`]: applied to every error, warning and
/// message the tool prints, so no message echoes a huge input whole.
pub fn cut_quotes(msg: &str) -> Cow<'_, str> {
    let spans: Vec<&str> = msg.split('`').collect();
    // Odd pieces are inside backticks (an unpaired last one is left alone).
    let long =
        |i: usize, p: &&str| i % 2 == 1 && i + 1 < spans.len() && p.chars().count() > MAX_QUOTE;
    if !spans.iter().enumerate().any(|(i, p)| long(i, p)) {
        return Cow::Borrowed(msg);
    }
    Cow::Owned(
        spans
            .iter()
            .enumerate()
            .map(|(i, p)| if long(i, p) { quote(p) } else { p.to_string() })
            .collect::<Vec<_>>()
            .join("`"),
    )
}

/// Notes (or a message) as stored: `None` when blank; no NUL byte (the
/// database refuses it) and at most [`MAX_NOTES`] characters.
/// `what` names the field: "the notes".
pub fn notes(what: &str, input: &str) -> Result<Option<String>, String> {
    if input.contains('\0') {
        return Err(format!("{what} contain a NUL byte, which cannot be stored"));
    }
    let n = input.chars().count();
    if n > MAX_NOTES {
        return Err(format!(
            "{what} are {n} characters long: at most {MAX_NOTES} are accepted"
        ));
    }
    Ok((!input.trim().is_empty()).then(|| input.to_string()))
}

/// [`notes`] for a command's argument: an error of kind usage (exit 2).
pub fn notes_arg(what: &str, input: Option<String>) -> anyhow::Result<Option<String>> {
    match input {
        None => Ok(None),
        Some(s) => notes(what, &s).map_err(|e| Kind::Usage.err(e)),
    }
}

/// A session name or reminder title: trimmed, non-empty, at most
/// [`MAX_TITLE`] characters and no control characters.
pub fn title(what: &str, input: &str) -> Result<String, String> {
    let t = input.trim();
    if t.is_empty() {
        return Err(format!("{what} cannot be empty"));
    }
    if t.chars().count() > MAX_TITLE || t.chars().any(char::is_control) {
        return Err(format!(
            "`{}` cannot be {what}: use at most {MAX_TITLE} characters and no control characters",
            quote(t)
        ));
    }
    Ok(t.to_string())
}

/// [`title`] for a command's argument: an error of kind usage (exit 2).
pub fn title_arg(what: &str, input: &str) -> anyhow::Result<String> {
    title(what, input).map_err(|e| Kind::Usage.err(e))
}

/// Text for a terminal: every control character but the line break shown
/// escaped (`\u{1b}`), so a name cannot move the cursor, recolour the
/// screen or hide what follows it.
pub fn neutralise(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .flat_map(|c| {
                let e: Vec<char> = if c.is_control() && c != '\n' {
                    c.escape_debug().collect()
                } else {
                    vec![c]
                };
                e
            })
            .collect(),
    )
}

/// A TEXT value for an iCalendar file: a bare CR or CRLF becomes a line
/// break (which the writer escapes as `\n`), a tab stays, and every other
/// control character is dropped, so no value can start a line of its own.
/// (The icalendar crate escapes `\`, `;`, `,` and LF, but not CR.)
pub fn ics_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_short_and_escaped() {
        let long = "x".repeat(1_000_000);
        let q = quote(&long);
        assert!(q.len() < 120, "{q}");
        assert!(q.ends_with("(999940 more characters)"));
        assert_eq!(quote("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(quote("short"), "short");
    }

    #[test]
    fn long_quoted_spans_are_cut() {
        let msg = format!("`{}` is not a weight; `ok` stays", "9".repeat(20_000_000));
        let cut = cut_quotes(&msg);
        assert!(cut.len() < 200, "{cut}");
        assert!(cut.ends_with("`ok` stays"), "{cut}");
        assert!(matches!(cut_quotes("`a` b `c`"), Cow::Borrowed(_)));
    }

    #[test]
    fn notes_and_titles() {
        assert!(notes("the notes", "a\0b").unwrap_err().contains("NUL"));
        assert!(notes("the notes", &"n".repeat(MAX_NOTES + 1)).is_err());
        assert_eq!(notes("the notes", "  "), Ok(None));
        assert_eq!(notes("the notes", "ok"), Ok(Some("ok".into())));
        assert!(title("a session name", &"t".repeat(MAX_TITLE + 1)).is_err());
        assert!(title("a session name", "a\rb").is_err());
        assert_eq!(title("a session name", " Push "), Ok("Push".into()));
    }

    #[test]
    fn ics_text_has_no_bare_cr() {
        assert_eq!(
            ics_text("a\rBEGIN:VEVENT\r\nb\u{1b}\0c\td"),
            "a\nBEGIN:VEVENT\nbc\td"
        );
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(neutralise("Bench\u{1b}[2J"), "Bench\\u{1b}[2J");
        assert_eq!(neutralise("a\rb\tc\nd"), "a\\rb\\tc\nd");
        assert!(matches!(neutralise("plain"), Cow::Borrowed(_)));
    }
}

/// The shortest prefix of each id that no other id in `ids` shares, at
/// least `min` characters (the whole id if shorter).
pub fn unique_prefixes(ids: &[String], min: usize) -> Vec<String> {
    let common = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let mut sorted: Vec<&str> = ids.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    ids.iter()
        .map(|id| {
            let i = sorted.binary_search(&id.as_str()).unwrap_or(0);
            let before = i.checked_sub(1).map_or(0, |j| common(id, sorted[j]));
            let after = sorted.get(i + 1).map_or(0, |o| common(id, o));
            let len = (before.max(after) + 1).max(min);
            id.chars().take(len).collect()
        })
        .collect()
}

#[cfg(test)]
mod prefix_tests {
    use super::unique_prefixes;

    #[test]
    fn shortest_unique_prefixes_of_at_least_six() {
        let ids: Vec<String> = ["cmx3tm7hb0000", "cmx3tm7hc0001", "cab", "czzzzzzzzz"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            unique_prefixes(&ids, 6),
            ["cmx3tm7hb", "cmx3tm7hc", "cab", "czzzzz"]
        );
    }
}
