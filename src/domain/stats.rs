//! Training statistics per ISO week, and streaks of training weeks.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, IsoWeek, NaiveDate};

/// A set as the statistics see it (borrowing its strings: a command counts
/// thousands of sets of a few sessions and exercises).
#[derive(Debug, Clone, Copy)]
pub struct StatSet<'a> {
    /// The local date it was done on (in the user's time zone).
    pub date: NaiveDate,
    /// Its session; sets without one count one session per day.
    pub session: Option<&'a str>,
    pub reps: Option<i32>,
    pub weight_kg: Option<f64>,
    pub is_warmup: bool,
    /// The exercise's primary muscle group, if known.
    pub muscle: Option<&'a str>,
    /// Its secondary muscle groups.
    pub secondary: &'a [String],
}

/// One ISO week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekStats {
    /// `2026-W01`.
    pub week: String,
    /// The Monday of the week.
    pub starts: NaiveDate,
    pub sessions: usize,
    pub sets: usize,
    pub hard_sets: usize,
    /// Volume (reps x weight, warm-ups excluded) per muscle group, in kg.
    pub volume_kg_by_muscle: BTreeMap<String, f64>,
    /// Hard (working) sets per muscle group: 1 for the primary muscle, 0.5
    /// for each secondary one.
    pub hard_sets_by_muscle: BTreeMap<String, f64>,
}

/// The week label in ISO 8601 week-date form; the ISO year may differ from
/// the calendar year around 1 January.
pub fn week_label(w: IsoWeek) -> String {
    format!("{}-W{:02}", w.year(), w.week())
}

pub fn monday_of(w: IsoWeek) -> NaiveDate {
    NaiveDate::from_isoywd_opt(w.year(), w.week(), chrono::Weekday::Mon).expect("a valid ISO week")
}

/// What makes a session distinct within a week: its id, or, for sets
/// without one, their day.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SessionKey<'a> {
    Id(&'a str),
    Day(NaiveDate),
}

/// Adds `by` to `key`'s figure, allocating the key only the first time.
fn add(map: &mut BTreeMap<String, f64>, key: &str, by: f64) {
    match map.get_mut(key) {
        Some(v) => *v += by,
        None => {
            map.insert(key.to_owned(), by);
        }
    }
}

pub fn weekly(sets: &[StatSet<'_>]) -> Vec<WeekStats> {
    let mut weeks: BTreeMap<(i32, u32), (WeekStats, BTreeSet<SessionKey<'_>>)> = BTreeMap::new();
    for s in sets {
        let w = s.date.iso_week();
        let (stats, sessions) = weeks.entry((w.year(), w.week())).or_insert_with(|| {
            (
                WeekStats {
                    week: week_label(w),
                    starts: monday_of(w),
                    sessions: 0,
                    sets: 0,
                    hard_sets: 0,
                    volume_kg_by_muscle: BTreeMap::new(),
                    hard_sets_by_muscle: BTreeMap::new(),
                },
                BTreeSet::new(),
            )
        });
        sessions.insert(match s.session {
            Some(id) => SessionKey::Id(id),
            None => SessionKey::Day(s.date),
        });
        stats.sets += 1;
        if !s.is_warmup {
            stats.hard_sets += 1;
            if let Some(m) = s.muscle {
                add(&mut stats.hard_sets_by_muscle, m, 1.0);
            }
            for m in s.secondary.iter().filter(|m| Some(m.as_str()) != s.muscle) {
                add(&mut stats.hard_sets_by_muscle, m, 0.5);
            }
            if let (Some(r), Some(w)) = (s.reps, s.weight_kg) {
                add(
                    &mut stats.volume_kg_by_muscle,
                    s.muscle.unwrap_or("UNKNOWN"),
                    r as f64 * w,
                );
            }
        }
    }
    weeks
        .into_values()
        .map(|(mut stats, sessions)| {
            stats.sessions = sessions.len();
            stats
        })
        .collect()
}

/// Streaks of consecutive ISO weeks with training.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Streaks {
    /// Weeks in a row up to this week (or last week, if this one has none yet).
    pub current_weeks: u32,
    pub longest_weeks: u32,
}

pub fn streaks(dates: &[NaiveDate], today: NaiveDate) -> Streaks {
    let weeks: BTreeSet<NaiveDate> = dates.iter().map(|d| monday_of(d.iso_week())).collect();
    let mut longest = 0;
    let mut run = 0;
    let mut prev: Option<NaiveDate> = None;
    for &w in &weeks {
        run = match prev {
            Some(p) if (w - p).num_days() == 7 => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        prev = Some(w);
    }
    let this_week = monday_of(today.iso_week());
    let mut current = 0;
    let mut cursor = if weeks.contains(&this_week) {
        this_week
    } else {
        this_week - chrono::Duration::days(7)
    };
    while weeks.contains(&cursor) {
        current += 1;
        cursor -= chrono::Duration::days(7);
    }
    Streaks {
        current_weeks: current,
        longest_weeks: longest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn s<'a>(
        date: NaiveDate,
        session: &'a str,
        reps: i32,
        w: f64,
        warm: bool,
        muscle: &'a str,
    ) -> StatSet<'a> {
        StatSet {
            date,
            session: Some(session),
            reps: Some(reps),
            weight_kg: Some(w),
            is_warmup: warm,
            muscle: Some(muscle),
            secondary: &[],
        }
    }

    #[test]
    fn hard_sets_per_muscle_count_secondaries_half() {
        let secondary = ["TRICEPS".to_string(), "SHOULDERS".to_string()];
        let mut bench = s(d(2026, 3, 2), "a", 5, 100.0, false, "CHEST");
        bench.secondary = &secondary;
        let warm = StatSet {
            is_warmup: true,
            ..bench
        };
        let sets = vec![
            bench,
            bench,
            warm,
            s(d(2026, 3, 3), "b", 8, 20.0, false, "TRICEPS"),
        ];
        let w = weekly(&sets);
        let m = &w[0].hard_sets_by_muscle;
        assert_eq!(m["CHEST"], 2.0);
        assert_eq!(m["TRICEPS"], 2.0, "two halves and one whole");
        assert_eq!(m["SHOULDERS"], 1.0);
    }

    #[test]
    fn iso_weeks_across_the_year_boundary() {
        // 2026-12-31 is a Thursday in 2026-W53; 2027-01-01 (Friday) is in 2026-W53 too;
        // 2027-01-04 (Monday) starts 2027-W01. 2025-12-29 (Monday) is 2026-W01.
        let sets = vec![
            s(d(2025, 12, 29), "a", 5, 100.0, false, "CHEST"),
            s(d(2026, 12, 31), "b", 5, 100.0, true, "CHEST"),
            s(d(2026, 12, 31), "b", 5, 100.0, false, "CHEST"),
            s(d(2027, 1, 1), "c", 10, 50.0, false, "QUADRICEPS"),
            s(d(2027, 1, 4), "d", 3, 20.0, false, "BICEPS"),
        ];
        let w = weekly(&sets);
        let labels: Vec<&str> = w.iter().map(|x| x.week.as_str()).collect();
        assert_eq!(labels, ["2026-W01", "2026-W53", "2027-W01"]);
        assert_eq!(w[0].starts, d(2025, 12, 29));
        let w53 = &w[1];
        assert_eq!((w53.sessions, w53.sets, w53.hard_sets), (2, 3, 2));
        assert_eq!(
            w53.volume_kg_by_muscle["CHEST"], 500.0,
            "the warm-up is not volume"
        );
        assert_eq!(w53.volume_kg_by_muscle["QUADRICEPS"], 500.0);
        assert_eq!(w[2].volume_kg_by_muscle["BICEPS"], 60.0);
    }

    #[test]
    fn streaks_count_consecutive_weeks() {
        let dates = [
            d(2026, 1, 5),
            d(2026, 1, 13),
            d(2026, 1, 21),
            d(2026, 2, 9),
            d(2026, 2, 17),
        ];
        // Weeks of Jan 5, 12, 19 (3 in a row); then Feb 9, 16 (2 in a row).
        let st = streaks(&dates, d(2026, 2, 18));
        assert_eq!(
            st,
            Streaks {
                current_weeks: 2,
                longest_weeks: 3
            }
        );
        // The week after, with no training yet: the streak still stands.
        assert_eq!(streaks(&dates, d(2026, 2, 23)).current_weeks, 2);
        // Two weeks later: broken.
        assert_eq!(streaks(&dates, d(2026, 3, 2)).current_weeks, 0);
        assert_eq!(streaks(&[], d(2026, 3, 2)), Streaks::default());
    }
}
