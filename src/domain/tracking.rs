//! What an exercise's sets record (`Exercise.trackingType`), with the
//! names people type (`--tracks`). The stored weight of a set is never
//! negative; its meaning comes from here: the load for WEIGHT_REPS, the load
//! added to body weight for BODYWEIGHT_REPS, the assistance taken off body
//! weight for ASSISTED_BODYWEIGHT, an optional load for DURATION.

use crate::error::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrackingType {
    #[default]
    WeightReps,
    Bodyweight,
    Assisted,
    Reps,
    Duration,
    Distance,
}

pub const ALL: [TrackingType; 6] = [
    TrackingType::WeightReps,
    TrackingType::Bodyweight,
    TrackingType::Assisted,
    TrackingType::Reps,
    TrackingType::Duration,
    TrackingType::Distance,
];

impl TrackingType {
    /// The schema's label.
    pub fn label(self) -> &'static str {
        match self {
            TrackingType::WeightReps => "WEIGHT_REPS",
            TrackingType::Bodyweight => "BODYWEIGHT_REPS",
            TrackingType::Assisted => "ASSISTED_BODYWEIGHT",
            TrackingType::Reps => "REPS_ONLY",
            TrackingType::Duration => "DURATION",
            TrackingType::Distance => "DISTANCE_DURATION",
        }
    }

    /// The name people type and read.
    pub fn name(self) -> &'static str {
        match self {
            TrackingType::WeightReps => "weight-reps",
            TrackingType::Bodyweight => "bodyweight",
            TrackingType::Assisted => "assisted",
            TrackingType::Reps => "reps",
            TrackingType::Duration => "duration",
            TrackingType::Distance => "distance",
        }
    }

    /// Body weight counts in this exercise's load (records, volume).
    pub fn uses_body_weight(self) -> bool {
        matches!(self, TrackingType::Bodyweight | TrackingType::Assisted)
    }

    /// From a stored label (`BODYWEIGHT_REPS`) or a typed name (`bodyweight`).
    pub fn parse(s: &str) -> anyhow::Result<Self> {
        let t = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let found = ALL
            .into_iter()
            .find(|k| k.name() == t || k.label().to_ascii_lowercase().replace('_', "-") == t)
            .or(match t.as_str() {
                "weight" | "weighted" | "weight-and-reps" => Some(TrackingType::WeightReps),
                "bodyweight-reps" | "body-weight" | "weighted-bodyweight" => {
                    Some(TrackingType::Bodyweight)
                }
                "assisted-bodyweight" => Some(TrackingType::Assisted),
                "reps-only" => Some(TrackingType::Reps),
                "time" | "hold" => Some(TrackingType::Duration),
                "distance-duration" | "cardio" => Some(TrackingType::Distance),
                _ => None,
            });
        found.ok_or_else(|| {
            Kind::Usage.err(format!(
                "unknown tracking type `{s}`: use weight-reps, bodyweight, assisted, reps, duration or distance"
            ))
        })
    }
}

impl std::fmt::Display for TrackingType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether a weight typed with `sign` fits an exercise tracked as `t`
/// (named `name`): `+` is load added to body weight (bodyweight exercises),
/// `-` is assistance (assisted exercises). The schema stores one weight >= 0
/// whose meaning is the exercise's type, so a set cannot be both.
pub fn check_load(
    t: TrackingType,
    sign: crate::domain::setspec::LoadSign,
    name: &str,
) -> Result<(), String> {
    use crate::domain::setspec::LoadSign;
    match (sign, t) {
        (LoadSign::None, _)
        | (LoadSign::Added, TrackingType::Bodyweight)
        | (LoadSign::Assistance, TrackingType::Assisted) => Ok(()),
        (LoadSign::Added, TrackingType::Assisted) => Err(format!(
            "`{name}` is an assisted exercise, whose weight is the assistance: write @20kg (or @-20kg), or log the weighted version on a bodyweight exercise"
        )),
        (LoadSign::Assistance, TrackingType::Bodyweight) => Err(format!(
            "`{name}` records load added to body weight, not assistance: log assisted sets on an assisted exercise (e.g. `workout exercise add \"{name} (Assisted)\" --tracks assisted`)"
        )),
        (LoadSign::Added, _) => Err(format!(
            "`{name}` tracks {t}, so +load means nothing here: for load added to body weight give it `--tracks bodyweight` (`workout exercise edit`), or write the weight without +"
        )),
        (LoadSign::Assistance, _) => Err(format!(
            "`{name}` tracks {t}, so -load means nothing here: for assistance give it `--tracks assisted` (`workout exercise edit`); a weight cannot be negative"
        )),
    }
}

/// More reps than this in a set with no weight, on an exercise tracked by
/// weight and reps, is taken for a weight typed where reps go (`5x315`
/// meant as 5 reps at 315) rather than a set of that many reps.
pub const MAX_UNWEIGHTED_REPS: i32 = 30;

/// Refuses a set of a weight-reps exercise with many reps and no weight:
/// `5x315` reads as 5 sets of 315 reps, which on a barbell lift is almost
/// certainly 5 reps at 315. The message says how to write either.
pub fn check_unweighted_reps(
    t: TrackingType,
    reps: Option<i32>,
    weight: Option<f64>,
    name: &str,
) -> Result<(), String> {
    match (t, reps, weight) {
        (TrackingType::WeightReps, Some(r), None) if r > MAX_UNWEIGHTED_REPS => Err(format!(
            "{r} reps with no weight on `{name}`, which tracks weight and reps: for reps at a weight write 5@{r} (or 1x5@{r}); a set without a weight takes at most {MAX_UNWEIGHTED_REPS} reps"
        )),
        _ => Ok(()),
    }
}

/// The load a set moved, in kg: the weight for weight-reps (and holds with
/// a weight); body weight plus the weight for bodyweight exercises, body
/// weight minus the assistance (not below 0) for assisted ones. None when
/// nothing is known (no weight, or no body weight for a body-weight set).
pub fn load_kg(t: TrackingType, weight: Option<f64>, body_weight: Option<f64>) -> Option<f64> {
    match t {
        TrackingType::Bodyweight => body_weight.map(|b| b + weight.unwrap_or(0.0)),
        TrackingType::Assisted => body_weight.map(|b| (b - weight.unwrap_or(0.0)).max(0.0)),
        _ => weight,
    }
}

/// The type of a new exercise from its facts, by the rules v3 gave the
/// catalog: `(Assisted)` or "assisted" in the name -> assisted; `(Weighted)`
/// -> bodyweight (added load); cardio -> distance; stretching, or a hold
/// (plank, hold, isometric, wall sit) -> duration; body-only equipment ->
/// bodyweight; anything else weight-reps.
pub fn infer(
    name: &str,
    equipment: Option<&str>,
    category: &str,
    force: Option<&str>,
) -> TrackingType {
    let n = name.to_ascii_lowercase();
    let words: Vec<&str> = n
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    let body = matches!(
        equipment.map(|e| e.trim().to_ascii_lowercase()).as_deref(),
        Some("body only" | "bodyweight" | "body weight" | "none")
    );
    let hold = has("plank") || has("hold") || has("isometric") || n.contains("wall sit");
    if has("assisted") {
        TrackingType::Assisted
    } else if has("weighted") {
        TrackingType::Bodyweight
    } else if category.eq_ignore_ascii_case("CARDIO") {
        TrackingType::Distance
    } else if category.eq_ignore_ascii_case("STRETCHING")
        || (hold
            && (body
                || force.is_some_and(|f| f.eq_ignore_ascii_case("STATIC"))
                || equipment.is_none()))
    {
        TrackingType::Duration
    } else if body {
        TrackingType::Bodyweight
    } else {
        TrackingType::WeightReps
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_reps_without_a_weight_are_refused_on_weight_reps_only() {
        let t = TrackingType::WeightReps;
        assert!(check_unweighted_reps(t, Some(315), None, "Squat").is_err());
        assert!(check_unweighted_reps(t, Some(30), None, "Squat").is_ok());
        assert!(check_unweighted_reps(t, Some(315), Some(20.0), "Squat").is_ok());
        let b = TrackingType::Bodyweight;
        assert!(check_unweighted_reps(b, Some(100), None, "Push-Up").is_ok());
    }

    #[test]
    fn names_round_trip() {
        for k in ALL {
            assert_eq!(TrackingType::parse(k.name()).unwrap(), k);
            assert_eq!(TrackingType::parse(k.label()).unwrap(), k);
        }
        assert!(TrackingType::parse("kettlebell").is_err());
    }

    #[test]
    fn loads() {
        use TrackingType::*;
        assert_eq!(load_kg(Bodyweight, Some(10.0), Some(80.0)), Some(90.0));
        assert_eq!(load_kg(Bodyweight, None, Some(80.0)), Some(80.0));
        assert_eq!(load_kg(Bodyweight, Some(10.0), None), None);
        assert_eq!(load_kg(Assisted, Some(20.0), Some(80.0)), Some(60.0));
        assert_eq!(load_kg(Assisted, Some(100.0), Some(80.0)), Some(0.0));
        assert_eq!(load_kg(WeightReps, Some(100.0), Some(80.0)), Some(100.0));
    }

    #[test]
    fn inference() {
        use TrackingType::*;
        assert_eq!(
            infer("Pull Up (Assisted)", None, "STRENGTH", None),
            Assisted
        );
        assert_eq!(infer("Dip (Weighted)", None, "STRENGTH", None), Bodyweight);
        assert_eq!(infer("Plank", None, "STRENGTH", None), Duration);
        assert_eq!(infer("Running", None, "CARDIO", None), Distance);
        assert_eq!(
            infer("Push-up", Some("body only"), "STRENGTH", None),
            Bodyweight
        );
        assert_eq!(
            infer("Bench Press", Some("barbell"), "STRENGTH", None),
            WeightReps
        );
        assert_eq!(infer("Bench Press", None, "STRENGTH", None), WeightReps);
    }
}
