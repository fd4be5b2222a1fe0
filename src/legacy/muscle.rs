//! Legacy `"Exercise"."muscleGroup"` free text -> the `MuscleGroup` enum.
//!
//! Pure data: the SQL in `legacy/` sends these pairs as two arrays and
//! matches them against the text normalised the same way as [`normalize`]
//! (trimmed, lower case, runs of blanks, `_` and `-` made one space).
//!
//! Deliberately unmapped: texts that name a region of several muscles
//! ("back", "legs", "arms", "upper body", "full body", "core" is the one
//! exception, see below) or no muscle at all ("cardio"). A wrong primary
//! muscle is worse than none: `exercise list --muscle` would show the
//! exercise under it. They stay in `muscleGroup` only and are listed in the
//! run's report, so someone who knows the catalog can set them.
//! "core" maps to ABDOMINALS: in gym logs it means the abs.

/// (normalised text, MuscleGroup) pairs.
pub const SYNONYMS: &[(&str, &str)] = &[
    ("abdominals", "ABDOMINALS"),
    ("abdominal", "ABDOMINALS"),
    ("abs", "ABDOMINALS"),
    ("ab", "ABDOMINALS"),
    ("core", "ABDOMINALS"),
    ("obliques", "ABDOMINALS"),
    ("abductors", "ABDUCTORS"),
    ("abductor", "ABDUCTORS"),
    ("hip abductors", "ABDUCTORS"),
    ("adductors", "ADDUCTORS"),
    ("adductor", "ADDUCTORS"),
    ("hip adductors", "ADDUCTORS"),
    ("biceps", "BICEPS"),
    ("bicep", "BICEPS"),
    ("bis", "BICEPS"),
    ("calves", "CALVES"),
    ("calf", "CALVES"),
    ("chest", "CHEST"),
    ("pecs", "CHEST"),
    ("pec", "CHEST"),
    ("pectorals", "CHEST"),
    ("pectoral", "CHEST"),
    ("forearms", "FOREARMS"),
    ("forearm", "FOREARMS"),
    ("grip", "FOREARMS"),
    ("glutes", "GLUTES"),
    ("glute", "GLUTES"),
    ("gluteus", "GLUTES"),
    ("butt", "GLUTES"),
    ("hamstrings", "HAMSTRINGS"),
    ("hamstring", "HAMSTRINGS"),
    ("hams", "HAMSTRINGS"),
    ("lats", "LATS"),
    ("lat", "LATS"),
    ("latissimus", "LATS"),
    ("latissimus dorsi", "LATS"),
    ("lower back", "LOWER_BACK"),
    ("lowerback", "LOWER_BACK"),
    ("erectors", "LOWER_BACK"),
    ("spinal erectors", "LOWER_BACK"),
    ("middle back", "MIDDLE_BACK"),
    ("mid back", "MIDDLE_BACK"),
    ("upper back", "MIDDLE_BACK"),
    ("rhomboids", "MIDDLE_BACK"),
    ("neck", "NECK"),
    ("quadriceps", "QUADRICEPS"),
    ("quads", "QUADRICEPS"),
    ("quad", "QUADRICEPS"),
    ("shoulders", "SHOULDERS"),
    ("shoulder", "SHOULDERS"),
    ("delts", "SHOULDERS"),
    ("delt", "SHOULDERS"),
    ("deltoids", "SHOULDERS"),
    ("deltoid", "SHOULDERS"),
    ("traps", "TRAPS"),
    ("trap", "TRAPS"),
    ("trapezius", "TRAPS"),
    ("triceps", "TRICEPS"),
    ("tricep", "TRICEPS"),
    ("tris", "TRICEPS"),
];

/// The same normalisation the SQL applies (`NORMALIZE_SQL`).
pub fn normalize(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut gap = false;
    for c in lower.chars() {
        if c.is_whitespace() || c == '_' || c == '-' {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// SQL for the normalised form of `"muscleGroup"` of the row aliased `e`.
pub const NORMALIZE_SQL: &str =
    r#"lower(regexp_replace(btrim(e."muscleGroup", E' \t\r\n_-'), '[[:space:]_-]+', ' ', 'g'))"#;

/// The MuscleGroup a legacy text maps to, if any.
pub fn map(text: &str) -> Option<&'static str> {
    let n = normalize(text);
    SYNONYMS.iter().find(|(k, _)| *k == n).map(|(_, g)| *g)
}

/// The two arrays the SQL unnests: keys and groups.
pub fn arrays() -> (Vec<String>, Vec<String>) {
    SYNONYMS
        .iter()
        .map(|(k, g)| (k.to_string(), g.to_string()))
        .unzip()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_map_case_insensitively() {
        assert_eq!(map("Chest"), Some("CHEST"));
        assert_eq!(map("  QUADS "), Some("QUADRICEPS"));
        assert_eq!(map("pecs"), Some("CHEST"));
        assert_eq!(map("Abs"), Some("ABDOMINALS"));
        assert_eq!(map("Lower_Back"), Some("LOWER_BACK"));
        assert_eq!(map("lower-back"), Some("LOWER_BACK"));
        assert_eq!(map("Delts"), Some("SHOULDERS"));
        assert_eq!(map("legs"), None);
        assert_eq!(map("back"), None);
        assert_eq!(map("cardio"), None);
    }

    #[test]
    fn keys_are_normalised_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for (k, _) in SYNONYMS {
            assert_eq!(normalize(k), *k);
            assert!(seen.insert(*k), "{k} twice");
        }
    }
}
