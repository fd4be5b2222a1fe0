//! The one parser of dates as people type them, used wherever a command
//! takes a date: `2026-03-23`, `today`, `yesterday`, `tomorrow`, a weekday
//! (`mon`, `monday`), or days/weeks from today (`-2d`, `+1w`, `3d ago`).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::error::Kind;

/// Which way a bare weekday points: `log add --date mon` is the Monday
/// just past (today when today is Monday), `session schedule --at "mon
/// 07:00"` the coming one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toward {
    Past,
    Future,
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "mon" | "monday" => Weekday::Mon,
        "tue" | "tues" | "tuesday" => Weekday::Tue,
        "wed" | "wednesday" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thu,
        "fri" | "friday" => Weekday::Fri,
        "sat" | "saturday" => Weekday::Sat,
        "sun" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// `-2d`, `+3d`, `1w`, `2d ago`: days from today (none: `None`).
fn offset(s: &str) -> Option<i64> {
    let (s, ago) = match s.strip_suffix("ago") {
        Some(rest) => (rest.trim(), true),
        None => (s, false),
    };
    let (sign, body) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ if ago => (1, s),
        _ => return None,
    };
    let body = body.trim();
    let split = body.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = body.split_at(split);
    let n: i64 = n.parse().ok().filter(|n| *n <= 100_000)?;
    let days = match unit.trim() {
        "d" | "day" | "days" => n,
        "w" | "wk" | "week" | "weeks" => n * 7,
        _ => return None,
    };
    Some(if ago { -days } else { sign * days })
}

/// A date as typed, relative to `today` (the user's local day).
pub fn parse_day(input: &str, today: NaiveDate, toward: Toward) -> anyhow::Result<NaiveDate> {
    let s = input.trim().to_ascii_lowercase();
    let date = match s.as_str() {
        "today" => Some(today),
        "yesterday" => today.pred_opt(),
        "tomorrow" => today.succ_opt(),
        _ => {
            if let Some(w) = weekday(&s) {
                let from = i64::from(today.weekday().num_days_from_monday());
                let to = i64::from(w.num_days_from_monday());
                Some(match toward {
                    Toward::Past => today - Duration::days((from - to).rem_euclid(7)),
                    Toward::Future => today + Duration::days((to - from).rem_euclid(7)),
                })
            } else if let Some(d) = offset(&s) {
                today.checked_add_signed(Duration::days(d))
            } else if s.matches('-').count() >= 2 {
                // Shaped as YYYY-MM-DD: the calendar's own reason.
                return crate::domain::plan::parse_date(input);
            } else {
                return crate::domain::plan::parse_date(input).map_err(|_| {
                    Kind::Usage.err(format!(
                        "`{}` is not a date: use YYYY-MM-DD, today, yesterday, a weekday (mon) or -2d",
                        input.trim()
                    ))
                });
            }
        }
    };
    let date = date.ok_or_else(|| Kind::Usage.err(format!("`{input}` is out of range")))?;
    crate::domain::plan::check_year(date)
        .map_err(|why| Kind::Usage.err(format!("`{input}` is not a date here: {why}")))?;
    Ok(date)
}

/// Splits `DATE [HH:MM]` where DATE may hold a space (`2d ago 18:00`):
/// the time is the last word when it has a colon.
pub fn split_time(input: &str) -> (&str, Option<&str>) {
    let s = input.trim();
    match s.rsplit_once(' ') {
        Some((d, t)) if t.contains(':') => (d.trim(), Some(t)),
        _ => (s, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn relative_dates() {
        // 2026-11-25 is a Wednesday.
        let today = d("2026-11-25");
        for (input, toward, want) in [
            ("today", Toward::Past, "2026-11-25"),
            ("Yesterday", Toward::Past, "2026-11-24"),
            ("tomorrow", Toward::Past, "2026-11-26"),
            ("mon", Toward::Past, "2026-11-23"),
            ("monday", Toward::Future, "2026-11-30"),
            ("wed", Toward::Past, "2026-11-25"),
            ("wed", Toward::Future, "2026-11-25"),
            ("-2d", Toward::Past, "2026-11-23"),
            ("+1w", Toward::Past, "2026-12-02"),
            ("3 days ago", Toward::Past, "2026-11-22"),
            ("2026-01-05", Toward::Past, "2026-01-05"),
        ] {
            assert_eq!(parse_day(input, today, toward).unwrap(), d(want), "{input}");
        }
        for bad in ["", "someday", "-2x", "2d", "2026-13-01", "-99999999d"] {
            let e = parse_day(bad, today, Toward::Past).unwrap_err().to_string();
            assert!(e.contains('`'), "{bad}: {e}");
        }
        assert_eq!(split_time("2d ago 18:00"), ("2d ago", Some("18:00")));
        assert_eq!(split_time("yesterday"), ("yesterday", None));
    }
}
