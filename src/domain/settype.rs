//! What kind of set a set is, and what each kind counts for. This is the one
//! place that decides it (docs/logging.md, "Set types"):
//!
//! | type      | records | hard sets | volume |
//! |-----------|---------|-----------|--------|
//! | `NORMAL`  | yes     | yes       | yes    |
//! | `WARMUP`  | no      | no        | no     |
//! | `DROP`    | yes     | yes       | yes    |
//! | `FAILURE` | yes     | yes       | yes    |
//! | `AMRAP`   | yes     | yes       | yes    |
//!
//! The database keeps `"isWarmup"` equal to (type = `WARMUP`) whoever writes.

use crate::error::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum SetType {
    #[default]
    Normal,
    Warmup,
    Drop,
    Failure,
    Amrap,
}

impl SetType {
    pub const ALL: [SetType; 5] = [
        SetType::Normal,
        SetType::Warmup,
        SetType::Drop,
        SetType::Failure,
        SetType::Amrap,
    ];

    /// The stored label (`"SetType"` enum), also the export's `setType`.
    pub fn label(self) -> &'static str {
        match self {
            SetType::Normal => "NORMAL",
            SetType::Warmup => "WARMUP",
            SetType::Drop => "DROP",
            SetType::Failure => "FAILURE",
            SetType::Amrap => "AMRAP",
        }
    }

    /// How a user types and reads it.
    pub fn human(self) -> &'static str {
        match self {
            SetType::Normal => "normal",
            SetType::Warmup => "warmup",
            SetType::Drop => "drop",
            SetType::Failure => "failure",
            SetType::Amrap => "amrap",
        }
    }

    /// From a stored label or typed text: `warmup`, `warm-up`, `drop`,
    /// `dropset`, `failure`, `amrap`, `normal`, any case.
    pub fn parse(s: &str) -> anyhow::Result<Self> {
        match s
            .trim()
            .to_ascii_uppercase()
            .replace(['-', ' ', '_'], "")
            .as_str()
        {
            "NORMAL" | "WORKING" => Ok(SetType::Normal),
            "WARMUP" => Ok(SetType::Warmup),
            "DROP" | "DROPSET" => Ok(SetType::Drop),
            "FAILURE" => Ok(SetType::Failure),
            "AMRAP" => Ok(SetType::Amrap),
            _ => Err(Kind::Usage.err(format!(
                "`{s}` is not a set type: use normal, warmup, drop, failure or amrap"
            ))),
        }
    }

    /// Whether a set of this type can set a personal record.
    pub fn counts_for_records(self) -> bool {
        self != SetType::Warmup
    }

    /// Whether it is a hard (working) set in `session show` and `log stats`.
    pub fn counts_as_hard_set(self) -> bool {
        self != SetType::Warmup
    }

    /// Whether its reps x weight count in volume.
    pub fn counts_for_volume(self) -> bool {
        self != SetType::Warmup
    }

    /// The type of a set stored with only `isWarmup` known.
    pub fn from_warmup(is_warmup: bool) -> Self {
        if is_warmup {
            SetType::Warmup
        } else {
            SetType::Normal
        }
    }
}

/// For clap's `--type`.
impl std::str::FromStr for SetType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        SetType::parse(s).map_err(|e| e.to_string())
    }
}

impl std::fmt::Display for SetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.human())
    }
}

/// `A1`, `A2`, `B1`: a superset group's letter (group 1 = A) and the
/// exercise's place within it (from 1).
pub fn superset_label(group: i32, place: usize) -> String {
    let letter = if (1..=26).contains(&group) {
        char::from(b'A' + (group - 1) as u8).to_string()
    } else {
        format!("S{group}-")
    };
    format!("{letter}{place}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for t in SetType::ALL {
            assert_eq!(SetType::parse(t.label()).unwrap(), t);
            assert_eq!(SetType::parse(t.human()).unwrap(), t);
        }
        assert_eq!(SetType::parse("dropset").unwrap(), SetType::Drop);
        assert_eq!(SetType::parse("Warm-up").unwrap(), SetType::Warmup);
        assert!(SetType::parse("giant").is_err());
    }

    #[test]
    fn only_warmups_are_left_out() {
        for t in SetType::ALL {
            let counts = t != SetType::Warmup;
            assert_eq!(t.counts_for_records(), counts);
            assert_eq!(t.counts_as_hard_set(), counts);
            assert_eq!(t.counts_for_volume(), counts);
        }
    }

    #[test]
    fn superset_labels() {
        assert_eq!(superset_label(1, 1), "A1");
        assert_eq!(superset_label(2, 3), "B3");
        assert_eq!(superset_label(30, 1), "S30-1");
    }
}
