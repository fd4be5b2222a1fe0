//! A user's profile fields and their validation.

use std::str::FromStr;

use chrono_tz::Tz;

use crate::error::Kind;

/// Validates an IANA time zone name such as `Europe/Berlin`.
pub fn parse_timezone(name: &str) -> anyhow::Result<Tz> {
    Tz::from_str(name.trim()).map_err(|_| {
        Kind::Usage.err(format!(
            "unknown time zone `{name}`: use an IANA name such as Europe/Berlin or America/New_York"
        ))
    })
}

/// A stored time zone: NULL (or an unknown name written by another app) means UTC.
pub fn timezone_or_utc(stored: Option<&str>) -> Tz {
    stored.and_then(|s| Tz::from_str(s).ok()).unwrap_or(Tz::UTC)
}

/// A plausible e-mail address: something@something, no spaces, one '@'.
pub fn validate_email(email: &str) -> anyhow::Result<String> {
    let e = email.trim();
    let ok = e.len() <= 254
        && e.matches('@').count() == 1
        && !e.starts_with('@')
        && !e.ends_with('@')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(e.to_string())
    } else {
        Err(Kind::Usage.err(format!("`{email}` is not an e-mail address")))
    }
}

/// Height in whole centimetres, 50..=300.
pub fn validate_height(cm: i32) -> anyhow::Result<i32> {
    if (50..=300).contains(&cm) {
        Ok(cm)
    } else {
        Err(Kind::Usage.err(format!("a height of {cm} cm is out of range (50 to 300)")))
    }
}

/// Body weight in kilograms, 20..=500.
pub fn validate_body_weight(kg: f64) -> anyhow::Result<f64> {
    if (20.0..=500.0).contains(&kg) {
        Ok(kg)
    } else {
        Err(Kind::Usage.err(format!(
            "a body weight of {} kg is out of range (20 to 500 kg)",
            super::units::trim_number(kg)
        )))
    }
}

/// The fitness levels a profile may name.
pub const FITNESS_LEVELS: [&str; 4] = ["beginner", "intermediate", "advanced", "expert"];

pub fn validate_fitness_level(level: &str) -> anyhow::Result<String> {
    let l = level.trim().to_ascii_lowercase();
    if FITNESS_LEVELS.contains(&l.as_str()) {
        Ok(l)
    } else {
        Err(Kind::Usage.err(format!(
            "unknown fitness level `{level}`: use one of {}",
            FITNESS_LEVELS.join(", ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timezones() {
        assert_eq!(parse_timezone("Europe/Berlin").unwrap(), Tz::Europe__Berlin);
        assert!(parse_timezone("Mars/Olympus").is_err());
        assert_eq!(timezone_or_utc(None), Tz::UTC);
        assert_eq!(timezone_or_utc(Some("nonsense")), Tz::UTC);
    }

    #[test]
    fn emails() {
        assert_eq!(validate_email(" a@b.c ").unwrap(), "a@b.c");
        for bad in ["", "a", "@b", "a@", "a b@c", "a@@b"] {
            assert!(validate_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ranges() {
        assert!(validate_height(180).is_ok());
        assert!(validate_height(20).is_err());
        assert!(validate_body_weight(80.0).is_ok());
        assert!(validate_body_weight(5.0).is_err());
        assert_eq!(validate_fitness_level("Beginner").unwrap(), "beginner");
        assert!(validate_fitness_level("olympian").is_err());
    }
}
