//! The set grammar of `workout log add`: `5x5@100kg`, `3x8@135lb`,
//! `5,5,4@100`, `10,10,8` (body weight), `5x5` (body weight).

use crate::domain::units::{WeightUnit, parse_weight};
use crate::error::Kind;

/// One set as typed: reps, and a weight in kg (None = body weight).
#[derive(Debug, Clone, PartialEq)]
pub struct SetSpec {
    pub reps: i32,
    pub weight_kg: Option<f64>,
    /// `@+10kg` (added to body weight) or `@-20kg` (assistance); the stored
    /// weight is the magnitude, its meaning the exercise's tracking type.
    pub sign: LoadSign,
}

/// The sign typed before a weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LoadSign {
    #[default]
    None,
    Added,
    Assistance,
}

pub const MAX_SETS: i32 = 50;
pub const MAX_REPS: i32 = 1000;

fn bad(input: &str, why: &str) -> anyhow::Error {
    Kind::Usage.err(format!(
        "`{input}` is not a set spec: {why} (write e.g. 5x5@100kg, 3x8@135lb, 5,5,4@100 or 10,10,8)"
    ))
}

fn count(input: &str, text: &str, what: &str) -> anyhow::Result<i32> {
    let t = text.trim();
    if t.is_empty() {
        return Err(bad(input, &format!("the {what} are missing")));
    }
    if t.starts_with('-') {
        return Err(bad(input, &format!("the {what} cannot be negative")));
    }
    t.parse::<i32>()
        .ok()
        .filter(|_| t.chars().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| bad(input, &format!("`{t}` is not a whole number of {what}")))
}

/// Parses a spec; a weight without a unit is in `unit`.
pub fn parse(input: &str, unit: WeightUnit) -> anyhow::Result<Vec<SetSpec>> {
    let s = input.trim();
    let (reps_part, weight_part) = match s.split_once('@') {
        Some((r, w)) => (r, Some(w)),
        None => (s, None),
    };
    let lower = reps_part.to_ascii_lowercase().replace('×', "x");
    let reps: Vec<i32> = if let Some((sets, reps)) = lower.split_once('x') {
        let sets = count(input, sets, "sets")?;
        let reps = count(input, reps, "reps")?;
        if sets < 1 {
            return Err(bad(input, "there must be at least one set"));
        }
        if sets > MAX_SETS {
            return Err(bad(input, &format!("more than {MAX_SETS} sets at once")));
        }
        vec![reps; sets as usize]
    } else {
        let parts: Vec<&str> = lower.split(',').collect();
        if parts.len() > MAX_SETS as usize {
            return Err(bad(input, &format!("more than {MAX_SETS} sets at once")));
        }
        parts
            .iter()
            .map(|p| count(input, p, "reps"))
            .collect::<anyhow::Result<_>>()?
    };
    if let Some(r) = reps.iter().find(|r| **r > MAX_REPS) {
        return Err(bad(input, &format!("{r} reps is more than {MAX_REPS}")));
    }
    // The weight after the reps, so errors read left to right.
    let weight_kg = match weight_part {
        None => None,
        Some(w) if w.trim().is_empty() => return Err(bad(input, "the weight after @ is missing")),
        Some(w) => Some(
            parse_weight(w.trim().strip_prefix(['+', '-']).unwrap_or(w.trim()), unit)
                .map_err(|_| bad(input, &format!("`{}` is not a weight", w.trim())))?,
        ),
    };
    let sign = match weight_part.map(|w| w.trim_start().chars().next()) {
        Some(Some('+')) => LoadSign::Added,
        Some(Some('-')) => LoadSign::Assistance,
        _ => LoadSign::None,
    };

    Ok(reps
        .into_iter()
        .map(|reps| SetSpec {
            reps,
            weight_kg,
            sign,
        })
        .collect())
}

/// The heaviest weight of a set accepted, in kg.
pub const MAX_WEIGHT_KG: f64 = 5000.0;
/// The longest duration of a set accepted: 24 hours.
pub const MAX_SET_SECONDS: i64 = 24 * 3600;
/// The longest distance of a set accepted: a million miles, in metres.
pub const MAX_DISTANCE_M: f64 = 1_000_000.0 * 1609.344;
/// The highest set number accepted.
pub const MAX_SET_NUMBER: i64 = 10_000;

/// The values of one set, as `log add`, `log edit` and `log import` (every
/// layout) take them; `None` is a value not given.
#[derive(Debug, Clone, Default)]
pub struct SetValues<'a> {
    pub set_number: Option<i64>,
    pub reps: Option<i64>,
    pub weight_kg: Option<f64>,
    pub duration_seconds: Option<i64>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub date: Option<chrono::NaiveDate>,
    pub notes: Option<&'a str>,
}

/// A number for a message: short even when huge (`1e308`).
fn shown(v: f64) -> String {
    if v.is_finite() && v.abs() < 1e9 {
        crate::domain::units::trim_number(v)
    } else {
        format!("{v:e}")
    }
}

/// The one check of a set's values: every value `log add` refuses, any
/// command that writes a set refuses too. The reason is one sentence.
pub fn check_set(v: &SetValues) -> Result<(), String> {
    if let Some(n) = v.set_number
        && !(1..=MAX_SET_NUMBER).contains(&n)
    {
        return Err(format!(
            "the set number {n} is out of range (1 to {MAX_SET_NUMBER})"
        ));
    }
    if let Some(r) = v.reps
        && !(0..=i64::from(MAX_REPS)).contains(&r)
    {
        return Err(format!("{r} reps is out of range (0 to {MAX_REPS})"));
    }
    if let Some(w) = v.weight_kg
        && !(w.is_finite() && (0.0..=MAX_WEIGHT_KG).contains(&w))
    {
        return Err(format!(
            "a weight of {} kg is out of range (0 to {} kg)",
            shown(w),
            shown(MAX_WEIGHT_KG)
        ));
    }
    if let Some(d) = v.duration_seconds
        && !(1..=MAX_SET_SECONDS).contains(&d)
    {
        return Err(format!(
            "a duration of {d} seconds is out of range (1 second to 24 hours)"
        ));
    }
    if let Some(m) = v.distance_meters
        && !(m.is_finite() && m > 0.0 && m <= MAX_DISTANCE_M)
    {
        return Err(format!(
            "a distance of {} m is out of range (more than 0, at most a million miles)",
            shown(m)
        ));
    }
    if let Some(r) = v.rpe
        && !(r.is_finite() && (1.0..=10.0).contains(&r))
    {
        return Err(format!("an RPE of {} is out of range (1 to 10)", shown(r)));
    }
    if let Some(d) = v.date {
        crate::domain::plan::check_year(d)?;
    }
    if let Some(n) = v.notes {
        crate::domain::text::notes("the notes", n)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_values_out_of_range() {
        let ok = SetValues {
            set_number: Some(1),
            reps: Some(5),
            weight_kg: Some(100.0),
            rpe: Some(8.0),
            ..Default::default()
        };
        assert_eq!(check_set(&ok), Ok(()));
        for (bad, why) in [
            (
                SetValues {
                    set_number: Some(-7),
                    ..ok.clone()
                },
                "set number -7",
            ),
            (
                SetValues {
                    reps: Some(-1),
                    ..ok.clone()
                },
                "-1 reps",
            ),
            (
                SetValues {
                    reps: Some(2_000_000_000),
                    ..ok.clone()
                },
                "reps",
            ),
            (
                SetValues {
                    weight_kg: Some(f64::NAN),
                    ..ok.clone()
                },
                "weight",
            ),
            (
                SetValues {
                    weight_kg: Some(f64::INFINITY),
                    ..ok.clone()
                },
                "weight",
            ),
            (
                SetValues {
                    weight_kg: Some(1e308),
                    ..ok.clone()
                },
                "1e308",
            ),
            (
                SetValues {
                    weight_kg: Some(-5.0),
                    ..ok.clone()
                },
                "weight",
            ),
            (
                SetValues {
                    rpe: Some(99.0),
                    ..ok.clone()
                },
                "RPE of 99",
            ),
            (
                SetValues {
                    duration_seconds: Some(99_999_999_999),
                    ..ok.clone()
                },
                "duration",
            ),
            (
                SetValues {
                    distance_meters: Some(1e308),
                    ..ok.clone()
                },
                "distance",
            ),
            (
                SetValues {
                    date: chrono::NaiveDate::from_ymd_opt(0, 1, 1),
                    ..ok.clone()
                },
                "year 0",
            ),
            (
                SetValues {
                    notes: Some("a\0b"),
                    ..ok.clone()
                },
                "NUL",
            ),
        ] {
            let e = check_set(&bad).unwrap_err();
            assert!(e.contains(why), "{why}: {e}");
        }
    }

    fn kg(v: f64) -> Option<f64> {
        Some(v)
    }

    #[test]
    fn sets_by_reps() {
        let s = parse("5x5@100kg", WeightUnit::Lb).unwrap();
        assert_eq!(s.len(), 5);
        assert!(s.iter().all(|x| x.reps == 5 && x.weight_kg == kg(100.0)));
        let s = parse("3x8@135lb", WeightUnit::Kg).unwrap();
        assert_eq!(s.len(), 3);
        assert!((s[0].weight_kg.unwrap() - 61.234_969_95).abs() < 1e-6);
        assert_eq!(
            parse("3X10", WeightUnit::Kg).unwrap()[2],
            SetSpec {
                reps: 10,
                weight_kg: None,
                sign: LoadSign::None,
            }
        );
        assert_eq!(parse(" 2 x 3 @ 20 ", WeightUnit::Kg).unwrap().len(), 2);
    }

    #[test]
    fn signed_loads() {
        let s = parse("3x8@+10kg", WeightUnit::Lb).unwrap();
        assert!(
            s.iter()
                .all(|x| x.weight_kg == kg(10.0) && x.sign == LoadSign::Added)
        );
        let s = parse("3x8@ -20", WeightUnit::Kg).unwrap();
        assert!(
            s.iter()
                .all(|x| x.weight_kg == kg(20.0) && x.sign == LoadSign::Assistance)
        );
        assert_eq!(
            parse("3x8@20", WeightUnit::Kg).unwrap()[0].sign,
            LoadSign::None
        );
    }

    #[test]
    fn rep_lists() {
        let s = parse("5,5,4@100", WeightUnit::Kg).unwrap();
        assert_eq!(s.iter().map(|x| x.reps).collect::<Vec<_>>(), [5, 5, 4]);
        assert!(s.iter().all(|x| x.weight_kg == kg(100.0)));
        let lb = parse("5@100", WeightUnit::Lb).unwrap();
        assert!(
            (lb[0].weight_kg.unwrap() - 45.359_237).abs() < 1e-9,
            "bare weight in the user's unit"
        );
        let bw = parse("10,10,8", WeightUnit::Kg).unwrap();
        assert_eq!(bw.len(), 3);
        assert!(bw.iter().all(|x| x.weight_kg.is_none()));
    }

    #[test]
    fn errors_say_why() {
        for (input, why) in [
            ("5x@", "reps are missing"),
            ("0x5@100", "at least one set"),
            ("-5@100", "cannot be negative"),
            ("5x5@abc", "`abc` is not a weight"),
            ("5x5@", "weight after @ is missing"),
            ("5x5@+-20", "is not a weight"),
            ("5x5@--20", "is not a weight"),
            ("five", "not a whole number"),
            ("", "reps are missing"),
            ("5,,5", "reps are missing"),
            ("51x5", "more than 50 sets"),
            ("1x5000", "more than 1000"),
            ("2.5x5", "not a whole number"),
        ] {
            let e = parse(input, WeightUnit::Kg).unwrap_err().to_string();
            assert!(e.contains(why), "{input}: {e}");
            assert!(e.contains(&format!("`{input}`")), "{e}");
        }
    }
}
