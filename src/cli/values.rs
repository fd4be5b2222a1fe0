//! The domain enums that flags take, as clap `ValueEnum`s: clap checks the
//! value, lists the names in `--help`, the completions and the man page,
//! and a bad one is one sentence and exit 2 (see `crate::main`). Hidden
//! aliases keep the other spellings the domain parsers take (the schema's
//! labels, `-`/`_`/space variants, synonyms); case is ignored (each flag
//! sets `ignore_case`).

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::domain::exercise::{Category, Difficulty, Force, Mechanic};
use crate::domain::plan::PlanStatus;
use crate::domain::session::Status;
use crate::domain::settype::SetType;
use crate::domain::tracking::{self, TrackingType};
use crate::domain::units::WeightUnit;

/// `name` with the spellings that differ only in `-`, `_` or a space, and
/// `more`, as hidden aliases.
fn value(name: impl Into<String>, label: &str, more: &[&'static str]) -> PossibleValue {
    let name: String = name.into();
    let mut v = PossibleValue::new(name.clone());
    let mut seen = vec![name.clone()];
    let spellings = [label, name.as_str()]
        .into_iter()
        .flat_map(|s| {
            [
                s.to_string(),
                s.replace(['-', ' '], "_"),
                s.replace(['_', ' '], "-"),
                s.replace(['_', '-'], " "),
                s.replace(['_', '-', ' '], ""),
            ]
        })
        .chain(more.iter().map(|s| s.to_string()));
    for s in spellings {
        let s = s.to_ascii_lowercase();
        if !seen.contains(&s) {
            seen.push(s.clone());
            v = v.alias(s);
        }
    }
    v
}

impl ValueEnum for SetType {
    fn value_variants<'a>() -> &'a [Self] {
        &SetType::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            SetType::Normal => value("normal", "NORMAL", &["working"]),
            SetType::Warmup => value("warmup", "WARMUP", &["warm-up", "warm_up", "warm up"]),
            SetType::Drop => value("drop", "DROP", &["dropset", "drop-set", "drop_set"]),
            SetType::Failure => value("failure", "FAILURE", &[]),
            SetType::Amrap => value("amrap", "AMRAP", &[]),
        })
    }
}

const STATUSES: [Status; 5] = [
    Status::Scheduled,
    Status::InProgress,
    Status::Completed,
    Status::Skipped,
    Status::Cancelled,
];

impl ValueEnum for Status {
    fn value_variants<'a>() -> &'a [Self] {
        &STATUSES
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Status::Scheduled => value("scheduled", "SCHEDULED", &[]),
            Status::InProgress => value("in-progress", "IN_PROGRESS", &[]),
            Status::Completed => value("completed", "COMPLETED", &[]),
            Status::Skipped => value("skipped", "SKIPPED", &[]),
            Status::Cancelled => value("cancelled", "CANCELLED", &["canceled"]),
        })
    }
}

impl ValueEnum for PlanStatus {
    fn value_variants<'a>() -> &'a [Self] {
        &PlanStatus::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Active => "active",
            PlanStatus::Paused => "paused",
            PlanStatus::Completed => "completed",
            PlanStatus::Archived => "archived",
        }))
    }
}

impl ValueEnum for TrackingType {
    fn value_variants<'a>() -> &'a [Self] {
        &tracking::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let more: &[&'static str] = match self {
            TrackingType::WeightReps => &["weight", "weighted", "weight-and-reps"],
            TrackingType::Bodyweight => &["body-weight", "weighted-bodyweight"],
            TrackingType::Assisted => &[],
            TrackingType::Reps => &[],
            TrackingType::Duration => &["time", "hold"],
            TrackingType::Distance => &["cardio"],
        };
        Some(value(self.name(), self.label(), more))
    }
}

/// The exercise facts: the schema's label in lower case, `-` for `_`
/// (`olympic-weightlifting`; "olympic weightlifting" and the label itself
/// are aliases).
macro_rules! fact_value_enum {
    ($($t:ident),*) => {$(
        impl ValueEnum for $t {
            fn value_variants<'a>() -> &'a [Self] {
                $t::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                let label = self.label();
                Some(value(label.to_ascii_lowercase().replace('_', "-"), label, &[]))
            }
        }
    )*};
}

fact_value_enum!(Category, Difficulty, Mechanic, Force);

const UNITS: [WeightUnit; 2] = [WeightUnit::Kg, WeightUnit::Lb];

impl ValueEnum for WeightUnit {
    fn value_variants<'a>() -> &'a [Self] {
        &UNITS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            WeightUnit::Kg => value(
                "kg",
                "kg",
                &["kgs", "kilo", "kilos", "kilogram", "kilograms"],
            ),
            WeightUnit::Lb => value("lb", "lb", &["lbs", "pound", "pounds"]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spelling the domain parser takes, clap takes too, and to the
    /// same value.
    #[test]
    fn clap_takes_what_the_domain_parsers_take() {
        let sets = [
            "normal", "Working", "warm-up", "WARMUP", "warm up", "dropset", "drop-set", "failure",
            "AMRAP",
        ];
        for s in sets {
            assert_eq!(
                <SetType as ValueEnum>::from_str(s, true).ok(),
                SetType::parse(s).ok(),
                "{s}"
            );
        }
        for s in [
            "scheduled",
            "in-progress",
            "IN_PROGRESS",
            "in progress",
            "canceled",
            "Cancelled",
        ] {
            assert_eq!(
                <Status as ValueEnum>::from_str(s, true).ok(),
                Status::parse(s).ok(),
                "{s}"
            );
        }
        for s in ["draft", "ACTIVE", "archived"] {
            assert_eq!(
                <PlanStatus as ValueEnum>::from_str(s, true).ok(),
                PlanStatus::parse(s).ok(),
                "{s}"
            );
        }
        for s in [
            "weight-reps",
            "WEIGHT_REPS",
            "bodyweight",
            "bodyweight-reps",
            "BODYWEIGHT_REPS",
            "assisted-bodyweight",
            "reps-only",
            "reps",
            "time",
            "distance-duration",
            "cardio",
            "weight",
        ] {
            assert_eq!(
                <TrackingType as ValueEnum>::from_str(s, true).ok(),
                TrackingType::parse(s).ok(),
                "{s}"
            );
            assert!(
                <TrackingType as ValueEnum>::from_str(s, true).is_ok(),
                "{s}"
            );
        }
    }
}
