//! Personal records and the estimated one-rep max.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::tracking::TrackingType;

/// Epley's estimate of the one-rep max: w x (1 + r/30), and w itself at
/// r = 1; only for 1..=10 reps, where the formula is trustworthy.
pub fn epley(weight_kg: f64, reps: i32) -> Option<f64> {
    match reps {
        1 => Some(weight_kg),
        2..=10 => Some(weight_kg * (1.0 + reps as f64 / 30.0)),
        _ => None,
    }
}

/// A set as the records see it (warm-ups are left out before this).
#[derive(Debug, Clone)]
pub struct RecordSet {
    pub exercise: String,
    /// The session it belongs to; sets without one are grouped by day.
    pub session: Option<String>,
    /// The local date it was done on.
    pub date: NaiveDate,
    pub reps: Option<i32>,
    /// The load moved (body weight plus or minus the weight for body-weight
    /// exercises, see `tracking::load_kg`).
    pub weight_kg: Option<f64>,
    /// For bodyweight and assisted exercises: the load added (+) or the
    /// assistance (-), as typed; None otherwise.
    pub added_kg: Option<f64>,
    pub tracking: TrackingType,
    pub duration_s: Option<i32>,
    pub distance_m: Option<f64>,
}

/// A record: its value and the date it was set.
#[derive(Debug, Clone, PartialEq)]
pub struct Record<T> {
    pub value: T,
    pub date: NaiveDate,
}

/// The records of one exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseRecords {
    pub exercise: String,
    /// The heaviest weight lifted for at least one rep.
    pub heaviest_kg: Option<Record<f64>>,
    /// The best Epley estimate over sets of 1..=10 reps.
    pub best_e1rm_kg: Option<Record<f64>>,
    /// The most reps in one set, with its weight (None = body weight).
    pub most_reps: Option<Record<(i32, Option<f64>)>>,
    /// The largest volume (sum of reps x weight) in one session.
    pub best_session_volume_kg: Option<Record<f64>>,
    /// What the exercise's sets record (of its latest set).
    pub tracking: TrackingType,
    /// Body-weight work: the most load added (+10) or the least assistance
    /// (-20) for at least one rep.
    pub best_added_kg: Option<Record<f64>>,
    /// Holds and cardio: the longest set.
    pub longest_seconds: Option<Record<i32>>,
    /// Cardio: the longest distance in one set, in metres.
    pub longest_distance_m: Option<Record<f64>>,
    /// Cardio: the fastest pace of a set with a distance and a time, in
    /// seconds per km (lower is better).
    pub fastest_pace_s_per_km: Option<Record<f64>>,
}

/// Takes `value` as the record if it beats the one in `slot`, or equals it
/// and was set earlier: a later equal value is not a new record.
fn better<T: Clone>(
    slot: &mut Option<Record<T>>,
    value: T,
    date: NaiveDate,
    gt: impl Fn(&T, &T) -> bool,
) {
    let replace = match slot {
        None => true,
        Some(r) => gt(&value, &r.value) || (!gt(&r.value, &value) && date < r.date),
    };
    if replace {
        *slot = Some(Record { value, date });
    }
}

/// The records of every exercise in `sets`, by exercise name.
pub fn personal_records(sets: &[RecordSet]) -> Vec<ExerciseRecords> {
    let mut by_exercise: BTreeMap<&str, Vec<&RecordSet>> = BTreeMap::new();
    for s in sets {
        by_exercise.entry(&s.exercise).or_default().push(s);
    }
    by_exercise
        .into_iter()
        .map(|(exercise, sets)| {
            let mut r = ExerciseRecords {
                exercise: exercise.to_string(),
                heaviest_kg: None,
                best_e1rm_kg: None,
                most_reps: None,
                best_session_volume_kg: None,
                tracking: sets.last().map(|s| s.tracking).unwrap_or_default(),
                best_added_kg: None,
                longest_seconds: None,
                longest_distance_m: None,
                fastest_pace_s_per_km: None,
            };
            let timed = matches!(r.tracking, TrackingType::Duration | TrackingType::Distance);
            // Volume per session; sets without a session count per day.
            let mut volume: BTreeMap<String, (f64, NaiveDate)> = BTreeMap::new();
            for s in &sets {
                if let Some(secs) = s.duration_s.filter(|x| *x > 0) {
                    better(&mut r.longest_seconds, secs, s.date, |a, b| a > b);
                    if let Some(m) = s.distance_m.filter(|m| *m > 0.0) {
                        let pace = f64::from(secs) / (m / 1000.0);
                        better(&mut r.fastest_pace_s_per_km, pace, s.date, |a, b| a < b);
                    }
                }
                if let Some(m) = s.distance_m.filter(|m| *m > 0.0) {
                    better(&mut r.longest_distance_m, m, s.date, |a, b| a > b);
                }
                let reps = s.reps.unwrap_or(0);
                if reps >= 1
                    && let Some(a) = s.added_kg
                {
                    better(&mut r.best_added_kg, a, s.date, |a, b| a > b);
                }
                if timed {
                    // A plank's "1 rep" is no record; its time is.
                    continue;
                }
                if reps >= 1 {
                    if let Some(w) = s.weight_kg {
                        better(&mut r.heaviest_kg, w, s.date, |a, b| a > b);
                        if let Some(e) = epley(w, reps) {
                            better(&mut r.best_e1rm_kg, e, s.date, |a, b| a > b);
                        }
                        let key = s
                            .session
                            .clone()
                            .unwrap_or_else(|| format!("day:{}", s.date));
                        let slot = volume.entry(key).or_insert((0.0, s.date));
                        slot.0 += w * reps as f64;
                        slot.1 = slot.1.min(s.date);
                    }
                    let shown = s.added_kg.or(s.weight_kg);
                    better(&mut r.most_reps, (reps, shown), s.date, |a, b| {
                        a.0 > b.0 || (a.0 == b.0 && a.1.unwrap_or(0.0) > b.1.unwrap_or(0.0))
                    });
                }
            }
            for (v, date) in volume.into_values() {
                if v > 0.0 {
                    better(&mut r.best_session_volume_kg, v, date, |a, b| a > b);
                }
            }
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap()
    }

    fn set(ex: &str, session: &str, day: u32, reps: i32, w: Option<f64>) -> RecordSet {
        RecordSet {
            exercise: ex.into(),
            session: Some(session.into()),
            date: d(day),
            reps: Some(reps),
            weight_kg: w,
            added_kg: None,
            tracking: TrackingType::WeightReps,
            duration_s: None,
            distance_m: None,
        }
    }

    #[test]
    fn epley_estimates() {
        assert_eq!(epley(100.0, 1), Some(100.0));
        assert!((epley(100.0, 5).unwrap() - 116.666_666).abs() < 1e-4);
        assert!((epley(100.0, 10).unwrap() - 133.333_333).abs() < 1e-4);
        assert_eq!(epley(100.0, 11), None);
        assert_eq!(epley(100.0, 0), None);
    }

    #[test]
    fn records_on_known_data() {
        let sets = vec![
            set("Bench", "s1", 1, 5, Some(100.0)), // e1RM 116.67, volume 500
            set("Bench", "s1", 1, 5, Some(100.0)), // session s1 volume 1000
            set("Bench", "s2", 8, 1, Some(115.0)), // heaviest; e1RM 115
            set("Bench", "s2", 8, 12, Some(60.0)), // most reps; no e1RM (12 > 10); s2 volume 115 + 720 = 835
            set("Bench", "s3", 15, 12, Some(50.0)), // same reps, lighter: not a record
            set("Pull-up", "s1", 1, 10, None),
            set("Pull-up", "s2", 8, 10, None), // equal, later: the first stands
        ];
        let r = personal_records(&sets);
        assert_eq!(r.len(), 2);
        let bench = &r[0];
        assert_eq!(bench.exercise, "Bench");
        assert_eq!(
            bench.heaviest_kg,
            Some(Record {
                value: 115.0,
                date: d(8)
            })
        );
        let e = bench.best_e1rm_kg.clone().unwrap();
        assert!(
            (e.value - 116.666_666).abs() < 1e-4 && e.date == d(1),
            "{e:?}"
        );
        assert_eq!(
            bench.most_reps,
            Some(Record {
                value: (12, Some(60.0)),
                date: d(8)
            })
        );
        assert_eq!(
            bench.best_session_volume_kg,
            Some(Record {
                value: 1000.0,
                date: d(1)
            })
        );
        let pull = &r[1];
        assert_eq!(pull.heaviest_kg, None);
        assert_eq!(pull.best_e1rm_kg, None);
        assert_eq!(
            pull.most_reps,
            Some(Record {
                value: (10, None),
                date: d(1)
            })
        );
        assert_eq!(pull.best_session_volume_kg, None);
    }

    #[test]
    fn holds_cardio_and_body_weight() {
        let mut plank = set("Plank", "s1", 1, 1, None);
        plank.tracking = TrackingType::Duration;
        plank.duration_s = Some(60);
        let mut plank2 = plank.clone();
        plank2.duration_s = Some(90);
        plank2.date = d(3);
        let mut run = set("Run", "s1", 1, 0, None);
        run.reps = None;
        run.tracking = TrackingType::Distance;
        run.duration_s = Some(1500);
        run.distance_m = Some(5000.0);
        let mut run2 = run.clone();
        run2.duration_s = Some(3000);
        run2.distance_m = Some(8000.0);
        run2.date = d(5);
        let mut pull = set("Pull-up", "s1", 1, 8, Some(90.0));
        pull.tracking = TrackingType::Bodyweight;
        pull.added_kg = Some(10.0);
        let r = personal_records(&[plank, plank2, run, run2, pull]);
        let (plank, pull, run) = (&r[0], &r[1], &r[2]);
        assert_eq!(plank.most_reps, None, "no 'most reps 1' for a plank");
        assert_eq!(plank.longest_seconds.as_ref().unwrap().value, 90);
        assert_eq!(run.longest_distance_m.as_ref().unwrap().value, 8000.0);
        assert_eq!(run.longest_seconds.as_ref().unwrap().value, 3000);
        let pace = run.fastest_pace_s_per_km.as_ref().unwrap();
        assert_eq!((pace.value, pace.date), (300.0, d(1)));
        assert_eq!(pull.best_added_kg.as_ref().unwrap().value, 10.0);
        assert_eq!(pull.heaviest_kg.as_ref().unwrap().value, 90.0);
        assert_eq!(pull.most_reps.as_ref().unwrap().value, (8, Some(10.0)));
    }
}
