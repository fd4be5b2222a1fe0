//! A session's life: the moves between statuses, and when a plan
//! exercise's targets were met (which raises its target weight).
//!
//! ```text
//! SCHEDULED --start--> IN_PROGRESS --complete--> COMPLETED
//!     |                    |
//!     |--complete--------> COMPLETED   (done without tracking it live)
//!     |--skip------------> SKIPPED
//!     '--cancel----------> CANCELLED <--cancel-- IN_PROGRESS
//! ```
//! COMPLETED, SKIPPED and CANCELLED are final: a refused move says why.

use crate::error::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Scheduled,
    InProgress,
    Completed,
    Skipped,
    Cancelled,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Scheduled => "SCHEDULED",
            Status::InProgress => "IN_PROGRESS",
            Status::Completed => "COMPLETED",
            Status::Skipped => "SKIPPED",
            Status::Cancelled => "CANCELLED",
        }
    }

    pub fn human(self) -> &'static str {
        match self {
            Status::Scheduled => "scheduled",
            Status::InProgress => "in progress",
            Status::Completed => "completed",
            Status::Skipped => "skipped",
            Status::Cancelled => "cancelled",
        }
    }

    /// From a stored label (`IN_PROGRESS`) or typed text (`in-progress`).
    pub fn parse(s: &str) -> anyhow::Result<Self> {
        match s.trim().to_ascii_uppercase().replace(['-', ' '], "_").as_str() {
            "SCHEDULED" => Ok(Status::Scheduled),
            "IN_PROGRESS" => Ok(Status::InProgress),
            "COMPLETED" => Ok(Status::Completed),
            "SKIPPED" => Ok(Status::Skipped),
            "CANCELLED" | "CANCELED" => Ok(Status::Cancelled),
            _ => Err(Kind::Usage.err(format!(
                "unknown session status `{s}`: use scheduled, in-progress, completed, skipped or cancelled"
            ))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Start,
    Complete,
    Skip,
    Cancel,
}

impl Move {
    pub fn verb(self) -> &'static str {
        match self {
            Move::Start => "start",
            Move::Complete => "complete",
            Move::Skip => "skip",
            Move::Cancel => "cancel",
        }
    }
}

/// The status a move leads to from `from`, or why it is refused.
pub fn apply(name: &str, from: Status, m: Move) -> anyhow::Result<Status> {
    use Move::*;
    use Status::*;
    match (from, m) {
        (Scheduled, Start) => Ok(InProgress),
        (Scheduled | InProgress, Complete) => Ok(Completed),
        (Scheduled, Skip) => Ok(Skipped),
        (Scheduled | InProgress, Cancel) => Ok(Cancelled),
        (InProgress, Start) => {
            Err(Kind::Usage.err(format!("the session `{name}` is already in progress")))
        }
        (InProgress, Skip) => Err(Kind::Usage.err(format!(
            "cannot skip the session `{name}`: it is in progress (complete or cancel it)"
        ))),
        (Completed | Skipped | Cancelled, _) => Err(Kind::Usage.err(format!(
            "cannot {} the session `{name}`: it is already {}",
            m.verb(),
            from.human()
        ))),
    }
}

/// A plan exercise's targets.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub sets: i32,
    pub reps_min: Option<i32>,
    pub reps_max: Option<i32>,
    pub weight_kg: Option<f64>,
}

/// A set done (warm-ups are not counted against targets).
#[derive(Debug, Clone)]
pub struct Done {
    pub reps: Option<i32>,
    pub weight_kg: Option<f64>,
    pub is_warmup: bool,
}

/// Every target met: at least `sets` working sets, each of the best `sets`
/// of them at the top of the rep range (or its single value) and at the
/// target weight or more.
pub fn targets_met(t: &Target, done: &[Done]) -> bool {
    let reps_needed = t.reps_max.or(t.reps_min).unwrap_or(1);
    let weight_needed = t.weight_kg.unwrap_or(0.0) - 1e-9;
    let good = done
        .iter()
        .filter(|d| !d.is_warmup)
        .filter(|d| {
            d.reps.unwrap_or(0) >= reps_needed && d.weight_kg.unwrap_or(0.0) >= weight_needed
        })
        .count();
    t.sets > 0 && good >= t.sets as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves() {
        use Move::*;
        use Status::*;
        assert_eq!(apply("s", Scheduled, Start).unwrap(), InProgress);
        assert_eq!(apply("s", Scheduled, Complete).unwrap(), Completed);
        assert_eq!(apply("s", InProgress, Complete).unwrap(), Completed);
        assert_eq!(apply("s", Scheduled, Skip).unwrap(), Skipped);
        assert_eq!(apply("s", InProgress, Cancel).unwrap(), Cancelled);
        let e = apply("Push", Completed, Start).unwrap_err().to_string();
        assert_eq!(
            e,
            "cannot start the session `Push`: it is already completed"
        );
        assert!(
            apply("s", InProgress, Skip)
                .unwrap_err()
                .to_string()
                .contains("in progress")
        );
        assert!(apply("s", Cancelled, Complete).is_err());
        assert!(apply("s", Skipped, Cancel).is_err());
        assert_eq!(Status::parse("in-progress").unwrap(), InProgress);
        assert!(Status::parse("done").is_err());
    }

    fn d(reps: i32, w: f64) -> Done {
        Done {
            reps: Some(reps),
            weight_kg: Some(w),
            is_warmup: false,
        }
    }

    #[test]
    fn targets() {
        let t = Target {
            sets: 3,
            reps_min: Some(8),
            reps_max: Some(12),
            weight_kg: Some(60.0),
        };
        assert!(targets_met(&t, &[d(12, 60.0), d(12, 60.0), d(12, 60.0)]));
        assert!(
            !targets_met(&t, &[d(12, 60.0), d(12, 60.0), d(11, 60.0)]),
            "one set short of the top"
        );
        assert!(
            !targets_met(&t, &[d(12, 60.0), d(12, 60.0)]),
            "a set missing"
        );
        assert!(
            !targets_met(&t, &[d(12, 60.0), d(12, 60.0), d(12, 57.5)]),
            "too light"
        );
        let warm = Done {
            is_warmup: true,
            ..d(12, 60.0)
        };
        assert!(
            !targets_met(&t, &[d(12, 60.0), d(12, 60.0), warm]),
            "warm-ups do not count"
        );
        assert!(targets_met(
            &t,
            &[d(12, 60.0), d(5, 60.0), d(12, 62.5), d(12, 60.0)]
        ));
        let single = Target {
            sets: 5,
            reps_min: Some(5),
            reps_max: Some(5),
            weight_kg: Some(100.0),
        };
        assert!(targets_met(&single, &vec![d(5, 100.0); 5]));
        let bw = Target {
            sets: 2,
            reps_min: Some(10),
            reps_max: None,
            weight_kg: None,
        };
        let body = Done {
            reps: Some(10),
            weight_kg: None,
            is_warmup: false,
        };
        assert!(targets_met(&bw, &[body.clone(), body]));
    }
}

/// A local date and time as typed, `YYYY-MM-DD HH:MM` (or with a `T`),
/// in `tz`, as a UTC instant; `today`/`tomorrow HH:MM` count from `now`.
/// A time the clocks skip is the first valid moment after it.
pub fn parse_local_datetime(
    input: &str,
    tz: chrono_tz::Tz,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    use crate::domain::plan::{local_instant, parse_time_of_day};
    let s = input.trim().replace('T', " ");
    let bad = || {
        Kind::Usage.err(format!(
            "`{input}` is not a date and time: use YYYY-MM-DD HH:MM (or today/tomorrow/mon/+2d HH:MM), in your time zone"
        ))
    };
    let (day, time) = match crate::domain::dates::split_time(&s) {
        (d, Some(t)) => (d, t),
        _ => return Err(bad()),
    };
    let today = now.with_timezone(&tz).date_naive();
    let date = crate::domain::dates::parse_day(day, today, crate::domain::dates::Toward::Future)
        .map_err(|_| bad())?;
    let time = parse_time_of_day(time.trim()).map_err(|_| bad())?;
    crate::domain::plan::check_instant(local_instant(tz, date, time))
        .map_err(|why| Kind::Usage.err(format!("`{input}` is out of range: {why}")))
}

#[cfg(test)]
mod time_tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn local_date_times() {
        let now = chrono::Utc.with_ymd_and_hms(2026, 3, 28, 12, 0, 0).unwrap();
        let berlin = chrono_tz::Europe::Berlin;
        // Before and after the spring-forward night: 07:00 local is 06:00 and 05:00 UTC.
        assert_eq!(
            parse_local_datetime("today 07:00", berlin, now)
                .unwrap()
                .to_rfc3339(),
            "2026-03-28T06:00:00+00:00"
        );
        assert_eq!(
            parse_local_datetime("tomorrow 07:00", berlin, now)
                .unwrap()
                .to_rfc3339(),
            "2026-03-29T05:00:00+00:00"
        );
        // 02:30 does not exist that night: the first valid moment after it, 03:00 CEST.
        assert_eq!(
            parse_local_datetime("2026-03-29 02:30", berlin, now)
                .unwrap()
                .to_rfc3339(),
            "2026-03-29T01:00:00+00:00"
        );
        assert_eq!(
            parse_local_datetime("2026-12-01T18:30", chrono_tz::UTC, now)
                .unwrap()
                .to_rfc3339(),
            "2026-12-01T18:30:00+00:00"
        );
        for bad in [
            "",
            "2026-12-01",
            "tomorrow",
            "2026-13-01 07:00",
            "2026-12-01 25:00",
        ] {
            assert!(parse_local_datetime(bad, berlin, now).is_err(), "{bad}");
        }
    }
}
