//! Training plans: the status state machine, the targets of a plan
//! exercise as people type them, weekdays, and the dates and instants a
//! plan's days are scheduled at.
//!
//! # Status changes
//!
//! ```text
//!            activate            pause
//!   DRAFT ------------> ACTIVE --------> PAUSED
//!     |                 |  ^   activate    |
//!     |                 |  +---------------+
//!     |        complete |                  | complete
//!     |                 v                  v
//!     |             COMPLETED <------------+
//!     |                 |
//!     +--- archive -----+---> ARCHIVED   (archive works from every status)
//! ```
//!
//! A finished plan (COMPLETED or ARCHIVED) is activated again only with
//! `--force`. Asking for the status a plan already has changes nothing and
//! is not an error. Every other change is refused with the reason.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::Kind;

/// The schema's `PlanStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStatus {
    Draft,
    Active,
    Paused,
    Completed,
    Archived,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 5] = [
        PlanStatus::Draft,
        PlanStatus::Active,
        PlanStatus::Paused,
        PlanStatus::Completed,
        PlanStatus::Archived,
    ];

    /// The enum label in the database.
    pub fn label(self) -> &'static str {
        match self {
            PlanStatus::Draft => "DRAFT",
            PlanStatus::Active => "ACTIVE",
            PlanStatus::Paused => "PAUSED",
            PlanStatus::Completed => "COMPLETED",
            PlanStatus::Archived => "ARCHIVED",
        }
    }

    /// For people: "active".
    pub fn human(self) -> String {
        self.label().to_ascii_lowercase()
    }

    /// A label from the database or a `--status` value, case-insensitively.
    pub fn parse(s: &str) -> anyhow::Result<Self> {
        Self::ALL
            .into_iter()
            .find(|p| p.label().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Kind::Usage.err(format!(
                    "unknown plan status `{s}`: use one of draft, active, paused, completed, archived"
                ))
            })
    }
}

/// A status change a user asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Activate,
    Pause,
    Complete,
    Archive,
}

impl Change {
    pub fn verb(self) -> &'static str {
        match self {
            Change::Activate => "activate",
            Change::Pause => "pause",
            Change::Complete => "complete",
            Change::Archive => "archive",
        }
    }
}

/// What a permitted change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The plan moves to this status.
    To(PlanStatus),
    /// The plan already has the status asked for: nothing to do.
    Already,
}

/// The state machine above. `plan` names the plan in the refusal.
pub fn transition(
    plan: &str,
    from: PlanStatus,
    change: Change,
    force: bool,
) -> anyhow::Result<Outcome> {
    use PlanStatus::*;
    let refuse = |why: &str| {
        Err(Kind::Usage.err(format!("cannot {} the plan `{plan}`: {why}", change.verb())))
    };
    match (change, from) {
        (Change::Activate, Active) | (Change::Pause, Paused) | (Change::Complete, Completed) => {
            Ok(Outcome::Already)
        }
        (Change::Archive, Archived) => Ok(Outcome::Already),
        (Change::Activate, Draft | Paused) => Ok(Outcome::To(Active)),
        (Change::Activate, Completed | Archived) if force => Ok(Outcome::To(Active)),
        (Change::Activate, Completed | Archived) => refuse(&format!(
            "it is {}; pass --force to activate it again",
            from.human()
        )),
        (Change::Pause, Active) => Ok(Outcome::To(Paused)),
        (Change::Pause, Draft) => refuse("it is a draft that has not started; activate it first"),
        (Change::Pause, Completed | Archived) => refuse(&format!(
            "it is {}; only an active plan can be paused",
            from.human()
        )),
        (Change::Complete, Active | Paused) => Ok(Outcome::To(Completed)),
        (Change::Complete, Draft) => {
            refuse("it is a draft that has not started; activate it first")
        }
        (Change::Complete, Archived) => {
            refuse("it is archived; pass --force to `plan activate` it first")
        }
        (Change::Archive, _) => Ok(Outcome::To(Archived)),
    }
}

/// Whether sessions may be scheduled from a plan in this status.
pub fn check_schedulable(plan: &str, status: PlanStatus) -> anyhow::Result<()> {
    match status {
        PlanStatus::Draft | PlanStatus::Active => Ok(()),
        s => Err(Kind::Usage.err(format!(
            "cannot schedule the plan `{plan}`: it is {}; activate it first",
            s.human()
        ))),
    }
}

/// A reps target: one number or a range `min-max`.
pub fn parse_reps(input: &str) -> anyhow::Result<(i32, i32)> {
    let bad = || {
        Kind::Usage.err(format!(
            "`{input}` is not a reps target: use a number such as 8 or a range such as 8-12"
        ))
    };
    let num = |s: &str| -> anyhow::Result<i32> {
        let n: i32 = s.trim().parse().map_err(|_| bad())?;
        if (1..=1000).contains(&n) {
            Ok(n)
        } else {
            Err(Kind::Usage.err(format!("a reps target of {n} is out of range (1 to 1000)")))
        }
    };
    let (min, max) = match input.trim().split_once('-') {
        Some((a, b)) => (num(a)?, num(b)?),
        None => {
            let n = num(input)?;
            (n, n)
        }
    };
    if min > max {
        return Err(Kind::Usage.err(format!(
            "the reps range `{input}` runs backwards: write the smaller number first, e.g. {max}-{min}"
        )));
    }
    Ok((min, max))
}

/// "8", "8-12".
pub fn format_reps(min: Option<i32>, max: Option<i32>) -> String {
    match (min, max) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}-{b}"),
        (Some(a), None) => format!("{a}+"),
        (None, Some(b)) => format!("up to {b}"),
        (None, None) => String::new(),
    }
}

/// A number of sets, 1 to 100.
pub fn validate_sets(sets: i32) -> anyhow::Result<i32> {
    if (1..=100).contains(&sets) {
        Ok(sets)
    } else {
        Err(Kind::Usage.err(format!(
            "a target of {sets} sets is out of range (1 to 100)"
        )))
    }
}

/// An RPE target, 1 to 10 (halves and other decimals allowed).
pub fn validate_rpe(rpe: f64) -> anyhow::Result<f64> {
    if rpe.is_finite() && (1.0..=10.0).contains(&rpe) {
        Ok(rpe)
    } else {
        Err(Kind::Usage.err(format!("an RPE of {rpe} is out of range (1 to 10)")))
    }
}

/// A target weight in kg must be at most 1000 kg.
pub fn validate_target_kg(kg: f64, what: &str) -> anyhow::Result<f64> {
    if kg <= 1000.0 {
        Ok(kg)
    } else {
        Err(Kind::Usage.err(format!(
            "a {what} of {} kg is out of range (0 to 1000 kg)",
            super::units::trim_number(kg)
        )))
    }
}

/// A rest time: `90`, `90s`, `2m`, `1m30s`, `1m 30s`; 0 to 60 minutes.
pub fn parse_rest(input: &str) -> anyhow::Result<i32> {
    let bad = || {
        Kind::Usage.err(format!(
            "`{input}` is not a rest time: use seconds or minutes, such as 90s, 2m or 1m30s"
        ))
    };
    let s: String = input
        .trim()
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if s.is_empty() {
        return Err(bad());
    }
    let mut total: i64 = 0;
    let mut digits = String::new();
    let mut saw_unit = false;
    for c in s.chars() {
        match c {
            '0'..='9' => digits.push(c),
            'm' | 's' => {
                let n: i64 = digits.parse().map_err(|_| bad())?;
                total += if c == 'm' { n * 60 } else { n };
                digits.clear();
                saw_unit = true;
            }
            _ => return Err(bad()),
        }
    }
    if !digits.is_empty() {
        if saw_unit {
            return Err(bad());
        }
        total = digits.parse().map_err(|_| bad())?;
    }
    if total > 3600 {
        return Err(Kind::Usage.err(format!(
            "a rest of `{input}` is out of range (0 to 60 minutes)"
        )));
    }
    Ok(total as i32)
}

/// 90 -> "1m30s", 60 -> "1m", 45 -> "45s".
pub fn format_rest(seconds: i32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    }
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Weekdays as ISO numbers 1 (Monday) to 7 (Sunday), sorted, without
/// repeats, from `mon,thu`, `Monday Thursday` or `1,4`.
pub fn parse_weekdays(input: &str) -> anyhow::Result<Vec<i32>> {
    let mut days = Vec::new();
    for part in input
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        let p = part.to_ascii_lowercase();
        let day = match p.parse::<i32>() {
            Ok(n) if (1..=7).contains(&n) => Some(n),
            Ok(_) => None,
            Err(_) => WEEKDAYS
                .iter()
                .position(|w| p.len() >= 2 && (w.starts_with(&p) || p.starts_with(w)))
                .filter(|&i| {
                    // "t" and "s" are ambiguous; full names must be real ones.
                    let full = [
                        "monday",
                        "tuesday",
                        "wednesday",
                        "thursday",
                        "friday",
                        "saturday",
                        "sunday",
                    ][i];
                    full.starts_with(&p)
                })
                .map(|i| i as i32 + 1),
        };
        match day {
            Some(d) if !days.contains(&d) => days.push(d),
            Some(_) => {}
            None => {
                return Err(Kind::Usage.err(format!(
                    "unknown weekday `{part}`: use mon, tue, wed, thu, fri, sat, sun or 1 to 7"
                )));
            }
        }
    }
    if days.is_empty() {
        return Err(Kind::Usage.err("no weekdays given: use e.g. mon,thu"));
    }
    days.sort_unstable();
    Ok(days)
}

/// "Mon, Thu".
pub fn format_weekdays(days: &[i32]) -> String {
    days.iter()
        .filter_map(|d| WEEKDAYS.get((*d - 1) as usize))
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A time of day `HH:MM` (24-hour).
pub fn parse_time_of_day(input: &str) -> anyhow::Result<NaiveTime> {
    NaiveTime::parse_from_str(input.trim(), "%H:%M").map_err(|_| {
        Kind::Usage.err(format!(
            "`{input}` is not a time of day: use HH:MM, such as 07:00 or 18:30"
        ))
    })
}

/// A day's own time of day (`plan add-day|edit-day --at`): `HH:MM`, or
/// `none` to clear it (`Ok(None)`).
pub fn parse_day_time(input: &str) -> anyhow::Result<Option<NaiveTime>> {
    if input.trim().eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    NaiveTime::parse_from_str(input.trim(), "%H:%M")
        .map(Some)
        .map_err(|_| {
            Kind::Usage.err(format!(
                "`{input}` is not a time of day: use HH:MM, such as 07:00 or 18:30, or none to clear the day's time"
            ))
        })
}

/// A time of day as "PlanDay"."time" stores it: `HH:MM`, two digits each.
pub fn day_time_text(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// The time of day a plan day's sessions are scheduled at: the day's own
/// time where it has one (stored as `HH:MM`), else the plan-wide one.
pub fn day_time(own: Option<&str>, plan_wide: Option<NaiveTime>) -> Option<NaiveTime> {
    own.and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .or(plan_wide)
}

/// The years a date may have. chrono's `%Y` takes any signed year up to
/// ±262,142, where date arithmetic panics and PostgreSQL's timestamps end.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// `Ok(date)` when its year is in [`YEARS`], else why not.
pub fn check_year(date: NaiveDate) -> Result<NaiveDate, String> {
    if YEARS.contains(&date.year()) {
        Ok(date)
    } else {
        Err(format!(
            "the year {} is out of range ({} to {})",
            date.year(),
            YEARS.start(),
            YEARS.end()
        ))
    }
}

/// `Ok(t)` when the instant's UTC year is in [`YEARS`]: every time the tool
/// writes stays inside the range it reads back (its import, its ICS).
pub fn check_instant(t: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    check_year(t.date_naive()).map(|_| t)
}

/// A calendar date `YYYY-MM-DD`, years 1900 to 9999.
pub fn parse_date(input: &str) -> anyhow::Result<NaiveDate> {
    let date = NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| {
        Kind::Usage.err(format!(
            "`{input}` is not a date: use YYYY-MM-DD, such as 2026-03-23"
        ))
    })?;
    check_year(date).map_err(|why| Kind::Usage.err(format!("`{input}` is not a date here: {why}")))
}

/// The dates in the `weeks` weeks from `from` (inclusive) whose ISO weekday
/// is one of `weekdays`, ascending.
pub fn dates_on(from: NaiveDate, weeks: u32, weekdays: &[i32]) -> Vec<NaiveDate> {
    (0..i64::from(weeks) * 7)
        .map(|i| from + Duration::days(i))
        .filter(|d| weekdays.contains(&(d.weekday().number_from_monday() as i32)))
        .collect()
}

/// The instant a local date and time of day in `tz` names. A time that does
/// not exist that day (the hour skipped when clocks go forward) becomes the
/// first moment after it that does; a time that exists twice (clocks go
/// back) is the earlier of the two.
pub fn local_instant(tz: Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let mut local = date.and_time(time);
    // Times are whole minutes and gaps at most a few hours: step by minutes.
    for _ in 0..(48 * 60) {
        if let Some(t) = tz.from_local_datetime(&local).earliest() {
            return t.with_timezone(&Utc);
        }
        local += Duration::minutes(1);
    }
    Utc.from_utc_datetime(&date.and_time(time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlanStatus::*;

    #[test]
    fn state_machine() {
        let t = |from, change, force| transition("P", from, change, force);
        assert_eq!(
            t(Draft, Change::Activate, false).unwrap(),
            Outcome::To(Active)
        );
        assert_eq!(
            t(Active, Change::Pause, false).unwrap(),
            Outcome::To(Paused)
        );
        assert_eq!(
            t(Paused, Change::Activate, false).unwrap(),
            Outcome::To(Active)
        );
        assert_eq!(
            t(Paused, Change::Complete, false).unwrap(),
            Outcome::To(Completed)
        );
        assert_eq!(
            t(Active, Change::Complete, false).unwrap(),
            Outcome::To(Completed)
        );
        for s in PlanStatus::ALL {
            if s != Archived {
                assert_eq!(t(s, Change::Archive, false).unwrap(), Outcome::To(Archived));
            }
        }
        assert_eq!(
            t(Active, Change::Activate, false).unwrap(),
            Outcome::Already
        );
        assert_eq!(
            t(Archived, Change::Archive, false).unwrap(),
            Outcome::Already
        );

        let e = t(Archived, Change::Activate, false)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "cannot activate the plan `P`: it is archived; pass --force to activate it again"
        );
        assert_eq!(
            t(Archived, Change::Activate, true).unwrap(),
            Outcome::To(Active)
        );
        assert!(t(Completed, Change::Activate, false).is_err());
        assert_eq!(
            t(Completed, Change::Activate, true).unwrap(),
            Outcome::To(Active)
        );
        for (from, change) in [
            (Draft, Change::Pause),
            (Completed, Change::Pause),
            (Archived, Change::Pause),
            (Draft, Change::Complete),
            (Archived, Change::Complete),
        ] {
            let e = t(from, change, true).unwrap_err();
            assert_eq!(
                crate::error::kind_of(&e),
                Kind::Usage,
                "{from:?} {change:?}"
            );
        }
    }

    #[test]
    fn reps_rest_rpe_sets() {
        assert_eq!(parse_reps("8").unwrap(), (8, 8));
        assert_eq!(parse_reps(" 8-12 ").unwrap(), (8, 12));
        assert!(
            parse_reps("12-8")
                .unwrap_err()
                .to_string()
                .contains("runs backwards")
        );
        for bad in ["", "x", "0", "-3", "8-", "8-12-14", "1001"] {
            assert!(parse_reps(bad).is_err(), "{bad}");
        }
        assert_eq!(format_reps(Some(8), Some(12)), "8-12");
        assert_eq!(format_reps(Some(5), Some(5)), "5");
        assert_eq!(parse_rest("90").unwrap(), 90);
        assert_eq!(parse_rest("90s").unwrap(), 90);
        assert_eq!(parse_rest("2m").unwrap(), 120);
        assert_eq!(parse_rest("1m 30s").unwrap(), 90);
        for bad in ["", "abc", "2h", "-5s", "1m30", "61m"] {
            assert!(parse_rest(bad).is_err(), "{bad}");
        }
        assert_eq!(format_rest(90), "1m30s");
        assert_eq!(format_rest(120), "2m");
        assert_eq!(format_rest(45), "45s");
        assert!(validate_rpe(8.5).is_ok());
        assert!(validate_rpe(0.5).is_err());
        assert!(validate_rpe(11.0).is_err());
        assert!(validate_sets(0).is_err());
        assert!(validate_sets(5).is_ok());
    }

    #[test]
    fn weekdays() {
        assert_eq!(parse_weekdays("mon,thu").unwrap(), [1, 4]);
        assert_eq!(parse_weekdays("Thursday Monday mon").unwrap(), [1, 4]);
        assert_eq!(parse_weekdays("7,1").unwrap(), [1, 7]);
        assert_eq!(parse_weekdays("tu, sa").unwrap(), [2, 6]);
        for bad in ["", "funday", "8", "0", "t", "mondays"] {
            assert!(parse_weekdays(bad).is_err(), "{bad}");
        }
        assert!(
            parse_weekdays("mon,funday")
                .unwrap_err()
                .to_string()
                .contains("unknown weekday `funday`")
        );
        assert_eq!(format_weekdays(&[1, 4, 7]), "Mon, Thu, Sun");
    }

    #[test]
    fn dates_in_weeks() {
        let from = NaiveDate::from_ymd_opt(2026, 3, 23).unwrap(); // a Monday
        let d = dates_on(from, 2, &[1, 7]);
        let s: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(s, ["2026-03-23", "2026-03-29", "2026-03-30", "2026-04-05"]);
        assert!(dates_on(from, 0, &[1]).is_empty());
    }

    #[test]
    fn a_day_time_wins_over_the_plan_wide_one() {
        let t = |s| NaiveTime::parse_from_str(s, "%H:%M").unwrap();
        assert_eq!(parse_day_time("18:30").unwrap(), Some(t("18:30")));
        assert_eq!(
            parse_day_time("7:05")
                .map(|x| x.map(day_time_text))
                .unwrap(),
            Some("07:05".into())
        );
        assert_eq!(parse_day_time(" None ").unwrap(), None);
        for bad in ["24:00", "18:60", "6pm", "", "18:30:00"] {
            assert!(parse_day_time(bad).is_err(), "{bad}");
        }
        assert_eq!(day_time(Some("18:30"), Some(t("07:00"))), Some(t("18:30")));
        assert_eq!(day_time(None, Some(t("07:00"))), Some(t("07:00")));
        assert_eq!(day_time(None, None), None);
    }

    #[test]
    fn local_times_across_dst() {
        let tz = Tz::Europe__Berlin;
        let seven = NaiveTime::from_hms_opt(7, 0, 0).unwrap();
        let at = |y, m, d, t: NaiveTime| {
            local_instant(tz, NaiveDate::from_ymd_opt(y, m, d).unwrap(), t).to_rfc3339()
        };
        // 07:00 CET is 06:00 UTC; 07:00 CEST (from 29 March 2026) is 05:00 UTC.
        assert_eq!(at(2026, 3, 28, seven), "2026-03-28T06:00:00+00:00");
        assert_eq!(at(2026, 3, 29, seven), "2026-03-29T05:00:00+00:00");
        // 02:30 does not exist on 29 March: the first moment after is 03:00 CEST.
        let half_two = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        assert_eq!(at(2026, 3, 29, half_two), "2026-03-29T01:00:00+00:00");
        // 02:30 exists twice on 25 October: the earlier is 02:30 CEST.
        assert_eq!(at(2026, 10, 25, half_two), "2026-10-25T00:30:00+00:00");
        assert_eq!(
            local_instant(Tz::UTC, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), seven)
                .to_rfc3339(),
            "2026-01-01T07:00:00+00:00"
        );
    }
}
