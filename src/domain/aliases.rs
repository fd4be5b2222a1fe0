//! Common names of exercises, as people and other apps (Strong, Hevy,
//! FitNotes) write them, mapped to the built-in catalog's names. A name
//! that matches no exercise is looked up here before it is called unknown.

/// `(common name, lower-case; catalog name)`.
const ALIASES: &[(&str, &str)] = &[
    ("bench press", "Barbell Bench Press - Medium Grip"),
    ("bench press (barbell)", "Barbell Bench Press - Medium Grip"),
    ("barbell bench press", "Barbell Bench Press - Medium Grip"),
    (
        "flat barbell bench press",
        "Barbell Bench Press - Medium Grip",
    ),
    (
        "incline bench press",
        "Barbell Incline Bench Press - Medium Grip",
    ),
    (
        "incline bench press (barbell)",
        "Barbell Incline Bench Press - Medium Grip",
    ),
    (
        "incline barbell bench press",
        "Barbell Incline Bench Press - Medium Grip",
    ),
    ("close grip bench press", "Close-Grip Barbell Bench Press"),
    ("squat", "Barbell Squat"),
    ("back squat", "Barbell Squat"),
    ("squat (barbell)", "Barbell Squat"),
    ("barbell back squat", "Barbell Squat"),
    ("front squat", "Front Barbell Squat"),
    ("front squat (barbell)", "Front Barbell Squat"),
    ("deadlift", "Barbell Deadlift"),
    ("deadlift (barbell)", "Barbell Deadlift"),
    ("conventional deadlift", "Barbell Deadlift"),
    ("romanian deadlift (barbell)", "Romanian Deadlift"),
    ("overhead press", "Standing Military Press"),
    ("overhead press (barbell)", "Standing Military Press"),
    ("military press", "Standing Military Press"),
    ("ohp", "Standing Military Press"),
    ("pull up", "Pullups"),
    ("pull-up", "Pullups"),
    ("pull ups", "Pullups"),
    ("pull-ups", "Pullups"),
    ("chin up", "Chin-Up"),
    ("chin ups", "Chin-Up"),
    ("push up", "Pushups"),
    ("push-up", "Pushups"),
    ("push ups", "Pushups"),
    ("push-ups", "Pushups"),
    ("dips", "Dips - Triceps Version"),
    ("bent over row", "Bent Over Barbell Row"),
    ("bent over row (barbell)", "Bent Over Barbell Row"),
    ("barbell row", "Bent Over Barbell Row"),
    ("bicep curl (barbell)", "Barbell Curl"),
    ("barbell curl", "Barbell Curl"),
    ("lat pulldown", "Wide-Grip Lat Pulldown"),
    ("lat pulldown (cable)", "Wide-Grip Lat Pulldown"),
    ("hip thrust", "Barbell Hip Thrust"),
    ("hip thrust (barbell)", "Barbell Hip Thrust"),
    ("leg press (machine)", "Leg Press"),
    (
        "triceps pushdown (cable - straight bar)",
        "Triceps Pushdown",
    ),
    ("face pull (cable)", "Face Pull"),
    ("shrug (barbell)", "Barbell Shrug"),
    ("running", "Running, Treadmill"),
];

/// The catalog name a common name stands for, compared ignoring case and
/// surrounding space.
pub fn catalog_name(name: &str) -> Option<&'static str> {
    let key = name.trim().to_lowercase();
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == key)
        .map(|(_, catalog)| *catalog)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_ignoring_case() {
        assert_eq!(
            catalog_name("Bench Press"),
            Some("Barbell Bench Press - Medium Grip")
        );
        assert_eq!(catalog_name("  SQUAT (Barbell) "), Some("Barbell Squat"));
        assert_eq!(catalog_name("Zercher Carry"), None);
    }

    /// Every alias names an exercise that the shipped catalog migration has.
    #[test]
    fn every_alias_names_a_catalog_exercise() {
        let sql = include_str!("../../migrations/20260101000003_exercise_catalog.up.sql");
        for (alias, name) in ALIASES {
            let quoted = format!("'{}'", name.replace('\'', "''"));
            assert!(
                sql.contains(&quoted),
                "{alias} -> {name} is not in the catalog"
            );
            assert_eq!(*alias, alias.to_lowercase(), "aliases are lower-case");
        }
    }
}
