//! The one set grammar, shared by `workout log add` and the interactive
//! `workout log` (docs/logging.md, "The set grammar").
//!
//! A spec is one or more items separated by commas; each item is
//!
//! ```text
//! [SETS x] AMOUNT [@ LOAD] [@ RPE] [rpeN] [TYPE]
//! ```
//!
//! - AMOUNT: reps (`5`), a duration (`60s`, `1m30s`, `25m`, `1h 5m`), a
//!   distance (`5km`, `3mi`, `400yd`), or a distance and a time (`5km 25m`,
//!   `5km/25m`). A lone `m` is minutes; metres go with a time (`800m/3m`).
//! - LOAD: a weight (`100`, `100kg`, `225lb`, in the user's unit when bare),
//!   `bw` (body weight), or load on top of / taken off the body weight:
//!   `+10kg`, `-20kg`.
//! - RPE: a second `@` (`5@100@8`) or a word `rpe8` / `rpe 8.5`.
//! - TYPE: `w` (warm-up), `drop`, `fail`, `amrap`, each also with a `!`.
//!
//! `5,5,4@100` keeps its meaning: when only the last of several bare rep
//! counts has a load, the load is every set's.

use crate::domain::quantity::{duration_seconds, parse_distance};
use crate::domain::settype::SetType;
use crate::domain::units::{WeightUnit, parse_weight};
use crate::error::Kind;

/// A set type word of the grammar (`w`, `drop`, `fail`, `amrap`, `!normal`).
fn type_word(w: &str) -> Option<SetType> {
    Some(match w.trim_start_matches('!') {
        "w" | "wu" | "warmup" | "warm-up" => SetType::Warmup,
        "drop" | "dropset" => SetType::Drop,
        "f" | "fail" | "failure" => SetType::Failure,
        "amrap" => SetType::Amrap,
        "n" | "normal" if w.starts_with('!') => SetType::Normal,
        _ => return None,
    })
}

/// The load of a set.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Load {
    /// None given (body weight, or a set without a load).
    #[default]
    None,
    /// A weight on the bar or machine, kg.
    Kg(f64),
    /// Added to the body weight (`+10kg`), kg.
    Added(f64),
    /// Taken off the body weight by assistance (`-20kg`), kg.
    Assisted(f64),
}

/// The sign typed before a weight: what `tracking::check_load` judges
/// against the exercise's tracking type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LoadSign {
    #[default]
    None,
    Added,
    Assistance,
}

impl Load {
    /// The sign typed before the weight (`+10kg`, `-20kg`), if any.
    pub fn sign(self) -> LoadSign {
        match self {
            Load::Added(_) => LoadSign::Added,
            Load::Assisted(_) => LoadSign::Assistance,
            Load::None | Load::Kg(_) => LoadSign::None,
        }
    }

    /// The number stored in "WorkoutLog"."weight": the weight lifted, or
    /// the load added / the assistance (its meaning is the exercise's
    /// tracking type's, see docs/logging.md).
    pub fn stored_kg(self) -> Option<f64> {
        match self {
            Load::None => None,
            Load::Kg(w) | Load::Added(w) | Load::Assisted(w) => Some(w),
        }
    }
}

/// One set as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetSpec {
    pub reps: Option<i32>,
    /// The absolute weight in kg (None = body weight / none), kept for
    /// callers that only know weights: `Load::Kg`.
    pub weight_kg: Option<f64>,
    pub load: Load,
    pub duration_seconds: Option<i32>,
    pub distance_meters: Option<f64>,
    pub rpe: Option<f64>,
    pub kind: Option<SetType>,
}

pub const MAX_SETS: i32 = 50;
pub const MAX_REPS: i32 = 1000;

const EXAMPLES: &str =
    "write e.g. 5x5@100kg, 5@100,5@105,3@110, 8 @ 225lb rpe8, 3x60s, 5km/25m or 10@+10kg w";

fn bad(input: &str, why: &str) -> anyhow::Error {
    Kind::Usage.err(format!("`{input}` is not a set spec: {why} ({EXAMPLES})"))
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

/// What an AMOUNT names.
struct Amount {
    reps: Option<i32>,
    duration: Option<i32>,
    distance: Option<f64>,
}

fn seconds(input: &str, t: &str) -> anyhow::Result<i32> {
    let s = duration_seconds(t).map_err(|_| bad(input, &format!("`{t}` is not a duration")))?;
    if !(1..=MAX_SET_SECONDS).contains(&s) {
        return Err(bad(
            input,
            &format!("a duration of `{t}` is out of range (1 second to 24 hours)"),
        ));
    }
    Ok(s as i32)
}

fn metres(input: &str, t: &str) -> anyhow::Result<f64> {
    parse_distance(t).map_err(|_| bad(input, &format!("`{t}` is not a distance")))
}

fn amount(input: &str, t: &str) -> anyhow::Result<Amount> {
    let t = t.trim();
    let none = Amount {
        reps: None,
        duration: None,
        distance: None,
    };
    if t.is_empty() {
        return Err(bad(input, "the reps are missing"));
    }
    if t.starts_with('-') {
        return Err(bad(input, "the reps cannot be negative"));
    }
    if t.chars().all(|c| c.is_ascii_digit()) {
        let reps = count(input, t, "reps")?;
        if reps > MAX_REPS {
            return Err(bad(input, &format!("{reps} reps is more than {MAX_REPS}")));
        }
        return Ok(Amount {
            reps: Some(reps),
            ..none
        });
    }
    if let Some((d, time)) = t.split_once('/') {
        return Ok(Amount {
            distance: Some(metres(input, d.trim())?),
            duration: Some(seconds(input, time.trim())?),
            ..none
        });
    }
    let has_unit = t.chars().any(|c| c.is_ascii_alphabetic());
    if !has_unit {
        return Err(bad(input, &format!("`{t}` is not a whole number of reps")));
    }
    if duration_seconds(t).is_ok() {
        return Ok(Amount {
            duration: Some(seconds(input, t)?),
            ..none
        });
    }
    if let Ok(m) = parse_distance(t) {
        return Ok(Amount {
            distance: Some(m),
            ..none
        });
    }
    if let Some((d, time)) = t.split_once(char::is_whitespace)
        && let Ok(m) = parse_distance(d)
    {
        return Ok(Amount {
            distance: Some(m),
            duration: Some(seconds(input, time.trim())?),
            ..none
        });
    }
    Err(bad(
        input,
        &format!("`{t}` is not reps, a duration or a distance"),
    ))
}

fn load(input: &str, w: &str, unit: WeightUnit) -> anyhow::Result<Load> {
    let w = w.trim();
    if w.is_empty() {
        return Err(bad(input, "the weight after @ is missing"));
    }
    if w == "bw" {
        return Ok(Load::None);
    }
    let weight = |t: &str| {
        let kg =
            parse_weight(t, unit).map_err(|_| bad(input, &format!("`{w}` is not a weight")))?;
        if kg > MAX_WEIGHT_KG {
            return Err(bad(
                input,
                &format!("`{w}` is more than {MAX_WEIGHT_KG} kg"),
            ));
        }
        Ok(kg)
    };
    if let Some(rest) = w.strip_prefix('+') {
        return Ok(Load::Added(weight(rest)?));
    }
    if let Some(rest) = w.strip_prefix('-') {
        return Ok(Load::Assisted(weight(rest)?));
    }
    Ok(Load::Kg(weight(w)?))
}

fn rpe(input: &str, r: &str) -> anyhow::Result<f64> {
    let v: f64 = r
        .trim()
        .parse()
        .map_err(|_| bad(input, &format!("`{}` is not an RPE (1 to 10)", r.trim())))?;
    if !(v.is_finite() && (1.0..=10.0).contains(&v)) {
        return Err(bad(
            input,
            &format!("an RPE of {} is out of range (1 to 10)", r.trim()),
        ));
    }
    Ok(v)
}

/// One comma-separated item: its sets (all alike).
fn item(input: &str, text: &str, unit: WeightUnit) -> anyhow::Result<(i32, SetSpec)> {
    let lower = text.to_ascii_lowercase().replace('×', "x");
    // The words: RPE and type, anywhere after the amount.
    let mut core: Vec<&str> = Vec::new();
    let mut spec = SetSpec::default();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some(k) = type_word(w).filter(|_| !core.is_empty()) {
            if spec.kind.is_some() {
                return Err(bad(input, "a set has one type"));
            }
            spec.kind = Some(k);
        } else if let Some(r) = w.strip_prefix("rpe").filter(|_| !core.is_empty()) {
            let r = if r.is_empty() {
                i += 1;
                words.get(i).copied().unwrap_or("")
            } else {
                r
            };
            spec.rpe = Some(rpe(input, r)?);
        } else {
            core.push(w);
        }
        i += 1;
    }
    let core = core.join(" ");
    let parts: Vec<&str> = core.split('@').collect();
    if parts.len() > 3 {
        return Err(bad(input, "at most two @: reps@load@rpe"));
    }
    let (sets, amount_text) = match parts[0].split_once('x') {
        Some((n, rest))
            if n.trim()
                .chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == '.') =>
        {
            let n = count(input, n, "sets")?;
            if n < 1 {
                return Err(bad(input, "there must be at least one set"));
            }
            (n, rest)
        }
        _ => (1, parts[0]),
    };
    if sets > MAX_SETS {
        return Err(bad(input, &format!("more than {MAX_SETS} sets at once")));
    }
    let a = amount(input, amount_text)?;
    spec.reps = a.reps;
    spec.duration_seconds = a.duration;
    spec.distance_meters = a.distance;
    if let Some(w) = parts.get(1) {
        spec.load = load(input, w, unit)?;
    }
    if let Some(r) = parts.get(2) {
        if spec.rpe.is_some() {
            return Err(bad(input, "the RPE is given twice"));
        }
        spec.rpe = Some(rpe(input, r)?);
    }
    spec.weight_kg = match spec.load {
        Load::Kg(w) => Some(w),
        _ => None,
    };
    Ok((sets, spec))
}

/// Parses a spec; a weight without a unit is in `unit`.
pub fn parse(input: &str, unit: WeightUnit) -> anyhow::Result<Vec<SetSpec>> {
    let s = input.trim();
    let texts: Vec<&str> = s.split(',').collect();
    if texts.len() > MAX_SETS as usize {
        return Err(bad(input, &format!("more than {MAX_SETS} sets at once")));
    }
    let mut items = Vec::new();
    for t in &texts {
        items.push(item(input, t, unit)?);
    }
    // `5,5,4@100`: the last load is every bare rep count's.
    if items.len() > 1 {
        let (last, rest) = items.split_last().expect("more than one");
        let bare = |s: &SetSpec| {
            s.load == Load::None
                && s.rpe.is_none()
                && s.kind.is_none()
                && s.duration_seconds.is_none()
                && s.distance_meters.is_none()
        };
        if last.1.load != Load::None && rest.iter().all(|(_, s)| bare(s)) {
            let (l, w) = (last.1.load, last.1.weight_kg);
            for (_, s) in items.iter_mut() {
                s.load = l;
                s.weight_kg = w;
            }
        }
    }
    let total: i32 = items.iter().map(|(n, _)| *n).sum();
    if total > MAX_SETS {
        return Err(bad(input, &format!("more than {MAX_SETS} sets at once")));
    }
    Ok(items
        .into_iter()
        .flat_map(|(n, s)| std::iter::repeat_n(s, n as usize))
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
        assert!(
            s.iter()
                .all(|x| x.reps == Some(5) && x.weight_kg == kg(100.0))
        );
        let s = parse("3x8@135lb", WeightUnit::Kg).unwrap();
        assert_eq!(s.len(), 3);
        assert!((s[0].weight_kg.unwrap() - 61.234_969_95).abs() < 1e-6);
        assert_eq!(
            parse("3X10", WeightUnit::Kg).unwrap()[2],
            SetSpec {
                reps: Some(10),
                ..Default::default()
            }
        );
        assert_eq!(parse(" 2 x 3 @ 20 ", WeightUnit::Kg).unwrap().len(), 2);
    }

    #[test]
    fn rep_lists() {
        let s = parse("5,5,4@100", WeightUnit::Kg).unwrap();
        assert_eq!(
            s.iter().map(|x| x.reps).collect::<Vec<_>>(),
            [Some(5), Some(5), Some(4)]
        );
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
    fn the_one_grammar() {
        let kg = WeightUnit::Kg;
        let one = |s: &str| {
            let v = parse(s, kg).unwrap();
            assert_eq!(v.len(), 1, "{s}");
            v[0].clone()
        };
        assert_eq!(one("5").reps, Some(5));
        assert_eq!(one("5@100").load, Load::Kg(100.0));
        let lb = one("8 @ 225lb");
        assert_eq!(lb.reps, Some(8));
        assert!((lb.weight_kg.unwrap() - 102.058_283_25).abs() < 1e-6);
        let hold = one("60s");
        assert_eq!((hold.reps, hold.duration_seconds), (None, Some(60)));
        for run in ["5km 25m", "5km/25m", "5 km / 25 min"] {
            let r = one(run);
            assert_eq!(r.distance_meters, Some(5000.0), "{run}");
            assert_eq!(r.duration_seconds, Some(1500), "{run}");
        }
        assert_eq!(one("3mi").distance_meters, Some(3.0 * 1609.344));
        assert_eq!(one("800m/3m").distance_meters, Some(800.0));
        assert_eq!(
            one("25m").duration_seconds,
            Some(1500),
            "a lone m is minutes"
        );
        assert_eq!(one("10@+10kg").load, Load::Added(10.0));
        assert_eq!(one("8@-20kg").load, Load::Assisted(20.0));
        assert_eq!(one("8@-20kg").weight_kg, None);
        assert_eq!(one("10@bw").load, Load::None);
        let t = one("5@100 rpe8 w");
        assert_eq!((t.rpe, t.kind), (Some(8.0), Some(SetType::Warmup)));
        let t = one("5@100@8 !drop");
        assert_eq!((t.rpe, t.kind), (Some(8.0), Some(SetType::Drop)));
        assert_eq!(one("5@100 rpe 9.5 amrap").rpe, Some(9.5));
        assert_eq!(one("5 fail").kind, Some(SetType::Failure));
        let mixed = parse("5@100,5@105,3@110", kg).unwrap();
        assert_eq!(
            mixed
                .iter()
                .map(|x| (x.reps, x.weight_kg))
                .collect::<Vec<_>>(),
            [
                (Some(5), Some(100.0)),
                (Some(5), Some(105.0)),
                (Some(3), Some(110.0))
            ]
        );
        let timed = parse("3x60s", kg).unwrap();
        assert_eq!(timed.len(), 3);
        assert!(
            timed
                .iter()
                .all(|x| x.duration_seconds == Some(60) && x.reps.is_none())
        );
        // Only the last of bare rep counts has a load: it is every set's.
        assert!(
            parse("5,5,4@100", kg)
                .unwrap()
                .iter()
                .all(|x| x.weight_kg == Some(100.0))
        );
        let m = parse("2x5@60 w, 5@100@8", kg).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[1].kind, Some(SetType::Warmup));
        assert_eq!((m[2].kind, m[2].rpe), (None, Some(8.0)));
    }

    #[test]
    fn errors_say_why() {
        for (input, why) in [
            ("5x@", "reps are missing"),
            ("0x5@100", "at least one set"),
            ("-5@100", "cannot be negative"),
            ("5x5@abc", "`abc` is not a weight"),
            ("5x5@", "weight after @ is missing"),
            ("5x5@-x", "is not a weight"),
            ("5@100@11", "RPE of 11"),
            ("5@100@8@9", "at most two @"),
            ("3x60q", "not reps, a duration or a distance"),
            ("5@100 w drop", "one type"),
            ("25h", "out of range"),
            ("five", "not reps"),
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
