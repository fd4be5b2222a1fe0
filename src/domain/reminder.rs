//! Reminders: when they fire. Pure rules, no I/O: the weekly recurrence in
//! a time zone, the occurrences of session reminders, what one dispatch of a
//! due reminder fires (and how many occurrences it folds in as missed), and
//! the validation of what people type.
//!
//! Every instant is UTC; local times go through [`local_instant`], so a
//! time the clocks skip fires at the first valid moment after it and a time
//! that happens twice fires once, at the earlier.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::domain::plan::{format_weekdays, local_instant};
use crate::domain::quantity::parse_duration;
use crate::error::Kind;

/// More occurrences than this are not counted one by one (ten years of a
/// daily reminder): a missed count says "at least" beyond it.
pub const MAX_COUNTED: u32 = 5000;

/// A weekly recurrence: these ISO weekdays at this local time in this zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recurrence {
    pub weekdays: Vec<i32>,
    pub time: NaiveTime,
    pub tz: Tz,
}

impl Recurrence {
    /// The occurrence on local `date`, if `date` is one of the weekdays.
    fn on(&self, date: NaiveDate) -> Option<DateTime<Utc>> {
        let wd = date.weekday().number_from_monday() as i32;
        self.weekdays
            .contains(&wd)
            .then(|| local_instant(self.tz, date, self.time))
    }

    /// The first occurrence strictly after `after`; `None` with no weekdays,
    /// or when it would fall after 9999 (the series stops at the edge of
    /// the dates the tool reads).
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        // From the day before `after`'s local date: an occurrence pushed
        // forward out of a skipped hour may land on the next day.
        let start = after.with_timezone(&self.tz).date_naive() - Duration::days(1);
        (0..=8)
            .map_while(|i| start.checked_add_signed(Duration::days(i)))
            .filter_map(|d| self.on(d))
            .find(|t| *t > after)
            .filter(|t| crate::domain::plan::check_instant(*t).is_ok())
    }

    /// How many occurrences fall in `(after, upto]`, counted up to [`MAX_COUNTED`].
    pub fn count_between(&self, after: DateTime<Utc>, upto: DateTime<Utc>) -> u32 {
        let mut n = 0;
        let mut t = after;
        while n < MAX_COUNTED {
            match self.next_after(t) {
                Some(next) if next <= upto => {
                    n += 1;
                    t = next;
                }
                _ => break,
            }
        }
        n
    }

    /// The RFC 5545 RRULE value: `FREQ=WEEKLY;BYDAY=MO,WE,FR`.
    pub fn rrule(&self) -> String {
        const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
        let days: Vec<&str> = self
            .weekdays
            .iter()
            .filter_map(|d| BYDAY.get((*d - 1) as usize).copied())
            .collect();
        format!("FREQ=WEEKLY;BYDAY={}", days.join(","))
    }

    /// "Mon, Wed, Fri at 07:00 (Europe/Berlin)".
    pub fn describe(&self) -> String {
        format!(
            "{} at {} ({})",
            format_weekdays(&self.weekdays),
            self.time.format("%H:%M"),
            self.tz.name()
        )
    }
}

/// A session reminder's occurrences come after this instant: after the last
/// firing, or, for one never fired, for sessions that start after it was
/// made (so one made 20 minutes before a session with a 1 hour lead still
/// fires at once, and a plan's long-past sessions never do).
pub fn session_floor(
    last_fired: Option<DateTime<Utc>>,
    created: DateTime<Utc>,
    lead_minutes: i32,
) -> DateTime<Utc> {
    last_fired.unwrap_or(created - Duration::minutes(i64::from(lead_minutes)))
}

/// The occurrence of a session reminder for a session at `start`.
pub fn session_occurrence(start: DateTime<Utc>, lead_minutes: i32) -> DateTime<Utc> {
    start - Duration::minutes(i64::from(lead_minutes))
}

/// The first of `occurrences` strictly after `after`.
pub fn first_after(occurrences: &[DateTime<Utc>], after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    occurrences.iter().copied().filter(|t| *t > after).min()
}

/// What a dispatch at `now` does with one claimed reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Firing {
    /// The occurrence delivered, or `None` when nothing is due any more
    /// (a session cancelled or moved since `nextFireAt` was computed).
    pub occurrence: Option<DateTime<Utc>>,
    /// Further occurrences up to `now` folded into this one.
    pub missed: u32,
    /// The new `nextFireAt`: the first occurrence after `now` (or, when
    /// nothing fired, after the reminder's floor); `None` when none is left.
    pub next: Option<DateTime<Utc>>,
}

/// A recurring reminder claimed for `due` (its `nextFireAt`) at `now`: it
/// fires once for `due`, the ones since are missed, the next is after `now`.
pub fn fire_recurring(r: &Recurrence, due: DateTime<Utc>, now: DateTime<Utc>) -> Firing {
    Firing {
        occurrence: Some(due),
        missed: r.count_between(due, now),
        next: r.next_after(now),
    }
}

/// A session reminder at `now`, given the occurrences of its sessions that
/// are still SCHEDULED and its floor: the first due one fires, later due
/// ones are missed; a session cancelled, completed or skipped has no
/// occurrence here, so its reminder does not fire.
pub fn fire_session(
    occurrences: &[DateTime<Utc>],
    floor: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Firing {
    let mut due: Vec<DateTime<Utc>> = occurrences
        .iter()
        .copied()
        .filter(|t| *t > floor && *t <= now)
        .collect();
    due.sort_unstable();
    match due.first() {
        Some(first) => Firing {
            occurrence: Some(*first),
            missed: (due.len() - 1) as u32,
            next: first_after(occurrences, now),
        },
        None => Firing {
            occurrence: None,
            missed: 0,
            next: first_after(occurrences, floor),
        },
    }
}

/// A lead time such as `30m` or `1h` in whole minutes (1 minute to 24 hours).
pub fn parse_lead(input: &str) -> anyhow::Result<i32> {
    let secs = parse_duration(input).map_err(|_| {
        Kind::Usage.err(format!(
            "`{input}` is not a lead time: write a positive duration such as 30m or 1h (at most 24h)"
        ))
    })?;
    if secs % 60 != 0 {
        return Err(Kind::Usage.err(format!(
            "a lead time of `{input}` is not whole minutes: write e.g. 5m or 1h 30m"
        )));
    }
    Ok(secs / 60)
}

/// "30m", "1h", "1h 30m".
pub fn format_lead(minutes: i32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
    }
}

/// A title given, trimmed, or the default; a blank one is bad input.
pub fn title_or(given: Option<&str>, default: impl FnOnce() -> String) -> anyhow::Result<String> {
    match given.map(str::trim) {
        None => Ok(default()),
        Some("") => Err(Kind::Usage.err("a reminder's --title cannot be empty")),
        Some(t) if t.chars().count() > crate::domain::text::MAX_TITLE => {
            Err(Kind::Usage.err("a reminder's --title is at most 200 characters"))
        }
        Some(t) => crate::domain::text::title_arg("a reminder's --title", t),
    }
}

/// The stored kind of a reminder (`"ReminderKind"`): weekly, or tied to
/// sessions (one session, or a plan's sessions when it has no session id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    Recurring,
    Session,
}

impl ReminderKind {
    /// The stored label.
    pub fn label(self) -> &'static str {
        match self {
            ReminderKind::Recurring => "RECURRING",
            ReminderKind::Session => "SESSION",
        }
    }

    /// From a stored label.
    pub fn parse(s: &str) -> anyhow::Result<Self> {
        match s {
            "RECURRING" => Ok(ReminderKind::Recurring),
            "SESSION" => Ok(ReminderKind::Session),
            other => anyhow::bail!("unknown reminder kind {other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America::New_York, Europe::Berlin};

    #[test]
    fn reminder_kind_labels_round_trip() {
        for k in [ReminderKind::Recurring, ReminderKind::Session] {
            assert_eq!(ReminderKind::parse(k.label()).unwrap(), k);
        }
        assert!(ReminderKind::parse("PLAN").is_err());
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_series_stops_at_the_last_year_the_tool_reads() {
        let r = daily(New_York, "23:00");
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        // 9999-12-30 23:00 in New York is 9999-12-31 04:00 UTC: kept.
        assert_eq!(
            r.next_after(at("9999-12-30T05:00:00Z")),
            Some(at("9999-12-31T04:00:00Z"))
        );
        // 9999-12-31 23:00 in New York is in the year 10000 in UTC: none.
        assert_eq!(r.next_after(at("9999-12-31T04:00:00Z")), None);
    }

    fn daily(tz: Tz, hm: &str) -> Recurrence {
        Recurrence {
            weekdays: (1..=7).collect(),
            time: NaiveTime::parse_from_str(hm, "%H:%M").unwrap(),
            tz,
        }
    }

    fn chain(r: &Recurrence, from: &str, n: usize) -> Vec<String> {
        let mut t = utc(from);
        (0..n)
            .map(|_| {
                t = r.next_after(t).unwrap();
                t.to_rfc3339()
            })
            .collect()
    }

    #[test]
    fn strictly_after_and_weekdays() {
        let r = Recurrence {
            weekdays: vec![1, 3, 5],
            time: NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
            tz: Tz::UTC,
        };
        // 2026-03-23 is a Monday.
        assert_eq!(
            r.next_after(utc("2026-03-23T06:59:00Z")).unwrap(),
            utc("2026-03-23T07:00:00Z")
        );
        assert_eq!(
            r.next_after(utc("2026-03-23T07:00:00Z")).unwrap(),
            utc("2026-03-25T07:00:00Z")
        );
        assert_eq!(
            r.next_after(utc("2026-03-27T08:00:00Z")).unwrap(),
            utc("2026-03-30T07:00:00Z")
        );
        assert_eq!(r.rrule(), "FREQ=WEEKLY;BYDAY=MO,WE,FR");
        assert_eq!(r.describe(), "Mon, Wed, Fri at 07:00 (UTC)");
        let none = Recurrence {
            weekdays: vec![],
            ..r
        };
        assert_eq!(none.next_after(utc("2026-03-23T00:00:00Z")), None);
    }

    #[test]
    fn seven_local_stays_seven_local_in_berlin() {
        // Spring forward on 2026-03-29, fall back on 2026-10-25.
        let r = daily(Berlin, "07:00");
        assert_eq!(
            chain(&r, "2026-03-28T00:00:00Z", 3),
            [
                "2026-03-28T06:00:00+00:00",
                "2026-03-29T05:00:00+00:00",
                "2026-03-30T05:00:00+00:00"
            ]
        );
        assert_eq!(
            chain(&r, "2026-10-24T00:00:00Z", 3),
            [
                "2026-10-24T05:00:00+00:00",
                "2026-10-25T06:00:00+00:00",
                "2026-10-26T06:00:00+00:00"
            ]
        );
    }

    #[test]
    fn skipped_time_fires_at_first_valid_moment() {
        // 02:30 does not exist in Berlin on 2026-03-29: 03:00 CEST (01:00 UTC).
        let r = daily(Berlin, "02:30");
        assert_eq!(
            chain(&r, "2026-03-28T12:00:00Z", 2),
            ["2026-03-29T01:00:00+00:00", "2026-03-30T00:30:00+00:00"]
        );
        // New York skips 02:00-03:00 on 2026-03-08.
        let ny = daily(New_York, "02:15");
        assert_eq!(
            chain(&ny, "2026-03-07T12:00:00Z", 2),
            ["2026-03-08T07:00:00+00:00", "2026-03-09T06:15:00+00:00"]
        );
    }

    #[test]
    fn repeated_time_fires_once_at_the_earlier() {
        // 02:30 happens twice in Berlin on 2026-10-25: once, at 02:30 CEST (00:30 UTC).
        let r = daily(Berlin, "02:30");
        assert_eq!(
            chain(&r, "2026-10-24T12:00:00Z", 2),
            ["2026-10-25T00:30:00+00:00", "2026-10-26T01:30:00+00:00"]
        );
        // 01:30 twice in New York on 2026-11-01: 01:30 EDT (05:30 UTC), once.
        let ny = daily(New_York, "01:30");
        assert_eq!(
            chain(&ny, "2026-10-31T12:00:00Z", 2),
            ["2026-11-01T05:30:00+00:00", "2026-11-02T06:30:00+00:00"]
        );
        // Asking from between the two 01:30s does not fire the second one.
        assert_eq!(
            ny.next_after(utc("2026-11-01T05:45:00Z")).unwrap(),
            utc("2026-11-02T06:30:00Z")
        );
    }

    #[test]
    fn missed_occurrences_fire_once() {
        let r = daily(Berlin, "07:00");
        let due = utc("2026-03-20T06:00:00Z");
        // Off for three days: back at 09:00 local on the 23rd.
        let f = fire_recurring(&r, due, utc("2026-03-23T08:00:00Z"));
        assert_eq!(f.occurrence, Some(due));
        assert_eq!(f.missed, 3);
        assert_eq!(f.next, Some(utc("2026-03-24T06:00:00Z")));
        // On time: nothing missed.
        let f = fire_recurring(&r, due, due);
        assert_eq!(f.missed, 0);
        assert_eq!(f.next, Some(utc("2026-03-21T06:00:00Z")));
        assert_eq!(
            r.count_between(due, due + Duration::days(20000)),
            MAX_COUNTED
        );
    }

    #[test]
    fn session_reminders() {
        let s1 = utc("2026-03-23T18:00:00Z");
        let s2 = utc("2026-03-25T18:00:00Z");
        let occ = [session_occurrence(s1, 60), session_occurrence(s2, 60)];
        let created = utc("2026-03-23T17:40:00Z");
        // Made 20 minutes before a session with a 1 hour lead: due at once.
        let floor = session_floor(None, created, 60);
        assert_eq!(first_after(&occ, floor), Some(utc("2026-03-23T17:00:00Z")));
        let f = fire_session(&occ, floor, created);
        assert_eq!(f.occurrence, Some(utc("2026-03-23T17:00:00Z")));
        assert_eq!(f.missed, 0);
        assert_eq!(f.next, Some(utc("2026-03-25T17:00:00Z")));
        // Fired; both sessions passed while off: one firing, one missed.
        let f = fire_session(&occ, created, utc("2026-03-26T00:00:00Z"));
        assert_eq!(f.occurrence, Some(utc("2026-03-25T17:00:00Z")));
        let f2 = fire_session(&occ, floor, utc("2026-03-26T00:00:00Z"));
        assert_eq!((f2.missed, f2.next), (1, None));
        // Its session cancelled: nothing to fire, nothing next.
        let f = fire_session(&[], floor, utc("2026-03-24T00:00:00Z"));
        assert_eq!(
            f,
            Firing {
                occurrence: None,
                missed: 0,
                next: None
            }
        );
        // A plan's session from before the reminder existed never fires.
        let old = [session_occurrence(utc("2026-03-01T18:00:00Z"), 30)];
        assert_eq!(first_after(&old, session_floor(None, created, 30)), None);
    }

    #[test]
    fn leads_and_titles() {
        assert_eq!(parse_lead("30m").unwrap(), 30);
        assert_eq!(parse_lead("1h").unwrap(), 60);
        assert_eq!(parse_lead("1h 30m").unwrap(), 90);
        for bad in ["-5m", "0m", "90s", "", "soon", "25h"] {
            let e = parse_lead(bad).unwrap_err();
            assert_eq!(crate::error::kind_of(&e), Kind::Usage, "{bad}");
        }
        assert_eq!(format_lead(30), "30m");
        assert_eq!(format_lead(60), "1h");
        assert_eq!(format_lead(90), "1h 30m");
        assert_eq!(title_or(None, || "d".into()).unwrap(), "d");
        assert_eq!(title_or(Some(" Lift "), || "d".into()).unwrap(), "Lift");
        assert!(title_or(Some("  "), || "d".into()).is_err());
    }
}
