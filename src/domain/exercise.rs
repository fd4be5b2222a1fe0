//! Exercises: the metadata enums of the v2 schema, how people and
//! free-exercise-db spell them, the validation of an entry in
//! free-exercise-db's JSON format (the built-in catalog and
//! `exercise import` share it), and "did you mean" suggestions.

use serde::Deserialize;

use crate::error::Kind;

/// One of the schema's metadata enums: its Prisma/PostgreSQL labels and the
/// name of the thing, for messages.
pub struct EnumSpec {
    pub what: &'static str,
    pub labels: &'static [&'static str],
}

pub const MUSCLE: EnumSpec = EnumSpec {
    what: "muscle group",
    labels: &[
        "ABDOMINALS",
        "ABDUCTORS",
        "ADDUCTORS",
        "BICEPS",
        "CALVES",
        "CHEST",
        "FOREARMS",
        "GLUTES",
        "HAMSTRINGS",
        "LATS",
        "LOWER_BACK",
        "MIDDLE_BACK",
        "NECK",
        "QUADRICEPS",
        "SHOULDERS",
        "TRAPS",
        "TRICEPS",
    ],
};
pub const CATEGORY: EnumSpec = EnumSpec {
    what: "category",
    labels: &[
        "STRENGTH",
        "CARDIO",
        "STRETCHING",
        "PLYOMETRICS",
        "POWERLIFTING",
        "OLYMPIC_WEIGHTLIFTING",
        "STRONGMAN",
    ],
};
pub const DIFFICULTY: EnumSpec = EnumSpec {
    what: "level",
    labels: &["BEGINNER", "INTERMEDIATE", "EXPERT"],
};
pub const MECHANIC: EnumSpec = EnumSpec {
    what: "mechanic",
    labels: &["COMPOUND", "ISOLATION"],
};
pub const FORCE: EnumSpec = EnumSpec {
    what: "force",
    labels: &["PUSH", "PULL", "STATIC"],
};

/// An exercise fact with a fixed list of values, as a flag takes it: each
/// variant is one of its [`EnumSpec`]'s labels.
macro_rules! fact_enum {
    ($(#[$doc:meta])* $t:ident, $spec:ident { $($v:ident = $label:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $t {
            $($v),*
        }

        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),*];

            /// The schema's label (one of `
            #[doc = stringify!($spec)]
            /// `'s).
            pub fn label(self) -> &'static str {
                match self {
                    $($t::$v => $label),*
                }
            }
        }
    };
}

fact_enum!(
    /// `--category`.
    Category, CATEGORY {
        Strength = "STRENGTH",
        Cardio = "CARDIO",
        Stretching = "STRETCHING",
        Plyometrics = "PLYOMETRICS",
        Powerlifting = "POWERLIFTING",
        OlympicWeightlifting = "OLYMPIC_WEIGHTLIFTING",
        Strongman = "STRONGMAN",
    }
);
fact_enum!(
    /// `--level`.
    Difficulty, DIFFICULTY {
        Beginner = "BEGINNER",
        Intermediate = "INTERMEDIATE",
        Expert = "EXPERT",
    }
);
fact_enum!(
    /// `--mechanic`.
    Mechanic, MECHANIC {
        Compound = "COMPOUND",
        Isolation = "ISOLATION",
    }
);
fact_enum!(
    /// `--force`.
    Force, FORCE {
        Push = "PUSH",
        Pull = "PULL",
        Static = "STATIC",
    }
);

/// Common names people type for a muscle group (free-exercise-db's own
/// spellings, "lower back", are handled by the normalisation).
const MUSCLE_SYNONYMS: &[(&str, &str)] = &[
    ("ABS", "ABDOMINALS"),
    ("CORE", "ABDOMINALS"),
    ("BICEP", "BICEPS"),
    ("TRICEP", "TRICEPS"),
    ("CALF", "CALVES"),
    ("PECS", "CHEST"),
    ("GLUTE", "GLUTES"),
    ("HAMSTRING", "HAMSTRINGS"),
    ("QUADS", "QUADRICEPS"),
    ("QUAD", "QUADRICEPS"),
    ("SHOULDER", "SHOULDERS"),
    ("DELTS", "SHOULDERS"),
    ("TRAPEZIUS", "TRAPS"),
    ("LAT", "LATS"),
];

impl EnumSpec {
    /// The label `input` names: case-insensitive, with spaces or hyphens for
    /// underscores ("lower back", "Olympic Weightlifting", "LOWER_BACK").
    pub fn parse(&self, input: &str) -> anyhow::Result<&'static str> {
        let norm: String = input
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_uppercase(),
            })
            .collect();
        if let Some(l) = self.labels.iter().find(|l| **l == norm) {
            return Ok(l);
        }
        if self.what == MUSCLE.what
            && let Some((_, l)) = MUSCLE_SYNONYMS.iter().find(|(s, _)| *s == norm)
        {
            return Ok(l);
        }
        Err(Kind::Usage.err(format!(
            "unknown {} `{}`: use one of {}",
            self.what,
            input,
            self.labels
                .iter()
                .map(|l| human(l))
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}

/// A label as people read it: `LOWER_BACK` -> `lower back`.
pub fn human(label: &str) -> String {
    label.replace('_', " ").to_ascii_lowercase()
}

/// A comma-separated list of muscle groups, without duplicates, in order.
pub fn parse_muscles(input: &str) -> anyhow::Result<Vec<&'static str>> {
    let mut out: Vec<&'static str> = Vec::new();
    for part in input.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let m = MUSCLE.parse(part)?;
        if !out.contains(&m) {
            out.push(m);
        }
    }
    Ok(out)
}

/// An exercise's facts, validated: labels are the schema's enum labels.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseFacts {
    pub name: String,
    pub primary: Option<&'static str>,
    pub secondary: Vec<&'static str>,
    pub equipment: Option<String>,
    pub category: &'static str,
    pub difficulty: Option<&'static str>,
    pub mechanic: Option<&'static str>,
    pub force: Option<&'static str>,
    pub instructions: Option<String>,
}

/// Instructions are a list of steps in free-exercise-db; a plain string is taken too.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Instructions {
    Steps(Vec<String>),
    Text(String),
}

/// One entry of free-exercise-db's `exercises.json`, as read: every field
/// optional so that a bad entry is reported with a reason, not a parse error.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FreeDbEntry {
    pub name: Option<String>,
    pub force: Option<String>,
    pub level: Option<String>,
    pub mechanic: Option<String>,
    pub equipment: Option<String>,
    #[serde(default)]
    pub primary_muscles: Vec<String>,
    #[serde(default)]
    pub secondary_muscles: Vec<String>,
    pub instructions: Option<Instructions>,
    pub category: Option<String>,
}

/// The longest name (of an exercise, plan or plan day) accepted.
pub const MAX_NAME: usize = 120;

/// A name as stored: trimmed, non-empty, at most [`MAX_NAME`] characters,
/// no control characters. `what` names the thing with its article: "an exercise".
pub fn validate_name(what: &str, name: &str) -> anyhow::Result<String> {
    let n = name.trim();
    if n.is_empty() {
        return Err(Kind::Usage.err(format!("{what} name cannot be empty")));
    }
    if n.chars().count() > MAX_NAME || n.chars().any(char::is_control) {
        return Err(Kind::Usage.err(format!(
            "`{}` cannot be {what} name: use at most {MAX_NAME} characters and no control characters", crate::domain::text::quote(n)
        )));
    }
    Ok(n.to_string())
}

impl FreeDbEntry {
    /// The validated facts; the error is one sentence naming the bad field.
    /// The first primary muscle is the primary group; the other primary
    /// muscles and the secondary ones, without repeats, are the secondary groups.
    pub fn validate(self) -> anyhow::Result<ExerciseFacts> {
        let name = validate_name("an exercise", self.name.as_deref().unwrap_or(""))?;
        let opt = |v: Option<String>, spec: &EnumSpec| -> anyhow::Result<Option<&'static str>> {
            v.as_deref()
                .filter(|s| !s.trim().is_empty())
                .map(|s| spec.parse(s))
                .transpose()
        };
        let mut muscles = Vec::new();
        for m in self.primary_muscles.iter().chain(&self.secondary_muscles) {
            let l = MUSCLE.parse(m)?;
            if !muscles.contains(&l) {
                muscles.push(l);
            }
        }
        let primary = if self.primary_muscles.is_empty() {
            None
        } else {
            Some(muscles.remove(0))
        };
        let instructions = match self.instructions {
            Some(Instructions::Steps(s)) => Some(s.join("\n")),
            Some(Instructions::Text(t)) => Some(t),
            None => None,
        }
        .map(|s| crate::domain::text::notes("the instructions", &s))
        .transpose()
        .map_err(|e| Kind::Usage.err(e))?
        .flatten();
        let equipment = match self.equipment.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(e) => Some(validate_name("an equipment", e)?),
        };
        Ok(ExerciseFacts {
            name,
            primary,
            secondary: muscles,
            equipment,
            category: opt(self.category, &CATEGORY)?.unwrap_or("STRENGTH"),
            difficulty: opt(self.level, &DIFFICULTY)?,
            mechanic: opt(self.mechanic, &MECHANIC)?,
            force: opt(self.force, &FORCE)?,
            instructions,
        })
    }
}

/// The names among `candidates` closest to `input`, best first (at most
/// three): a case-insensitive containment, or a small edit distance.
pub fn suggest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let q = input.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let l = c.to_lowercase();
            let mut score = strsim::normalized_damerau_levenshtein(&q, &l)
                .max(strsim::jaro_winkler(&q, &l) - 0.1);
            if q.len() >= 3 && (l.contains(&q) || q.contains(&l)) {
                score = score.max(0.8);
            }
            (score >= 0.7).then_some((score, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}

/// " (did you mean `a` or `b`?)", or nothing.
pub fn did_you_mean(suggestions: &[String]) -> String {
    match suggestions {
        [] => String::new(),
        [one] => format!(": did you mean `{one}`?"),
        [init @ .., last] => format!(
            ": did you mean {} or `{last}`?",
            init.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_enums_are_their_specs_labels() {
        let labels = |all: &[&'static str]| all.to_vec();
        assert_eq!(
            labels(&Category::ALL.iter().map(|c| c.label()).collect::<Vec<_>>()),
            CATEGORY.labels
        );
        assert_eq!(
            Difficulty::ALL
                .iter()
                .map(|c| c.label())
                .collect::<Vec<_>>(),
            DIFFICULTY.labels
        );
        assert_eq!(
            Mechanic::ALL.iter().map(|c| c.label()).collect::<Vec<_>>(),
            MECHANIC.labels
        );
        assert_eq!(
            Force::ALL.iter().map(|c| c.label()).collect::<Vec<_>>(),
            FORCE.labels
        );
    }

    #[test]
    fn parses_free_db_spellings_and_labels() {
        assert_eq!(MUSCLE.parse("lower back").unwrap(), "LOWER_BACK");
        assert_eq!(MUSCLE.parse("Middle-Back").unwrap(), "MIDDLE_BACK");
        assert_eq!(MUSCLE.parse("QUADRICEPS").unwrap(), "QUADRICEPS");
        assert_eq!(MUSCLE.parse("quads").unwrap(), "QUADRICEPS");
        assert_eq!(
            CATEGORY.parse("olympic weightlifting").unwrap(),
            "OLYMPIC_WEIGHTLIFTING"
        );
        assert_eq!(DIFFICULTY.parse("Expert").unwrap(), "EXPERT");
        let e = MUSCLE.parse("wings").unwrap_err();
        assert!(
            e.to_string().contains("unknown muscle group `wings`"),
            "{e}"
        );
        assert!(e.to_string().contains("lower back"));
        assert!(
            CATEGORY.parse("quads").is_err(),
            "synonyms are muscles only"
        );
    }

    #[test]
    fn validates_a_free_db_entry() {
        let e: FreeDbEntry = serde_json::from_value(serde_json::json!({
            "name": " Barbell Squat ", "force": "push", "level": "beginner", "mechanic": "compound",
            "equipment": "barbell", "primaryMuscles": ["quadriceps"],
            "secondaryMuscles": ["glutes", "quadriceps", "lower back"],
            "instructions": ["Stand.", "Squat."], "category": "strength", "images": ["x.jpg"], "id": "Barbell_Squat"
        }))
        .unwrap();
        let f = e.validate().unwrap();
        assert_eq!(f.name, "Barbell Squat");
        assert_eq!(f.primary, Some("QUADRICEPS"));
        assert_eq!(f.secondary, ["GLUTES", "LOWER_BACK"]);
        assert_eq!(f.instructions.as_deref(), Some("Stand.\nSquat."));
        assert_eq!(
            (f.category, f.difficulty, f.mechanic, f.force),
            ("STRENGTH", Some("BEGINNER"), Some("COMPOUND"), Some("PUSH"))
        );

        let bad = |v: serde_json::Value| {
            serde_json::from_value::<FreeDbEntry>(v)
                .unwrap()
                .validate()
                .unwrap_err()
                .to_string()
        };
        assert!(bad(serde_json::json!({"name": ""})).contains("cannot be empty"));
        assert!(
            bad(serde_json::json!({"name": "X", "level": "godlike"})).contains("unknown level")
        );
        assert!(
            bad(serde_json::json!({"name": "X", "primaryMuscles": ["wings"]}))
                .contains("unknown muscle group")
        );
        let minimal: FreeDbEntry =
            serde_json::from_value(serde_json::json!({"name": "X", "force": null})).unwrap();
        let f = minimal.validate().unwrap();
        assert_eq!((f.primary, f.category, f.force), (None, "STRENGTH", None));
    }

    #[test]
    fn suggests_close_names() {
        let names = [
            "Barbell Squat",
            "Front Squat",
            "Plank",
            "Pushups",
            "Bench Dips",
        ];
        assert_eq!(suggest("barbel squat", names)[0], "Barbell Squat");
        assert_eq!(suggest("plnk", names), ["Plank"]);
        assert!(suggest("squat", names).contains(&"Front Squat".to_string()));
        assert!(suggest("zzzzzz", names).is_empty());
        assert_eq!(did_you_mean(&[]), "");
        assert_eq!(did_you_mean(&["A".into()]), ": did you mean `A`?");
        assert_eq!(
            did_you_mean(&["A".into(), "B".into(), "C".into()]),
            ": did you mean `A`, `B` or `C`?"
        );
    }
}
