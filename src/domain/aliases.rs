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
    // Strong, Hevy and FitNotes names seen in real exports.
    ("arnold press (dumbbell)", "Arnold Dumbbell Press"),
    ("bench dip", "Bench Dips"),
    ("bench press (dumbbell)", "Dumbbell Bench Press"),
    (
        "bench press - close grip (barbell)",
        "Close-Grip Barbell Bench Press",
    ),
    ("bent over one arm row (dumbbell)", "One-Arm Dumbbell Row"),
    ("dumbbell row", "One-Arm Dumbbell Row"),
    ("bicep curl (cable)", "Standing Biceps Cable Curl"),
    ("bicep curl (machine)", "Machine Bicep Curl"),
    ("butterfly (pec deck)", "Butterfly"),
    ("cable face pull", "Face Pull"),
    ("chest dip", "Dips - Chest Version"),
    ("chest press (machine)", "Leverage Chest Press"),
    ("chest press machine", "Leverage Chest Press"),
    ("clean (barbell)", "Clean"),
    ("clean and jerk (barbell)", "Clean and Jerk"),
    ("crunch", "Crunches"),
    ("crunch (machine)", "Ab Crunch Machine"),
    ("deficit deadlift (barbell)", "Deficit Deadlift"),
    ("decline push up", "Decline Push-Up"),
    ("diamond push up", "Push-Ups - Close Triceps Position"),
    ("ez bar biceps curl", "EZ-Bar Curl"),
    ("flat dumbbell fly", "Dumbbell Flyes"),
    ("hammer curl (dumbbell)", "Hammer Curls"),
    (
        "hammer curl (cable)",
        "Cable Hammer Curls - Rope Attachment",
    ),
    ("hang snatch (barbell)", "Hang Snatch"),
    ("hip abduction (machine)", "Thigh Abductor"),
    ("hip adduction (machine)", "Thigh Adductor"),
    ("incline bench press (dumbbell)", "Incline Dumbbell Press"),
    ("incline dumbbell bench press", "Incline Dumbbell Press"),
    ("incline curl (dumbbell)", "Incline Dumbbell Curl"),
    ("seated incline curl (dumbbell)", "Incline Dumbbell Curl"),
    ("incline row (dumbbell)", "Dumbbell Incline Row"),
    ("iso-lateral row (machine)", "Leverage Iso Row"),
    ("iso-lateral high row (machine)", "Leverage High Row"),
    ("iso-lateral chest press (machine)", "Leverage Chest Press"),
    (
        "incline chest press (machine)",
        "Leverage Incline Chest Press",
    ),
    (
        "lat pulldown - close grip (cable)",
        "Close-Grip Front Lat Pulldown",
    ),
    (
        "lat pulldown - underhand (cable)",
        "Underhand Cable Pulldowns",
    ),
    ("lateral raise (dumbbell)", "Side Lateral Raise"),
    ("leg extension (machine)", "Leg Extensions"),
    ("leg extension machine", "Leg Extensions"),
    ("leg press machine", "Leg Press"),
    ("lunge (dumbbell)", "Dumbbell Lunges"),
    ("lying leg curl machine", "Lying Leg Curls"),
    ("seated leg curl (machine)", "Seated Leg Curl"),
    ("seated leg curl machine", "Seated Leg Curl"),
    ("low cable fly crossovers", "Low Cable Crossover"),
    (
        "machine overhead press",
        "Machine Shoulder (Military) Press",
    ),
    (
        "shoulder press (machine)",
        "Machine Shoulder (Military) Press",
    ),
    (
        "seated shoulder press (machine)",
        "Machine Shoulder (Military) Press",
    ),
    ("shoulder press (dumbbell)", "Dumbbell Shoulder Press"),
    ("overhead press (dumbbell)", "Dumbbell Shoulder Press"),
    (
        "smith machine overhead press",
        "Smith Machine Overhead Shoulder Press",
    ),
    ("preacher curl (barbell)", "Preacher Curl"),
    ("preacher curl (dumbbell)", "Two-Arm Dumbbell Preacher Curl"),
    ("rear delt reverse fly (machine)", "Reverse Machine Flyes"),
    ("reverse curl (barbell)", "Reverse Barbell Curl"),
    ("reverse curl (cable)", "Reverse Cable Curl"),
    ("rope straight arm pulldown", "Rope Straight-Arm Pulldown"),
    ("straight-arm cable pushdown", "Straight-Arm Pulldown"),
    ("rowing (machine)", "Rowing, Stationary"),
    ("seated cable row", "Seated Cable Rows"),
    ("seated row (cable)", "Seated Cable Rows"),
    ("seated cable row - bar grip", "Seated Cable Rows"),
    ("seated calf raise (machine)", "Seated Calf Raise"),
    ("seated calf raise (plate loaded)", "Seated Calf Raise"),
    ("snatch (barbell)", "Snatch"),
    ("split jerk (barbell)", "Split Jerk"),
    ("split squat (dumbbell)", "Split Squat with Dumbbells"),
    ("standing calf raise (machine)", "Standing Calf Raises"),
    ("standing calf raise machine", "Standing Calf Raises"),
    (
        "standing calf raise (dumbbell)",
        "Standing Dumbbell Calf Raise",
    ),
    ("t bar row", "T-Bar Row with Handle"),
    ("triceps extension (machine)", "Machine Triceps Extension"),
    (
        "triceps extension (dumbbell)",
        "Standing Dumbbell Triceps Extension",
    ),
    (
        "triceps rope pushdown",
        "Triceps Pushdown - Rope Attachment",
    ),
    ("rope push down", "Triceps Pushdown - Rope Attachment"),
    ("v-bar push down", "Triceps Pushdown - V-Bar Attachment"),
    ("back extension", "Hyperextensions (Back Extensions)"),
    (
        "back extension (weighted hyperextension)",
        "Hyperextensions (Back Extensions)",
    ),
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
