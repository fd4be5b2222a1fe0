//! Body measurements as people type and read them: a body weight in the
//! user's unit, body fat in percent, girths in cm (kg users) or in (lb users).

use crate::domain::units::{WeightUnit, trim_number};
use crate::error::Kind;

pub const CM_PER_IN: f64 = 2.54;
/// The largest girth accepted, in cm.
pub const MAX_GIRTH_CM: f64 = 500.0;

/// The length unit of a user: cm for kg users, in for lb users.
pub fn length_unit(unit: WeightUnit) -> &'static str {
    match unit {
        WeightUnit::Kg => "cm",
        WeightUnit::Lb => "in",
    }
}

/// A girth as typed (`82`, `82cm`, `32.5in`, `32.5 "`), in cm; a bare
/// number is in the user's length unit. `what` names the flag.
pub fn parse_girth(input: &str, unit: WeightUnit, what: &str) -> anyhow::Result<f64> {
    let s = input.trim();
    let bad = || {
        Kind::Usage.err(format!(
            "`{input}` is not a length for {what}: use a number with cm or in, such as 82cm or 32in"
        ))
    };
    let split = s
        .find(|c: char| c.is_ascii_alphabetic() || c == '"')
        .unwrap_or(s.len());
    let (num, u) = s.split_at(split);
    let per = match u.trim().to_ascii_lowercase().as_str() {
        "" => match unit {
            WeightUnit::Kg => 1.0,
            WeightUnit::Lb => CM_PER_IN,
        },
        "cm" => 1.0,
        "in" | "inch" | "inches" | "\"" => CM_PER_IN,
        _ => return Err(bad()),
    };
    let v: f64 = num.trim().parse().map_err(|_| bad())?;
    let cm = v * per;
    if !(cm.is_finite() && cm > 0.0 && cm <= MAX_GIRTH_CM) {
        return Err(Kind::Usage.err(format!(
            "{what} of `{input}` is out of range (more than 0, at most {} cm)",
            trim_number(MAX_GIRTH_CM)
        )));
    }
    Ok(cm)
}

/// A body-fat percentage as typed (`18`, `18%`, `18.5 %`), 0-100.
pub fn parse_body_fat(input: &str) -> anyhow::Result<f64> {
    let s = input.trim().trim_end_matches('%').trim();
    let v: f64 = s.parse().map_err(|_| {
        Kind::Usage.err(format!(
            "`{input}` is not a body-fat percentage: use a number such as 18 or 18.5%"
        ))
    })?;
    if !(v.is_finite() && (0.0..=100.0).contains(&v)) {
        return Err(Kind::Usage.err(format!(
            "a body fat of {input} is out of range (0 to 100 %)"
        )));
    }
    Ok(v)
}

/// A girth in cm shown in the user's length unit: `82 cm`, `32.28 in`.
pub fn format_girth(cm: f64, unit: WeightUnit) -> String {
    match unit {
        WeightUnit::Kg => format!("{} cm", trim_number(cm)),
        WeightUnit::Lb => format!("{} in", trim_number(cm / CM_PER_IN)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn girths_in_the_users_unit() {
        assert_eq!(parse_girth("82", WeightUnit::Kg, "--waist").unwrap(), 82.0);
        assert_eq!(
            parse_girth("82cm", WeightUnit::Lb, "--waist").unwrap(),
            82.0
        );
        assert!((parse_girth("32", WeightUnit::Lb, "--waist").unwrap() - 81.28).abs() < 1e-9);
        assert!((parse_girth("32 in", WeightUnit::Kg, "--waist").unwrap() - 81.28).abs() < 1e-9);
        for bad in ["", "x", "-3", "0", "82mm", "nan", "1e9"] {
            assert!(
                parse_girth(bad, WeightUnit::Kg, "--waist").is_err(),
                "{bad}"
            );
        }
        assert_eq!(format_girth(81.28, WeightUnit::Lb), "32 in");
    }

    #[test]
    fn body_fat() {
        assert_eq!(parse_body_fat("18").unwrap(), 18.0);
        assert_eq!(parse_body_fat("18.5%").unwrap(), 18.5);
        for bad in ["", "-1", "101", "abc", "inf"] {
            assert!(parse_body_fat(bad).is_err(), "{bad}");
        }
    }
}
